import { Badge, Button, Divider, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { CorrectiveAction, NcDetail } from '../../../../../shared/contract/improvement';
import { actionsEditable } from '../../../../../shared/ncStates';
import { api } from '../../../api/client';
import { RefBadge } from '../../../components/RefBadge/RefBadge';
import { RowActions, rowName } from '../../../components/RowActions/RowActions';
import { confirmDelete } from '../../../components/confirmDelete';
import { notifyError, notifySaved } from '../../../notify';
import { CA_STATUS_LABEL, options } from '../labels';
import { LinksPanel } from '../LinksPanel';
import { StepButton } from './StepButton';

/** 10.2 c): the corrective action plan, and what it changed in the ISMS (10.2 e). */
export function ActionsStep({ nc, onNew, onEdit, onTrace }: { nc: NcDetail; onNew: () => void; onEdit: (a: CorrectiveAction) => void; onTrace: () => void }) {
  const editable = actionsEditable(nc.status) && nc.status !== 'closed';
  const live = nc.actions.filter((a) => a.status !== 'cancelled');
  const loose = live.filter((a) => !a.ownerId || !a.dueDate);
  const notDone = live.filter((a) => a.status !== 'done');
  const setStatus = (a: CorrectiveAction, status: string | null) => status && api.improvement.actionUpdate({ id: a.id, status: status as CorrectiveAction['status'] }).then(() => notifySaved('Action updated.'), notifyError);
  const remove = (a: CorrectiveAction) => confirmDelete(`corrective action ${a.ref}`, (confirm) => api.improvement.actionDelete({ id: a.id, confirm }), () => notifySaved('Action deleted.'));
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={4}>Corrective actions</Title>
        {editable && (
          <Button onClick={onNew} data-shortcut="new" aria-keyshortcuts="Alt+N">
            Add corrective action
          </Button>
        )}
      </Group>
      {nc.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No action yet. Plan what will remove the root cause: each action with an owner and a due date.
        </Text>
      ) : (
        <Table striped aria-label="Corrective actions of this nonconformity">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Id</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th w={150}>Owner</Table.Th>
              <Table.Th w={115}>Due</Table.Th>
              <Table.Th w={150}>Status</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nc.actions.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <RefBadge value={a.ref} />
                </Table.Td>
                <Table.Td>{a.title}</Table.Td>
                <Table.Td>{a.ownerName ?? <Text c="red" size="sm">no owner</Text>}</Table.Td>
                <Table.Td>
                  {a.dueDate ? (
                    <Stack gap={2}>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }} c={a.overdue ? 'red' : undefined} fw={a.overdue ? 600 : undefined}>
                        {a.dueDate}
                      </Text>
                      {a.overdue && (
                        <Badge size="xs" color="red" variant="light" w="fit-content">
                          Overdue
                        </Badge>
                      )}
                    </Stack>
                  ) : (
                    <Text c="red" size="sm">
                      no date
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {editable ? <Select size="xs" aria-label={`Status of ${a.ref}`} allowDeselect={false} data={options(CA_STATUS_LABEL)} value={a.status} onChange={(v) => void setStatus(a, v)} /> : <Badge variant="light">{CA_STATUS_LABEL[a.status]}</Badge>}
                </Table.Td>
                <Table.Td>{editable && <RowActions size="sm" name={rowName('corrective action', a.title, a.ref)} onEdit={() => onEdit(a)} onDelete={() => remove(a)} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {nc.status === 'cause-analysed' && (
        <StepButton ncId={nc.id} action="plan-actions" label="Actions planned" ready={live.length > 0 && loose.length === 0} hint={live.length === 0 ? 'Add an action first' : loose.length ? 'Every action needs an owner and a due date' : undefined} />
      )}
      {nc.status === 'actions-planned' && <StepButton ncId={nc.id} action="complete-actions" label="All actions done" ready={live.length > 0 && notDone.length === 0} hint={notDone.length ? `${notDone.length} not done yet` : undefined} />}
      <Divider />
      <LinksPanel nc={nc} onTrace={onTrace} />
    </Stack>
  );
}
