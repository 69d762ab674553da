import { Alert, Button, Group, List, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { NcFields, type Nc } from '../../../../shared/contract/improvement';
import { NC_STATUS_LABEL } from '../../../../shared/ncStates';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { usePeopleOptions } from '../../hooks';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { SEVERITY_LABEL, SOURCE_LABEL, options } from './labels';
import { usePickers } from './usePickers';

export interface NcValues {
  title: string;
  description: string;
  source: string | null;
  sourceReference: string;
  clauseId: string | null;
  controlId: string | null;
  assetId: string | null;
  severity: string;
  raisedOn: string | null;
  reporterId: string | null;
  ownerId: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);
const blank = (): NcValues => ({ title: '', description: '', source: null, sourceReference: '', clauseId: null, controlId: null, assetId: null, severity: 'minor', raisedOn: today(), reporterId: null, ownerId: null });
const fromNc = (n: Nc): NcValues => ({ title: n.title, description: n.description, source: n.source, sourceReference: n.sourceReference, clauseId: n.clauseId, controlId: n.controlId, assetId: n.assetId, severity: n.severity, raisedOn: n.raisedOn, reporterId: n.reporterId, ownerId: n.ownerId });

/** Other records on the same clause, control or asset: 10.2 asks whether similar ones exist. */
function SimilarList({ values, excludeId }: { values: NcValues; excludeId?: string }) {
  const similar = useCall(
    () => api.improvement.ncSimilar({ excludeId, clauseId: values.clauseId as never, controlId: values.controlId, assetId: values.assetId }),
    [values.clauseId, values.controlId, values.assetId, excludeId],
  );
  const list = similar.data ?? [];
  if (!values.clauseId && !values.controlId && !values.assetId) return null;
  return (
    <Alert color={list.length ? 'yellow' : 'gray'} variant="light" title={list.length ? `${list.length} similar nonconformit${list.length === 1 ? 'y' : 'ies'}` : 'No similar nonconformity recorded'}>
      {list.length > 0 && (
        <List size="sm" aria-label="Similar nonconformities">
          {list.map((s) => (
            <List.Item key={s.id}>
              <Text span fw={600} size="sm">
                {s.ref}
              </Text>{' '}
              {s.title} ({NC_STATUS_LABEL[s.status].toLowerCase()}; {s.reasons.join(', ')})
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** The nonconformity itself (10.2 a): what, where found, which requirement, how severe, who. */
export function NcForm({ nc, onDone, onCreated }: { nc?: Nc; onDone: () => void; onCreated?: (id: string) => void }) {
  const form = useDraftForm<NcValues>(`nc:${nc?.id ?? 'new'}:details`, 'Nonconformity', { initialValues: nc ? fromNc(nc) : blank(), validate: zodValidate<NcValues>(NcFields) });
  const people = usePeopleOptions();
  const pick = usePickers();
  const closed = nc?.status === 'closed';
  const submit = form.onSubmit(async (values) => {
    const input = values as unknown as Parameters<typeof api.improvement.ncCreate>[0];
    let created: string | null = null;
    const ok = await saveForm(
      form,
      async () => {
        if (nc) await api.improvement.ncUpdate({ ...input, id: nc.id } as Parameters<typeof api.improvement.ncUpdate>[0]);
        else created = (await api.improvement.ncCreate(input)).id;
      },
      { saved: nc ? 'Nonconformity updated.' : 'Nonconformity recorded.', failed: 'The nonconformity was not saved' },
    );
    if (ok && created && onCreated) onCreated(created);
    else if (ok) onDone();
  });
  return (
    <form onSubmit={submit} noValidate aria-label={nc ? 'Nonconformity details' : 'New nonconformity'}>
      <Stack gap="sm">
        <TextInput label="What is wrong" placeholder="A short title" required data-autofocus disabled={closed} {...form.getInputProps('title')} />
        <Textarea label="Description" description="What was seen, where and when; the evidence." autosize minRows={2} maxRows={5} disabled={closed} {...form.getInputProps('description')} />
        <SimpleGrid cols={3}>
          <Select label="Found through" required allowDeselect={false} data={options(SOURCE_LABEL)} disabled={closed} {...form.getInputProps('source')} />
          <TextInput label="Source reference" placeholder="Audit report, finding or incident number" disabled={closed} {...form.getInputProps('sourceReference')} />
          <Select label="Severity" allowDeselect={false} data={options(SEVERITY_LABEL)} disabled={closed} {...form.getInputProps('severity')} />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <Select label="Clause breached" searchable clearable data={pick.clauses} disabled={closed} {...form.getInputProps('clauseId')} />
          <Select label="Control breached" searchable clearable data={pick.controls} disabled={closed} {...form.getInputProps('controlId')} />
          <Select label="Asset concerned" searchable clearable data={pick.assets} disabled={closed} {...form.getInputProps('assetId')} />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <DateInput label="Raised on" required valueFormat="YYYY-MM-DD" maxDate={today()} disabled={closed} {...form.getInputProps('raisedOn')} />
          <Select label="Reported by" searchable clearable data={people.options} disabled={closed} {...form.getInputProps('reporterId')} />
          <Select label="Owner" description="Responsible for the corrective action" searchable clearable data={people.options} disabled={closed} {...form.getInputProps('ownerId')} />
        </SimpleGrid>
        <SimilarList values={form.values} excludeId={nc?.id} />
        {!closed && (
          <Group justify="flex-end">
            {!nc && <CancelButton onCancel={onDone} />}
            <Button type="submit" loading={form.submitting}>
              {nc ? 'Save details' : 'Record nonconformity'}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
