import { useState } from 'react';
import { Alert, Card, Modal, Stack, Tabs } from '@mantine/core';
import type { Role } from '../../../../shared/contract/roles';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { useClauseReadiness } from '../../hooks';
import { usePeopleOptions } from '../people/usePeople';
import { ActivityForm } from './ActivityForm';
import { RaciEditor } from './RaciEditor';
import { RoleAssignments } from './RoleAssignments';
import { RoleCatalogue } from './RoleCatalogue';
import { RoleForm } from './RoleForm';
import { RolesWizard } from './RolesWizard';
import { titleWithRef } from '../../components/RefBadge/RefBadge';

type Dialog = { kind: 'role'; role?: Role } | { kind: 'activity' } | null;

/** Clause 5.3: the role catalogue, who holds each role, and the RACI matrix. */
export function RolesPage() {
  const [tab, setTab] = useState<string | null>('wizard');
  const [dialog, setDialog] = useState<Dialog>(null);
  const roles = useCall(() => api.roles.list({}), []);
  const clause = useClauseReadiness('5.3', roles.data);
  const matrix = useCall(() => api.roles.getRaci({}), []);
  const { options } = usePeopleOptions();
  const close = () => setDialog(null);
  const error = roles.error ?? matrix.error;
  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title="5.3 Roles, responsibilities and authorities" intro="Who is responsible for what in the ISMS, and who may decide." clause={clause} />
      {error && <Alert color="red">{error.message}</Alert>}
      {roles.data && matrix.data && (
        <Card>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="lg">
              <Tabs.Tab value="wizard">Guided wizard</Tabs.Tab>
              <Tabs.Tab value="roles">Roles ({roles.data.length})</Tabs.Tab>
              <Tabs.Tab value="people">People in roles</Tabs.Tab>
              <Tabs.Tab value="raci">RACI matrix</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="wizard">
              <RolesWizard clause={clause} roles={roles.data} matrix={matrix.data} people={options} onEditRole={(role) => setDialog({ kind: 'role', role })} onAddActivity={() => setDialog({ kind: 'activity' })} />
            </Tabs.Panel>
            <Tabs.Panel value="roles">
              <RoleCatalogue roles={roles.data} onEdit={(role) => setDialog({ kind: 'role', role })} onNew={() => setDialog({ kind: 'role' })} />
            </Tabs.Panel>
            <Tabs.Panel value="people">
              <RoleAssignments roles={roles.data} people={options} />
            </Tabs.Panel>
            <Tabs.Panel value="raci">
              <RaciEditor matrix={matrix.data} onAddActivity={() => setDialog({ kind: 'activity' })} />
            </Tabs.Panel>
          </Tabs>
        </Card>
      )}
      <Modal opened={dialog?.kind === 'role'} onClose={close} title={dialog?.kind === 'role' && dialog.role ? titleWithRef('Edit role', dialog.role.ref) : 'New role'} size="lg">
        {dialog?.kind === 'role' && <RoleForm role={dialog.role} onDone={close} />}
      </Modal>
      <Modal opened={dialog?.kind === 'activity'} onClose={close} title="New activity" size="xl">
        {dialog?.kind === 'activity' && matrix.data && <ActivityForm matrix={matrix.data} onDone={close} />}
      </Modal>
    </Stack>
  );
}
