import { Alert, Card, Stack, Tabs } from '@mantine/core';
import type { Role } from '../../../../shared/contract/roles';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { useClauseReadiness } from '../../hooks';
import { usePeopleOptions } from '../people/usePeople';
import { ActivityForm } from './ActivityForm';
import { RaciEditor } from './RaciEditor';
import { RoleAssignments } from './RoleAssignments';
import { RoleCatalogue } from './RoleCatalogue';
import { RoleForm } from './RoleForm';
import { RolesWizard } from './RolesWizard';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../components/FormDialog/useRecordDialog';
import { useTabParam } from '../../router';
import { titleWithRef } from '../../components/RefBadge/RefBadge';


/** Clause 5.3: the role catalogue, who holds each role, and the RACI matrix. */
export function RolesPage() {
  const [tab, setTab] = useTabParam('wizard');
  const roles = useCall(() => api.roles.list({}), []);
  const clause = useClauseReadiness('5.3', roles.data);
  const matrix = useCall(() => api.roles.getRaci({}), []);
  const { options } = usePeopleOptions();
  const roleDialog = useRecordDialog<Role>('role', roles.data);
  const activityDialog = useRecordDialog<{ id: string }>('activity', []);
  const error = roles.error ?? matrix.error;
  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title="5.3 Roles, responsibilities and authorities" intro="Who is responsible for what in the ISMS, and who may decide." clause={clause} />
      <DocumentControlPanel documentKey="raci-matrix" />
      {error && <Alert color="red">{error.message}</Alert>}
      {roles.data && matrix.data && (
      <Card style={{ overflow: 'visible' }}>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="lg">
              <Tabs.Tab value="wizard">Guided wizard</Tabs.Tab>
              <Tabs.Tab value="roles">Roles ({roles.data.length})</Tabs.Tab>
              <Tabs.Tab value="people">People in roles</Tabs.Tab>
              <Tabs.Tab value="raci">RACI matrix</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="wizard">
              <RolesWizard clause={clause} roles={roles.data} matrix={matrix.data} people={options} onEditRole={(role) => (role ? roleDialog.openEdit(role) : roleDialog.openNew())} onAddActivity={() => activityDialog.openNew()} />
            </Tabs.Panel>
            <Tabs.Panel value="roles">
              <RoleCatalogue roles={roles.data} onEdit={roleDialog.openEdit} onNew={() => roleDialog.openNew()} />
            </Tabs.Panel>
            <Tabs.Panel value="people">
              <RoleAssignments roles={roles.data} people={options} />
            </Tabs.Panel>
            <Tabs.Panel value="raci">
              <RaciEditor matrix={matrix.data} onAddActivity={() => activityDialog.openNew()} />
            </Tabs.Panel>
          </Tabs>
        </Card>
      )}
      <FormDialog opened={roleDialog.editing !== null} onClose={roleDialog.close} title={roleDialog.editing?.record ? titleWithRef('Edit role', roleDialog.editing.record.ref) : 'New role'} size="lg">
        {roleDialog.editing && <RoleForm role={roleDialog.editing.record} onDone={roleDialog.close} />}
      </FormDialog>
      <FormDialog opened={activityDialog.editing !== null && matrix.data !== undefined} onClose={activityDialog.close} title="New activity" size="xl">
        {activityDialog.editing && matrix.data && <ActivityForm matrix={matrix.data} onDone={activityDialog.close} />}
      </FormDialog>
    </Stack>
  );
}
