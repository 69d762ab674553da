import { Alert, Badge, Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { ReviewFields, ReviewResultInput, type NcDetail, type Review } from '../../../../../shared/contract/improvement';
import { api } from '../../../api/client';
import { usePeopleOptions } from '../../../hooks';
import { saveForm, zodValidate } from '../../../components/zodForm';
import { useDraftForm } from '../../../drafts/useDraftForm';
import { setRouteParam } from '../../../router';

const RESULT = { pending: 'Pending', effective: 'Effective', 'not-effective': 'Not effective' } as const;
const today = () => new Date().toISOString().slice(0, 10);

/** The result of one planned review: effective moves on to closure, not effective reopens the nonconformity. */
function ResultForm({ review }: { review: Review }) {
  const form = useDraftForm(`review:${review.id}:result`, 'Review result', { initialValues: { id: review.id, result: 'effective', notes: '', reviewedOn: today() as string | undefined }, validate: zodValidate(ReviewResultInput) });
  const submit = form.onSubmit(
    (v) =>
      void saveForm(form, () => api.improvement.reviewRecord({ ...v, result: v.result as 'effective' }), { saved: v.result === 'effective' ? 'Review passed: the nonconformity can be closed.' : 'Review failed: the nonconformity is reopened.', failed: 'The review was not recorded' }, () =>
        setRouteParam('step', null),
      ),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Review result">
      <Stack gap="sm">
        <Title order={5}>Result of the review planned for {review.plannedOn}</Title>
        <SegmentedControl aria-label="Were the actions effective?" data={[{ value: 'effective', label: 'Effective' }, { value: 'not-effective', label: 'Not effective' }]} {...form.getInputProps('result')} />
        <SimpleGrid cols={2}>
          <Textarea label="What the review found" required autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
          <DateInput label="Reviewed on" valueFormat="YYYY-MM-DD" maxDate={today()} {...form.getInputProps('reviewedOn')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" color={form.values.result === 'effective' ? 'teal' : 'red'} loading={form.submitting}>
            Record the review result
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** 10.2 d): review whether the actions worked, against criteria set beforehand. Required before closure. */
export function ReviewStep({ nc }: { nc: NcDetail }) {
  const people = usePeopleOptions();
  const form = useDraftForm(`nc:${nc.id}:review`, 'Effectiveness review', { initialValues: { ncId: nc.id, plannedOn: today() as string | null, reviewerId: null as string | null, criteria: '' }, validate: zodValidate(ReviewFields) });
  const pending = nc.reviews.find((r) => r.result === 'pending');
  const submit = form.onSubmit(async (v) => {
    const ok = await saveForm(form, () => api.improvement.reviewCreate(v as Parameters<typeof api.improvement.reviewCreate>[0]), { saved: 'Review planned.', failed: 'The review was not planned' });
    if (ok) form.reset();
  });
  return (
    <Stack gap="md">
      {nc.reopenCount > 0 && (
        <Alert color="orange" variant="light" title={`Reopened ${nc.reopenCount} time${nc.reopenCount === 1 ? '' : 's'}`}>
          An effectiveness review found the actions did not work. Look at the root cause again and plan further actions.
        </Alert>
      )}
      {nc.reviews.length > 0 && (
        <Table striped aria-label="Effectiveness reviews">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={100}>Planned</Table.Th>
              <Table.Th w={150}>Reviewer</Table.Th>
              <Table.Th>Criteria</Table.Th>
              <Table.Th w={120}>Result</Table.Th>
              <Table.Th>Findings</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nc.reviews.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.plannedOn}</Table.Td>
                <Table.Td>{r.reviewerName}</Table.Td>
                <Table.Td>{r.criteria}</Table.Td>
                <Table.Td>
                  <Badge color={r.result === 'effective' ? 'teal' : r.result === 'not-effective' ? 'red' : 'gray'} variant="light">
                    {RESULT[r.result]}
                  </Badge>
                </Table.Td>
                <Table.Td>{r.notes}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {nc.status === 'actions-done' && pending && <ResultForm key={pending.id} review={pending} />}
      {nc.status === 'actions-done' && !pending && <Text size="sm">The actions are done. Plan the effectiveness review below, then record its result.</Text>}
      {nc.status !== 'closed' && !pending && (
        <form onSubmit={submit} noValidate aria-label="Plan an effectiveness review">
          <Stack gap="sm">
            <Title order={5}>Plan an effectiveness review</Title>
            <SimpleGrid cols={2}>
              <DateInput label="Review on" required valueFormat="YYYY-MM-DD" {...form.getInputProps('plannedOn')} />
              <Select label="Reviewer" required searchable data={people.options} {...form.getInputProps('reviewerId')} />
            </SimpleGrid>
            <Textarea label="Criteria" description="What must be true for the actions to count as effective" required autosize minRows={2} maxRows={4} {...form.getInputProps('criteria')} />
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={form.submitting}>
                Plan review
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {pending && nc.status !== 'actions-done' && nc.status !== 'closed' && (
        <Text size="sm" c="dimmed">
          Review planned for {pending.plannedOn}. Its result can be recorded once every action is done.
        </Text>
      )}
    </Stack>
  );
}
