import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { LEVEL_OPTIONS } from './labels';

interface Values {
  skillId: string | null;
  requiredLevel: string | null;
}

/** 7.2 a): a skill a role needs, at a level. Setting a skill the role already needs changes its level. */
export function RequirementForm({ roleId, roleName, onDone }: { roleId: string; roleName: string; onDone: () => void }) {
  const skills = useCall(() => api.competence.skillList({}), []);
  const form = useDraftForm<Values>(`requirement:${roleId}`, 'Competence requirement', {
    initialValues: { skillId: null, requiredLevel: '3' },
    validate: { skillId: (v) => (v ? null : 'Choose a skill.'), requiredLevel: (v) => (v ? null : 'Choose the level needed.') },
  });
  const submit = form.onSubmit((v) => void saveForm(form, () => api.competence.requirementSet({ roleId, skillId: v.skillId!, requiredLevel: Number(v.requiredLevel) }), { saved: `Requirement of ${roleName} saved.`, failed: 'The requirement was not saved' }, onDone));
  return (
    <form onSubmit={submit} noValidate aria-label="Competence requirement">
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select label="Skill" required searchable data-autofocus data={(skills.data ?? []).map((s) => ({ value: s.id, label: s.name }))} {...form.getInputProps('skillId')} />
          <Select label="Level needed" required allowDeselect={false} data={LEVEL_OPTIONS} {...form.getInputProps('requiredLevel')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            Save requirement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
