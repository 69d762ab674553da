import { useState } from 'react';
import { Button, Card, Container, Group, Pagination, Text, Title } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { navigate } from '../../router';
import { TrailEntries } from './TrailEntries';
import { VerifyPanel } from './VerifyPanel';

const PAGE = 50;

/** The workspace's history (or one record's, with `recordId`) and the "Verify trail" check. */
export function TrailPage({ recordId }: { recordId?: string }) {
  const [page, setPage] = useState(1);
  const history = useCall(() => api.trail.history({ rowId: recordId, limit: PAGE, offset: (page - 1) * PAGE }), [recordId, page]);
  const total = history.data?.total ?? 0;
  const label = recordId ? (history.data?.entries.find((e) => e.label)?.label ?? recordId) : null;
  return (
    <Container size="lg">
      <Title order={2} mb="xs">
        History and integrity
      </Title>
      <Text c="dimmed" mb="lg">
        Who changed what and when, with the values before and after, for every record in this workspace.
      </Text>
      <VerifyPanel />
      <Card>
        <Group justify="space-between" mb="sm">
          <Title order={4}>{label ? `History of ${label}` : 'All changes, newest first'}</Title>
          {recordId && (
            <Button variant="default" size="xs" onClick={() => navigate('/trail')}>
              Show all changes
            </Button>
          )}
        </Group>
        {history.error && <Text c="red">{history.error.message}</Text>}
        {history.data && <TrailEntries entries={history.data.entries} onRecord={recordId ? undefined : (e) => navigate(`/trail/record/${e.rowId}`)} />}
        {total > PAGE && (
          <Group justify="center" mt="md">
            <Pagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage} />
          </Group>
        )}
      </Card>
    </Container>
  );
}
