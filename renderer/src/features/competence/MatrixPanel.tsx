import { Badge, ScrollArea, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { levelText, SOURCE_LABEL } from './labels';

const colour = (level: number) => (level >= 4 ? 'teal' : level >= 3 ? 'blue' : level >= 2 ? 'yellow' : 'orange');

/** The skills matrix: one row per person, one column per skill; a cell opens the level for editing. */
export function MatrixPanel({ onCell }: { onCell: (personId: string, skillId: string) => void }) {
  const matrix = useCall(() => api.competence.matrix({}), []);
  const m = matrix.data;
  if (!m) return null;
  if (m.people.length === 0) return <Text c="dimmed">Add people to the people register first.</Text>;
  const entry = new Map(m.entries.map((e) => [`${e.personId}:${e.skillId}`, e]));
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        Current level of each person in each skill (1 aware to 5 expert), with the date and where it comes from. Audits and training update it; click a cell to set a level by hand.
      </Text>
      <ScrollArea type="auto" offsetScrollbars>
        <Table withTableBorder withColumnBorders striped aria-label="Skills matrix" style={{ minWidth: 170 + m.skills.length * 90 }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170} style={{ verticalAlign: 'bottom' }}>
                Person
              </Table.Th>
              {m.skills.map((s) => (
                <Table.Th key={s.id} w={90} style={{ fontSize: 12, verticalAlign: 'bottom', hyphens: 'auto' }}>
                  {s.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {m.people.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {p.name}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {p.roles.join(', ') || 'no role'}
                  </Text>
                </Table.Td>
                {m.skills.map((s) => {
                  const e = entry.get(`${p.id}:${s.id}`);
                  return (
                    <Table.Td key={s.id} p={4}>
                      <Tooltip label={e ? `${SOURCE_LABEL[e.source]}, ${e.assessedOn}` : 'Not assessed'} openDelay={300}>
                        <UnstyledButton onClick={() => onCell(p.id, s.id)} aria-label={`${p.name}, ${s.name}: ${e ? levelText(e.level) : 'not assessed'}`} style={{ width: '100%' }}>
                          {e ? (
                            <Badge color={colour(e.level)} variant="light" fullWidth>
                              {e.level}
                            </Badge>
                          ) : (
                            <Text size="xs" c="dimmed" ta="center">
                              —
                            </Text>
                          )}
                        </UnstyledButton>
                      </Tooltip>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}
