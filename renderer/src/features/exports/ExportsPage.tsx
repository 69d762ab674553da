import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ExportDocId } from '../../../../shared/contract/export';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { exportDocument, type ExportOutcome } from './exportDocument';

/** Every document the workspace can produce, written by the main process. */
export function ExportsPage() {
  const docs = useCall(() => api.export.list({}), []);
  const [busy, setBusy] = useState<ExportDocId | null>(null);
  const [last, setLast] = useState<Partial<Record<ExportDocId, ExportOutcome>>>({});
  const run = async (id: ExportDocId) => {
    setBusy(id);
    const outcome = await exportDocument(id);
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
            <Button loading={busy === d.id} onClick={() => run(d.id)} aria-label={`Export ${d.title}`}>
              Export
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
