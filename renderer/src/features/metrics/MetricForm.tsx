import { ActionIcon, Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { MetricFields, SUBJECT_KINDS, type Metric, type SubjectKind } from '../../../../shared/contract/metrics';
import { checkFormula, measuresIn, FormulaError } from '../../../../shared/metrics/formula';
import { FREQUENCIES, FREQUENCY_LABEL } from '../../../../shared/metrics/periods';
import { criteriaText, DIRECTION_LABEL, type Direction } from '../../../../shared/metrics/status';
import { AUTO_SOURCES } from '../../../../shared/metrics/auto';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { usePeopleOptions } from '../../hooks';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { SUBJECT_LABEL } from './labels';

type Num = number | string;
export interface MetricValues {
  title: string;
  informationNeed: string;
  subjectKind: SubjectKind;
  subject: string;
  controlId: string | null;
  processId: string | null;
  riskId: string | null;
  baseMeasures: { key: string; label: string }[];
  formula: string;
  unit: string;
  target: Num;
  direction: Direction;
  greenAt: Num;
  redAt: Num;
  collectionFrequency: (typeof FREQUENCIES)[number];
  reportingFrequency: (typeof FREQUENCIES)[number];
  collectFrom: string | null;
  dataSource: string;
  ownerId: string | null;
  collectorId: string | null;
  customerId: string | null;
}

const blank: MetricValues = {
  title: '',
  informationNeed: '',
  subjectKind: 'other',
  subject: '',
  controlId: null,
  processId: null,
  riskId: null,
  baseMeasures: [{ key: '', label: '' }],
  formula: '',
  unit: '%',
  target: '',
  direction: 'higher',
  greenAt: '',
  redAt: '',
  collectionFrequency: 'monthly',
  reportingFrequency: 'quarterly',
  collectFrom: null,
  dataSource: '',
  ownerId: null,
  collectorId: null,
  customerId: null,
};

const fromMetric = (m: Metric): MetricValues => ({
  ...blank,
  ...Object.fromEntries(Object.keys(blank).map((k) => [k, (m as unknown as Record<string, unknown>)[k]])),
  target: m.target ?? '',
  greenAt: m.greenAt ?? '',
  redAt: m.redAt ?? '',
  baseMeasures: m.baseMeasures.map((b) => ({ ...b })),
}) as MetricValues;

const num = (v: Num) => (v === '' || v === null || v === undefined ? null : Number(v));
/** What the contract receives: empty number fields are null. */
export const toInput = (v: MetricValues) => ({ ...v, target: num(v.target), greenAt: num(v.greenAt), redAt: num(v.redAt) });

/** The formula checked as it is typed: which measures it reads, or what is wrong with it. */
function formulaHint(formula: string, keys: string[]): { ok: boolean; text: string } {
  if (!formula.trim()) return { ok: true, text: 'Use the base measure names with + - * / and parentheses; 50% means 0.5.' };
  try {
    const tree = checkFormula(formula, keys);
    return { ok: true, text: `Reads ${measuresIn(tree).join(', ') || 'no base measure'}.` };
  } catch (err) {
    return { ok: false, text: err instanceof FormulaError ? err.message : String(err) };
  }
}

/** A metric definition (9.1, ISO/IEC 27004 shape); validation is the contract's own schema. */
export function MetricForm({ metric, onDone }: { metric?: Metric; onDone: () => void }) {
  const form = useDraftForm<MetricValues>(`metric:${metric?.id ?? 'new'}`, 'Metric', {
    initialValues: metric ? fromMetric(metric) : blank,
    validate: (v) => zodValidate<ReturnType<typeof toInput>>(MetricFields)(toInput(v)),
  });
  const people = usePeopleOptions();
  const v = form.values;
  const links = useCall(async () => {
    if (v.subjectKind === 'control') return (await api.controls.list({})).map((c) => ({ value: c.id, label: `${c.ref} ${c.title}` }));
    if (v.subjectKind === 'process') return (await api.scope.processList({})).map((p) => ({ value: p.id, label: `${p.ref} ${p.name}` }));
    if (v.subjectKind === 'risk') return (await api.risk.list({ limit: 500, sort: 'ref' })).items.map((r) => ({ value: r.id, label: `${r.ref} ${r.title}` }));
    return [];
  }, [v.subjectKind]);
  const auto = metric?.autoSource ? AUTO_SOURCES[metric.autoSource] : null;
  const hint = formulaHint(v.formula, v.baseMeasures.map((b) => b.key));
  const linkField = v.subjectKind === 'control' ? 'controlId' : v.subjectKind === 'process' ? 'processId' : v.subjectKind === 'risk' ? 'riskId' : null;

  const setKind = (kind: string | null) => {
    form.setFieldValue('subjectKind', (kind ?? 'other') as SubjectKind);
    for (const f of ['controlId', 'processId', 'riskId'] as const) form.setFieldValue(f, null);
  };

  const submit = form.onSubmit(async (values) => {
    const input = toInput(values) as Parameters<typeof api.metrics.create>[0];
    await saveForm(
      form,
      async () => {
        if (metric) await api.metrics.update({ ...input, id: metric.id } as Parameters<typeof api.metrics.update>[0]);
        else await api.metrics.create(input);
      },
      { saved: metric ? 'Metric updated.' : 'Metric added.', failed: 'The metric was not saved' },
      onDone,
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label={metric ? 'Edit metric' : 'New metric'}>
      <Stack gap="sm">
        <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
        <Textarea label="Information need" description="The question this metric answers for the people who use it." autosize minRows={1} maxRows={3} {...form.getInputProps('informationNeed')} />
        <SimpleGrid cols={3}>
          <Select label="What is measured" allowDeselect={false} data={SUBJECT_KINDS.map((k) => ({ value: k, label: SUBJECT_LABEL[k] }))} value={v.subjectKind} onChange={setKind} />
          {linkField ? (
            <Select label="Linked to" placeholder="Choose (optional)" searchable clearable data={links.data ?? []} {...form.getInputProps(linkField)} />
          ) : (
            <Text size="xs" c="dimmed" mt="lg">
              {v.subjectKind === 'objective' ? 'Name the objective here; link it from the objective itself (6.2, "Measured by") so its latest value shows there.' : 'Describe what is measured.'}
            </Text>
          )}
          <TextInput label="Details" {...form.getInputProps('subject')} />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Base measures
          </Text>
          {auto && <Text size="xs" c="dimmed">Computed by the workbench: {auto.label}. Its base measures are fixed.</Text>}
          {v.baseMeasures.map((_b, i) => (
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput aria-label={`Name of base measure ${i + 1}`} placeholder="name, e.g. staff_trained" w={200} disabled={Boolean(auto)} {...form.getInputProps(`baseMeasures.${i}.key`)} />
              <TextInput aria-label={`Description of base measure ${i + 1}`} placeholder="What is counted" style={{ flex: 1 }} {...form.getInputProps(`baseMeasures.${i}.label`)} />
              <ActionIcon variant="subtle" color="red" mt={4} aria-label={`Remove base measure ${i + 1}`} disabled={Boolean(auto) || v.baseMeasures.length === 1} onClick={() => form.removeListItem('baseMeasures', i)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {form.errors.baseMeasures && <Text size="xs" c="red">{form.errors.baseMeasures}</Text>}
          {!auto && (
            <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('baseMeasures', { key: '', label: '' })}>
              Add base measure
            </Button>
          )}
        </Stack>
        <SimpleGrid cols={3}>
          <TextInput label="Formula" required description={hint.ok ? hint.text : undefined} {...form.getInputProps('formula')} error={form.errors.formula ?? (hint.ok ? undefined : hint.text)} style={{ gridColumn: 'span 2' }} />
          <TextInput label="Unit" placeholder="%, days, incidents" {...form.getInputProps('unit')} />
        </SimpleGrid>
        <SimpleGrid cols={4}>
          <Select label="Direction" allowDeselect={false} data={(['higher', 'lower'] as const).map((d) => ({ value: d, label: DIRECTION_LABEL[d] }))} {...form.getInputProps('direction')} />
          <NumberInput label="Target" {...form.getInputProps('target')} />
          <NumberInput label="Green threshold" {...form.getInputProps('greenAt')} />
          <NumberInput label="Red threshold" {...form.getInputProps('redAt')} />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {criteriaText({ direction: v.direction, greenAt: num(v.greenAt), redAt: num(v.redAt) }, v.unit)}.
        </Text>
        <SimpleGrid cols={4}>
          <Select label="Collected" allowDeselect={false} data={FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABEL[f] }))} {...form.getInputProps('collectionFrequency')} />
          <Select label="Reported" allowDeselect={false} data={FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABEL[f] }))} {...form.getInputProps('reportingFrequency')} />
          <DateInput label="Collect from" placeholder="Today" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('collectFrom')} />
          <TextInput label="Data source" {...form.getInputProps('dataSource')} />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          {(['ownerId', 'collectorId', 'customerId'] as const).map((f) => (
            <Select key={f} label={{ ownerId: 'Owner', collectorId: 'Collects the values', customerId: 'Reported to' }[f]} placeholder={people.empty ? 'Add people first' : 'Choose a person'} searchable clearable data={people.options} {...form.getInputProps(f)} />
          ))}
        </SimpleGrid>
        {form.errors.controlId && <Alert color="red">{form.errors.controlId}</Alert>}
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {metric ? 'Save changes' : 'Add metric'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
