import { Box, Stack, Text, UnstyledButton } from '@mantine/core';
import type { HeatMaps } from '../../../../shared/contract/risk';
import { LEVEL_COLOR, LEVEL_LABEL } from '../../../../shared/contract/riskMethod';

export interface Cell {
  kind: 'inherent' | 'residual';
  likelihood: number;
  impact: number;
}

const LABEL_WIDTH = 104;
/** Words wrap only between words: a scale label never breaks mid-word ("Negli/gible"). */
const LABEL_STYLE = { overflowWrap: 'normal', wordBreak: 'normal', hyphens: 'manual', lineHeight: 1.2 } as const;

export const cellLabel = (count: number, likelihood: number, impact: number, level: string) =>
  `${count} ${count === 1 ? 'risk' : 'risks'} at likelihood ${likelihood}, impact ${impact} (${level})`;

/**
 * Likelihood rises upwards, impact to the right; each cell shows its count and opens the risks in it.
 * A CSS grid whose columns share the width equally, so the map always fits its half of the page.
 */
export function HeatMap({ maps, kind, selected, onCell }: { maps: HeatMaps; kind: Cell['kind']; selected: Cell | null; onCell: (c: Cell) => void }) {
  const counts = maps[kind];
  const columns = `${LABEL_WIDTH}px repeat(${maps.impact.length}, minmax(0, 1fr))`;
  return (
    <Stack gap={4} data-testid={`heatmap-${kind}`}>
      <Text fw={600}>{kind === 'inherent' ? 'Inherent risk' : 'Residual risk'}</Text>
      <Box role="group" aria-label={`${kind} heat map`} style={{ display: 'grid', gridTemplateColumns: columns, gap: 4, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, padding: 6 }}>
        {[...maps.likelihood.keys()].reverse().map((l) => [
          <Text key={`l${l}`} size="xs" fw={600} style={{ ...LABEL_STYLE, alignSelf: 'center' }}>
            {l + 1} {maps.likelihood[l]}
          </Text>,
          ...maps.impact.map((_s, i) => {
            const level = maps.matrix[l][i];
            const active = selected?.kind === kind && selected.likelihood === l + 1 && selected.impact === i + 1;
            return (
              <UnstyledButton
                key={`${l}-${i}`}
                h={40}
                style={{ background: `#${LEVEL_COLOR[level]}`, borderRadius: 4, textAlign: 'center', outline: active ? '3px solid #1F4E79' : undefined, outlineOffset: 1 }}
                aria-label={cellLabel(counts[l][i], l + 1, i + 1, LEVEL_LABEL[level])}
                aria-pressed={active}
                onClick={() => onCell({ kind, likelihood: l + 1, impact: i + 1 })}
              >
                <Text fw={700} c="#000">
                  {counts[l][i] || ''}
                </Text>
              </UnstyledButton>
            );
          }),
        ])}
        <Text size="xs" c="dimmed" style={{ ...LABEL_STYLE, alignSelf: 'end' }}>
          Likelihood ↑ / impact →
        </Text>
        {maps.impact.map((s, i) => (
          <Text key={`i${i}`} size="xs" fw={600} ta="center" style={LABEL_STYLE}>
            {i + 1} {s}
          </Text>
        ))}
      </Box>
    </Stack>
  );
}
