import { Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { Coverage, CoverageRow } from '../../../../shared/contract/audits';
import { COVERAGE_COLOR, COVERAGE_LABEL } from './labels';

function Rows({ caption, rows }: { caption: string; rows: CoverageRow[] }) {
  return (
    <Table aria-label={caption} verticalSpacing={4} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{caption}</Table.Th>
          <Table.Th w={190}>State</Table.Th>
          <Table.Th w={150}>Audits</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>{r.label}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={COVERAGE_COLOR[r.state]}>
                {COVERAGE_LABEL[r.state]}
              </Badge>
            </Table.Td>
            <Table.Td>{r.audits.join(', ') || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** 9.2.2: what the cycle has not yet planned or audited, clause by clause and control by control. */
export function CoveragePanel({ coverage }: { coverage: Coverage }) {
  const gaps = coverage.controls.filter((c) => c.state !== 'audited');
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Title order={3} size="h4">
          Coverage of the cycle
        </Title>
        <Badge color={coverage.notPlanned ? 'red' : 'teal'} variant="light">
          {coverage.notPlanned} of {coverage.total} not planned
        </Badge>
        <Badge color={coverage.notAudited ? 'yellow' : 'teal'} variant="light">
          {coverage.notAudited} not yet audited
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        Every clause 4-10 and every control the Statement of Applicability marks applicable should be audited at least once in the cycle. An area counts as audited when every checklist item on it has a verdict.
      </Text>
      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <Rows caption="Clause" rows={coverage.clauses} />
        {coverage.controls.length ? (
          <Rows caption={`Applicable controls not yet audited (${gaps.length} of ${coverage.controls.length})`} rows={gaps.length ? gaps : coverage.controls.slice(0, 0)} />
        ) : (
          <Text size="sm">No control is marked applicable in the Statement of Applicability yet (6.1), so no control is counted.</Text>
        )}
      </SimpleGrid>
    </Stack>
  );
}
