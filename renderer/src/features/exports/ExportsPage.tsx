import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import type { ExportDocId } from '../../../../shared/contract/export';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { exportDocument, type ExportOutcome } from './exportDocument';

/** Every document the workspace can produce, written by the main process. */
export function ExportsPage() {
  const docs = useCall(() => api.export.list({}), []);
  // Documents about one record (a policy) need the record chosen: only published policies can be exported.
  const policies = useCall(() => api.policies.list({}), []);
  const published = (policies.data ?? []).filter((p) => p.published).map((p) => ({ value: p.id, label: `${p.title} (${p.published!.version})` }));
  const [policyId, setPolicyId] = useState<string | null>(null);
  const [busy, setBusy] = useState<ExportDocId | null>(null);
  const [last, setLast] = useState<Partial<Record<ExportDocId, ExportOutcome>>>({});
  const run = async (id: ExportDocId, recordId?: string) => {
    setBusy(id);
    const outcome = await exportDocument(id, recordId);
    setBusy(null);
    if (outcome) setLast((l) => ({ ...l, [id]: outcome }));
  };
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={2}>
        <Title order={2}>Export documents</Title>
        <Text c="dimmed">The documents an auditor asks for, generated from what this workspace records.</Text>
      </Stack>
      {docs.data?.map((d) => (
        <Card key={d.id}>
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Group gap="xs">
                <Badge variant="light">{d.clauseId}</Badge>
                <Text fw={600}>{d.title}</Text>
                <Badge variant="outline" color="gray">
                  {d.format.toUpperCase()}
                </Badge>
              </Group>
              {last[d.id] && (
                <Text size="xs" c="dimmed" data-testid={`export-path-${d.id}`}>
                  Saved to {last[d.id]!.path}
                  {last[d.id]!.download && (
                    <>
                      {' · '}
                      <Anchor href={last[d.id]!.download!} download size="xs">
                        Download
                      </Anchor>
                    </>
                  )}
                </Text>
              )}
            </Stack>
            <Group gap="xs" wrap="nowrap">
              {d.record === 'policy' && (
                <Select
                  placeholder={published.length ? 'Choose a published policy' : 'No published policy yet'}
                  data={published}
                  value={policyId}
                  onChange={setPolicyId}
                  disabled={!published.length}
                  w={300}
                  aria-label="Policy to export"
                />
              )}
              <Button loading={busy === d.id} disabled={d.record === 'policy' && !policyId} onClick={() => run(d.id, d.record === 'policy' ? (policyId ?? undefined) : undefined)} aria-label={`Export ${d.title}`}>
                Export
              </Button>
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
