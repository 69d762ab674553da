import { useState } from 'react';
import { Button, Group, Paper, Text } from '@mantine/core';
import { PersonSelect } from '../PersonSelect/PersonSelect';
import { ReviewDateInput } from '../ReviewDateInput/ReviewDateInput';
import { notifyError, notifySaved } from '../../notify';

export interface BulkChange {
  ownerId?: string | null;
  reviewDate?: string | null;
}

interface Props {
  /** What the rows are ("issue", "process"), for the counts. */
  noun: string;
  selected: string[];
  onClear: () => void;
  /** Which fields this register can set in bulk. */
  fields: { owner?: boolean; reviewDate?: boolean };
  apply: (ids: string[], change: BulkChange) => Promise<{ updated: number }>;
}

/**
 * Shown once rows are selected: set the owner and/or the review date of all of them in one step
 * (issue 9: a 120-person client should not mean one dialog per row). Fields left empty stay as they are.
 */
export function BulkBar({ noun, selected, onClear, fields, apply }: Props) {
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [reviewDate, setReviewDate] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (selected.length === 0) return null;
  const plural = (n: number) => `${n} ${n === 1 ? noun : noun.endsWith('s') ? `${noun}es` : `${noun}s`}`;
  const change: BulkChange = { ...(ownerId && { ownerId }), ...(reviewDate && { reviewDate }) };
  const run = () => {
    setBusy(true);
    apply(selected, change)
      .then(({ updated }) => {
        notifySaved(`${plural(updated)} updated.`);
        setOwnerId(null);
        setReviewDate(null);
        onClear();
      }, notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Paper withBorder p="sm" radius="sm" bg="indigo.0" aria-label={`Change the ${plural(selected.length)} selected`}>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Text size="sm" fw={600} style={{ alignSelf: 'center' }}>{plural(selected.length)} selected</Text>
        {fields.owner && <PersonSelect label="Set owner" w={260} value={ownerId} onChange={setOwnerId} />}
        {fields.reviewDate && <ReviewDateInput label="Set review date" w={220} value={reviewDate} onChange={setReviewDate} />}
        <Button onClick={run} loading={busy} disabled={Object.keys(change).length === 0}>
          Apply to {plural(selected.length)}
        </Button>
        <Button variant="subtle" onClick={onClear}>Clear selection</Button>
      </Group>
    </Paper>
  );
}
