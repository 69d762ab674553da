import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { downloadAttachment } from '../attachments/files';
import { AttendanceEditor } from './AttendanceEditor';

const Field = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm" component="div">
      {children}
    </Text>
  </div>
);

/** One campaign: what it was, its material, how well it worked, and who it reached. */
export function CampaignRecord({ id, onEdit, onClose }: { id: string; onEdit: () => void; onClose: () => void }) {
  const campaign = useCall(() => api.awareness.campaignGet({ id }), [id]);
  const c = campaign.data;
  if (!c) return null;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={4}>
          {c.ref} {c.topic}
        </Title>
        <Button variant="default" size="xs" onClick={onEdit}>
          Edit campaign
        </Button>
      </Group>
      <SimpleGrid cols={4}>
        <Field label="Held on">{c.heldOn}</Field>
        <Field label="Audience">{c.audience === 'everyone' ? 'Everyone' : `Chosen: ${c.audienceSize} people`}</Field>
        <Field label="Reached">
          {c.attended} of {c.audienceSize}
          {c.averageScore !== null ? `, quiz average ${c.averageScore}` : ''}
        </Field>
        <Field label="Effectiveness">{c.effectiveness ? <Badge variant="light">{c.effectiveness} of 5</Badge> : 'Not rated yet'}</Field>
      </SimpleGrid>
      {(c.materialText || c.materialLink || c.materialFile) && (
        <Field label="Material">
          <Stack gap={2}>
            {c.materialText && <Text size="sm">{c.materialText}</Text>}
            {c.materialLink && <Text size="sm">{c.materialLink}</Text>}
            {c.materialFile && (
              <Anchor component="button" type="button" size="sm" onClick={() => void downloadAttachment(c.materialFile!.id)}>
                {c.materialFile.name}
              </Anchor>
            )}
          </Stack>
        </Field>
      )}
      {c.missing.length > 0 && (
        <Text size="sm">
          <b>Not reached from its audience:</b> {c.missing.map((m) => m.personName).join(', ')}.
        </Text>
      )}
      <AttendanceEditor key={c.updatedAt + c.attended} campaign={c} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  );
}
