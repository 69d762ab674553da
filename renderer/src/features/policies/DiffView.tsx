import { useState } from 'react';
import { Box, Group, Select, Stack, Text } from '@mantine/core';
import type { PolicyDetail } from '../../../../shared/contract/policies';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { foldUnchanged } from './foldDiff';

const LINE_STYLE = {
  added: { background: 'var(--mantine-color-green-1)', color: 'var(--mantine-color-green-9)', sign: '+' },
  removed: { background: 'var(--mantine-color-red-1)', color: 'var(--mantine-color-red-9)', sign: '−' },
  same: { background: undefined, color: undefined, sign: ' ' },
} as const;

/** Line-by-line differences between two versions: added lines green, removed lines red. */
export function DiffView({ policy }: { policy: PolicyDetail }) {
  const versions = policy.versions;
  const [toId, setToId] = useState<string | null>(versions[0]?.id ?? null);
  const [fromId, setFromId] = useState<string | null>((policy.published && policy.published.id !== versions[0]?.id ? policy.published.id : versions[1]?.id) ?? null);
  const diff = useCall(() => (fromId && toId ? api.policies.getDiff({ fromVersionId: fromId, toVersionId: toId }) : Promise.resolve(null)), [fromId, toId]);
  const options = versions.map((v) => ({ value: v.id, label: `${v.version} (${v.status})` }));
  if (versions.length < 2) return <Text size="sm" c="dimmed">There is only one version so far. Once the text changes after approval or publication, you can compare versions here.</Text>;
  return (
    <Stack>
      <Group>
        <Select label="From" data={options} value={fromId} onChange={setFromId} w={200} allowDeselect={false} />
        <Select label="To" data={options} value={toId} onChange={setToId} w={200} allowDeselect={false} />
        {diff.data && (
          <Text size="sm" mt={24} data-testid="diff-counts">
            <Text span c="green.8" fw={600}>+{diff.data.added}</Text> <Text span c="red.8" fw={600}>−{diff.data.removed}</Text> lines
          </Text>
        )}
      </Group>
      <Box component="pre" aria-label="Differences" style={{ fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13, margin: 0, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6, overflowX: 'auto', whiteSpace: 'pre-wrap' }}>
        {diff.data && diff.data.added + diff.data.removed === 0 && <div style={{ padding: '4px 8px' }}>The two versions have the same text.</div>}
        {diff.data &&
          diff.data.added + diff.data.removed > 0 &&
          foldUnchanged(diff.data.lines).map((l, i) =>
            l.kind === 'fold' ? (
              <div key={i} style={{ padding: '2px 8px', color: 'var(--mantine-color-dimmed)', background: 'var(--mantine-color-gray-0)' }}>
                ⋯ {l.count} unchanged lines
              </div>
            ) : (
              <div key={i} data-op={l.op} style={{ background: LINE_STYLE[l.op].background, color: LINE_STYLE[l.op].color, padding: '1px 8px' }}>
                {LINE_STYLE[l.op].sign} {l.text}
              </div>
            ),
          )}
      </Box>
    </Stack>
  );
}
