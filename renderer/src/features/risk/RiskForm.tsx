import { Button, Checkbox, Divider, Group, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { Risk } from '../../../../shared/contract/risk';
import { isAboveThreshold, levelOf, type RiskMethod } from '../../../../shared/contract/riskMethod';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { usePeopleOptions } from '../../hooks';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { LevelBadge } from './LevelBadge';
import { ASSET_TYPE_LABEL, THREAT_CATEGORY_LABEL, TREATMENT_HELP, TREATMENT_LABEL, options } from './labels';

type Values = Pick<
  Risk,
  | 'title' | 'basis' | 'assetId' | 'threatId' | 'vulnerabilityId' | 'event' | 'description' | 'affectsC' | 'affectsI' | 'affectsA' | 'ownerId' | 'likelihood' | 'impact'
  | 'existingControls' | 'treatment' | 'treatmentNote' | 'residualLikelihood' | 'residualImpact' | 'issueIds' | 'requirementIds' | 'controlIds'
>;

const blank: Values = {
  title: '', basis: 'asset', assetId: null, threatId: null, vulnerabilityId: null, event: '', description: '', affectsC: false, affectsI: false, affectsA: false, ownerId: null,
  likelihood: 3, impact: 3, existingControls: '', treatment: 'undecided', treatmentNote: '', residualLikelihood: null, residualImpact: null, issueIds: [], requirementIds: [], controlIds: [],
};

const pickValues = (r: Risk): Values => Object.fromEntries(Object.keys(blank).map((k) => [k, r[k as keyof Values]])) as Values;

/** Choices for the pickers, loaded once per form. */
function useChoices() {
  const assets = useCall(() => api.risk.assetList({ limit: 500, sort: 'name' }), []);
  const threats = useCall(() => api.risk.threatList({}), []);
  const vulns = useCall(() => api.risk.vulnerabilityList({}), []);
  const controls = useCall(() => api.controls.list({}), []);
  const issues = useCall(() => api.context.list({ limit: 500, sort: 'title' }), []);
  const reqs = useCall(() => api.parties.requirementList({}), []);
  const group = <T,>(items: T[], key: (t: T) => string, item: (t: T) => { value: string; label: string }) =>
    [...new Set(items.map(key))].map((g) => ({ group: g, items: items.filter((t) => key(t) === g).map(item) }));
  return {
    assets: (assets.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.ref} ${a.name}` })),
    threats: group(threats.data ?? [], (t) => THREAT_CATEGORY_LABEL[t.category], (t) => ({ value: t.id, label: t.name })),
    threatList: threats.data ?? [],
    vulns: group(vulns.data ?? [], (v) => ASSET_TYPE_LABEL[v.assetType], (v) => ({ value: v.id, label: v.name })),
    controls: group(controls.data ?? [], (c) => (c.custom ? 'Custom controls' : `Annex A ${c.ref.split('.')[0]}`), (c) => ({ value: c.id, label: `${c.ref} ${c.title}` })),
    issues: (issues.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.ref} ${i.title}` })),
    requirements: (reqs.data ?? []).map((r) => ({ value: r.id, label: `${r.ref} ${r.partyName}: ${r.text}` })),
  };
}

const scale = (steps: RiskMethod['likelihood']) => steps.map((s, i) => ({ value: String(i + 1), label: `${i + 1} ${s.label}` }));

/** A risk: scenario, analysis, sources and treatment; levels are read from the method as you type. */
export function RiskForm({ risk, method, onDone }: { risk?: Risk; method: RiskMethod; onDone: () => void }) {
  // Kept as a draft on this computer until saved, so typed work survives a reload (issue 9).
  const form = useDraftForm<Values>(`risk:${risk?.id ?? 'new'}`, risk ? `Risk ${risk.ref}` : 'New risk', { initialValues: risk ? pickValues(risk) : blank });
  const people = usePeopleOptions();
  const c = useChoices();
  const v = form.values;
  const inherent = levelOf(method, v.likelihood, v.impact);
  const residual = v.residualLikelihood && v.residualImpact ? levelOf(method, v.residualLikelihood, v.residualImpact) : null;

  const pickThreat = (id: string | null) => {
    form.setFieldValue('threatId', id);
    const t = c.threatList.find((x) => x.id === id);
    if (!t) return;
    // Start from what the threat usually harms; the user can untick.
    if (!v.affectsC && !v.affectsI && !v.affectsA) form.setValues({ affectsC: t.affectsC, affectsI: t.affectsI, affectsA: t.affectsA });
    if (!v.title) form.setFieldValue('title', t.name);
  };
  const submit = form.onSubmit((values) =>
    saveForm(
      form,
      async () => (risk ? await api.risk.update({ id: risk.id, ...values }) : await api.risk.create(values)),
      { saved: risk ? 'Risk updated.' : 'Risk added.', failed: 'The risk was not saved' },
      onDone,
    ),
  );
  const num = (key: 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact', label: string, steps: RiskMethod['likelihood'], clearable = false) => (
    <Select label={label} data={scale(steps)} clearable={clearable} allowDeselect={clearable} value={v[key] === null ? null : String(v[key])} onChange={(x) => form.setFieldValue(key, x === null ? (clearable ? null : 1) : Number(x))} error={form.errors[key]} />
  );
  return (
    <form onSubmit={submit} noValidate aria-label={risk ? 'Edit risk' : 'New risk'}>
      <Stack>
        <Title order={5}>Scenario</Title>
        <SegmentedControl aria-label="Kind of scenario" data={[{ value: 'asset', label: 'Asset, threat and vulnerability' }, { value: 'event', label: 'An event' }]} {...form.getInputProps('basis')} />
        {v.basis === 'asset' ? (
          <SimpleGrid cols={3}>
            <Select label="Asset" searchable data={c.assets} {...form.getInputProps('assetId')} />
            <Select label="Threat" searchable data={c.threats} value={v.threatId} onChange={pickThreat} error={form.errors.threatId} />
            <Select label="Vulnerability" searchable clearable data={c.vulns} {...form.getInputProps('vulnerabilityId')} />
          </SimpleGrid>
        ) : (
          <Textarea label="Event" description="What could happen, and what would follow" autosize minRows={2} {...form.getInputProps('event')} />
        )}
        <TextInput label="Title" required {...form.getInputProps('title')} />
        <Textarea label="Scenario in your words" autosize minRows={2} {...form.getInputProps('description')} />
        <Group>
          <Text size="sm" fw={500}>
            Affects
          </Text>
          <Checkbox label="Confidentiality" {...form.getInputProps('affectsC', { type: 'checkbox' })} />
          <Checkbox label="Integrity" {...form.getInputProps('affectsI', { type: 'checkbox' })} />
          <Checkbox label="Availability" {...form.getInputProps('affectsA', { type: 'checkbox' })} />
          {form.errors.affectsC && (
            <Text size="xs" c="red">
              {form.errors.affectsC}
            </Text>
          )}
        </Group>
        <Divider />
        <Title order={5}>Analysis and evaluation</Title>
        <SimpleGrid cols={3}>
          <Select label="Risk owner" searchable clearable data={people.options} {...form.getInputProps('ownerId')} />
          {num('likelihood', 'Likelihood', method.likelihood)}
          {num('impact', 'Impact', method.impact)}
        </SimpleGrid>
        <Group gap="xs">
          <Text size="sm">Inherent level:</Text>
          <LevelBadge level={inherent} score={v.likelihood * v.impact} />
          <Text size="sm" c={isAboveThreshold(method, inherent) ? 'red' : 'teal'}>
            {isAboveThreshold(method, inherent) ? 'Above the acceptance threshold: treat it, or accept it with a justification.' : 'Within the acceptance threshold.'}
          </Text>
        </Group>
        <Textarea label="Existing controls" autosize minRows={1} {...form.getInputProps('existingControls')} />
        <SimpleGrid cols={2}>
          <MultiSelect label="Comes from 4.1 issues" searchable data={c.issues} {...form.getInputProps('issueIds')} />
          <MultiSelect label="Comes from 4.2 requirements" searchable data={c.requirements} {...form.getInputProps('requirementIds')} />
        </SimpleGrid>
        <Divider />
        <Title order={5}>Treatment</Title>
        <Select label="Treatment option" description={TREATMENT_HELP[v.treatment]} allowDeselect={false} data={options(TREATMENT_LABEL)} {...form.getInputProps('treatment')} />
        <MultiSelect label="Controls" description="Annex A or your own controls chosen to treat this risk; they become applicable in the SoA" searchable data={c.controls} {...form.getInputProps('controlIds')} />
        <Textarea label="Why this treatment" autosize minRows={1} {...form.getInputProps('treatmentNote')} />
        <SimpleGrid cols={3}>
          {num('residualLikelihood', 'Residual likelihood', method.likelihood, true)}
          {num('residualImpact', 'Residual impact', method.impact, true)}
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Residual level
            </Text>
            <LevelBadge level={residual} score={v.residualLikelihood && v.residualImpact ? v.residualLikelihood * v.residualImpact : null} />
          </Stack>
        </SimpleGrid>
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit">{risk ? 'Save risk' : 'Add risk'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
