import { ActionIcon, Button, Group, SegmentedControl, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import type { OutputKind, ReviewDetail } from '../../../../shared/contract/reviews';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { notifyError } from '../../notify';

interface Values {
  kind: OutputKind;
  text: string;
  changeId: string | null;
}

function OutputForm({ reviewId }: { reviewId: string }) {
  const form = useDraftForm<Values>(`review-output:${reviewId}`, 'Review output', { initialValues: { kind: 'decision', text: '', changeId: null }, validate: { text: (t) => (t.trim() ? null : 'Write the decision or change.') } });
  const changes = useCall(() => api.objectives.changeList({}), []);
  const submit = form.onSubmit(async (v) => {
    const ok = await saveForm(form, () => api.reviews.outputAdd({ reviewId, kind: v.kind, text: v.text, changeId: v.kind === 'change' ? v.changeId : null }), { saved: 'Output recorded.', failed: 'The output was not saved' });
    if (ok) form.reset();
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New output">
      <Stack gap="xs">
        <SegmentedControl size="xs" data={[{ value: 'decision', label: 'Decision' }, { value: 'change', label: 'Change to the ISMS' }]} {...form.getInputProps('kind')} aria-label="Kind of output" />
        <Textarea label={form.values.kind === 'decision' ? 'Decision' : 'Change to the ISMS'} required autosize minRows={2} maxRows={5} {...form.getInputProps('text')} />
        {form.values.kind === 'change' && <Select label="Planned change (6.3)" description="The 6.3 change that carries it out, when there is one" clearable searchable data={(changes.data ?? []).map((c) => ({ value: c.id, label: `${c.ref} ${c.title}` }))} {...form.getInputProps('changeId')} />}
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={form.submitting}>
            Add output
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Step 3: the outputs of 9.3.3, decisions on improvement and changes to the ISMS. */
export function OutputsStep({ review }: { review: ReviewDetail }) {
  const locked = review.status === 'signed-off';
  const remove = (id: string) => api.reviews.outputRemove({ id }).catch((err) => notifyError(err, 'The output was not removed'));
  return (
    <Stack gap="md">
      {(['decision', 'change'] as const).map((kind) => {
        const rows = review.outputs.filter((o) => o.kind === kind);
        return (
          <Stack key={kind} gap={4}>
            <Title order={3} size="h5">
              {kind === 'decision' ? 'Decisions' : 'Changes to the ISMS'} ({rows.length})
            </Title>
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed">
                None recorded.
              </Text>
            ) : (
              <Table aria-label={kind === 'decision' ? 'Decisions' : 'Changes to the ISMS'} verticalSpacing={4}>
                <Table.Tbody>
                  {rows.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>{o.text}</Table.Td>
                      {kind === 'change' && <Table.Td w={260}>{o.changeRef ? `${o.changeRef} ${o.changeTitle}` : 'Not planned in 6.3 yet'}</Table.Td>}
                      {!locked && (
                        <Table.Td w={40}>
                          <ActionIcon variant="subtle" color="red" onClick={() => void remove(o.id)} aria-label={`Remove "${o.text.slice(0, 40)}"`}>
                            ×
                          </ActionIcon>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        );
      })}
      {!locked && <OutputForm reviewId={review.id} />}
    </Stack>
  );
}
