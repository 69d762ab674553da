import { Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { IsmsChange } from '../../../../shared/contract/objectives';
import { api } from '../../api/client';
import { ApprovalFields, emptyApproval, type ApprovalValues } from '../../components/DocumentControl/ApprovalFields';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';

interface Values {
  decision: 'approved' | 'rejected';
  approval: ApprovalValues;
  note: string;
}

/** 6.3: approve or reject a proposed change, with the approver picker every approval uses. */
export function DecideForm({ change, onDone }: { change: IsmsChange; onDone: () => void }) {
  const form = useDraftForm<Values>(`decide:${change.id}`, 'Change decision', {
    initialValues: { decision: 'approved', approval: emptyApproval(), note: '' },
    validate: { approval: { approverId: (id) => (id ? null : 'Choose who decides.') } },
  });
  const v = form.values;
  const errors = Object.fromEntries(Object.entries(form.errors).map(([k, e]) => [k.replace(/^approval\./, ''), String(e)]));
  const submit = form.onSubmit(async (values) => {
    await saveForm(
      { ...form, setErrors: ((e: Record<string, unknown>) => form.setErrors(Object.fromEntries(Object.entries(e).map(([k, m]) => [k === 'note' ? k : `approval.${k}`, m])) as never)) as typeof form.setErrors },
      () =>
        api.objectives.changeDecide({
          id: change.id,
          decision: values.decision,
          approverId: values.approval.approverId ?? '',
          approvedOn: values.approval.approvedOn ?? undefined,
          reason: values.approval.reason || undefined,
          note: values.note,
        }),
      { saved: values.decision === 'approved' ? 'Change approved.' : 'Change rejected.', failed: 'The decision was not recorded' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Decide on the change">
      <Stack gap="sm">
        <Text size="sm">{change.rationale || 'No reason recorded.'}</Text>
        <SegmentedControl
          aria-label="Decision"
          value={v.decision}
          onChange={(d) => form.setFieldValue('decision', d as Values['decision'])}
          data={[
            { value: 'approved', label: 'Approve' },
            { value: 'rejected', label: 'Reject' },
          ]}
        />
        <ApprovalFields value={v.approval} onChange={(a) => form.setFieldValue('approval', a)} errors={errors} />
        <Textarea label="Decision note" autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            Record decision
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
