import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { NcDetail } from '../../../../../shared/contract/improvement';
import { NC_STATUS_LABEL } from '../../../../../shared/ncStates';
import { api } from '../../../api/client';
import { usePeopleOptions } from '../../../hooks';
import { saveForm } from '../../../components/zodForm';
import { useDraftForm } from '../../../drafts/useDraftForm';
import { exportDocument } from '../../exports/exportDocument';

const today = () => new Date().toISOString().slice(0, 10);

/** 10.2 f, g): close with evidence once the review found the actions effective; the report is the record. */
export function CloseStep({ nc }: { nc: NcDetail }) {
  const people = usePeopleOptions();
  const form = useDraftForm(`nc:${nc.id}:close`, 'Closure', { initialValues: { closedById: null as string | null, closureEvidence: '', on: today() as string | null } });
  const submit = form.onSubmit((v) => {
    if (!v.closedById) return form.setFieldError('closedById', 'Say who closes it.');
    if (!v.closureEvidence.trim()) return form.setFieldError('closureEvidence', 'Closing needs evidence.');
    void saveForm(form, () => api.improvement.ncTransition({ id: nc.id, action: 'close', closedById: v.closedById!, closureEvidence: v.closureEvidence, on: v.on ?? undefined }), { saved: `${nc.ref} closed.`, failed: 'The nonconformity was not closed' });
  });
  const exports = (
    <Group gap="xs">
      <Button variant="default" onClick={() => void exportDocument('nonconformity-report', nc.id, { format: 'docx' })}>
        Export report (DOCX)
      </Button>
      <Button variant="default" onClick={() => void exportDocument('nonconformity-report', nc.id, { format: 'pdf' })}>
        Export report (PDF)
      </Button>
    </Group>
  );
  if (nc.status === 'closed') {
    return (
      <Stack gap="sm">
        <Alert color="teal" variant="light" title={`Closed on ${nc.closedOn} by ${nc.closedByName}`}>
          {nc.closureEvidence}
        </Alert>
        {exports}
      </Stack>
    );
  }
  if (nc.status !== 'effectiveness-verified') {
    return (
      <Stack gap="sm">
        <Text size="sm">It can be closed once an effectiveness review has found the actions effective. Now: {NC_STATUS_LABEL[nc.status].toLowerCase()}.</Text>
        {exports}
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Close the nonconformity">
      <Stack gap="sm" maw={900}>
        <Textarea label="Closure evidence" required description="What shows it is resolved: records, samples, changed documents" autosize minRows={2} maxRows={5} {...form.getInputProps('closureEvidence')} />
        <SimpleGrid cols={2}>
          <Select label="Closed by" required searchable data={people.options} {...form.getInputProps('closedById')} />
          <DateInput label="Closed on" valueFormat="YYYY-MM-DD" maxDate={today()} {...form.getInputProps('on')} />
        </SimpleGrid>
        <Group justify="space-between">
          {exports}
          <Button type="submit" color="teal" loading={form.submitting}>
            Close nonconformity
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
