import { ActionIcon, Anchor, Badge, Button, Card, Group, SegmentedControl, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconPaperclip, IconPlus, IconTrash } from '@tabler/icons-react';
import { COMMITMENT_STATUSES, type Commitment, type CommitmentStatus } from '../../../../shared/contract/leadership';
import { api } from '../../api/client';
import { confirmDelete } from '../../components/confirmDelete';
import { notifyError, notifySaved } from '../../notify';
import { downloadAttachment, formatBytes } from '../attachments/files';
import { STATUS_LABEL } from './labels';
import { RefBadge } from '../../components/RefBadge/RefBadge';

interface CommitmentCardProps {
  commitment: Commitment;
  people: { value: string; label: string }[];
  onAddEvidence: (c: Commitment) => void;
}

/** One item of the 5.1 checklist: owner and status save at once; evidence is listed with its file. */
export function CommitmentCard({ commitment: c, people, onAddEvidence }: CommitmentCardProps) {
  const save = (change: Partial<{ status: CommitmentStatus; ownerId: string | null }>) =>
    api.leadership
      .commitmentUpdate({ id: c.id, title: c.title, description: c.description, status: c.status, ownerId: c.ownerId, ...change })
      .then(() => notifySaved('Saved.'), (err) => notifyError(err, 'Not saved'));
  const removeEvidence = (id: string, what: string) => confirmDelete(`the evidence "${what}"`, () => api.leadership.evidenceDelete({ id }), () => notifySaved('Evidence removed.'));

  return (
    <Card data-testid={`commitment-${c.key ?? c.id}`}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Group gap={6} wrap="nowrap">
            <RefBadge value={c.ref} />
            <Text fw={600}>{c.title}</Text>
          </Group>
          <Text size="sm" c="dimmed">
            {c.description}
          </Text>
        </Stack>
        <Group align="flex-end" gap="md">
          <Select label="Owner" placeholder="Choose a person" searchable clearable w={260} data={people} value={c.ownerId} onChange={(v) => void save({ ownerId: v })} aria-label={`Owner of ${c.title}`} />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Status
            </Text>
            <SegmentedControl
              aria-label={`Status of ${c.title}`}
              value={c.status}
              onChange={(v) => void save({ status: v as CommitmentStatus })}
              data={COMMITMENT_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s], disabled: s === 'done' && c.evidence.length === 0 }))}
            />
          </Stack>
        </Group>
        <Stack gap={4}>
          {c.evidence.length === 0 ? (
            <Text size="sm" c="orange">
              No evidence yet. Add some before marking this item in place.
            </Text>
          ) : (
            c.evidence.map((e) => (
              <Group key={e.id} gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm">
                    <RefBadge value={e.ref} />{' '}
                    {e.evidenceDate && (
                      <Badge variant="light" color="gray" mr={6}>
                        {e.evidenceDate}
                      </Badge>
                    )}
                    {e.description}
                  </Text>
                  {e.attachment && (
                    <Tooltip label={`SHA-256 ${e.attachment.sha256}`} multiline w={320}>
                      <Anchor size="xs" onClick={() => downloadAttachment(e.attachment!.id).catch(notifyError)} style={{ alignSelf: 'flex-start' }}>
                        <IconPaperclip size={12} /> {e.attachment.name} ({formatBytes(e.attachment.size)})
                      </Anchor>
                    </Tooltip>
                  )}
                </Stack>
                <ActionIcon variant="subtle" color="red" onClick={() => removeEvidence(e.id, e.description)} aria-label={`Delete evidence ${e.description}`}>
                  <IconTrash size={14} />
                </ActionIcon>
              </Group>
            ))
          )}
        </Stack>
        <Group>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onAddEvidence(c)} aria-label={`Add evidence for ${c.title}`}>
            Add evidence
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
