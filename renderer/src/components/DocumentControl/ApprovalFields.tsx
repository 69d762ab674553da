import { Checkbox, Group, Select, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { usePeopleOptions } from '../../hooks';

export interface ApprovalValues {
  approverId: string | null;
  approvedOn: string | null;
  reason: string;
  major: boolean;
  changeNote: string;
}

export const today = () => new Date().toISOString().slice(0, 10);
export const emptyApproval = (): ApprovalValues => ({ approverId: null, approvedOn: today(), reason: '', major: false, changeNote: '' });

/**
 * Who approves and when, the same for every approval in the app (issue #8): people whose role may
 * approve come first; anyone else needs a recorded reason, which the field asks for.
 */
export function ApprovalFields({ value, onChange, errors = {}, revision = false }: { value: ApprovalValues; onChange: (v: ApprovalValues) => void; errors?: Record<string, string>; revision?: boolean }) {
  const people = usePeopleOptions();
  const approvers = useCall(() => api.documents.approvers({}), []);
  const allowed = new Set((approvers.data ?? []).map((a) => a.id));
  const options = [
    { group: 'May approve (top management or an approver role)', items: people.options.filter((o) => allowed.has(o.value)) },
    { group: 'Others (a reason is needed)', items: people.options.filter((o) => !allowed.has(o.value)) },
  ].filter((g) => g.items.length);
  const set = (change: Partial<ApprovalValues>) => onChange({ ...value, ...change });
  const needsReason = !!value.approverId && approvers.data !== undefined && !allowed.has(value.approverId);
  return (
    <>
      <Group align="flex-start" grow>
        <Select label="Approved by" placeholder={people.empty ? 'No people yet' : 'Choose a person'} data={options} searchable value={value.approverId} onChange={(approverId) => set({ approverId })} error={errors.approverId} />
        <DateInput label="Approved on" valueFormat="YYYY-MM-DD" maxDate={today()} value={value.approvedOn} onChange={(approvedOn) => set({ approvedOn })} error={errors.approvedOn} />
      </Group>
      {needsReason && (
        <Textarea
          label="Why this person approves"
          description="They hold no role that may approve documents. Record the reason (for example a delegation), or mark their role as an approver in 5.3."
          autosize
          minRows={2}
          value={value.reason}
          onChange={(e) => set({ reason: e.currentTarget.value })}
          error={errors.reason}
          required
        />
      )}
      {revision && (
        <>
          <TextInput label="What changed" placeholder="For the change history" value={value.changeNote} onChange={(e) => set({ changeNote: e.currentTarget.value })} error={errors.changeNote} />
          <Checkbox label="Major revision (next whole version number)" checked={value.major} onChange={(e) => set({ major: e.currentTarget.checked })} />
        </>
      )}
    </>
  );
}
