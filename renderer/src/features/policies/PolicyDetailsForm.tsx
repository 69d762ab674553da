import { Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { PolicyUpdate, type PolicyDetail } from '../../../../shared/contract/policies';
import { api } from '../../api/client';
import { confirmDelete } from '../../components/confirmDelete';
import { showServerErrors, zodValidate } from '../../components/zodForm';
import { navigate } from '../../router';
import { notifyError, notifySaved } from '../../notify';
import { useDraftForm } from '../../drafts/useDraftForm';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';
import { ReviewDateInput } from '../../components/ReviewDateInput/ReviewDateInput';

interface Values {
  id: string;
  title: string;
  ownerId: string | null;
  reviewMonths: number;
  reviewDate: string | null;
}

/** Title, owner and review schedule; deleting is only possible before the first publication. */
export function PolicyDetailsForm({ policy, people }: { policy: PolicyDetail; people: { value: string; label: string }[] }) {
  const form = useDraftForm<Values>(`policy-details:${policy.id}`, 'Policy details', {
    initialValues: { id: policy.id, title: policy.title, ownerId: policy.ownerId, reviewMonths: policy.reviewMonths, reviewDate: policy.reviewDate },
    validate: zodValidate<Values>(PolicyUpdate),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await api.policies.update(values);
      form.draft.clear();
      notifySaved('Policy details saved.');
    } catch (err) {
      if (!showServerErrors(form, err)) notifyError(err, 'Not saved');
    }
  });
  const everPublished = policy.versions.some((v) => v.status === 'published' || v.status === 'superseded');
  const remove = () => confirmDelete(`"${policy.title}" and its drafts`, (confirm) => api.policies.delete({ id: policy.id, confirm }), () => (navigate('/clause/5.2'), notifySaved('Policy deleted.')));
  return (
    <form onSubmit={submit} noValidate aria-label="Policy details">
      <Stack maw={720}>
        <TextInput label="Title" required {...form.getInputProps('title')} />
        <PersonSelect label="Owner" placeholder="Who keeps this policy up to date" {...form.getInputProps('ownerId')} />
        <SimpleGrid cols={2}>
          <NumberInput label="Review every (months)" min={1} max={36} {...form.getInputProps('reviewMonths')} />
          <ReviewDateInput label="Next review" description="Set automatically when a version is published." {...form.getInputProps('reviewDate')} />
        </SimpleGrid>
        <Group justify="space-between">
          {everPublished ? (
            <Text size="xs" c="dimmed">
              This policy has been published, so it stays on record and cannot be deleted.
            </Text>
          ) : (
            <Button variant="subtle" color="red" onClick={remove}>
              Delete this policy
            </Button>
          )}
          <Button type="submit" loading={form.submitting}>
            Save details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
