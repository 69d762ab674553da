import { useState } from 'react';
import { Alert, Anchor, Badge, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import type { AssetImportResult, AssetImportRow } from '../../../../shared/contract/assetImport';
import { api, ApiError } from '../../api/client';
import { notifyError, notifySaved } from '../../notify';

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

async function downloadTemplate(format: 'csv' | 'xlsx') {
  const file = await api.risk.assetImportTemplate({ format });
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const ACTION: Record<AssetImportRow['action'], { label: string; color: string }> = {
  create: { label: 'new', color: 'teal' },
  update: { label: 'update', color: 'blue' },
  error: { label: 'problem', color: 'red' },
};

/**
 * Import the asset inventory from CSV or XLSX: choose the file, read the dry run (what each row would
 * create or update, and every problem with its line and column), then import everything in one go.
 */
export function ImportAssets({ onDone }: { onDone: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [data, setData] = useState('');
  const [report, setReport] = useState<AssetImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean, next = { data, name: file?.name ?? '' }) => {
    setBusy(true);
    try {
      const result = await api.risk.assetImport({ fileName: next.name, data: next.data, dryRun });
      setError(null);
      if (dryRun) setReport(result);
      else {
        notifySaved(`${result.written?.created ?? 0} assets added and ${result.written?.updated ?? 0} updated.`);
        onDone();
      }
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'The import failed.');
      if (dryRun) setReport(null);
    } finally {
      setBusy(false);
    }
  };

  const choose = async (f: File | null) => {
    setFile(f);
    setReport(null);
    if (!f) return;
    const encoded = await toBase64(f);
    setData(encoded);
    await run(true, { data: encoded, name: f.name });
  };

  const ready = report ? report.createCount + report.updateCount : 0;
  return (
    <Stack>
      <Text size="sm">
        A CSV or Excel file with one asset per row and a header row. A row with the Id or the name of an asset already in the inventory updates it; the others are added. Owners are matched by name or
        email in the people register; C, I and A by number or label on this workspace's scales. Empty cells change nothing.
      </Text>
      <Group gap="xs">
        <Text size="sm">Template:</Text>
        <Anchor component="button" size="sm" onClick={() => downloadTemplate('xlsx').catch(notifyError)}>
          Excel (XLSX)
        </Anchor>
        <Anchor component="button" size="sm" onClick={() => downloadTemplate('csv').catch(notifyError)}>
          CSV
        </Anchor>
      </Group>
      <FileInput label="File" placeholder="Choose a CSV or XLSX file" accept=".csv,.xlsx,.txt" value={file} onChange={(f) => void choose(f)} clearable />
      {error && (
        <Alert color="red" title="Not imported" role="alert">
          {error}
        </Alert>
      )}
      {report && (
        <>
          <Text size="sm" aria-live="polite" data-testid="asset-import-summary">
            {report.rows.length} rows: {report.createCount} new, {report.updateCount} to update, {report.errorCount} with problems.
            {report.ignored.length > 0 && ` Columns not read: ${report.ignored.join(', ')}.`}
          </Text>
          <Table.ScrollContainer minWidth={640} mah={360}>
            <Table aria-label="Assets to import" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Asset</Table.Th>
                  <Table.Th>C/I/A</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Result</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rows.map((r) => (
                  <Table.Tr key={r.line} data-testid={`asset-import-line-${r.line}`}>
                    <Table.Td>{r.line}</Table.Td>
                    <Table.Td>
                      {r.name}
                      {r.ref && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          {r.ref}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{[r.confidentiality, r.integrity, r.availability].map((v) => v ?? '–').join('/')}</Table.Td>
                    <Table.Td>{r.owner}</Table.Td>
                    <Table.Td>
                      <Badge color={ACTION[r.action].color} variant="light">
                        {ACTION[r.action].label}
                      </Badge>
                      {r.action === 'update' && (
                        <Text size="xs" c="dimmed">
                          {r.changes.length ? `Changes: ${r.changes.join(', ')}` : 'No change'}
                        </Text>
                      )}
                      {r.errors.map((e, i) => (
                        <Text key={`e${i}`} size="xs" c="red">
                          {e.column}: {e.message}
                        </Text>
                      ))}
                      {r.warnings.map((w, i) => (
                        <Text key={`w${i}`} size="xs" c="orange.8">
                          {w.column}: {w.message}
                        </Text>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="flex-end">
            <Button onClick={() => void run(false)} loading={busy} disabled={report.errorCount > 0 || ready === 0}>
              Import {ready} assets
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
