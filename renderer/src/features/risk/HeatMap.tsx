import { Stack, Table, Text, UnstyledButton } from '@mantine/core';
import type { HeatMaps } from '../../../../shared/contract/risk';
import { LEVEL_COLOR, LEVEL_LABEL } from '../../../../shared/contract/riskMethod';

export interface Cell {
  kind: 'inherent' | 'residual';
  likelihood: number;
  impact: number;
}

/** Likelihood rises upwards, impact to the right; each cell shows its count and opens the risks in it. */
export function HeatMap({ maps, kind, selected, onCell }: { maps: HeatMaps; kind: Cell['kind']; selected: Cell | null; onCell: (c: Cell) => void }) {
  const counts = maps[kind];
  return (
    <Stack gap={4} data-testid={`heatmap-${kind}`}>
      <Text fw={600}>{kind === 'inherent' ? 'Inherent risk' : 'Residual risk'}</Text>
      <Table withTableBorder style={{ tableLayout: 'fixed' }} aria-label={`${kind} heat map`}>
        <Table.Tbody>
          {[...maps.likelihood.keys()].reverse().map((l) => (
            <Table.Tr key={l}>
              <Table.Th w={110}>
                <Text size="xs">
                  {l + 1} {maps.likelihood[l]}
                </Text>
              </Table.Th>
              {maps.impact.map((_s, i) => {
                const level = maps.matrix[l][i];
                const active = selected?.kind === kind && selected.likelihood === l + 1 && selected.impact === i + 1;
                return (
                  <Table.Td key={i} p={2}>
                    <UnstyledButton
                      w="100%"
                      h={44}
                      style={{ background: `#${LEVEL_COLOR[level]}`, borderRadius: 4, textAlign: 'center', outline: active ? '3px solid #1F4E79' : undefined }}
                      aria-label={`${counts[l][i]} risks at likelihood ${l + 1}, impact ${i + 1} (${LEVEL_LABEL[level]})`}
                      aria-pressed={active}
                      onClick={() => onCell({ kind, likelihood: l + 1, impact: i + 1 })}
                    >
                      <Text fw={700} c="#000">
                        {counts[l][i] || ''}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th />
            {maps.impact.map((s, i) => (
              <Table.Th key={i}>
                <Text size="xs" ta="center">
                  {i + 1} {s}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
