import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { Decision, Risk } from '../../../../shared/contract/risk';
import { isAboveThreshold, type RiskMethod } from '../../../../shared/contract/riskMethod';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { usePeopleOptions } from '../../hooks';
import { RowActions } from '../../components/RowActions/RowActions';
import { notifyError, notifySaved } from '../../notify';
import { confirmDelete } from '../../components/confirmDelete';
import { ACTION_STATUS_LABEL, options } from './labels';
import { ActionForm } from './ActionForm';

function DecisionLine({ d }: { d: Decision | null }) {
  if (!d) return <Text size="sm" c="dimmed">None yet</Text>;
  return (
    <Group gap="xs">
      <Badge color={d.decision === 'approved' ? 'teal' : 'red'}>{d.decision === 'approved' ? 'Approved' : 'Rejected'}</Badge>
      <Text size="sm">
        {d.decidedByName}, {d.decidedAt.slice(0, 10)}
        {d.reviewDate ? `, review by ${d.reviewDate}` : ''}
      </Text>
      {d.needsReapproval && <Badge color="orange">Changed since: needs re-approval</Badge>}
      {d.expired && <Badge color="red">Review overdue</Badge>}
    </Group>
  );
}

/** 6.1.3 e-f: the plan's actions, the owner's approval of it, and acceptance of the residual risk. */
export function RiskDecisions({ risk, method }: { risk: Risk; method: RiskMethod }) {
  const people = usePeopleOptions();
  const actions = useCall(() => api.risk.actionList({ riskId: risk.id }), [risk.id]);
  const current = useCall(() => api.risk.get({ id: risk.id }), [risk.id]);
  const r = current.data ?? risk;
  const [title, setTitle] = useState('');
  const [editingAction, setEditingAction] = useState<string | null>(null);
  const [decider, setDecider] = useState<string | null>(r.ownerId);
  const [note, setNote] = useState('');
  const [justification, setJustification] = useState('');
  const [reviewDate, setReviewDate] = useState<string | null>(null);
  const level = r.residualLevel ?? r.inherentLevel;
  const above = isAboveThreshold(method, level);

  const run = (p: Promise<unknown>, saved: string) => p.then(() => notifySaved(saved), (e) => notifyError(e));
  const addAction = () => run(api.risk.actionCreate({ riskId: r.id, title }).then(() => setTitle('')), 'Action added.');
  return (
    <Stack>
      <Card withBorder>
        <Title order={5} mb="xs">
          Treatment plan actions
        </Title>
        <Table aria-label="Actions of this risk">
          <Table.Tbody>
            {(actions.data ?? []).map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Text size="sm">{a.title}</Text>
                  {a.notes && (
                    <Text size="xs" c="dimmed">
                      {a.notes}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td w={170}>
                  <Select aria-label={`Owner of ${a.title}`} size="xs" clearable searchable data={people.options} value={a.ownerId} onChange={(v) => run(api.risk.actionUpdate({ id: a.id, ownerId: v }), 'Action updated.')} />
                </Table.Td>
                <Table.Td w={140}>
                  <DateInput aria-label={`Due date of ${a.title}`} size="xs" valueFormat="YYYY-MM-DD" clearable value={a.dueDate} onChange={(v) => run(api.risk.actionUpdate({ id: a.id, dueDate: v ? String(v).slice(0, 10) : null }), 'Action updated.')} />
                </Table.Td>
                <Table.Td w={130}>
                  <Select aria-label={`Status of ${a.title}`} size="xs" allowDeselect={false} data={options(ACTION_STATUS_LABEL)} value={a.status} onChange={(v) => v && run(api.risk.actionUpdate({ id: a.id, status: v as typeof a.status }), 'Action updated.')} />
                </Table.Td>
                <Table.Td w={110}>
                  <NumberInput aria-label={`Cost of ${a.title}`} size="xs" min={0} value={a.cost ?? ''} onBlur={(e) => run(api.risk.actionUpdate({ id: a.id, cost: e.currentTarget.value === '' ? null : Number(e.currentTarget.value.replace(/[^0-9.]/g, '')) }), 'Action updated.')} />
                </Table.Td>
                <Table.Td w={60}>
                  <RowActions size="sm" name={a.title} onEdit={() => setEditingAction(a.id)} onDelete={() => confirmDelete(`action ${a.ref} "${a.title}"`, (confirm) => api.risk.actionDelete({ id: a.id, confirm }), () => notifySaved('Action deleted.'))} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {(() => {
          const a = editingAction ? actions.data?.find((x) => x.id === editingAction) : undefined;
          return a ? <ActionForm key={a.id} action={a} controls={r.controls} onDone={() => setEditingAction(null)} /> : null;
        })()}
        <Group mt="xs">
          <TextInput aria-label="New action" placeholder="What will be done" value={title} onChange={(e) => setTitle(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button variant="light" disabled={!title.trim()} onClick={() => void addAction()}>
            Add action
          </Button>
        </Group>
      </Card>
      <Card withBorder>
        <Title order={5} mb="xs">
          Risk owner decisions
        </Title>
        <SimpleGrid cols={2} mb="sm">
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              Treatment plan
            </Text>
            <DecisionLine d={r.approval} />
          </Stack>
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              Residual risk
            </Text>
            <DecisionLine d={r.acceptance} />
          </Stack>
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Select label="Decided by" searchable data={people.options} value={decider} onChange={setDecider} />
          <DateInput label="Review acceptance by" valueFormat="YYYY-MM-DD" value={reviewDate} onChange={(v) => setReviewDate(v ? String(v).slice(0, 10) : null)} />
        </SimpleGrid>
        <Textarea label="Note" autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        {above && (
          <Alert color="orange" mt="xs">
            This risk is above the acceptance threshold. Accepting it needs a written justification.
          </Alert>
        )}
        <Textarea label="Justification for accepting" autosize minRows={1} value={justification} onChange={(e) => setJustification(e.currentTarget.value)} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" disabled={!decider} onClick={() => void run(api.risk.approvePlan({ riskId: r.id, decidedById: decider!, decision: 'approved', note }), 'Plan approval recorded.')}>
            Approve the treatment plan
          </Button>
          <Button disabled={!decider || !reviewDate} onClick={() => void run(api.risk.acceptResidual({ riskId: r.id, decidedById: decider!, decision: 'approved', note, justification, reviewDate: reviewDate! }), 'Acceptance recorded.')}>
            Accept the residual risk
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}
