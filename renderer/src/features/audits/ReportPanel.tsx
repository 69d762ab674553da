import { Alert, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { AuditDetail } from '../../../../shared/contract/audits';
import { api } from '../../api/client';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { exportDocument } from '../exports/exportDocument';
import { STATUS_LABEL } from './labels';

interface Values {
  summary: string;
  conclusions: string;
  distribution: string;
}

/** The report: summary, conclusions and distribution, then reporting (which freezes the audit) and the DOCX/PDF. */
export function ReportPanel({ audit }: { audit: AuditDetail }) {
  const reported = audit.status === 'reported';
  const form = useDraftForm<Values>(reported ? null : `audit-report:${audit.id}`, 'Audit report', { initialValues: { summary: audit.summary, conclusions: audit.conclusions, distribution: audit.distribution || 'Top management; ISMS manager; auditees' } });
  const save = (status?: 'reported' | 'in-progress' | 'cancelled' | 'planned') =>
    saveForm(form, () => api.audits.update({ id: audit.id, ...form.getValues(), ...(status ? { status } : {}) }), { saved: status === 'reported' ? 'Audit reported: the record is now frozen.' : 'Report saved.', failed: status === 'reported' ? 'Not reported' : 'Not saved' });
  const open = audit.itemCount - audit.recordedCount;
  return (
    <Stack gap="sm">
      <Text size="sm">
        Status: <strong>{STATUS_LABEL[audit.status]}</strong>
        {audit.reportedOn ? ` on ${audit.reportedOn}` : ''}. {audit.recordedCount} of {audit.itemCount} items have a verdict; findings: {audit.findingCounts.major} major, {audit.findingCounts.minor} minor, {audit.findingCounts.observation} observations, {audit.findingCounts.ofi} opportunities for improvement.
      </Text>
      <form
        onSubmit={form.onSubmit(() => void save())}
        noValidate
        aria-label="Audit report"
      >
        <Stack gap="sm">
          <Textarea label="Summary" description="How the audit went: what was covered, who took part" autosize minRows={2} maxRows={6} readOnly={reported} {...form.getInputProps('summary')} />
          <Textarea label="Conclusions" description="Does the ISMS conform and is it effective, in the areas audited?" autosize minRows={2} maxRows={6} readOnly={reported} {...form.getInputProps('conclusions')} />
          <TextInput label="Distribution" description="Who receives the report" readOnly={reported} {...form.getInputProps('distribution')} />
          {!reported && (
            <Group justify="space-between">
              <Group gap="xs">
                {audit.status !== 'cancelled' ? (
                  <Button variant="subtle" color="red" onClick={() => void save('cancelled')}>
                    Cancel the audit
                  </Button>
                ) : (
                  <Button variant="subtle" onClick={() => void save('planned')}>
                    Plan it again
                  </Button>
                )}
              </Group>
              <Group gap="xs">
                <Button type="submit" variant="default" data-shortcut="save" loading={form.submitting}>
                  Save report
                </Button>
                <Button onClick={() => void save('reported')} disabled={audit.status === 'cancelled'}>
                  Report the audit
                </Button>
              </Group>
            </Group>
          )}
        </Stack>
      </form>
      {!reported && open > 0 && (
        <Alert color="blue" variant="light">
          {open} checklist item{open === 1 ? '' : 's'} still without a verdict; the audit can be reported once every item has one and the conclusions are written.
        </Alert>
      )}
      <Group gap="xs">
        <Button variant="light" onClick={() => void exportDocument('audit-report', audit.id, { format: 'docx' })}>
          Export the audit report (DOCX)
        </Button>
        <Button variant="light" onClick={() => void exportDocument('audit-report', audit.id, { format: 'pdf' })}>
          Export as PDF
        </Button>
      </Group>
    </Stack>
  );
}
