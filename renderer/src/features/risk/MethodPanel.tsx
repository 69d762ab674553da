import { useEffect, useState } from 'react';
import { Alert, Button, Card, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { defaultMatrix, LEVEL_COLOR, LEVEL_LABEL, RISK_LEVELS, type RiskLevel, type RiskMethod, type ScaleStep } from '../../../../shared/contract/riskMethod';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { notifyError, notifySaved } from '../../notify';

const resize = (steps: ScaleStep[], n: number): ScaleStep[] => Array.from({ length: n }, (_v, i) => steps[i] ?? { label: `Level ${i + 1}`, description: '' });

function ScaleEditor({ name, steps, min, onChange }: { name: string; steps: ScaleStep[]; min: number; onChange: (s: ScaleStep[]) => void }) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600}>{name}</Text>
        <SegmentedControl
          size="xs"
          aria-label={`${name} levels`}
          value={String(steps.length)}
          onChange={(v) => onChange(resize(steps, Number(v)))}
          data={Array.from({ length: 6 - min }, (_v, i) => String(min + i))}
        />
      </Group>
      {steps.map((s, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
          <Text w={18} pt={6} size="sm" c="dimmed">
            {i + 1}
          </Text>
          <TextInput aria-label={`${name} ${i + 1} label`} value={s.label} w={150} onChange={(e) => onChange(steps.map((x, j) => (j === i ? { ...x, label: e.currentTarget.value } : x)))} />
          <TextInput aria-label={`${name} ${i + 1} meaning`} placeholder="What this level means" value={s.description} style={{ flex: 1 }} onChange={(e) => onChange(steps.map((x, j) => (j === i ? { ...x, description: e.currentTarget.value } : x)))} />
        </Group>
      ))}
    </Stack>
  );
}

/** Click a cell to step its level (low, medium, high, critical); likelihood rises upwards. */
export function MatrixEditor({ method, onChange }: { method: RiskMethod; onChange: (matrix: RiskLevel[][]) => void }) {
  const cycle = (l: number, i: number) => {
    const next = method.matrix.map((row) => [...row]);
    next[l][i] = RISK_LEVELS[(RISK_LEVELS.indexOf(next[l][i]) + 1) % RISK_LEVELS.length];
    onChange(next);
  };
  return (
    <Table withTableBorder aria-label="Risk matrix" style={{ tableLayout: 'fixed' }}>
      <Table.Tbody>
        {[...method.likelihood.keys()].reverse().map((l) => (
          <Table.Tr key={l}>
            <Table.Th w={140}>
              {l + 1} {method.likelihood[l].label}
            </Table.Th>
            {method.impact.map((_s, i) => (
              <Table.Td key={i} p={2}>
                <UnstyledButton
                  w="100%"
                  p={6}
                  style={{ background: `#${LEVEL_COLOR[method.matrix[l][i]]}`, borderRadius: 4, textAlign: 'center' }}
                  aria-label={`Likelihood ${l + 1}, impact ${i + 1}: ${LEVEL_LABEL[method.matrix[l][i]]}`}
                  onClick={() => cycle(l, i)}
                >
                  <Text size="xs" fw={600} c="#000">
                    {LEVEL_LABEL[method.matrix[l][i]]}
                  </Text>
                </UnstyledButton>
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th>Likelihood / impact</Table.Th>
          {method.impact.map((s, i) => (
            <Table.Th key={i} style={{ textAlign: 'center' }}>
              {i + 1} {s.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

/** 6.1.2 a): scales, matrix, acceptance threshold, asset value scales and the review interval. */
export function MethodPanel() {
  const stored = useCall(() => api.risk.method({}), []);
  const [draft, setDraft] = useState<RiskMethod | null>(null);
  const [result, setResult] = useState<string | null>(null);
  useEffect(() => {
    if (stored.data && !draft) setDraft(stored.data);
  }, [stored.data, draft]);
  if (!draft) return <Text c="dimmed">Loading the method…</Text>;
  const set = (patch: Partial<RiskMethod>) => setDraft({ ...draft, ...patch });
  const setScale = (key: 'likelihood' | 'impact', steps: ScaleStep[]) => {
    const resized = steps.length !== draft[key].length;
    const next = { ...draft, [key]: steps };
    if (resized) next.matrix = defaultMatrix(next.likelihood.length, next.impact.length);
    setDraft(next);
  };
  const save = async () => {
    try {
      const res = await api.risk.methodUpdate(draft);
      setDraft(res.method);
      const text = `Method saved. ${res.reevaluated} risks re-evaluated, ${res.changedLevel} changed level${res.clamped ? `, ${res.clamped} scores moved to the top of a shorter scale` : ''}.`;
      setResult(text);
      notifySaved(text);
    } catch (err) {
      notifyError(err, 'The method was not saved');
    }
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        The method makes assessments consistent and comparable: the same scales, the same matrix and the same acceptance rule for every risk. The workbench ships a 5 x 5 method; review it, change what does not fit your organisation, then save to adopt it.
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <ScaleEditor name="Likelihood" steps={draft.likelihood} min={3} onChange={(s) => setScale('likelihood', s)} />
        </Card>
        <Card withBorder>
          <ScaleEditor name="Impact" steps={draft.impact} min={3} onChange={(s) => setScale('impact', s)} />
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={5} mb="xs">
          Risk matrix
        </Title>
        <MatrixEditor method={draft} onChange={(matrix) => set({ matrix })} />
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Select
          label="Acceptance threshold"
          description="Risks up to this level may be accepted; above it they must be treated or accepted with a written justification."
          allowDeselect={false}
          data={RISK_LEVELS.map((l) => ({ value: l, label: `Up to ${LEVEL_LABEL[l]}` }))}
          value={draft.acceptance}
          onChange={(v) => v && set({ acceptance: v as RiskLevel })}
        />
        <NumberInput label="Repeat the assessment every (months)" min={1} max={36} value={draft.reviewMonths} onChange={(v) => set({ reviewMonths: Number(v) || 12 })} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        {(['c', 'i', 'a'] as const).map((k) => (
          <Card withBorder key={k}>
            <ScaleEditor name={{ c: 'Confidentiality value', i: 'Integrity value', a: 'Availability value' }[k]} steps={draft.assetScales[k]} min={2} onChange={(s) => set({ assetScales: { ...draft.assetScales, [k]: s } })} />
          </Card>
        ))}
      </SimpleGrid>
      {result && <Alert color="teal">{result}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => setDraft(stored.data ?? null)}>
          Undo changes
        </Button>
        <Button onClick={() => void save()}>Save and adopt the method</Button>
      </Group>
    </Stack>
  );
}
