import { useState } from 'react';
import { Alert, Badge, Button, Card, Code, Group, List, Stack, Text, Title } from '@mantine/core';
import type { TrailReport } from '../../../../shared/contract/trail';
import { api } from '../../api/client';
import { notifyError } from '../../notify';
import { navigate } from '../../router';
import { PROBLEM_LABELS } from './labels';

/** "Verify trail": the chain, every record against it, evidence files and published policy text. */
export function VerifyPanel() {
  const [report, setReport] = useState<TrailReport | null>(null);
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      setReport(await api.trail.verify({}));
    } catch (err) {
      notifyError(err, 'The trail could not be checked');
    } finally {
      setRunning(false);
    }
  };
  return (
    <Card mb="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} maw={640}>
          <Title order={4}>Verify the trail</Title>
          <Text size="sm" c="dimmed">
            Every change is recorded with a hash that covers the one before it. Verifying recomputes the chain, compares every record with the
            last values recorded for it, and re-checks attached files and published policy text against the hashes taken when they were stored.
          </Text>
        </Stack>
        <Button onClick={run} loading={running}>
          Verify trail
        </Button>
      </Group>
      {report && report.ok && (
        <Alert mt="md" color="teal" title="The trail is intact" data-testid="trail-ok">
          <Text size="sm">
            {report.entries} entries, {report.records} records, {report.attachments} files and {report.publishedPolicies} published policy versions
            checked{report.legacyEntries > 0 ? `; ${report.legacyEntries} early entries predate the hash chain and cannot be proven` : ''}.
          </Text>
          {report.head && (
            <Text size="xs" mt={4}>
              Last entry hash: <Code>{report.head}</Code>
            </Text>
          )}
        </Alert>
      )}
      {report && !report.ok && (
        <Alert mt="md" color="red" title={`${report.problems.length + report.moreProblems} problems found: this workspace was changed outside the app`} data-testid="trail-problems">
          <List spacing={6} size="sm">
            {report.problems.map((p, i) => (
              <List.Item key={i}>
                <Badge size="xs" color="red" variant="light" mr={6}>
                  {PROBLEM_LABELS[p.kind]}
                </Badge>
                {p.message}
                {p.rowId && (
                  <Button variant="subtle" size="compact-xs" ml={4} onClick={() => navigate(`/trail/record/${p.rowId}`)}>
                    History
                  </Button>
                )}
              </List.Item>
            ))}
          </List>
          {report.moreProblems > 0 && <Text size="sm" mt="xs">…and {report.moreProblems} more.</Text>}
        </Alert>
      )}
    </Card>
  );
}
