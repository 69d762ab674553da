import { useState } from 'react';
import { ActionIcon, Anchor, Button, FileInput, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import type { Evidence } from '../../../../shared/contract/competence';
import { api } from '../../api/client';
import { notifyError, notifySaved } from '../../notify';
import { downloadAttachment, fileToUpload, formatBytes } from '../attachments/files';

/** The evidence files of a skills audit or training record: download, add, remove. */
export function EvidenceList({ evidence, owner }: { evidence: Evidence[]; owner: { auditId: string } | { trainingId: string } }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (!file) return;
    setBusy(true);
    try {
      await api.competence.evidenceAdd({ ...owner, file: await fileToUpload(file) });
      setFile(null);
      notifySaved('Evidence attached.');
    } catch (err) {
      notifyError(err, 'The file was not attached');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={6}>
      {evidence.length === 0 && (
        <Text size="sm" c="dimmed">
          No evidence files yet.
        </Text>
      )}
      {evidence.map((e) => (
        <Group key={e.id} gap="xs" wrap="nowrap">
          <Anchor component="button" type="button" size="sm" onClick={() => void downloadAttachment(e.attachment.id)}>
            {e.attachment.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {formatBytes(e.attachment.size)} · SHA-256 {e.attachment.sha256.slice(0, 12)}…
          </Text>
          <Tooltip label="Remove file" openDelay={300}>
            <ActionIcon variant="subtle" color="red" size="sm" aria-label={`Remove ${e.attachment.name}`} onClick={() => void api.competence.evidenceDelete({ id: e.id }).then(() => notifySaved('File removed.'), (err) => notifyError(err, 'The file was not removed'))}>
              <IconTrash size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <Group gap="xs" align="flex-end">
        <FileInput aria-label="Evidence file to attach" size="xs" w={260} clearable leftSection={<IconPaperclip size={14} />} value={file} onChange={setFile} />
        <Button size="xs" variant="default" disabled={!file} loading={busy} onClick={() => void add()}>
          Attach
        </Button>
      </Group>
    </Stack>
  );
}
