import { Button, Checkbox, Group, MultiSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { AuditFields, type Audit } from '../../../../shared/contract/audits';
import { AUDIT_CLAUSES, AUDIT_CLAUSE_TITLES } from '../../../../shared/auditRequirements';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { METHOD_LABEL, options } from './labels';

type Values = Omit<Parameters<typeof api.audits.create>[0], 'startDate' | 'endDate'> & { startDate: string | null; endDate: string | null };
const PLAN_FIELDS = ['title', 'objectives', 'scopeClauses', 'scopeControlIds', 'criteria', 'locations', 'startDate', 'endDate', 'methods', 'auditees'] as const;
const blank = (programmeId: string): Values => ({ programmeId, title: '', objectives: 'Check that the areas in scope conform to ISO/IEC 27001 and to our own policies, and are effectively implemented.', scopeClauses: [], scopeControlIds: [], criteria: 'ISO/IEC 27001:2022 clauses 4 to 10, the Statement of Applicability and our own policies and procedures.', locations: '', startDate: null, endDate: null, methods: ['on-site', 'interview', 'document-review'], auditees: '' });
const fromAudit = (a: Audit): Values => ({ programmeId: a.programmeId, ...Object.fromEntries(PLAN_FIELDS.map((k) => [k, a[k]])) }) as Values;

/** The audit plan (ISO 19011): objectives, scope, criteria, locations, dates, methods and auditees. */
export function AuditForm({ programmeId, audit, onDone }: { programmeId: string; audit?: Audit; onDone: (id?: string) => void }) {
  const form = useDraftForm<Values>(`audit-plan:${audit?.id ?? `new:${programmeId}`}`, 'Audit plan', { initialValues: audit ? fromAudit(audit) : blank(programmeId), validate: zodValidate<Values>(AuditFields) });
  const controls = useCall(() => api.controls.list({}), []);
  const controlOptions = (controls.data ?? []).filter((c) => c.applicable !== false).map((c) => ({ value: c.id, label: `${c.ref} ${c.title}` }));
  const submit = form.onSubmit(async (values) => {
    const input = values as Parameters<typeof api.audits.create>[0];
    let id = audit?.id;
    const { programmeId: _p, ...patch } = input;
    await saveForm(form, async () => (id = (audit ? await api.audits.update({ ...patch, id: audit.id }) : await api.audits.create(input)).id), { saved: audit ? 'Audit plan updated.' : 'Audit planned; its checklist was generated from the scope.', failed: 'The audit plan was not saved' }, () => onDone(id));
  });
  return (
    <form onSubmit={submit} noValidate aria-label={audit ? 'Edit audit plan' : 'New audit plan'}>
      <Stack gap="sm">
        <TextInput label="Title" required data-autofocus placeholder="e.g. Planning and access control audit" {...form.getInputProps('title')} />
        <Textarea label="Objectives" autosize minRows={1} maxRows={3} {...form.getInputProps('objectives')} />
        <Checkbox.Group label="Clauses in scope" description="Each brings one checklist item per requirement" {...form.getInputProps('scopeClauses')}>
          <Group gap="md" mt={4}>
            {AUDIT_CLAUSES.map((c) => (
              <Checkbox key={c} value={c} label={`${c} ${AUDIT_CLAUSE_TITLES[c]}`} />
            ))}
          </Group>
        </Checkbox.Group>
        <MultiSelect label="Annex A controls in scope" description="Controls excluded in the Statement of Applicability are not offered" searchable clearable data={controlOptions} maxDropdownHeight={240} {...form.getInputProps('scopeControlIds')} />
        <Textarea label="Criteria" autosize minRows={1} maxRows={3} {...form.getInputProps('criteria')} />
        <SimpleGrid cols={2}>
          <TextInput label="Locations" placeholder="Head office; remote interviews" {...form.getInputProps('locations')} />
          <TextInput label="Auditees" placeholder="Who will be interviewed" {...form.getInputProps('auditees')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <DateInput label="Starts on" required valueFormat="YYYY-MM-DD" {...form.getInputProps('startDate')} />
          <DateInput label="Ends on" required valueFormat="YYYY-MM-DD" {...form.getInputProps('endDate')} />
        </SimpleGrid>
        <Checkbox.Group label="Methods" {...form.getInputProps('methods')}>
          <Group gap="md" mt={4}>
            {options(METHOD_LABEL).map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group justify="flex-end">
          <CancelButton onCancel={() => onDone()} />
          <Button type="submit" loading={form.submitting}>
            {audit ? 'Save plan' : 'Plan the audit'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
