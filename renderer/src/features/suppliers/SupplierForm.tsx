import { ActionIcon, Button, Checkbox, Divider, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { ASSESSMENT_RESULTS, ASSESSMENT_RESULT_LABEL, CRITICALITIES, CRITICALITY_LABEL, SUPPLY_KINDS, SUPPLY_KIND_LABEL, SupplierFields, type CertificateInput, type Supplier } from '../../../../shared/contract/suppliers';
import { evidenceDateProblem, todayIso } from '../../../../shared/dates';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';
import { ReviewDateInput } from '../../components/ReviewDateInput/ReviewDateInput';

type Certificate = Required<Pick<CertificateInput, 'name' | 'issuer' | 'number'>> & { validUntil: string | null };
interface Values {
  name: string;
  provides: string;
  supplyKind: Supplier['supplyKind'];
  criticality: Supplier['criticality'];
  dataHandled: string;
  dataClassification: string;
  contractRef: string;
  securityClausesInContract: boolean;
  securityClauses: string;
  certificates: Certificate[];
  lastAssessedOn: string | null;
  assessmentResult: Supplier['assessmentResult'];
  assessmentNotes: string;
  ownerId: string | null;
  nextReviewOn: string | null;
  partyId: string | null;
  interfaceIds: string[];
  notes: string;
}

const blank: Values = {
  name: '',
  provides: '',
  supplyKind: 'service',
  criticality: 'medium',
  dataHandled: '',
  dataClassification: '',
  contractRef: '',
  securityClausesInContract: false,
  securityClauses: '',
  certificates: [],
  lastAssessedOn: null,
  assessmentResult: 'not-assessed',
  assessmentNotes: '',
  ownerId: null,
  nextReviewOn: null,
  partyId: null,
  interfaceIds: [],
  notes: '',
};

const valuesOf = (s: Supplier): Values => ({
  ...(Object.fromEntries(Object.keys(blank).map((k) => [k, s[k as keyof Values]])) as unknown as Values),
  certificates: s.certificates.map(({ name, issuer, number, validUntil }) => ({ name, issuer, number, validUntil })),
});
const day = (d: unknown) => (d ? String(d).slice(0, 10) : null);

/** 8.1: one supplier, its contract and certificates, its last assessment, and where it sits in 4.2 and 4.3. */
export function SupplierForm({ supplier, onDone }: { supplier?: Supplier; onDone: () => void }) {
  const parties = useCall(() => api.parties.list({ limit: 500, sort: 'name' }), []);
  const interfaces = useCall(() => api.scope.interfaceList({}), []);
  const form = useDraftForm<Values>(`supplier:${supplier?.id ?? 'new'}`, 'Supplier', {
    initialValues: supplier ? valuesOf(supplier) : blank,
    validate: (values) => ({
      ...zodValidate<Values>(SupplierFields)(values),
      ...(evidenceDateProblem(values.lastAssessedOn, todayIso()) ? { lastAssessedOn: 'An assessment cannot be dated in the future.' } : {}),
      ...(values.assessmentResult !== 'not-assessed' && !values.lastAssessedOn ? { lastAssessedOn: 'Give the date of the assessment that reached this result.' } : {}),
    }),
  });
  const v = form.values;
  const submit = form.onSubmit(async (values) => {
    await saveForm(
      form,
      async () => {
        if (supplier) await api.suppliers.update({ ...values, id: supplier.id });
        else await api.suppliers.create(values);
      },
      { saved: supplier ? 'Supplier updated.' : 'Supplier added.', failed: 'The supplier was not saved' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={supplier ? 'Edit supplier' : 'New supplier'}>
      <Stack gap="sm">
        <SimpleGrid cols={3} spacing="sm">
          <TextInput label="Supplier" required data-autofocus placeholder="e.g. Nimbus Hosting" {...form.getInputProps('name')} />
          <Select label="They provide a" allowDeselect={false} data={SUPPLY_KINDS.map((k) => ({ value: k, label: SUPPLY_KIND_LABEL[k] }))} {...form.getInputProps('supplyKind')} />
          <Select label="Criticality" allowDeselect={false} data={CRITICALITIES.map((k) => ({ value: k, label: CRITICALITY_LABEL[k] }))} {...form.getInputProps('criticality')} />
        </SimpleGrid>
        <Textarea label="What they provide" autosize minRows={1} maxRows={3} placeholder="e.g. Hosting of the customer portal" {...form.getInputProps('provides')} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Data they handle" placeholder="e.g. Customer accounts and orders" {...form.getInputProps('dataHandled')} />
          <TextInput label="Classification of that data" placeholder="e.g. Confidential" {...form.getInputProps('dataClassification')} />
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="sm">
          <TextInput label="Contract reference" placeholder="e.g. MSA-2025-014" {...form.getInputProps('contractRef')} />
          <Checkbox mt="xl" label="Security clauses in the contract" {...form.getInputProps('securityClausesInContract', { type: 'checkbox' })} />
          <TextInput label="Which clauses" disabled={!v.securityClausesInContract} placeholder="e.g. breach notice in 24 h, right to audit" {...form.getInputProps('securityClauses')} />
        </SimpleGrid>
        <Divider label="Certificates" labelPosition="left" />
        {v.certificates.length === 0 && <Text size="sm" c="dimmed">No certificates recorded.</Text>}
        {v.certificates.map((_c, i) => (
          <Group key={i} grow align="flex-start" wrap="nowrap">
            <TextInput label="Certificate" required placeholder="ISO/IEC 27001, SOC 2" {...form.getInputProps(`certificates.${i}.name`)} />
            <TextInput label="Issuer" {...form.getInputProps(`certificates.${i}.issuer`)} />
            <TextInput label="Number" {...form.getInputProps(`certificates.${i}.number`)} />
            <DateInput label="Valid until" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps(`certificates.${i}.validUntil`)} onChange={(d) => form.setFieldValue(`certificates.${i}.validUntil`, day(d))} />
            <ActionIcon style={{ flexGrow: 0 }} mt={28} variant="subtle" color="red" aria-label={`Remove certificate ${i + 1}`} onClick={() => form.removeListItem('certificates', i)}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('certificates', { name: '', issuer: '', number: '', validUntil: null })}>
          Add certificate
        </Button>
        <Divider label="Assessment and review" labelPosition="left" />
        <SimpleGrid cols={4} spacing="sm">
          <DateInput label="Last assessed" valueFormat="YYYY-MM-DD" clearable maxDate={todayIso()} {...form.getInputProps('lastAssessedOn')} onChange={(d) => form.setFieldValue('lastAssessedOn', day(d))} />
          <Select label="Result" allowDeselect={false} data={ASSESSMENT_RESULTS.map((r) => ({ value: r, label: ASSESSMENT_RESULT_LABEL[r] }))} {...form.getInputProps('assessmentResult')} />
          <PersonSelect label="Owner" {...form.getInputProps('ownerId')} />
          <ReviewDateInput label="Next review" {...form.getInputProps('nextReviewOn')} onChange={(d) => form.setFieldValue('nextReviewOn', d)} />
        </SimpleGrid>
        <Textarea label="Assessment notes" autosize minRows={1} maxRows={3} {...form.getInputProps('assessmentNotes')} />
        <SimpleGrid cols={2} spacing="sm">
          <Select label="Interested party (4.2)" clearable searchable data={(parties.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.ref} ${p.name}` }))} {...form.getInputProps('partyId')} />
          <MultiSelect label="Scope interfaces (4.3)" clearable searchable data={(interfaces.data ?? []).map((i) => ({ value: i.id, label: `${i.ref} ${i.counterpart}` }))} {...form.getInputProps('interfaceIds')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {supplier ? 'Save changes' : 'Add supplier'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
