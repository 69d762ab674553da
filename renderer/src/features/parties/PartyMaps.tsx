import { Badge, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ATTITUDE_INFO, QUADRANT_INFO, type Party } from '../../../../shared/contract/parties';
import { ScoreGrid } from '../../components/ScoreGrid/ScoreGrid';
import { POWER_ZONES, TRUST_ZONES } from './labels';

/** The two stakeholder maps and the engagement approach that follows for each party. */
export function PartyMaps({ parties, onOpen }: { parties: Party[]; onOpen?: (p: Party) => void }) {
  const open = (id: string) => {
    const p = parties.find((x) => x.id === id);
    if (p) onOpen?.(p);
  };
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card data-testid="power-grid">
          <Title order={5} mb="xs">
            Interest and influence
          </Title>
          <ScoreGrid
            title="Interest and influence grid"
            xLabel="Interest"
            yLabel="Influence"
            zones={POWER_ZONES}
            points={parties.map((p) => ({ id: p.id, label: p.name, x: p.interest, y: p.influence, zone: p.quadrant }))}
            onPointClick={open}
          />
        </Card>
        <Card data-testid="trust-grid">
          <Title order={5} mb="xs">
            Trust and agreement
          </Title>
          <ScoreGrid
            title="Trust and agreement matrix"
            xLabel="Agreement"
            yLabel="Trust"
            zones={TRUST_ZONES}
            points={parties.map((p) => ({ id: p.id, label: p.name, x: p.agreement, y: p.trust, zone: p.attitude }))}
            onPointClick={open}
          />
        </Card>
      </SimpleGrid>
      {parties.length > 0 && (
        <Table verticalSpacing="xs" aria-label="Engagement approach">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Party</Table.Th>
              <Table.Th>Quadrant and strategy</Table.Th>
              <Table.Th>Attitude</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parties.map((p) => (
              <Table.Tr key={p.id} data-testid={`strategy-${p.name}`}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {p.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" mb={4}>
                    {QUADRANT_INFO[p.quadrant].label}
                  </Badge>
                  <Text size="xs">{QUADRANT_INFO[p.quadrant].strategy}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color="grape" mb={4}>
                    {ATTITUDE_INFO[p.attitude].label}
                  </Badge>
                  <Text size="xs">{ATTITUDE_INFO[p.attitude].meaning}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
