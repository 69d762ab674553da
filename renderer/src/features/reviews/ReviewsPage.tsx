import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import type { Review, ReviewDetail } from '../../../../shared/contract/reviews';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { titleWithRef } from '../../components/RefBadge/RefBadge';
import { confirmDelete } from '../../components/confirmDelete';
import { useClauseReadiness } from '../../hooks';
import { navigate, resetRoute, useOpenDialog, useTabParam } from '../../router';
import { exportDocument } from '../exports/exportDocument';
import { ActionsStep } from './ActionsStep';
import { InputsStep } from './InputsStep';
import { OutputsStep } from './OutputsStep';
import { ReviewForm } from './ReviewForm';
import { SignOffStep } from './SignOffStep';

const reviewRoute = (id: string) => `/clause/9.3/review/${id}`;

function ReviewTable({ reviews }: { reviews: Review[] }) {
  if (!reviews.length) return <Text size="sm">No management review yet. Plan one: its inputs are compiled from what the workspace records.</Text>;
  return (
    <Table aria-label="Management reviews" verticalSpacing={4} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={90}>Id</Table.Th>
          <Table.Th>Review</Table.Th>
          <Table.Th w={110}>Meeting</Table.Th>
          <Table.Th w={170}>Chair</Table.Th>
          <Table.Th w={150}>Status</Table.Th>
          <Table.Th w={170}>Actions</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reviews.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{r.ref}</Table.Td>
            <Table.Td>
              <Anchor component="button" type="button" ta="left" onClick={() => navigate(reviewRoute(r.id))} aria-label={`Open review ${r.ref} ${r.title}`}>
                {r.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                Period {r.windowFrom} to {r.windowTo}
              </Text>
            </Table.Td>
            <Table.Td>{r.meetingDate}</Table.Td>
            <Table.Td>{r.signedByName ?? r.chairName ?? '—'}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={r.status === 'signed-off' ? 'teal' : 'gray'}>
                {r.status === 'signed-off' ? `Signed off ${r.signedOn}` : 'Draft'}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="xs">
                {r.actionCount} recorded, {r.openActions} open{r.overdueActions ? `, ${r.overdueActions} overdue` : ''}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One review as a guided sequence: meeting, inputs, outputs, actions, sign-off (the step is in the URL). */
function ReviewView({ review }: { review: ReviewDetail }) {
  const [tab, setTab] = useTabParam('meeting');
  const dialog = useOpenDialog();
  const locked = review.status === 'signed-off';
  const noted = review.inputs.filter((i) => i.note.trim()).length;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component="button" type="button" size="sm" onClick={() => navigate('/clause/9.3')}>
            9.3 Management review
          </Anchor>
          <Title order={2}>
            {review.ref} {review.title}
          </Title>
          <Text size="sm" c="dimmed">
            Meeting {review.meetingDate} · period {review.windowFrom} to {review.windowTo} · {locked ? `signed off ${review.signedOn}` : 'draft'}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="light" size="xs" onClick={() => void exportDocument('management-review-minutes', review.id, { format: 'docx' })}>
            Minutes DOCX
          </Button>
          <Button variant="light" size="xs" onClick={() => void exportDocument('management-review-minutes', review.id, { format: 'pdf' })}>
            Minutes PDF
          </Button>
          {!locked && (
            <Button variant="subtle" color="red" size="xs" onClick={() => confirmDelete(`review ${review.ref}`, (confirm) => api.reviews.delete({ id: review.id, confirm }), () => navigate('/clause/9.3'))}>
              Delete review
            </Button>
          )}
        </Group>
      </Group>
      {locked && (
        <Alert color="teal" variant="light" data-testid="review-locked">
          <Text size="sm" fw={600}>
            Signed off and locked
          </Text>
          <Text size="sm">Signed off by {review.signedByName} on {review.signedOn}. The record no longer changes; its actions are still tracked.</Text>
        </Alert>
      )}
      <Card>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="meeting">1 Meeting</Tabs.Tab>
            <Tabs.Tab value="inputs">
              2 Inputs ({noted}/{review.inputs.length} noted)
            </Tabs.Tab>
            <Tabs.Tab value="outputs">3 Outputs ({review.outputs.length})</Tabs.Tab>
            <Tabs.Tab value="actions">4 Actions ({review.actions.length})</Tabs.Tab>
            <Tabs.Tab value="signoff">5 Sign-off</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="meeting">
            <Stack gap="xs">
              <Text size="sm">
                <strong>Location or format:</strong> {review.location || '—'}
              </Text>
              <Text size="sm">
                <strong>Chair:</strong> {review.signedByName ?? review.chairName ?? 'not named yet'}
              </Text>
              <Text size="sm">
                <strong>Attendees:</strong> {review.attendees.map((a) => a.name).join(', ') || '—'}
                {review.guests ? `; guests: ${review.guests}` : ''}
              </Text>
              <Text size="sm">
                <strong>Period reviewed:</strong> {review.windowFrom} to {review.windowTo}
              </Text>
              {!locked && (
                <Group>
                  <Button size="xs" variant="default" onClick={() => dialog.show('meeting', review.id)}>
                    Edit the meeting
                  </Button>
                </Group>
              )}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="inputs">
            <InputsStep review={review} />
          </Tabs.Panel>
          <Tabs.Panel value="outputs">
            <OutputsStep review={review} />
          </Tabs.Panel>
          <Tabs.Panel value="actions">
            <ActionsStep review={review} />
          </Tabs.Panel>
          <Tabs.Panel value="signoff">
            <SignOffStep review={review} />
          </Tabs.Panel>
        </Tabs>
      </Card>
      <FormDialog opened={dialog.parts?.[0] === 'meeting' && !locked} onClose={dialog.close} title={titleWithRef('Edit the meeting', review.ref)} size="xl">
        {dialog.parts?.[0] === 'meeting' && <ReviewForm review={review} onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}

/** Clause 9.3: management reviews, each compiled from the workspace, decided, signed off and followed up. */
export function ReviewsPage({ reviewId }: { reviewId?: string }) {
  const clause = useClauseReadiness('9.3');
  const dialog = useOpenDialog();
  const reviews = useCall(() => api.reviews.list({}), []);
  const detail = useCall(() => (reviewId ? api.reviews.get({ id: reviewId }) : Promise.resolve(undefined)), [reviewId]);
  if (reviewId) return <Stack maw={1280}>{detail.data ? <ReviewView review={detail.data} /> : detail.error ? <Card>{detail.error.message}</Card> : <Loader aria-label="Loading" />}</Stack>;
  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title="9.3 Management review" intro="Top management reviews the ISMS at planned intervals. Each review's inputs a)-g) are compiled from the workspace for the period since the last one; the meeting notes each, records decisions, changes and actions, and the chair signs it off." clause={clause} />
      <DocumentControlPanel documentKey="management-review" />
      <Card>
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4">
            Reviews
          </Title>
          <Button size="xs" onClick={() => dialog.show('review', 'new')} data-shortcut="new">
            Plan a review
          </Button>
        </Group>
        {reviews.data ? <ReviewTable reviews={reviews.data} /> : <Loader aria-label="Loading" />}
      </Card>
      <FormDialog opened={dialog.parts?.[0] === 'review'} onClose={dialog.close} title="Plan a management review" size="xl">
        {dialog.parts?.[0] === 'review' && (
          <ReviewForm
            onDone={(created) => {
              if (created) resetRoute(reviewRoute(created));
              else dialog.close();
            }}
          />
        )}
      </FormDialog>
    </Stack>
  );
}
