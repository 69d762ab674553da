import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { INPUT_KEYS, INPUT_SOURCES, type InputKey, type ReviewDetail } from '../../../../shared/contract/reviews';
import { api } from '../../api/client';
import { DraftNotice } from '../../components/DraftNotice/DraftNotice';
import { SaveBar } from '../../components/SaveBar/SaveBar';
import { useDraftState } from '../../drafts/useDraftState';
import { notifyError, notifySaved } from '../../notify';
import { navigate } from '../../router';

type Notes = Partial<Record<InputKey, string>>;

/** Step 2: each input a)-g) compiled from the workspace, with its figures and the meeting's note. */
export function InputsStep({ review }: { review: ReviewDetail }) {
  const locked = review.status === 'signed-off';
  const saved: Notes = Object.fromEntries(review.inputs.map((i) => [i.key, i.note]));
  const notes = useDraftState<Notes>(locked ? null : `review-notes:${review.id}`, 'Review notes', saved);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      await api.reviews.update({ id: review.id, notes: Object.fromEntries(INPUT_KEYS.map((k) => [k, notes.value[k] ?? ''])) });
      notes.clear();
      notifySaved('Notes saved.');
    } catch (err) {
      notifyError(err, 'The notes were not saved');
    } finally {
      setSaving(false);
    }
  };
  const written = INPUT_KEYS.filter((k) => (notes.value[k] ?? '').trim()).length;
  return (
    <Stack gap="sm">
      {!locked && <SaveBar target={`${written} of ${INPUT_KEYS.length} inputs have a note.`} dirty={notes.dirty} saving={saving} onSave={() => void save()} onDiscard={notes.discard} saveLabel="Save notes" />}
      {!locked && <DraftNotice restoredAt={notes.restoredAt} onDiscard={notes.discard} />}
      <Text size="sm" c="dimmed">
        {review.frozen ? `Frozen at sign-off on ${review.signedOn}: the figures the meeting saw.` : `Compiled live from the workspace for ${review.windowFrom} to ${review.windowTo}; they freeze when the chair signs off.`}
      </Text>
      {review.inputs.map((input) => (
        <Card key={input.key} withBorder padding="sm" data-testid={`input-${input.key}`}>
          <Group justify="space-between" wrap="nowrap" mb={4}>
            <Title order={3} size="h5">
              {input.title}
            </Title>
            <Anchor component="button" type="button" size="xs" onClick={() => navigate(INPUT_SOURCES[input.key].route)}>
              Open {INPUT_SOURCES[input.key].clause}
            </Anchor>
          </Group>
          <Text size="xs" c="dimmed" mb={6}>
            {input.basis}
          </Text>
          <SimpleGrid cols={{ base: 2, lg: 4 }} spacing={6} verticalSpacing={4} mb={6}>
            {input.figures.map((f) => (
              <Group key={f.label} gap={6} wrap="nowrap">
                <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                  {f.value}
                </Badge>
                <Text size="xs">{f.label}</Text>
              </Group>
            ))}
          </SimpleGrid>
          {input.lines.length > 0 && (
            <List size="xs" spacing={0} mb={6}>
              {input.lines.map((l) => (
                <List.Item key={l}>{l}</List.Item>
              ))}
            </List>
          )}
          {locked ? (
            <Text size="sm">
              <strong>Discussion:</strong> {input.note || '—'}
            </Text>
          ) : (
            <Textarea label={`Note on ${input.key})`} placeholder="What the meeting concluded on this input" autosize minRows={1} maxRows={6} value={notes.value[input.key] ?? ''} onChange={(e) => {
                const text = e.currentTarget.value;
                notes.set((n) => ({ ...n, [input.key]: text }));
              }} />
          )}
        </Card>
      ))}
    </Stack>
  );
}
