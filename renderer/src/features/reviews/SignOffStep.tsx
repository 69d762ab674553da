import { Alert, Button, List, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import type { ReviewDetail } from '../../../../shared/contract/reviews';
import { api } from '../../api/client';
import { notifyError, notifySaved } from '../../notify';

/** Step 5: the chair signs off; the inputs and notes freeze and the record locks. */
export function SignOffStep({ review }: { review: ReviewDetail }) {
  const [reason, setReason] = useState('');
  if (review.status === 'signed-off')
    return (
      <Alert color="teal">
        <Text size="sm" fw={600}>
          Signed off by {review.signedByName} on {review.signedOn}
        </Text>
        This review is a record now: its meeting details, notes, decisions and changes no longer change, and the inputs show the figures the meeting saw. Its actions are still tracked in step 4.
        {review.signReason && <Text size="sm" mt={4}>Reason recorded: {review.signReason}</Text>}
      </Alert>
    );
  const unnoted = review.inputs.filter((i) => !i.note.trim());
  const checks = [
    { ok: review.chairName !== null, text: review.chairName ? `Chair: ${review.chairName}` : 'Name the chair in step 1: the chair signs off' },
    { ok: unnoted.length === 0, text: unnoted.length ? `Notes missing on ${unnoted.map((i) => `${i.key})`).join(', ')} (step 2)` : 'Every input has a note' },
    { ok: review.outputs.length > 0, text: review.outputs.length ? `${review.outputs.length} output${review.outputs.length === 1 ? '' : 's'} recorded` : 'Record at least one decision or change (step 3)' },
  ];
  const ready = checks.every((c) => c.ok);
  const confirm = () =>
    modals.openConfirmModal({
      title: `Sign off ${review.ref}?`,
      children: <Text size="sm">{review.chairName} signs the review off today. The inputs are frozen as they stand and the record locks; only its actions go on changing.</Text>,
      labels: { confirm: 'Sign off', cancel: 'Not yet' },
      onConfirm: () =>
        void api.reviews
          .signOff({ id: review.id, ...(reason.trim() ? { reason } : {}) })
          .then(() => notifySaved('Review signed off.'))
          .catch((err) => notifyError(err, 'The review was not signed off')),
    });
  return (
    <Stack gap="sm" maw={720}>
      <List size="sm" spacing={2}>
        {checks.map((c) => (
          <List.Item key={c.text} c={c.ok ? undefined : 'red'}>
            {c.ok ? '✓' : '✗'} {c.text}
          </List.Item>
        ))}
      </List>
      <TextInput label="Reason the chair signs" description="Only needed when the chair holds no approving role (top management, or a 5.3 role marked as approver)" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      <div>
        <Button onClick={confirm} disabled={!ready}>
          Sign off as chair
        </Button>
      </div>
    </Stack>
  );
}
