import { useState } from 'react';
import { Alert, Badge, Button, FileButton, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import type { ImportResult, Metric } from '../../../../shared/contract/metrics';
import { formatValue } from '../../../../shared/metrics/status';
import { api } from '../../api/client';
import { useDraftState } from '../../drafts/useDraftState';
import { notifyError, notifySaved } from '../../notify';
import { CancelButton } from '../../components/FormDialog/FormDialog';

const OUTCOME = { new: { label: 'New', color: 'teal' }, replaces: { label: 'Corrects', color: 'blue' }, error: { label: 'Problem', color: 'red' } } as const;

/** Bulk paste or a CSV file of one metric's values: always a dry run first, then all rows or none. */
export function ImportValues({ metric, onDone }: { metric: Metric; onDone: () => void }) {
  const text = useDraftState(`metric-import:${metric.id}`, 'Pasted values', '');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const header = ['period', ...metric.baseMeasures.map((b) => b.key), 'comment'].join(',');

  const check = async (value = text.value) => {
    setBusy(true);
    try {
      setResult(await api.metrics.import({ metricId: metric.id, text: value, dryRun: true }));
    } catch (err) {
      setResult(null);
      notifyError(err, 'The values could not be read');
    } finally {
      setBusy(false);
    }
  };
  const record = async () => {
    setBusy(true);
    try {
      const done = await api.metrics.import({ metricId: metric.id, text: text.value, dryRun: false });
      text.clear();
      notifySaved(`${done.recorded} value${done.recorded === 1 ? '' : 's'} recorded.`);
      onDone();
    } catch (err) {
      notifyError(err, 'Nothing was recorded');
    } finally {
      setBusy(false);
    }
  };
  const ready = result !== null && result.errors === 0 && result.rows.length > 0;

  return (
    <Stack gap="sm">
      <Text size="sm">
        Paste rows from a spreadsheet or choose a CSV file. The first row names the columns: <code>{header}</code>
        {metric.baseMeasures.length === 1 ? ' (or value instead of the measure name)' : ''}. A period that already has a value is corrected; the earlier entry is kept.
      </Text>
      <Textarea
        label="Values"
        aria-label="Values to import"
        autosize
        minRows={5}
        maxRows={10}
        styles={{ input: { fontFamily: 'monospace' } }}
        placeholder={`${header}\n2026-01,…`}
        value={text.value}
        onChange={(e) => {
          text.set(e.currentTarget.value);
          setResult(null);
        }}
      />
      <Group gap="xs">
        <FileButton
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          onChange={(file) => {
            if (!file) return;
            void file.text().then((t) => {
              text.set(t);
              void check(t);
            });
          }}
        >
          {(props) => (
            <Button variant="default" {...props}>
              Choose a CSV file…
            </Button>
          )}
        </FileButton>
        <Button variant="light" onClick={() => void check()} loading={busy} disabled={!text.value.trim()}>
          Check (dry run)
        </Button>
      </Group>
      {result && (
        <>
          {result.errors > 0 ? (
            <Alert color="red" title={`${result.errors} row${result.errors === 1 ? ' has' : 's have'} a problem`}>
              Fix them in the text above; nothing is recorded while any row has a problem.
            </Alert>
          ) : (
            <Alert color="teal">{result.rows.length} rows are ready to record.</Alert>
          )}
          <Table.ScrollContainer minWidth={500} mah={220}>
            <Table aria-label="Dry run" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Period</Table.Th>
                  <Table.Th>Value</Table.Th>
                  <Table.Th>Outcome</Table.Th>
                  <Table.Th>Note</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.rows.map((r) => (
                  <Table.Tr key={r.line}>
                    <Table.Td>{r.line}</Table.Td>
                    <Table.Td>{r.period}</Table.Td>
                    <Table.Td>{formatValue(r.value, metric.unit)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={OUTCOME[r.outcome].color}>
                        {OUTCOME[r.outcome].label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{r.message}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <Group justify="flex-end">
        <CancelButton onCancel={onDone} />
        <Button onClick={() => void record()} disabled={!ready} loading={busy}>
          {ready ? `Record ${result.rows.length} value${result.rows.length === 1 ? '' : 's'}` : 'Record values'}
        </Button>
      </Group>
    </Stack>
  );
}
