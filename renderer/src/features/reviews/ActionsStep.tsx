import { Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { ReviewAction, ReviewActionStatus, ReviewDetail } from '../../../../shared/contract/reviews';
import { api } from '../../api/client';
import { CancelButton, FormDialog } from '../../components/FormDialog/FormDialog';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { useOpenDialog } from '../../router';

export const ACTION_STATUS_LABEL: Record<ReviewActionStatus, string> = { open: 'Open', done: 'Done', cancelled: 'Cancelled' };
const STATUS_COLOR: Record<ReviewActionStatus, string> = { open: 'yellow', done: 'teal', cancelled: 'gray' };

interface NewValues {
  title: string;
  ownerId: string | null;
  dueDate: string | null;
}

function NewActionForm({ reviewId }: { reviewId: string }) {
  const form = useDraftForm<NewValues>(`review-action:${reviewId}`, 'Review action', { initialValues: { title: '', ownerId: null, dueDate: null }, validate: { title: (t) => (t.trim() ? null : 'Say what is to be done.') } });
  const submit = form.onSubmit(async (v) => {
    const ok = await saveForm(form, () => api.reviews.actionAdd({ reviewId, ...v }), { saved: 'Action recorded.', failed: 'The action was not saved' });
    if (ok) form.reset();
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New action">
      <SimpleGrid cols={4} spacing="xs">
        <TextInput label="Action" required {...form.getInputProps('title')} style={{ gridColumn: 'span 2' }} />
        <PersonSelect label="Owner" clearable {...form.getInputProps('ownerId')} />
        <DateInput label="Due" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('dueDate')} />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button type="submit" size="xs" loading={form.submitting}>
          Add action
        </Button>
      </Group>
    </form>
  );
}

interface StatusValues {
  status: ReviewActionStatus;
  completedOn: string | null;
  note: string;
}

/** Status, completion date and note: what still changes once the review is signed off. */
function StatusForm({ action, onDone }: { action: ReviewAction; onDone: () => void }) {
  const form = useDraftForm<StatusValues>(`review-action-status:${action.id}`, 'Action status', { initialValues: { status: action.status, completedOn: action.completedOn, note: action.note } });
  const submit = form.onSubmit((v) => void saveForm(form, () => api.reviews.actionUpdate({ id: action.id, status: v.status, completedOn: v.status === 'open' ? null : v.completedOn, note: v.note }), { saved: 'Action updated.', failed: 'The action was not updated' }, onDone));
  return (
    <form onSubmit={submit} noValidate aria-label="Action status">
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select label="Status" data={Object.entries(ACTION_STATUS_LABEL).map(([value, label]) => ({ value, label }))} allowDeselect={false} {...form.getInputProps('status')} />
          {form.values.status !== 'open' && <DateInput label="Completed on" description="Empty: today" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('completedOn')} />}
        </SimpleGrid>
        <TextInput label="Note" description="Required when cancelled" data-autofocus {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Step 4: actions decided at the meeting, with owner and due date; tracked after sign-off. */
export function ActionsStep({ review }: { review: ReviewDetail }) {
  const locked = review.status === 'signed-off';
  const dialog = useOpenDialog();
  const [kind, id] = dialog.parts ?? [];
  const editing = kind === 'action' ? review.actions.find((a) => a.id === id) : undefined;
  return (
    <Stack gap="sm">
      {review.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No action recorded.
        </Text>
      ) : (
        <Table aria-label="Actions" verticalSpacing={4} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Id</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th w={160}>Owner</Table.Th>
              <Table.Th w={110}>Due</Table.Th>
              <Table.Th w={200}>Status</Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {review.actions.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.ref}</Table.Td>
                <Table.Td>{a.title}</Table.Td>
                <Table.Td>{a.ownerName ?? '—'}</Table.Td>
                <Table.Td>{a.dueDate ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={a.overdue ? 'red' : STATUS_COLOR[a.status]}>
                    {a.overdue ? 'Overdue' : ACTION_STATUS_LABEL[a.status]}
                  </Badge>
                  {a.completedOn && <Text size="xs">{a.completedOn}{a.note ? `: ${a.note}` : ''}</Text>}
                </Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="default" onClick={() => dialog.show('action', a.id)} aria-label={`Update ${a.ref}`}>
                    Update
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!locked && <NewActionForm reviewId={review.id} />}
      <FormDialog opened={editing !== undefined} onClose={dialog.close} title={editing ? `Update ${editing.ref}` : ''}>
        {editing && <StatusForm action={editing} onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}
