import { Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { Measurement, Metric } from '../../../../shared/contract/metrics';
import { computeFormula, FormulaError } from '../../../../shared/metrics/formula';
import { periodLabel, periodOf, PERIOD_EXAMPLE } from '../../../../shared/metrics/periods';
import { formatValue, RAG_LABEL, ragOf } from '../../../../shared/metrics/status';
import { api } from '../../api/client';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';

interface ValueValues {
  period: string;
  values: Record<string, number | string>;
  comment: string;
}

/** The value the base values give, computed here exactly as the workspace will (shared formula language). */
function preview(metric: Metric, values: Record<string, number | string>): string {
  const keys = metric.baseMeasures.map((b) => b.key);
  if (keys.some((k) => values[k] === '' || values[k] === undefined)) return 'Fill in every base measure to see the value.';
  try {
    const value = computeFormula(metric.formula, keys, Object.fromEntries(keys.map((k) => [k, Number(values[k])])));
    const status = ragOf(value, metric);
    return `Value: ${formatValue(value, metric.unit)}${status === 'none' ? '' : ` (${RAG_LABEL[status]})`}`;
  } catch (err) {
    return err instanceof FormulaError ? err.message : String(err);
  }
}

/**
 * Records a period's base values, or corrects a recorded entry: a correction is a new entry for the
 * same period that supersedes the old one, which is kept. The time of recording is set by the app.
 */
export function ValueForm({ metric, correcting, onDone }: { metric: Metric; correcting?: Measurement; onDone: () => void }) {
  const today = new Date().toISOString().slice(0, 10);
  const form = useDraftForm<ValueValues>(correcting ? `metric-correct:${correcting.id}` : `metric-value:${metric.id}`, correcting ? 'Correction' : 'Value', {
    initialValues: {
      period: correcting?.period ?? metric.overduePeriods[0] ?? periodOf(today, metric.collectionFrequency),
      values: Object.fromEntries(metric.baseMeasures.map((b) => [b.key, correcting?.baseValues[b.key] ?? ''])),
      comment: '',
    },
    validate: {
      period: (p) => (p.trim() ? null : 'Give the period the value measures.'),
      values: (vals) => (metric.baseMeasures.some((b) => vals[b.key] === '' || vals[b.key] === undefined) ? 'Fill in every base measure.' : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    const values = Object.fromEntries(metric.baseMeasures.map((b) => [b.key, Number(v.values[b.key])]));
    await saveForm(
      form,
      async () => {
        if (correcting) await api.metrics.supersede({ id: correcting.id, values, comment: v.comment });
        else await api.metrics.record({ metricId: metric.id, period: v.period, values, comment: v.comment });
      },
      { saved: correcting ? 'Correction recorded; the earlier entry is kept.' : 'Value recorded.', failed: 'The value was not recorded' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={correcting ? 'Correct value' : 'Record value'}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {metric.formula} {metric.unit && `(${metric.unit})`}
        </Text>
        {correcting ? (
          <Text size="sm">
            Correcting {periodLabel(correcting.period, metric.collectionFrequency)}: {formatValue(correcting.value, metric.unit)}, recorded {correcting.recordedAt.slice(0, 16).replace('T', ' ')} by {correcting.recordedBy}.
          </Text>
        ) : (
          <TextInput label="Period measured" description={`${metric.collectionFrequency}, e.g. ${PERIOD_EXAMPLE[metric.collectionFrequency]}`} required data-autofocus {...form.getInputProps('period')} />
        )}
        <SimpleGrid cols={2}>
          {metric.baseMeasures.map((b, i) => (
            <NumberInput key={b.key} label={b.label} description={b.key} required data-autofocus={correcting && i === 0 ? true : undefined} {...form.getInputProps(`values.${b.key}`)} />
          ))}
        </SimpleGrid>
        {form.errors.values && <Text size="xs" c="red">{form.errors.values}</Text>}
        <Text size="sm" fw={500} aria-live="polite">
          {preview(metric, form.values.values)}
        </Text>
        <Textarea label={correcting ? 'Why it is corrected' : 'Comment'} autosize minRows={1} maxRows={4} {...form.getInputProps('comment')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {correcting ? 'Record correction' : 'Record value'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
