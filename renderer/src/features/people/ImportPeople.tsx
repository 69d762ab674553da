import { useState } from 'react';
import { Alert, Badge, Button, FileInput, Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IMPORT_FIELD_LABEL, IMPORT_FIELDS, type ImportField, type PeopleImportResult } from '../../../../shared/contract/peopleImport';
import { api, ApiError } from '../../api/client';
import { notifySaved } from '../../notify';

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/**
 * Import people and units from CSV or XLSX: choose the file, check the column mapping, read the dry
 * run's row-by-row errors, then import everything in one go (or nothing, if a row is wrong).
 */
export function ImportPeople({ onDone }: { onDone: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [data, setData] = useState('');
  const [mapping, setMapping] = useState<Partial<Record<ImportField, string | null>>>({});
  const [report, setReport] = useState<PeopleImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean, next = { data, mapping, name: file?.name ?? '' }) => {
    setBusy(true);
    try {
      const result = await api.people.import({ fileName: next.name, data: next.data, mapping: next.mapping, dryRun });
      setError(null);
      if (dryRun) {
        setReport(result);
        setMapping(result.mapping);
      } else {
        notifySaved(`${result.created?.people ?? 0} people and ${result.created?.units ?? 0} new units imported.`);
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
    setMapping({});
    if (!f) return;
    const encoded = await toBase64(f);
    setData(encoded);
    await run(true, { data: encoded, mapping: {}, name: f.name });
  };

  const remap = (field: ImportField, header: string | null) => {
    const next = { ...mapping, [field]: header };
    setMapping(next);
    void run(true, { data, mapping: next, name: file?.name ?? '' });
  };

  const valid = report ? report.rows.length - report.errorCount : 0;
  return (
    <Stack>
      <Text size="sm">A CSV or Excel file with one person per row and a header row. Names are required; email, job title and unit are optional. Units that do not exist yet are created.</Text>
      <FileInput label="File" placeholder="Choose a CSV or XLSX file" accept=".csv,.xlsx,.txt" value={file} onChange={(f) => void choose(f)} clearable />
      {error && (
        <Alert color="red" title="Not imported" role="alert">
          {error}
        </Alert>
      )}
      {report && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {IMPORT_FIELDS.map((f) => (
              <Select key={f} label={`${IMPORT_FIELD_LABEL[f]} column`} data={report.headers} value={mapping[f] ?? null} onChange={(h) => remap(f, h)} clearable={f !== 'name'} allowDeselect={f !== 'name'} />
            ))}
          </SimpleGrid>
          <Text size="sm" aria-live="polite" data-testid="import-summary">
            {report.rows.length} rows: {valid} ready, {report.errorCount} with errors.{report.newUnits.length > 0 && ` New units: ${report.newUnits.join(', ')}.`}
          </Text>
          <Table.ScrollContainer minWidth={560} mah={360}>
            <Table aria-label="Rows to import" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Unit</Table.Th>
                  <Table.Th>Check</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rows.map((r) => (
                  <Table.Tr key={r.line} data-testid={`import-line-${r.line}`}>
                    <Table.Td>{r.line}</Table.Td>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{r.email}</Table.Td>
                    <Table.Td>{r.unit}</Table.Td>
                    <Table.Td>
                      {r.errors.length ? (
                        <Text size="xs" c="red">
                          {r.errors.join(' ')}
                        </Text>
                      ) : (
                        <Badge color="teal" variant="light">
                          ready
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="flex-end">
            <Button onClick={() => void run(false)} loading={busy} disabled={report.errorCount > 0 || report.rows.length === 0}>
              Import {valid} people
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
