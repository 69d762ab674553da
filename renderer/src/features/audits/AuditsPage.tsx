import { Anchor, Badge, Button, Card, Group, Loader, Select, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import type { Audit, AuditDetail, Programme } from '../../../../shared/contract/audits';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { titleWithRef } from '../../components/RefBadge/RefBadge';
import { confirmDelete } from '../../components/confirmDelete';
import { useClauseReadiness } from '../../hooks';
import { navigate, resetRoute, useOpenDialog, useRouteParam, useTabParam } from '../../router';
import { exportDocument } from '../exports/exportDocument';
import { AuditForm } from './AuditForm';
import { ChecklistPanel, ItemForm } from './ChecklistPanel';
import { CoveragePanel } from './CoveragePanel';
import { Fieldwork } from './Fieldwork';
import { FindingsPanel } from './FindingsPanel';
import { ProgrammeForm } from './ProgrammeForm';
import { ReportPanel } from './ReportPanel';
import { TeamPanel } from './TeamPanel';
import { METHOD_LABEL, ROLE_LABEL, STATUS_LABEL } from './labels';

const auditRoute = (id: string) => `/clause/9.2/audit/${id}`;
const STATUS_COLOR = { planned: 'gray', 'in-progress': 'blue', reported: 'teal', cancelled: 'red' } as const;

function AuditTable({ audits }: { audits: Audit[] }) {
  if (!audits.length) return <Text size="sm">No audits planned in this programme yet.</Text>;
  return (
    <Table aria-label="Audits of the programme" verticalSpacing={4} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={90}>Id</Table.Th>
          <Table.Th>Audit</Table.Th>
          <Table.Th w={190}>Dates</Table.Th>
          <Table.Th w={150}>Lead auditor</Table.Th>
          <Table.Th w={170}>Status</Table.Th>
          <Table.Th w={150}>Findings</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {audits.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{a.ref}</Table.Td>
            <Table.Td>
              <Anchor component="button" type="button" ta="left" onClick={() => navigate(auditRoute(a.id))} aria-label={`Open audit ${a.ref} ${a.title}`}>
                {a.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                Scope: {[...a.scopeClauses.map((c) => `clause ${c}`), a.scopeControlIds.length ? `${a.scopeControlIds.length} control${a.scopeControlIds.length === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ')}
              </Text>
            </Table.Td>
            {/* Dates never break at their hyphens: one date a line. */}
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {a.startDate}
              {a.startDate !== a.endDate && <Text size="sm">to {a.endDate}</Text>}
            </Table.Td>
            <Table.Td>{a.leadAuditor ?? '—'}</Table.Td>
            <Table.Td>
              <Badge color={STATUS_COLOR[a.status]} variant="light">
                {STATUS_LABEL[a.status]}
              </Badge>
              <Text size="xs">
                {a.recordedCount}/{a.itemCount} items
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="xs">
                {a.findingCounts.major} major, {a.findingCounts.minor} minor, {a.findingCounts.observation} obs., {a.findingCounts.ofi} OFI
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ProgrammeView({ programmes, onNew, onEdit, onPlan }: { programmes: Programme[]; onNew: () => void; onEdit: (p: Programme) => void; onPlan: (p: Programme) => void }) {
  const [chosen, setChosen] = useRouteParam('programme');
  const programme = programmes.find((p) => p.id === chosen) ?? programmes[0];
  const audits = useCall(() => (programme ? api.audits.list({ programmeId: programme.id }) : Promise.resolve([])), [programme?.id]);
  const coverage = useCall(() => (programme ? api.audits.coverage({ id: programme.id }) : Promise.resolve(null)), [programme?.id]);
  if (!programme)
    return (
      <Stack gap="sm" align="flex-start">
        <Text size="sm">Start with an audit programme: the cycle of years (usually three) over which every clause 4-10 and every applicable Annex A control is audited at least once, with how audits are run and reported.</Text>
        <Button onClick={onNew} data-shortcut="new">
          New audit programme
        </Button>
      </Stack>
    );
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="xs">
          {programmes.length > 1 && <Select aria-label="Programme" data={programmes.map((p) => ({ value: p.id, label: `${p.ref} ${p.title}` }))} value={programme.id} onChange={(v) => setChosen(v)} allowDeselect={false} w={360} />}
          <Title order={3} size="h4">
            {programme.ref} {programme.title}
          </Title>
        </Group>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => onEdit(programme)}>
            Edit programme
          </Button>
          <Button variant="subtle" size="xs" onClick={onNew}>
            New programme
          </Button>
          <Button variant="light" size="xs" onClick={() => void exportDocument('audit-programme', undefined, { format: 'docx', draft: true })}>
            Programme DOCX
          </Button>
          <Button variant="light" size="xs" onClick={() => void exportDocument('audit-programme-xlsx', undefined, { format: 'xlsx', draft: true })}>
            Programme XLSX
          </Button>
        </Group>
      </Group>
      <Text size="sm">
        {[`Cycle ${programme.startYear}-${programme.endYear}`, programme.frequency.replace(/\.$/, ''), `Methods: ${programme.methods.map((m) => METHOD_LABEL[m]).join(', ') || 'not set'}`].filter(Boolean).join('. ')}.
      </Text>
      <Group justify="space-between">
        <Title order={3} size="h4">
          Audits
        </Title>
        <Button size="xs" onClick={() => onPlan(programme)} data-shortcut="new">
          Plan an audit
        </Button>
      </Group>
      <AuditTable audits={audits.data ?? []} />
      {coverage.data && <CoveragePanel coverage={coverage.data} />}
    </Stack>
  );
}

function AuditView({ audit }: { audit: AuditDetail }) {
  const [tab, setTab] = useTabParam('plan');
  const dialog = useOpenDialog();
  const reported = audit.status === 'reported';
  const readOnly = reported || audit.status === 'cancelled';
  const [kind, id] = dialog.parts ?? [];
  const item = kind === 'item' ? audit.items.find((i) => i.id === id) : undefined;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component="button" type="button" size="sm" onClick={() => navigate('/clause/9.2')}>
            9.2 Internal audit
          </Anchor>
          <Title order={2}>
            {audit.ref} {audit.title}
          </Title>
          <Text size="sm" c="dimmed">
            {audit.programmeRef} · {audit.startDate === audit.endDate ? audit.startDate : `${audit.startDate} to ${audit.endDate}`} · {STATUS_LABEL[audit.status]}
          </Text>
        </div>
        {!reported && (
          <Button variant="subtle" color="red" size="xs" onClick={() => confirmDelete(`audit ${audit.ref}`, (confirm) => api.audits.delete({ id: audit.id, confirm }), () => navigate('/clause/9.2'))}>
            Delete audit
          </Button>
        )}
      </Group>
      <Card>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="plan">1 Plan</Tabs.Tab>
            <Tabs.Tab value="team">2 Team ({audit.team.length})</Tabs.Tab>
            <Tabs.Tab value="checklist">3 Checklist ({audit.items.length})</Tabs.Tab>
            <Tabs.Tab value="fieldwork">
              4 Fieldwork ({audit.recordedCount}/{audit.itemCount})
            </Tabs.Tab>
            <Tabs.Tab value="findings">5 Findings ({audit.findings.length})</Tabs.Tab>
            <Tabs.Tab value="report">6 Report</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="plan">
            <Stack gap="xs">
              <Text size="sm">
                <strong>Objectives:</strong> {audit.objectives || '—'}
              </Text>
              <Text size="sm">
                <strong>Scope:</strong> {audit.scopeClauses.map((c) => `clause ${c}`).join(', ') || 'no clauses'}; {audit.items.filter((i) => i.kind === 'control').map((i) => i.requirementId).join(', ') || 'no controls'}
              </Text>
              <Text size="sm">
                <strong>Criteria:</strong> {audit.criteria || '—'}
              </Text>
              <Text size="sm">
                <strong>Locations:</strong> {audit.locations || '—'} · <strong>Auditees:</strong> {audit.auditees || '—'}
              </Text>
              <Text size="sm">
                <strong>Methods:</strong> {audit.methods.map((m) => METHOD_LABEL[m]).join(', ') || '—'} · <strong>Team:</strong> {audit.team.map((t) => `${t.name} (${ROLE_LABEL[t.role]})`).join(', ') || 'none yet'}
              </Text>
              {!readOnly && (
                <Group>
                  <Button size="xs" variant="default" onClick={() => dialog.show('plan', audit.id)}>
                    Edit the plan
                  </Button>
                </Group>
              )}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="team">
            <TeamPanel audit={audit} readOnly={readOnly} />
          </Tabs.Panel>
          <Tabs.Panel value="checklist">
            <ChecklistPanel audit={audit} readOnly={readOnly} onEdit={(i) => dialog.show('item', i.id)} onNew={() => dialog.show('item', 'new')} />
          </Tabs.Panel>
          <Tabs.Panel value="fieldwork">
            <Fieldwork audit={audit} readOnly={readOnly} />
          </Tabs.Panel>
          <Tabs.Panel value="findings">
            <FindingsPanel audit={audit} />
          </Tabs.Panel>
          <Tabs.Panel value="report">
            <ReportPanel audit={audit} />
          </Tabs.Panel>
        </Tabs>
      </Card>
      <FormDialog opened={kind === 'plan'} onClose={dialog.close} title={titleWithRef('Edit audit plan', audit.ref)} size="xl">
        {kind === 'plan' && <AuditForm programmeId={audit.programmeId} audit={audit} onDone={dialog.close} />}
      </FormDialog>
      <FormDialog opened={kind === 'item' && (id === 'new' || item !== undefined)} onClose={dialog.close} title={item ? 'Edit checklist item' : 'New checklist item'} size="lg">
        {kind === 'item' && <ItemForm auditId={audit.id} item={item} onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}

/** Clause 9.2: the audit programme with its coverage, and each audit from plan to report. */
export function AuditsPage({ auditId }: { auditId?: string }) {
  const clause = useClauseReadiness('9.2');
  const dialog = useOpenDialog();
  const programmes = useCall(() => api.audits.programmeList({}), []);
  const detail = useCall(() => (auditId ? api.audits.get({ id: auditId }) : Promise.resolve(undefined)), [auditId]);
  const [kind, id] = dialog.parts ?? [];
  const list = programmes.data ?? [];
  const editing = kind === 'programme' ? list.find((p) => p.id === id) : undefined;
  if (auditId) return <Stack maw={1280}>{detail.data ? <AuditView audit={detail.data} /> : detail.error ? <Card>{detail.error.message}</Card> : <Loader aria-label="Loading" />}</Stack>;
  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title="9.2 Internal audit" intro="A programme of audits over a cycle of years, each planned with an independent team, a checklist from its scope, fieldwork with evidence, findings and a report." clause={clause} />
      <DocumentControlPanel documentKey="audit-programme" />
      <Card>{programmes.data ? <ProgrammeView programmes={list} onNew={() => dialog.show('programme', 'new')} onEdit={(p) => dialog.show('programme', p.id)} onPlan={(p) => dialog.show('audit', 'new', p.id)} /> : <Loader aria-label="Loading" />}</Card>
      <FormDialog opened={kind === 'programme' && (id === 'new' || editing !== undefined)} onClose={dialog.close} title={editing ? titleWithRef('Edit audit programme', editing.ref) : 'New audit programme'} size="xl">
        {kind === 'programme' && <ProgrammeForm programme={editing} onDone={dialog.close} />}
      </FormDialog>
      <FormDialog opened={kind === 'audit' && id === 'new'} onClose={dialog.close} title="Plan an audit" size="xl">
        {kind === 'audit' && dialog.parts?.[2] && (
          <AuditForm
            programmeId={dialog.parts[2]}
            onDone={(created) => {
              // Saved, and its draft cleared: open the new audit without the leave question.
              if (created) resetRoute(auditRoute(created));
              else dialog.close();
            }}
          />
        )}
      </FormDialog>
    </Stack>
  );
}
