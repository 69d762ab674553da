import { Card, Stack, Tabs } from '@mantine/core';
import type { TraceKind } from '../../../../shared/contract/improvement';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { titleWithRef } from '../../components/RefBadge/RefBadge';
import { useClauseReadiness } from '../../hooks';
import { setRouteParam, useOpenDialog, useRouteParam, useTabParam } from '../../router';
import { ActionForm } from './ActionForm';
import { ActionsPanel } from './ActionsPanel';
import { ImprovementWizard } from './ImprovementWizard';
import { NcForm } from './NcForm';
import { NcRecord } from './NcRecord';
import { NcRegister } from './NcRegister';
import { OpportunityForm } from './OpportunityForm';
import { OpportunityRegister } from './OpportunityRegister';
import { TracePanel } from './TracePanel';

const HEAD = {
  '10.1': { title: '10.1 Continual improvement', intro: 'Opportunities to make the ISMS better, weighed, decided and carried out.', tab: 'improvements' },
  '10.2': { title: '10.2 Nonconformity and corrective action', intro: 'React to what went wrong, remove its cause, check the fix worked, and keep the evidence.', tab: 'wizard' },
} as const;

/**
 * Clause 10 on one page. The URL says what is open: `open=nc:<id>` the record of one nonconformity
 * (its step in `step`), `open=nc:new`, `open=action:<ncId>:<id|new>`, `open=opportunity:<id|new>`;
 * the trace's record in `trace=<kind>:<id>`.
 */
export function ImprovementPage({ clauseId }: { clauseId: '10.1' | '10.2' }) {
  const head = HEAD[clauseId];
  const [tab, setTab] = useTabParam(head.tab);
  const dialog = useOpenDialog();
  const [traceParam, setTrace] = useRouteParam('trace');
  const clause102 = useClauseReadiness('10.2');
  const clause101 = useClauseReadiness('10.1');
  const counts = useCall(() => api.improvement.ncList({ limit: 1 }), []);
  const parts = dialog.parts;
  const openNc = parts?.[0] === 'nc' && parts[1] !== 'new' ? parts[1] : null;
  const actionNc = parts?.[0] === 'action' ? parts[1] : null;
  const actionId = parts?.[0] === 'action' && parts[2] !== 'new' ? parts[2] : null;
  const nc = useCall(() => (actionNc ? api.improvement.ncGet({ id: actionNc }) : Promise.resolve(null)), [actionNc]);
  const oppId = parts?.[0] === 'opportunity' && parts[1] !== 'new' ? parts[1] : null;
  const opp = useCall(() => (oppId ? api.improvement.opportunityGet({ id: oppId }) : Promise.resolve(null)), [oppId]);
  const [traceKind, traceId] = (traceParam?.split(':') ?? [null, null]) as [TraceKind | null, string | null];

  // A record opens on the step it is waiting for, not on a step left in the address by the wizard.
  const showNc = (id: string) => {
    setRouteParam('step', null);
    dialog.show('nc', id);
  };
  const trace = (kind: TraceKind, id: string) => {
    setTrace(`${kind}:${id}`);
    dialog.close();
    setTab('trace');
  };
  const editingAction = actionNc ? (actionId ? nc.data?.actions.find((a) => a.id === actionId) : undefined) : undefined;
  const actionReady = actionNc !== null && (actionId === null || editingAction !== undefined);

  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title={head.title} intro={head.intro} clause={clauseId === '10.1' ? clause101 : clause102} />
      <DocumentControlPanel documentKey="nonconformity-log" />
      <Card>
        {openNc || actionNc ? (
          <NcRecord id={(openNc ?? actionNc)!} onBack={() => (setRouteParam('step', null), dialog.close(), setTab('ncs'))} onNewAction={(id) => dialog.show('action', id, 'new')} onEditAction={(a) => dialog.show('action', a.ncId, a.id)} onTrace={(id) => trace('nonconformity', id)} />
        ) : (
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="lg">
              <Tabs.Tab value="wizard">Guided wizard</Tabs.Tab>
              <Tabs.Tab value="ncs">Nonconformities ({counts.data?.total ?? 0})</Tabs.Tab>
              <Tabs.Tab value="actions">Corrective actions</Tabs.Tab>
              <Tabs.Tab value="improvements">Improvement register</Tabs.Tab>
              <Tabs.Tab value="trace">Trace</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="wizard">
              <ImprovementWizard clause102={clause102} clause101={clause101} onNewNc={() => dialog.show('nc', 'new')} onOpenNc={showNc} onNewOpportunity={() => dialog.show('opportunity', 'new')} onTab={setTab} />
            </Tabs.Panel>
            <Tabs.Panel value="ncs">
              <NcRegister onOpen={(n) => showNc(n.id)} onNew={() => dialog.show('nc', 'new')} />
            </Tabs.Panel>
            <Tabs.Panel value="actions">
              <ActionsPanel onOpenNc={showNc} />
            </Tabs.Panel>
            <Tabs.Panel value="improvements">
              <OpportunityRegister onEdit={(o) => dialog.show('opportunity', o.id)} onNew={() => dialog.show('opportunity', 'new')} />
            </Tabs.Panel>
            <Tabs.Panel value="trace">
              <TracePanel kind={traceKind} id={traceId} onTrace={trace} onOpenNc={showNc} />
            </Tabs.Panel>
          </Tabs>
        )}
      </Card>
      <FormDialog opened={parts?.[0] === 'nc' && parts[1] === 'new'} onClose={dialog.close} title="New nonconformity" size="xl">
        <NcForm onDone={dialog.close} onCreated={showNc} />
      </FormDialog>
      <FormDialog opened={actionReady} onClose={() => showNc(actionNc!)} title={editingAction ? titleWithRef('Edit corrective action', editingAction.ref) : 'New corrective action'} size="lg">
        {actionReady && <ActionForm key={actionId ?? 'new'} ncId={actionNc!} action={editingAction} onDone={() => showNc(actionNc!)} />}
      </FormDialog>
      <FormDialog opened={parts?.[0] === 'opportunity' && (parts[1] === 'new' || opp.data != null)} onClose={dialog.close} title={opp.data ? titleWithRef('Edit improvement', opp.data.ref) : 'New improvement'} size="xl">
        {parts?.[0] === 'opportunity' && (parts[1] === 'new' || opp.data) && <OpportunityForm key={opp.data?.id ?? 'new'} opportunity={opp.data ?? undefined} onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}
