import { ActionIcon, Anchor, Button, FileInput, Group, SimpleGrid, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import type { ChecklistItem } from '../../../../shared/contract/audits';
import { api } from '../../api/client';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { notifyError } from '../../notify';
import { downloadAttachment, fileToUpload, formatBytes } from '../attachments/files';

interface Values {
  file: File | null;
  description: string;
  effectiveOn: string | null;
  expiresOn: string | null;
}

/** Evidence files of one item: stored inside the workspace with their SHA-256, the day they speak for and an optional expiry. */
export function EvidencePanel({ item, readOnly }: { item: ChecklistItem; readOnly: boolean }) {
  // The picked file itself cannot be kept as a draft; the description and dates are.
  const form = useDraftForm<Values>(null, 'Evidence file', { initialValues: { file: null, description: '', effectiveOn: new Date().toISOString().slice(0, 10), expiresOn: null } });
  const submit = form.onSubmit(async (v) => {
    if (!v.file) return form.setFieldError('file', 'Choose a file.');
    if (!v.effectiveOn) return form.setFieldError('effectiveOn', 'Give the day the evidence is effective for.');
    let upload;
    try {
      upload = await fileToUpload(v.file);
    } catch (err) {
      return form.setFieldError('file', err instanceof Error ? err.message : 'The file could not be read.');
    }
    await saveForm(form, () => api.audits.evidenceAdd({ itemId: item.id, description: v.description, effectiveOn: v.effectiveOn!, expiresOn: v.expiresOn, file: upload }), { saved: 'Evidence attached.', failed: 'The evidence was not attached' }, () => form.reset());
  });
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        Evidence files ({item.evidence.length})
      </Text>
      {item.evidence.length > 0 && (
        <Table aria-label="Evidence files" verticalSpacing={4} fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>File</Table.Th>
              <Table.Th>Effective</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>SHA-256</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {item.evidence.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Anchor component="button" type="button" size="xs" onClick={() => void downloadAttachment(e.attachment.id).catch((err: unknown) => notifyError(err))}>
                    {e.attachment.name}
                  </Anchor>{' '}
                  ({formatBytes(e.attachment.size)}, added {e.attachment.createdAt.slice(0, 16).replace('T', ' ')}){e.description && ` · ${e.description}`}
                </Table.Td>
                <Table.Td>{e.effectiveOn}</Table.Td>
                <Table.Td>{e.expiresOn ?? '—'}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all', fontFamily: 'monospace' }}>{e.attachment.sha256.slice(0, 16)}…</Table.Td>
                <Table.Td>
                  {!readOnly && (
                    <Tooltip label="Remove this evidence">
                      <ActionIcon variant="subtle" color="red" aria-label={`Remove evidence ${e.attachment.name}`} onClick={() => void api.audits.evidenceDelete({ id: e.id }).catch((err: unknown) => notifyError(err, 'Not removed'))}>
                        <IconTrash size={14} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!readOnly && (
        <form onSubmit={submit} noValidate aria-label="Attach evidence">
          <SimpleGrid cols={4} spacing="xs">
            <FileInput label="File (up to 20 MB)" size="xs" clearButtonProps={{ 'aria-label': 'Remove the chosen file' }} leftSection={<IconPaperclip size={14} />} clearable {...form.getInputProps('file')} />
            <TextInput label="What it shows" size="xs" {...form.getInputProps('description')} />
            <DateInput label="Effective on" size="xs" valueFormat="YYYY-MM-DD" {...form.getInputProps('effectiveOn')} />
            <DateInput label="Expires on" size="xs" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('expiresOn')} />
          </SimpleGrid>
          <Group justify="flex-end" mt={4}>
            <Button type="submit" size="xs" variant="light" loading={form.submitting}>
              Attach evidence
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
