import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { CommitmentFields, type Commitment } from '../../../../shared/contract/leadership';
import { api } from '../../api/client';
import { showServerErrors, zodValidate } from '../../components/zodForm';
import { notifyError, notifySaved } from '../../notify';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';

interface Values {
  title: string;
  description: string;
}

/** Wording of a commitment: one of the shipped ones, or one of your own. */
export function CommitmentForm({ commitment, onDone }: { commitment?: Commitment; onDone: () => void }) {
  const form = useDraftForm<Values>(`commitment:${commitment?.id ?? 'new'}`, 'Commitment', {
    initialValues: { title: commitment?.title ?? '', description: commitment?.description ?? '' },
    validate: zodValidate<Values>(CommitmentFields),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      if (commitment) await api.leadership.commitmentUpdate({ ...values, id: commitment.id, status: commitment.status, ownerId: commitment.ownerId });
      else await api.leadership.commitmentCreate(values);
      form.draft.clear();
      notifySaved(commitment ? 'Commitment updated.' : 'Commitment added.');
      onDone();
    } catch (err) {
      if (!showServerErrors(form, err)) notifyError(err, 'The commitment was not saved');
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={commitment ? 'Edit commitment' : 'New commitment'}>
      <Stack>
        <TextInput label="Commitment" required data-autofocus {...form.getInputProps('title')} />
        <Textarea label="What it means and what evidence shows it" autosize minRows={3} {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {commitment ? 'Save changes' : 'Add commitment'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
