import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Grid, Group, Modal, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { modals } from '@mantine/modals';
import type { Statement } from '../../../../../shared/contract/scope';
import { api, ApiError } from '../../../api/client';
import { useCall } from '../../../api/useCall';
import { usePeopleOptions } from '../../../hooks';
import { notifyError, notifySaved } from '../../../notify';

const today = () => new Date().toISOString().slice(0, 10);

function ApprovePanel({ draft }: { draft: Statement | undefined }) {
  const people = usePeopleOptions();
  const [approverId, setApproverId] = useState<string | null>(null);
  const [approvedOn, setApprovedOn] = useState<string | null>(today());
  const [error, setError] = useState<Record<string, string>>({});
  const approve = async () => {
    try {
      setError({});
      await api.scope.statementApprove({ versionId: draft?.id ?? '', approverId: approverId ?? '', approvedOn: approvedOn ?? undefined });
      notifySaved(`Version ${draft?.version} approved.`);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors).length) setError(err.fieldErrors);
      else notifyError(err, 'Not approved');
    }
  };
  if (!draft) return <Text size="sm" c="dimmed">Save a draft to approve it.</Text>;
  return (
    <Stack gap="xs">
      <Select label="Approved by" placeholder={people.empty ? 'Add people first (People and units)' : 'Choose a person'} data={people.options} searchable value={approverId} onChange={setApproverId} error={error.approverId} />
      <DateInput label="Approved on" valueFormat="YYYY-MM-DD" value={approvedOn} onChange={setApprovedOn} error={error.approvedOn} />
      <Button onClick={approve} disabled={!approverId || !approvedOn}>
        Approve version {draft.version}
      </Button>
    </Stack>
  );
}

/** Step 4: the statement itself; a first draft is written from the answers, then edited and approved. */
export function StatementStep() {
  const versions = useCall(() => api.scope.statementList({}), []);
  const latest = versions.data?.[0];
  const [text, setText] = useState('');
  const [viewing, setViewing] = useState<Statement | null>(null);
  useEffect(() => setText(latest?.text ?? ''), [latest?.id, latest?.updatedAt]);
  const dirty = text !== (latest?.text ?? '');

  const generate = async () => {
    const apply = async () => setText((await api.scope.statementDraft({})).text);
    if (text.trim()) modals.openConfirmModal({ title: 'Replace the text?', children: <Text size="sm">The editor will be filled with a new draft written from your answers.</Text>, labels: { confirm: 'Replace', cancel: 'Keep my text' }, onConfirm: () => void apply() });
    else await apply();
  };
  const save = async () => {
    try {
      const saved = await api.scope.statementSave({ text });
      notifySaved(`Saved as version ${saved.version} (draft).`);
    } catch (err) {
      notifyError(err, 'Not saved');
    }
  };
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
              {dirty && <Badge color="yellow">unsaved changes</Badge>}
            </Group>
            <Button variant="light" onClick={generate}>
              Write a first draft from my answers
            </Button>
          </Group>
          {latest?.status === 'approved' && (
            <Alert color="teal" variant="light">
              Version {latest.version} is approved and will not change. Saving an edit starts version {latest.major + 1}.0 as a draft.
            </Alert>
          )}
          <Textarea aria-label="Scope statement text" autosize minRows={12} maxRows={30} value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder="Describe the boundaries of the ISMS in plain language, or let the workbench write a first draft." />
          <Group justify="flex-end">
            <Button onClick={save} disabled={!dirty || !text.trim()}>
              {latest?.status === 'draft' ? `Save draft ${latest.version}` : `Save as version ${(latest?.major ?? 0) + 1}.0`}
            </Button>
          </Group>
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
