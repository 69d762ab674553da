import { Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { OpportunityFields, priorityOf, type Opportunity } from '../../../../shared/contract/improvement';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { usePeopleOptions } from '../../hooks';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { OPPORTUNITY_SOURCE_LABEL, OPPORTUNITY_STATUS_LABEL, options } from './labels';

type Values = Omit<Parameters<typeof api.improvement.opportunityCreate>[0], 'source'> & { source: string | null };
const blank = (source: Opportunity['source'] | null): Values => ({ title: '', description: '', source, sourceReference: '', benefit: null, effort: null, status: 'proposed', decision: '', decidedOn: null, ownerId: null, dueDate: null, implementedOn: null, ncId: null, issueIds: [], requirementIds: [] });
const fromOpportunity = ({ title, description, source, sourceReference, benefit, effort, status, decision, decidedOn, ownerId, dueDate, implementedOn, ncId, issueIds, requirementIds }: Opportunity): Values => ({ title, description, source, sourceReference, benefit, effort, status, decision, decidedOn, ownerId, dueDate, implementedOn, ncId, issueIds, requirementIds });

/**
 * An opportunity, evaluated by benefit and effort, decided, then implemented: from 10.1 (audits,
 * reviews, suggestions) or from 6.1.1 planning, where it cites the 4.1 issues and 4.2 requirements it comes from.
 */
export function OpportunityForm({ opportunity, source = null, onDone }: { opportunity?: Opportunity; source?: Opportunity['source'] | null; onDone: () => void }) {
  const form = useDraftForm<Values>(`opportunity:${opportunity?.id ?? `new${source ? `-${source}` : ''}`}`, 'Improvement', { initialValues: opportunity ? fromOpportunity(opportunity) : blank(source), validate: zodValidate<Values>(OpportunityFields) });
  const issues = useCall(() => api.context.list({ limit: 500, sort: 'title' }), []);
  const reqs = useCall(() => api.parties.requirementList({}), []);
  const people = usePeopleOptions();
  const v = form.values;
  const priority = priorityOf(v.benefit ?? null, v.effort ?? null);
  const submit = form.onSubmit(async (values) => {
    const input = values as Parameters<typeof api.improvement.opportunityCreate>[0];
    await saveForm(form, () => (opportunity ? api.improvement.opportunityUpdate({ ...input, id: opportunity.id }) : api.improvement.opportunityCreate(input)), { saved: opportunity ? 'Improvement updated.' : 'Improvement recorded.', failed: 'The improvement was not saved' }, onDone);
  });
  const score = (field: 'benefit' | 'effort', label: string, description: string) => (
    <NumberInput label={label} description={description} min={1} max={5} allowDecimal={false} clampBehavior="strict" {...form.getInputProps(field)} value={v[field] ?? ''} onChange={(n) => form.setFieldValue(field, typeof n === 'number' ? n : null)} />
  );
  return (
    <form onSubmit={submit} noValidate aria-label={opportunity ? 'Edit improvement' : 'New improvement'}>
      <Stack gap="sm">
        <TextInput label="Opportunity" required data-autofocus {...form.getInputProps('title')} />
        <Textarea label="Description" autosize minRows={2} maxRows={4} {...form.getInputProps('description')} />
        <SimpleGrid cols={2}>
          <Select label="Came from" required allowDeselect={false} data={options(OPPORTUNITY_SOURCE_LABEL)} {...form.getInputProps('source')} />
          <TextInput label="Source reference" placeholder="Audit report, review minutes, metric" {...form.getInputProps('sourceReference')} />
        </SimpleGrid>
        {v.source === 'planning' && (
          <SimpleGrid cols={2}>
            <MultiSelect label="Comes from 4.1 issues" searchable data={(issues.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.ref} ${i.title}` }))} {...form.getInputProps('issueIds')} />
            <MultiSelect label="Comes from 4.2 requirements" searchable data={(reqs.data ?? []).map((r) => ({ value: r.id, label: `${r.ref} ${r.partyName}: ${r.text}` }))} {...form.getInputProps('requirementIds')} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={3}>
          {score('benefit', 'Benefit (1-5)', '5 = large gain')}
          {score('effort', 'Effort (1-5)', '5 = large effort')}
          <TextInput label="Priority" description="Benefit x (6 - effort)" readOnly value={priority === null ? 'Score both first' : String(priority)} />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <Select label="Status" allowDeselect={false} data={options(OPPORTUNITY_STATUS_LABEL)} {...form.getInputProps('status')} />
          <DateInput label="Decided on" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('decidedOn')} />
          <DateInput label="Implemented on" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('implementedOn')} />
        </SimpleGrid>
        <Textarea label="Decision" description="What was decided and why, and the action that follows" autosize minRows={1} maxRows={4} {...form.getInputProps('decision')} />
        <SimpleGrid cols={2}>
          <Select label="Owner" searchable clearable data={people.options} {...form.getInputProps('ownerId')} />
          <DateInput label="Due date" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('dueDate')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {opportunity ? 'Save changes' : source === 'planning' ? 'Add opportunity' : 'Add improvement'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
