import { Button, Group, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { ENTRY_STATUSES, ENTRY_STATUS_LABEL, ENTRY_TYPES, ENTRY_TYPE_LABEL, EntryFields, type DocumentEntry } from '../../../../shared/contract/docinfo';
import { MANDATORY_ITEMS } from '../../../../shared/docinfo';
import { api } from '../../api/client';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';
import { ReviewDateInput } from '../../components/ReviewDateInput/ReviewDateInput';
import { today } from '../../components/DocumentControl/ApprovalFields';

interface Values {
  title: string;
  kind: DocumentEntry['kind'];
  origin: DocumentEntry['origin'];
  type: DocumentEntry['type'];
  ownerId: string | null;
  version: string;
  status: DocumentEntry['status'];
  approvedOn: string | null;
  approvedBy: string;
  reviewOn: string | null;
  classification: string;
  retention: string;
  location: string;
  satisfies: DocumentEntry['satisfies'];
  notes: string;
}

const blank: Values = { title: '', kind: 'document', origin: 'internal', type: 'procedure', ownerId: null, version: '', status: 'approved', approvedOn: null, approvedBy: '', reviewOn: null, classification: '', retention: '', location: '', satisfies: null, notes: '' };
const day = (d: unknown) => (d ? String(d).slice(0, 10) : null);

/** 7.5: a document or record kept outside the workbench, or of external origin. */
export function EntryForm({ entry, satisfies, onDone }: { entry?: DocumentEntry; satisfies?: DocumentEntry['satisfies']; onDone: () => void }) {
  const form = useDraftForm<Values>(`doc-entry:${entry?.id ?? 'new'}`, 'Register entry', {
    initialValues: entry ? (Object.fromEntries(Object.keys(blank).map((k) => [k, entry[k as keyof Values]])) as unknown as Values) : { ...blank, satisfies: satisfies ?? null },
    validate: zodValidate<Values>(EntryFields),
  });
  const v = form.values;
  const submit = form.onSubmit(async (values) => {
    await saveForm(
      form,
      async () => {
        if (entry) await api.docinfo.entryUpdate({ ...values, id: entry.id });
        else await api.docinfo.entryCreate(values);
      },
      { saved: entry ? 'Register entry updated.' : 'Added to the register.', failed: 'The register entry was not saved' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={entry ? 'Edit register entry' : 'New register entry'}>
      <Stack gap="sm">
        <TextInput label="Title" required data-autofocus placeholder="e.g. Backup procedure, Data Protection Act 2018, hosting contract" {...form.getInputProps('title')} />
        <Group grow align="flex-end">
          <Stack gap={4}>
            <Text size="sm" fw={500}>Kind</Text>
            <SegmentedControl aria-label="Kind" data={[{ value: 'document', label: 'Document' }, { value: 'record', label: 'Record' }]} {...form.getInputProps('kind')} />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>Origin</Text>
            <SegmentedControl aria-label="Origin" data={[{ value: 'internal', label: 'Our own' }, { value: 'external', label: 'External origin' }]} {...form.getInputProps('origin')} />
          </Stack>
          <Select label="Type" allowDeselect={false} data={ENTRY_TYPES.map((t) => ({ value: t, label: ENTRY_TYPE_LABEL[t] }))} {...form.getInputProps('type')} />
        </Group>
        <TextInput
          label="Where it is kept"
          required
          description="A path, a system, a web address or a cabinet: somewhere an auditor can be shown it."
          {...form.getInputProps('location')}
        />
        <Group grow align="flex-start">
          <PersonSelect label="Owner" {...form.getInputProps('ownerId')} />
          <TextInput label="Version" placeholder="e.g. 2.1 or 2024 edition" {...form.getInputProps('version')} />
          <Select label="Status" allowDeselect={false} data={ENTRY_STATUSES.map((s) => ({ value: s, label: ENTRY_STATUS_LABEL[s] }))} {...form.getInputProps('status')} />
        </Group>
        <Group grow align="flex-start">
          <DateInput label="Approved or issued on" valueFormat="YYYY-MM-DD" clearable maxDate={today()} {...form.getInputProps('approvedOn')} onChange={(d) => form.setFieldValue('approvedOn', day(d))} />
          <TextInput label="Approved or issued by" {...form.getInputProps('approvedBy')} />
          <ReviewDateInput label="Next review" {...form.getInputProps('reviewOn')} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label="Classification" placeholder="e.g. Internal, Confidential, Public" {...form.getInputProps('classification')} />
          <TextInput label="Retention" placeholder={v.kind === 'record' ? 'e.g. 6 years after the contract ends' : 'e.g. superseded versions kept 3 years'} {...form.getInputProps('retention')} />
        </Group>
        <Select
          label="Provides this mandatory item"
          description="When a document the auditor expects is kept outside the workbench, say which item it is; the checklist then counts it."
          clearable
          data={MANDATORY_ITEMS.filter((i) => i.key !== 'needed-documents').map((i) => ({ value: i.key, label: `${i.clause} ${i.title}` }))}
          {...form.getInputProps('satisfies')}
        />
        <Textarea label="Notes" autosize minRows={1} maxRows={4} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {entry ? 'Save changes' : 'Add to the register'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
