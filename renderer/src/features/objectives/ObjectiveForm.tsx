import { Button, Grid, Group, MultiSelect, NumberInput, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { ObjectiveFields, type Objective } from '../../../../shared/contract/objectives';
import { smartCheck } from '../../../../shared/objectives';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';
import { ReviewDateInput } from '../../components/ReviewDateInput/ReviewDateInput';
import { SmartList } from './SmartCheck';

interface Values {
  title: string;
  description: string;
  policyId: string | null;
  ownerId: string | null;
  dueDate: string | null;
  resources: string;
  evaluation: string;
  targetValue: number | null;
  targetUnit: string;
  achievability: string;
  riskIds: string[];
  metricId: string | null;
}

const blank: Values = { title: '', description: '', policyId: null, ownerId: null, dueDate: null, resources: '', evaluation: '', targetValue: null, targetUnit: '', achievability: '', riskIds: [], metricId: null };

/** 6.2: one objective's plan, with the SMART check beside it, updated as the user types. */
export function ObjectiveForm({ objective, onDone }: { objective?: Objective; onDone: () => void }) {
  const policies = useCall(() => api.policies.list({}), []);
  const risks = useCall(() => api.risk.list({ limit: 500, sort: 'ref' }), []);
  const metrics = useCall(() => api.metrics.list({ limit: 500, sort: 'ref', dir: 'asc' }), []);
  const form = useDraftForm<Values>(`objective:${objective?.id ?? 'new'}`, 'Objective', {
    initialValues: objective ? Object.fromEntries(Object.keys(blank).map((k) => [k, objective[k as keyof Values]])) as unknown as Values : blank,
    validate: zodValidate<Values>(ObjectiveFields),
  });
  const v = form.values;
  const smart = smartCheck({ ...v, resourceLines: objective?.resourceLines ?? 0 });
  const submit = form.onSubmit(async (values) => {
    await saveForm(
      form,
      async () => {
        if (objective) await api.objectives.update({ ...values, id: objective.id });
        else await api.objectives.create(values);
      },
      { saved: objective ? 'Objective updated.' : 'Objective added.', failed: 'The objective was not saved' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={objective ? 'Edit objective' : 'New objective'}>
      <Grid gap="lg">
        <Grid.Col span={8}>
          <Stack gap="sm">
            <TextInput label="Objective" required data-autofocus {...form.getInputProps('title')} />
            <Textarea label="What will be done" autosize minRows={2} maxRows={4} {...form.getInputProps('description')} />
            <Group grow align="flex-start">
              <PersonSelect label="Responsible" {...form.getInputProps('ownerId')} />
              <ReviewDateInput label="Due date" {...form.getInputProps('dueDate')} />
            </Group>
            <Group grow align="flex-start">
              <NumberInput label="Target value" {...form.getInputProps('targetValue')} value={v.targetValue ?? ''} onChange={(n) => form.setFieldValue('targetValue', typeof n === 'number' ? n : null)} />
              <TextInput label="Unit" placeholder="%, days, incidents" {...form.getInputProps('targetUnit')} />
            </Group>
            <Select
              label="Measured by (9.1 metric)"
              description="Its latest value shows beside the objective; a target value and unit are then optional."
              clearable
              searchable
              nothingFoundMessage="No metric matches. Metrics are defined in 9.1."
              data={(metrics.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.ref} ${m.title}` }))}
              {...form.getInputProps('metricId')}
            />
            <Textarea label="How results are evaluated" autosize minRows={1} maxRows={3} {...form.getInputProps('evaluation')} />
            <Group grow align="flex-start">
              <Textarea label="Resources needed" autosize minRows={1} maxRows={3} {...form.getInputProps('resources')} />
              <Textarea label="Why it can be reached" autosize minRows={1} maxRows={3} {...form.getInputProps('achievability')} />
            </Group>
            <Group grow align="flex-start">
              <Select label="Supports the policy" clearable data={(policies.data ?? []).map((p) => ({ value: p.id, label: p.title }))} {...form.getInputProps('policyId')} />
              <MultiSelect label="Risks it addresses" searchable clearable data={(risks.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.ref} ${r.title}` }))} {...form.getInputProps('riskIds')} />
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={4}>
          <Title order={3} size="h5" mb="xs">
            SMART check
          </Title>
          <SmartList smart={smart} />
        </Grid.Col>
      </Grid>
      <Group justify="flex-end" mt="md">
        <CancelButton onCancel={onDone} />
        <Button type="submit" loading={form.submitting}>
          {objective ? 'Save changes' : 'Add objective'}
        </Button>
      </Group>
    </form>
  );
}
