import { Badge, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { ATTITUDE_INFO, QUADRANT_INFO, type Party } from '../../../../../shared/contract/parties';
import { api } from '../../../api/client';
import { notifyError } from '../../../notify';

type ScoreKey = 'interest' | 'influence' | 'trust' | 'agreement';
const KEYS: Array<{ key: ScoreKey; label: string }> = [
  { key: 'interest', label: 'Interest' },
  { key: 'influence', label: 'Influence' },
  { key: 'trust', label: 'Trust' },
  { key: 'agreement', label: 'Agreement' },
];

/** Saves one score straight away: fast entry while a workshop talks through the list. */
function setScore(p: Party, key: ScoreKey, value: number) {
  const { id, name, type, contact, relevance, interest, influence, trust, agreement, reviewDate } = p;
  api.parties.update({ id, name, type, contact, relevance, interest, influence, trust, agreement, reviewDate, [key]: value }).catch(notifyError);
}

/** Step 3: score every party on the four scales; the quadrant and attitude follow. */
export function ScoreStep({ parties }: { parties: Party[] }) {
  if (parties.length === 0) return <Text c="dimmed">Add parties in the previous step first.</Text>;
  return (
    <Stack>
      <Text size="sm" c="dimmed" maw={820}>
        1 is very low, 5 very high. A 3 counts as high for interest and influence, so a party in the middle still gets attention; a 3 for trust or agreement means you are not sure yet.
      </Text>
      {/* Quadrant and attitude share one column so the table fits 1280 px without scrolling (issue 9). */}
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs" aria-label="Scores">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Party</Table.Th>
              {KEYS.map((k) => (
                <Table.Th key={k.key}>{k.label}</Table.Th>
              ))}
              <Table.Th>Quadrant and attitude</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parties.map((p) => (
              <Table.Tr key={p.id} data-testid={`score-row-${p.name}`}>
                <Table.Td miw={140}>
                  <Text size="sm" fw={500}>
                    {p.name}
                  </Text>
                </Table.Td>
                {KEYS.map((k) => (
                  <Table.Td key={k.key}>
                    <SegmentedControl size="xs" aria-label={`${k.label} of ${p.name}`} data={['1', '2', '3', '4', '5']} value={String(p[k.key])} onChange={(v) => setScore(p, k.key, Number(v))} />
                  </Table.Td>
                ))}
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Badge variant="light">{QUADRANT_INFO[p.quadrant].label}</Badge>
                    <Badge variant="light" color="grape">
                      {ATTITUDE_INFO[p.attitude].label}
                    </Badge>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
