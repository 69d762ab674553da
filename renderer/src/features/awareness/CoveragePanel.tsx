import { Group, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useRouteParam } from '../../router';

/** 7.3 coverage: who in the people register no campaign has reached in the calendar year. */
export function CoveragePanel() {
  const [yearParam, setYear] = useRouteParam('year');
  const thisYear = new Date().getFullYear();
  const year = yearParam ? Number(yearParam) : undefined;
  const cov = useCall(() => api.awareness.coverage(year ? { year } : {}), [year]);
  const c = cov.data;
  if (!c) return null;
  const percent = c.inScope ? Math.round((100 * c.reached) / c.inScope) : 0;
  return (
    <Stack maw={900}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4} style={{ flex: 1 }}>
          <Text size="sm">
            In {c.year}, campaigns reached <b>{c.reached}</b> of the <b>{c.inScope}</b> people in the people register ({percent} %).
          </Text>
          <Progress value={percent} color={percent === 100 ? 'teal' : 'indigo'} aria-label={`Coverage ${percent} %`} />
        </Stack>
        <Select label="Year" w={120} allowDeselect={false} value={String(c.year)} onChange={(v) => setYear(v === String(thisYear) ? null : v)} data={[0, 1, 2, 3].map((n) => String(thisYear - n))} />
      </Group>
      {c.notReached.length === 0 ? (
        <Text c="teal.8">Everyone in the people register was reached in {c.year}.</Text>
      ) : (
        <Table striped aria-label={`Not reached in ${c.year}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Id</Table.Th>
              <Table.Th>Not reached in {c.year}</Table.Th>
              <Table.Th>Unit</Table.Th>
              <Table.Th w={170}>Last reached</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.notReached.map((p) => (
              <Table.Tr key={p.personId}>
                <Table.Td>{p.personRef}</Table.Td>
                <Table.Td>{p.personName}</Table.Td>
                <Table.Td>{p.unitName ?? '—'}</Table.Td>
                <Table.Td>{p.lastReachedOn ?? 'never'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
