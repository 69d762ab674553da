import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { SkillFields, type Skill } from '../../../../shared/contract/competence';
import { api } from '../../api/client';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';

interface Values {
  name: string;
  description: string;
}

/** A skill of the workspace's catalogue. */
export function SkillForm({ skill, onDone }: { skill?: Skill; onDone: () => void }) {
  const form = useDraftForm<Values>(`skill:${skill?.id ?? 'new'}`, 'Skill', { initialValues: { name: skill?.name ?? '', description: skill?.description ?? '' }, validate: zodValidate<Values>(SkillFields) });
  const submit = form.onSubmit((v) => void saveForm(form, () => (skill ? api.competence.skillUpdate({ id: skill.id, ...v }) : api.competence.skillCreate(v)), { saved: skill ? 'Skill updated.' : 'Skill added.', failed: 'The skill was not saved' }, onDone));
  return (
    <form onSubmit={submit} noValidate aria-label={skill ? 'Edit skill' : 'New skill'}>
      <Stack gap="sm">
        <TextInput label="Skill" required data-autofocus {...form.getInputProps('name')} />
        <Textarea label="What it covers" autosize minRows={2} maxRows={5} {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {skill ? 'Save changes' : 'Add skill'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
