import { Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ExportDocId, ExportFormat } from '../../../../shared/contract/export';
import { api, downloadUrl } from '../../api/client';
import { notifyError } from '../../notify';

export interface ExportOutcome {
  path: string;
  download: string | null;
}

/** Asks the main process to write a document (it shows the save dialog) and says where it went. */
export async function exportDocument(id: ExportDocId, recordId?: string, options: { format?: ExportFormat; draft?: boolean } = {}): Promise<ExportOutcome | null> {
  try {
    const result = await api.export.document({ id, recordId, format: options.format, variant: options.draft ? 'draft' : 'approved' });
    if (!result.saved || !result.path) return null;
    const download = downloadUrl(result.path);
    notifications.show({
      color: 'teal',
      title: 'Document exported',
      autoClose: 10000,
      message: (
        <Stack gap={2}>
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {result.path}
          </Text>
          {download && (
            <Anchor href={download} download size="sm">
              Download
            </Anchor>
          )}
        </Stack>
      ),
    });
    return { path: result.path, download };
  } catch (err) {
    notifyError(err, 'The document was not exported');
    return null;
  }
}
