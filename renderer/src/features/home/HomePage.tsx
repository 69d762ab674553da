import { Alert, Anchor, Badge, Card, Group, Progress, RingProgress, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { CLAUSE_GROUPS } from '../../../../shared/clauses';
import type { ClauseReadiness, ReadinessSummary } from '../../../../shared/contract/readiness';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { navigate } from '../../router';

const statusLabel: Record<ClauseReadiness['status'], string> = { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done' };
const statusColor: Record<ClauseReadiness['status'], string> = { 'not-started': 'gray', 'in-progress': 'indigo', done: 'teal' };

/** Every clause 4.1-10.2 has its guided page (9.3 was the last, issue 14), so every row opens one. */
function ClauseRow({ clause }: { clause: ClauseReadiness }) {
  return (
    <UnstyledButton onClick={() => navigate(`/clause/${clause.id}`)} data-testid={`readiness-${clause.id}`} data-percent={clause.percent} style={{ display: 'block', width: '100%' }}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={500} truncate>
            {clause.id} {clause.title}
          </Text>
          <Text size="sm" fw={600} c={statusColor[clause.status]}>
            {clause.percent}%
          </Text>
        </Group>
        <Progress value={clause.percent} color={statusColor[clause.status]} size="sm" aria-label={`${clause.id} ${clause.percent}%`} />
      </Stack>
    </UnstyledButton>
  );
}

function NextAndDue({ summary }: { summary: ReadinessSummary }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card>
        <Title order={4} mb="sm">
          What to do next
        </Title>
        {summary.next.length === 0 ? (
          <Text c="dimmed">Every clause the workbench can guide you through is complete.</Text>
        ) : (
          <Stack gap="xs">
            {summary.next.map((n) => (
              <Group key={n.clauseId} gap="xs" wrap="nowrap">
                <Badge variant="light">{n.clauseId}</Badge>
                <Anchor component="button" type="button" size="sm" ta="left" onClick={() => navigate(n.route)}>
                  {withoutClause(n.text, n.clauseId)}
                </Anchor>
              </Group>
            ))}
          </Stack>
        )}
      </Card>
      <Card>
        <Title order={4}>Due soon</Title>
        <Text size="xs" c="dimmed" mb="sm">
          Overdue, and due in the next 30 days; supplier certificates 60 days ahead, to leave time to renew.
        </Text>
        {summary.due.length === 0 ? (
          <Text c="dimmed">Nothing is due. Review dates you set on records show up here.</Text>
        ) : (
          <Stack gap="xs" data-testid="due-list">
            {summary.due.map((d, i) => (
              <Group key={i} gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
                <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                  <Badge variant="light" style={{ flexShrink: 0 }}>
                    {d.clauseId}
                  </Badge>
                  <Anchor component="button" type="button" size="sm" ta="left" onClick={() => navigate(d.route)} lineClamp={2} title={d.text}>
                    {d.text}
                  </Anchor>
                </Group>
                <Badge color={d.overdue ? 'red' : 'yellow'} variant="light" style={{ flexShrink: 0 }}>
                  {d.overdue ? `overdue since ${d.date}` : d.date}
                </Badge>
              </Group>
            ))}
          </Stack>
        )}
      </Card>
    </SimpleGrid>
  );
}

/** Where the ISMS stands, clause by clause, and what is due: the first thing after a long gap. */
/** The badge beside a next step already names its clause; a step written as "8.2 A dated run..." drops the repeat (a sub-clause such as "6.1.1" stays). */
const withoutClause = (text: string, clauseId: string) => (text.startsWith(`${clauseId} `) ? text.slice(clauseId.length + 1) : text);

export function HomePage() {
  const summary = useCall(() => api.readiness.summary({}), []);
  const info = useCall(() => api.workspace.info({}), []);
  if (summary.error) return <Alert color="red">{summary.error.message}</Alert>;
  if (!summary.data) return null;
  const s = summary.data;
  const overdue = s.due.filter((d) => d.overdue).length;
  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2}>{info.data?.organisation}</Title>
          <Text c="dimmed">Readiness for ISO/IEC 27001:2022, computed from what this workspace records.</Text>
        </Stack>
        <Group gap="md">
          <RingProgress
            size={96}
            thickness={10}
            roundCaps
            sections={[{ value: s.overall, color: s.overall === 100 ? 'teal' : 'indigo' }]}
            label={
              <Text ta="center" fw={700} size="lg" data-testid="overall-readiness">
                {s.overall}%
              </Text>
            }
          />
          <Stack gap={0}>
            <Text fw={600}>Overall</Text>
            <Text size="xs" c="dimmed" maw={200} data-testid="clauses-guided">
              {s.guided} of {s.total} clauses guided; the others count as not started
            </Text>
          </Stack>
        </Group>
      </Group>
      {overdue > 0 && (
        <Alert color="red" title={`${overdue} item${overdue === 1 ? ' is' : 's are'} overdue`}>
          Reviews and actions (treatment, corrective) that have passed their date are listed under Due.
        </Alert>
      )}
      <NextAndDue summary={s} />
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
        {CLAUSE_GROUPS.map((g) => (
          <Card key={g.id}>
            <Title order={5} mb="sm">
              {g.id} {g.title}
            </Title>
            <Stack gap="sm">
              {s.clauses
                .filter((c) => c.group === g.id)
                .map((c) => (
                  <ClauseRow key={c.id} clause={c} />
                ))}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
