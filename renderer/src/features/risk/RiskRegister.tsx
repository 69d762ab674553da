import { useEffect, useState } from 'react';
import { Badge, Button, Group, Select, SimpleGrid, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Risk } from '../../../../shared/contract/risk';
import { LEVEL_LABEL, RISK_LEVELS, type RiskLevel, type RiskMethod } from '../../../../shared/contract/riskMethod';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RegisterTable, type RegisterColumn, type SortState } from '../../components/RegisterTable/RegisterTable';
import { RowActions } from '../../components/RowActions/RowActions';
import { RefBadge, titleWithRef } from '../../components/RefBadge/RefBadge';
import { confirmDelete } from '../../components/confirmDelete';
import { notifyError, notifySaved } from '../../notify';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useOpenDialog, useRouteParam } from '../../router';
import { HeatMap, type Cell } from './HeatMap';
import { LevelBadge } from './LevelBadge';
import { RiskDecisions } from './RiskDecisions';
import { RiskForm } from './RiskForm';
import { TREATMENT_LABEL, options } from './labels';

const PAGE = 25;

/** The risk owner's recorded decisions, as badges under the treatment option. */
function Decisions({ risk: r }: { risk: Risk }) {
  const plan = r.approval?.decision === 'approved' ? r.approval : null;
  const accepted = r.acceptance?.decision === 'approved' ? r.acceptance : null;
  if (!plan && !accepted) return null;
  return (
    <Group gap={4} mt={2}>
      {plan && <Badge size="xs" color={plan.needsReapproval ? 'orange' : 'teal'}>{plan.needsReapproval ? 'plan: re-approve' : 'plan approved'}</Badge>}
      {accepted && <Badge size="xs" color={accepted.needsReapproval || accepted.expired ? 'orange' : 'teal'}>{accepted.needsReapproval ? 'accept again' : accepted.expired ? 'acceptance expired' : 'accepted'}</Badge>}
    </Group>
  );
}

// Fixed columns kept narrow so the risk's own words get the room (1280x800 shows every column).
const columns: RegisterColumn<Risk>[] = [
  { key: 'ref', label: 'Id', sortable: true, width: 72, render: (r) => <RefBadge value={r.ref} /> },
  {
    key: 'title',
    label: 'Risk',
    sortable: true,
    minWidth: 170,
    render: (r) => (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {r.title}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {r.basis === 'asset' ? [r.assetName, r.threatName, r.vulnerabilityName].filter(Boolean).join(' · ') : r.event}
        </Text>
      </Stack>
    ),
  },
  { key: 'owner', label: 'Owner', sortable: true, width: 100, render: (r) => r.ownerName ?? <Text c="dimmed" size="sm">—</Text> },
  { key: 'inherent', label: 'Inherent', sortable: true, width: 105, render: (r) => <LevelBadge level={r.inherentLevel} score={r.inherentScore} /> },
  {
    key: 'treatment',
    label: 'Treatment and decisions',
    sortable: true,
    width: 130,
    render: (r) => (
      <Stack gap={0}>
        <Text size="sm">{TREATMENT_LABEL[r.treatment]}</Text>
        <Decisions risk={r} />
      </Stack>
    ),
  },
  { key: 'residual', label: 'Residual', sortable: true, width: 105, render: (r) => <LevelBadge level={r.residualLevel} score={r.residualScore} /> },
];

const CELL_PARAM = /^(inherent|residual)-([1-5])-([1-5])$/;
const cellOf = (v: string | null): Cell | null => {
  const m = v ? CELL_PARAM.exec(v) : null;
  return m ? { kind: m[1] as Cell['kind'], likelihood: Number(m[2]), impact: Number(m[3]) } : null;
};

/** 6.1.2 c-e: the prioritised register with heat maps whose cells filter it. */
export function RiskRegister({ method }: { method: RiskMethod }) {
  // Search, filters, the heat map cell and the page live in the URL, so a reload or a shared link
  // shows the same list (?risk-level=high&risk-cell=inherent-4-4&risk-page=2).
  const [q, setQ] = useRouteParam('risk-q');
  const [search, setSearchText] = useState(q ?? '');
  const [debounced] = useDebouncedValue(search, 200);
  useEffect(() => setQ(debounced || null), [debounced, setQ]);
  const [levelParam, setLevelParam] = useRouteParam('risk-level');
  const level = RISK_LEVELS.includes(levelParam as RiskLevel) ? (levelParam as RiskLevel) : null;
  const setLevel = (v: RiskLevel | null) => setLevelParam(v);
  const [treatmentParam, setTreatment] = useRouteParam('risk-treatment');
  const treatment = treatmentParam && treatmentParam in TREATMENT_LABEL ? treatmentParam : null;
  const [cellParam, setCellParam] = useRouteParam('risk-cell');
  const cell = cellOf(cellParam);
  const setCell = (c: Cell | null) => setCellParam(c ? `${c.kind}-${c.likelihood}-${c.impact}` : null);
  const [sort, setSort] = useState<SortState>({ sort: 'priority', dir: 'desc' });
  const [pageParam, setPageParam] = useRouteParam('risk-page');
  const page = Math.max(1, Number(pageParam) || 1);
  const setPage = (p: number) => setPageParam(p > 1 ? String(p) : null);
  const setSearch = (v: string) => setSearchText(v);
  // The open risk and its tab are in the address (open=risk:ID:plan), so a reload comes back to them.
  const dialog = useOpenDialog();
  const openId = dialog.parts?.[0] === 'risk' ? dialog.parts[1] : null;
  const openTab = dialog.parts?.[2] === 'plan' ? 'plan' : 'risk';
  const opened = useCall(() => (openId && openId !== 'new' ? api.risk.get({ id: openId }) : Promise.resolve(null)), [openId]);
  const editing = openId === 'new' ? {} : openId && opened.data?.id === openId ? { risk: opened.data } : null;
  const setEditing = (e: { risk?: Risk } | null) => (e ? dialog.show('risk', e.risk?.id ?? 'new') : dialog.close());
  const maps = useCall(() => api.risk.heatmaps({}), []);
  const list = useCall(
    () =>
      api.risk.list({
        search: debounced,
        level: level ?? undefined,
        treatment: (treatment ?? undefined) as Risk['treatment'] | undefined,
        cell: cell ?? undefined,
        sort: sort.sort as 'priority',
        dir: sort.dir,
        offset: (page - 1) * PAGE,
        limit: PAGE,
      }),
    [debounced, level, treatment, cell?.kind, cell?.likelihood, cell?.impact, sort.sort, sort.dir, page],
  );
  const remove = (r: Risk) => confirmDelete(`${r.ref} "${r.title}"`, (confirm) => api.risk.delete({ id: r.id, confirm }), () => notifySaved('Risk deleted.'));
  const pickCell = (c: Cell) => {
    setCell(cell && cell.kind === c.kind && cell.likelihood === c.likelihood && cell.impact === c.impact ? null : c);
    setPage(1);
  };
  return (
    <Stack>
      {maps.data && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <HeatMap maps={maps.data} kind="inherent" selected={cell} onCell={pickCell} />
          <HeatMap maps={maps.data} kind="residual" selected={cell} onCell={pickCell} />
        </SimpleGrid>
      )}
      <Group justify="space-between">
        <Group>
          <TextInput aria-label="Search risks" placeholder="Search risks or ids (RSK-7)" value={search} onChange={(e) => (setSearch(e.currentTarget.value), setPage(1))} w={240} />
          <Select aria-label="Level" placeholder="Any level" clearable data={RISK_LEVELS.map((l) => ({ value: l, label: LEVEL_LABEL[l] }))} value={level} onChange={(v) => (setLevel(v as RiskLevel | null), setPage(1))} w={140} />
          <Select aria-label="Treatment" placeholder="Any treatment" clearable data={options(TREATMENT_LABEL)} value={treatment} onChange={(v) => (setTreatment(v), setPage(1))} w={180} />
        </Group>
        <Button onClick={() => setEditing({})}>Add risk</Button>
      </Group>
      {cell && (
        <Group>
          <Button variant="light" size="xs" onClick={() => setCell(null)}>
            Showing {cell.kind} likelihood {cell.likelihood}, impact {cell.impact}: show all risks
          </Button>
        </Group>
      )}
      <RegisterTable
        caption="Risk register"
        columns={columns}
        rows={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        sort={sort}
        onSort={(s) => (setSort(s), setPage(1))}
        page={page}
        pageSize={PAGE}
        onPage={setPage}
        onRowOpen={(risk) => setEditing({ risk })}
        empty={<Text c="dimmed">{cell || level || treatment || debounced ? 'No risks match.' : 'No risks yet. Add one from an asset, a threat and a vulnerability, or describe an event.'}</Text>}
        actions={(r) => <RowActions name={r.title} onEdit={() => setEditing({ risk: r })} onDelete={() => remove(r)} />}
      />
      <FormDialog opened={editing !== null} onClose={dialog.close} title={editing?.risk ? titleWithRef('Edit risk', editing.risk.ref) : 'New risk'} size="85%">
        {editing &&
          (editing.risk ? (
            <Tabs value={openTab} onChange={(t) => dialog.show('risk', editing.risk!.id, t === 'plan' ? 'plan' : '')} keepMounted={false}>
              <Tabs.List mb="md">
                <Tabs.Tab value="risk">Risk</Tabs.Tab>
                <Tabs.Tab value="plan">Actions and decisions</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="risk">
                <RiskForm key={editing.risk.id} risk={editing.risk} method={method} onDone={dialog.close} />
              </Tabs.Panel>
              <Tabs.Panel value="plan">
                <RiskDecisions risk={editing.risk} method={method} />
              </Tabs.Panel>
            </Tabs>
          ) : (
            <RiskForm method={method} onDone={dialog.close} />
          ))}
      </FormDialog>
    </Stack>
  );
}
