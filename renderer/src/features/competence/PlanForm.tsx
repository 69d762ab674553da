import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { PLAN_STATUSES, type Plan } from '../../../../shared/contract/competence';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { LEVEL_OPTIONS, PLAN_STATUS_LABEL } from './labels';

interface Values {
  personId: string | null;
  skillId: string | null;
  targetLevel: string | null;
  dueDate: string | null;
  status: string;
  note: string;
}

/** 7.2 c): training planned for a person to reach a level in a skill by a date. */
export function PlanForm({ plan, preset, onDone }: { plan?: Plan; preset?: { personId: string; skillId: string; level: number }; onDone: () => void }) {
  const skills = useCall(() => api.competence.skillList({}), []);
  const form = useDraftForm<Values>(`training-plan:${plan?.id ?? 'new'}`, 'Training plan', {
    initialValues: plan
      ? { personId: plan.personId, skillId: plan.skillId, targetLevel: String(plan.targetLevel), dueDate: plan.dueDate, status: plan.status, note: plan.note }
      : { personId: preset?.personId ?? null, skillId: preset?.skillId ?? null, targetLevel: preset ? String(preset.level) : '3', dueDate: null, status: 'planned', note: '' },
    validate: { personId: (v) => (v ? null : 'Choose who is trained.'), skillId: (v) => (v ? null : 'Choose the skill.'), targetLevel: (v) => (v ? null : 'Choose the target level.'), dueDate: (v) => (v ? null : 'Give the due date.') },
  });
  const submit = form.onSubmit((v) => {
    const fields = { skillId: v.skillId!, targetLevel: Number(v.targetLevel), dueDate: v.dueDate!, status: v.status as Plan['status'], note: v.note };
    void saveForm(form, () => (plan ? api.competence.planUpdate({ id: plan.id, ...fields }) : api.competence.planCreate({ personId: v.personId!, ...fields })), { saved: plan ? 'Training plan updated.' : 'Training planned.', failed: 'The training plan was not saved' }, onDone);
  });
  return (
    <form onSubmit={submit} noValidate aria-label={plan ? 'Edit training plan' : 'New training plan'}>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <PersonSelect label="Person" required searchable disabled={plan !== undefined} data-autofocus {...form.getInputProps('personId')} />
          <Select label="Skill" required searchable data={(skills.data ?? []).map((s) => ({ value: s.id, label: s.name }))} {...form.getInputProps('skillId')} />
          <Select label="Target level" required allowDeselect={false} data={LEVEL_OPTIONS} {...form.getInputProps('targetLevel')} />
          <DateInput label="Due by" required valueFormat="YYYY-MM-DD" {...form.getInputProps('dueDate')} />
          {plan && <Select label="Status" allowDeselect={false} data={PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABEL[s] }))} {...form.getInputProps('status')} />}
        </SimpleGrid>
        <TextInput label="Note" placeholder="Course, mentor or way of learning planned" {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {plan ? 'Save changes' : 'Plan training'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
