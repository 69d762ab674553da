import { Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { PolicyCreate, type PolicyKind, type PolicyTemplate } from '../../../../shared/contract/policies';
import { api } from '../../api/client';
import { showServerErrors, zodValidate } from '../../components/zodForm';
import { navigate } from '../../router';
import { notifyError, notifySaved } from '../../notify';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';

interface Values {
  title: string;
  kind: PolicyKind;
  templateKey: PolicyTemplate['key'] | null;
  ownerId: string | null;
  reviewMonths: number;
}

/** Starts a policy from a template (filled in from the workspace) or blank, then opens its editor. */
export function PolicyCreateForm({ template, kind, people, onDone }: { template: PolicyTemplate | null; kind: PolicyKind; people: { value: string; label: string }[]; onDone: () => void }) {
  const form = useDraftForm<Values>(`policy-new:${template?.key ?? kind}`, 'New policy', {
    initialValues: { title: template?.title ?? '', kind, templateKey: template?.key ?? null, ownerId: null, reviewMonths: 12 },
    validate: zodValidate<Values>(PolicyCreate),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const created = await api.policies.create(values);
      form.draft.clear();
      notifySaved(`${created.title} started as draft ${created.current.version}.`);
      onDone();
      navigate(`/clause/5.2/policy/${created.id}`);
    } catch (err) {
      if (!showServerErrors(form, err)) notifyError(err, 'The policy was not created');
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New policy">
      <Stack>
        {template ? (
          <Text size="sm" c="dimmed">
            {template.summary} The organisation’s name and the people in the ISMS roles are filled in for you; review every sentence before it goes for approval.
          </Text>
        ) : (
          <Text size="sm" c="dimmed">A blank policy with its title as the first heading.</Text>
        )}
        <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
        <Select label="Owner" placeholder="Who keeps this policy up to date" searchable clearable data={people} {...form.getInputProps('ownerId')} />
        <NumberInput label="Review every (months)" min={1} max={36} w={200} {...form.getInputProps('reviewMonths')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            Create policy
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
