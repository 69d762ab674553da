import { useState } from 'react';
import { Alert, Badge, Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { PolicyDetail } from '../../../../shared/contract/policies';
import { userActions } from '../../../../shared/policyStates';
import { api, ApiError } from '../../api/client';
import { ApprovalFields, emptyApproval, type ApprovalValues } from '../../components/DocumentControl';
import { notifyError, notifySaved } from '../../notify';
import { STATUS_COLOR, STATUS_TEXT } from './labels';
import { modals } from '@mantine/modals';
import { approvalDateProblem, todayIso } from '../../../../shared/dates';

/** Approve and publish cannot be undone: both ask first, saying what follows (issue 9). */
const confirmStep = (title: string, body: string, confirm: string, onConfirm: () => void) =>
  modals.openConfirmModal({ title, children: <Text size="sm">{body}</Text>, labels: { confirm, cancel: 'Not yet' }, onConfirm });

const today = () => todayIso();

function ApproveForm({ versionId, createdAt }: { versionId: string; createdAt: string }) {
  const [values, setValues] = useState<ApprovalValues>(emptyApproval);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The same rule the service applies (shared/dates.ts), shown before anything is sent.
  const dateProblem = values.approvedOn ? approvalDateProblem(values.approvedOn, { today: today(), createdAt }) : null;
  const approve = () =>
    values.approverId &&
    confirmStep('Approve this version?', 'An approved version can no longer be edited; changes start a new draft. The approver and date are recorded for the auditor.', 'Approve', () =>
      void api.policies.approve({ versionId, approverId: values.approverId!, approvedOn: values.approvedOn ?? undefined, reason: values.reason }).then(
        () => notifySaved('Approved.'),
        (err) => (err instanceof ApiError && Object.keys(err.fieldErrors).length ? setErrors(err.fieldErrors) : notifyError(err, 'Not approved')),
      ),
    );
  return (
    <Stack gap="xs" maw={640}>
      <ApprovalFields value={values} onChange={setValues} errors={dateProblem ? { ...errors, approvedOn: dateProblem } : errors} />
      <Group>
        <Button onClick={approve} disabled={!values.approverId || Boolean(dateProblem)}>
          Approve
        </Button>
      </Group>
    </Stack>
  );
}

function PublishForm({ versionId }: { versionId: string }) {
  const [publishedOn, setPublishedOn] = useState<string | null>(today());
  const publish = () =>
    confirmStep('Publish this version?', 'Publishing puts this version in force: its text is frozen for good, the version in force before it is superseded, and the next review is scheduled.', 'Publish', () =>
      void api.policies.publish({ versionId, publishedOn: publishedOn ?? undefined }).then(() => notifySaved('Published.'), (err) => notifyError(err, 'Not published')),
    );
  return (
    <Group align="flex-end">
      <DateInput label="Published on" valueFormat="YYYY-MM-DD" w={160} value={publishedOn} onChange={setPublishedOn} />
      <Button onClick={publish} color="teal">
        Publish
      </Button>
    </Group>
  );
}

/** Moves the newest version through review, approval and publication; offers only what the state machine allows. */
export function PolicyWorkflow({ policy, people }: { policy: PolicyDetail; people: { value: string; label: string }[] }) {
  const v = policy.current;
  const actions = userActions(v.status);
  const step = (call: Promise<unknown>, done: string) => call.then(() => notifySaved(done), (err) => notifyError(err));
  const stage = ['draft', 'in-review', 'approved', 'published'].indexOf(v.status);
  return (
    <Stack maw={820}>
      <Group gap="xs">
        <Text fw={600}>Version {v.version}</Text>
        <Badge color={STATUS_COLOR[v.status]} variant="light" data-testid="version-status">
          {STATUS_TEXT[v.status]}
        </Badge>
      </Group>
      {policy.drift && (
        <Alert color={policy.drift.changed ? 'orange' : 'gray'} data-testid="policy-drift">
          {policy.drift.changed
            ? `${STATUS_TEXT[policy.drift.workingStatus]} ${policy.drift.working} differs from ${policy.drift.baseStatus} ${policy.drift.base}. Version ${policy.drift.base} stays in force until ${policy.drift.working} is published.`
            : `${STATUS_TEXT[policy.drift.workingStatus]} ${policy.drift.working} has the same text as ${policy.drift.baseStatus} ${policy.drift.base}.`}
        </Alert>
      )}
      <Timeline active={stage} bulletSize={22} lineWidth={2}>
        <Timeline.Item title="Draft">
          <Text size="sm" c="dimmed">Write or change the text.</Text>
        </Timeline.Item>
        <Timeline.Item title="In review">
          <Text size="sm" c="dimmed">Reviewers read it; send it back to draft for changes.</Text>
        </Timeline.Item>
        <Timeline.Item title="Approved">
          <Text size="sm" c="dimmed">{v.approvedOn ? `Approved by ${v.approverName ?? 'unknown'} on ${v.approvedOn}.` : 'Top management approves it; the approver and date are recorded.'}</Text>
        </Timeline.Item>
        <Timeline.Item title="Published">
          <Text size="sm" c="dimmed">{v.publishedOn ? `Published on ${v.publishedOn}. This text can no longer change.` : 'Published versions are frozen; the previous one is superseded.'}</Text>
        </Timeline.Item>
      </Timeline>
      {actions.includes('submit') && (
        <Group>
          <Button onClick={() => step(api.policies.submit({ versionId: v.id }), 'Sent for review.')}>Send for review</Button>
        </Group>
      )}
      {actions.includes('approve') && <ApproveForm versionId={v.id} createdAt={v.createdAt} />}
      {actions.includes('return') && (
        <Group>
          <Button variant="default" onClick={() => step(api.policies.returnToDraft({ versionId: v.id }), 'Returned to draft.')}>
            Return to draft
          </Button>
        </Group>
      )}
      {actions.includes('publish') && <PublishForm versionId={v.id} />}
      {v.status === 'published' && <Text size="sm" c="dimmed">To change the policy, edit its text: saving starts a new draft version.</Text>}
    </Stack>
  );
}
