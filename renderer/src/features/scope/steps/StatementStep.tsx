import { useState } from 'react';
import { Alert, Badge, Button, Card, Grid, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { Statement } from '../../../../../shared/contract/scope';
import { api, ApiError } from '../../../api/client';
import { useCall } from '../../../api/useCall';
import { ApprovalFields, emptyApproval, type ApprovalValues } from '../../../components/DocumentControl';
import { notifyError, notifySaved } from '../../../notify';
import { approvalDateProblem, todayIso } from '../../../../../shared/dates';
import { useDraftState } from '../../../drafts/useDraftState';
import { SaveBar } from '../../../components/SaveBar/SaveBar';
import { DraftNotice } from '../../../components/DraftNotice/DraftNotice';


function ApprovePanel({ draft }: { draft: Statement | undefined }) {
  const [values, setValues] = useState<ApprovalValues>(emptyApproval);
  const [error, setError] = useState<Record<string, string>>({});
  if (!draft) return <Text size="sm" c="dimmed">Save a draft to approve it.</Text>;
  // Checked here as you pick, and again by the service with the same rule (shared/dates.ts).
  const dateProblem = values.approvedOn ? approvalDateProblem(values.approvedOn, { today: todayIso(), createdAt: draft.createdAt }) : null;
  const approve = async () => {
    try {
      setError({});
      await api.scope.statementApprove({ versionId: draft.id, approverId: values.approverId ?? '', approvedOn: values.approvedOn ?? '', reason: values.reason, changeNote: values.changeNote, major: values.major });
      notifySaved(`Version ${draft.version} approved.`);
      setValues(emptyApproval());
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors).length) setError(err.fieldErrors);
      else notifyError(err, 'Not approved');
    }
  };
  const confirmApprove = () =>
    modals.openConfirmModal({
      title: `Approve version ${draft.version}?`,
      children: <Text size="sm">An approved scope statement cannot be changed or un-approved; later edits start a new version. The approver and date are recorded.</Text>,
      labels: { confirm: `Approve version ${draft.version}`, cancel: 'Not yet' },
      onConfirm: () => void approve(),
    });
  return (
    <Stack gap="xs">
      <ApprovalFields value={values} onChange={setValues} errors={dateProblem ? { ...error, approvedOn: dateProblem } : error} revision={draft.major > 1} />
      <Text size="xs" c="dimmed">Approval freezes the statement with the boundaries and interfaces above as document ISMS-4.3.</Text>
      <Button onClick={confirmApprove} disabled={!values.approverId || !values.approvedOn || Boolean(dateProblem)}>
        Approve version {draft.version}
      </Button>
    </Stack>
  );
}

/** Step 4: the statement itself; a first draft is written from the answers, then edited and approved. */
export function StatementStep() {
  const versions = useCall(() => api.scope.statementList({}), []);
  const latest = versions.data?.[0];
  // The text being written is kept as a draft on this computer until saved (issue 9).
  const draftText = useDraftState('scope-statement', 'Scope statement', latest?.text ?? '');
  const { value: text, set: setText, dirty } = draftText;
  const [viewing, setViewing] = useState<Statement | null>(null);
  const [saving, setSaving] = useState(false);

  const generate = async () => {
    const apply = async () => setText((await api.scope.statementDraft({})).text);
    if (text.trim()) modals.openConfirmModal({ title: 'Replace the text?', children: <Text size="sm">The editor will be filled with a new draft written from your answers.</Text>, labels: { confirm: 'Replace', cancel: 'Keep my text' }, onConfirm: () => void apply() });
    else await apply();
  };
  const save = async () => {
    setSaving(true);
    try {
      const saved = await api.scope.statementSave({ text });
      draftText.clear();
      notifySaved(`Saved as version ${saved.version} (draft).`);
    } catch (err) {
      notifyError(err, 'Not saved');
    } finally {
      setSaving(false);
    }
  };
  const saveLabel = latest?.status === 'draft' ? `Save draft ${latest.version}` : `Save as version ${(latest?.major ?? 0) + 1}.0`;
  const draft = latest?.status === 'draft' && !dirty ? latest : undefined;

  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack>
          <Group justify="space-between">
            <Group gap="xs">
              <Title order={5}>Scope statement</Title>
              {latest && (
                <Badge variant="light" color={latest.status === 'approved' ? 'teal' : 'orange'}>
                  version {latest.version} {latest.status}
                </Badge>
              )}
            </Group>
            <Button variant="light" onClick={generate}>
              Write a first draft from my answers
            </Button>
          </Group>
          <SaveBar
            target={latest?.status === 'draft' ? `Saving changes draft ${latest.version}.` : `Saving starts version ${(latest?.major ?? 0) + 1}.0 as a draft.`}
            dirty={dirty}
            saving={saving}
            onSave={() => void save()}
            onDiscard={draftText.discard}
            saveLabel={saveLabel}
            blocked={dirty && !text.trim() ? 'An empty statement cannot be saved.' : undefined}
          />
          {dirty && <DraftNotice restoredAt={draftText.restoredAt} onDiscard={draftText.discard} />}
          {latest?.status === 'approved' && (
            <Alert color="teal" variant="light">
              Version {latest.version} is approved and will not change. Saving an edit starts version {latest.major + 1}.0 as a draft.
            </Alert>
          )}
          <Textarea aria-label="Scope statement text" autosize minRows={12} maxRows={30} value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder="Describe the boundaries of the ISMS in plain language, or let the workbench write a first draft." />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack>
          <Card>
            <Title order={5} mb="sm">
              Approval
            </Title>
            <ApprovePanel draft={draft} />
          </Card>
          <Card>
            <Title order={5} mb="sm">
              Versions
            </Title>
            {!versions.data?.length && <Text size="sm" c="dimmed">None saved yet.</Text>}
            <Table verticalSpacing={4} aria-label="Statement versions">
              <Table.Tbody>
                {versions.data?.map((v) => (
                  <Table.Tr key={v.id} style={{ cursor: 'pointer' }} onClick={() => setViewing(v)}>
                    <Table.Td>v{v.version}</Table.Td>
                    <Table.Td>{v.status === 'approved' ? `approved ${v.approvedOn} by ${v.approverName ?? '(person removed)'}` : 'draft'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </Stack>
      </Grid.Col>
      <Modal opened={viewing !== null} onClose={() => setViewing(null)} title={`Scope statement, version ${viewing?.version}`} size="lg">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {viewing?.text}
        </Text>
      </Modal>
    </Grid>
  );
}
