import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { ChangeFields, type IsmsChange } from '../../../../shared/contract/objectives';
import { api } from '../../api/client';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';
import { today } from '../../components/DocumentControl/ApprovalFields';

interface Values {
  title: string;
  rationale: string;
  impact: string;
  resources: string;
  ownerId: string | null;
  plannedOn: string | null;
  completedOn: string | null;
}

const day = (d: unknown) => (d ? String(d).slice(0, 10) : null);

/** 6.3: a planned change to the ISMS: what, why, what it affects, who and when. */
export function ChangeForm({ change, onDone }: { change?: IsmsChange; onDone: () => void }) {
  const form = useDraftForm<Values>(`change:${change?.id ?? 'new'}`, 'Planned change', {
    initialValues: change
      ? { title: change.title, rationale: change.rationale, impact: change.impact, resources: change.resources, ownerId: change.ownerId, plannedOn: change.plannedOn, completedOn: change.completedOn }
      : { title: '', rationale: '', impact: '', resources: '', ownerId: null, plannedOn: null, completedOn: null },
    validate: zodValidate<Values>(ChangeFields),
  });
  const submit = form.onSubmit(async (values) => {
    await saveForm(
      form,
      async () => {
        if (change) await api.objectives.changeUpdate({ ...values, id: change.id });
        else await api.objectives.changeCreate(values);
      },
      { saved: change ? 'Change updated.' : 'Change added to the log.', failed: 'The change was not saved' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={change ? 'Edit planned change' : 'New planned change'}>
      <Stack gap="sm">
        <TextInput label="What changes" required data-autofocus {...form.getInputProps('title')} />
        <Group grow align="flex-start">
          <Textarea label="Why" autosize minRows={2} maxRows={4} {...form.getInputProps('rationale')} />
          <Textarea label="Impact" description="On the scope, risks, controls, people or documents" autosize minRows={2} maxRows={4} {...form.getInputProps('impact')} />
        </Group>
        <Textarea label="Resources needed" autosize minRows={1} maxRows={3} {...form.getInputProps('resources')} />
        <Group grow align="flex-start">
          <PersonSelect label="Owner" {...form.getInputProps('ownerId')} />
          <DateInput label="Planned for" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('plannedOn')} onChange={(d) => form.setFieldValue('plannedOn', day(d))} />
          {change?.decision === 'approved' && (
            <DateInput label="Carried out on" valueFormat="YYYY-MM-DD" clearable maxDate={today()} {...form.getInputProps('completedOn')} onChange={(d) => form.setFieldValue('completedOn', day(d))} />
          )}
        </Group>
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {change ? 'Save changes' : 'Add to the log'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
