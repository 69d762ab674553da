import { useState } from 'react';
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
import { useOpenDialog } from '../../router';
import { HeatMap, type Cell } from './HeatMap';
import { LevelBadge } from './LevelBadge';
import { RiskDecisions } from './RiskDecisions';
import { RiskForm } from './RiskForm';
import { TREATMENT_LABEL, options } from './labels';

const PAGE = 25;

const columns: RegisterColumn<Risk>[] = [
  { key: 'ref', label: 'Id', sortable: true, width: 90, render: (r) => <RefBadge value={r.ref} /> },
  {
    key: 'title',
    label: 'Risk',
    sortable: true,
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
  { key: 'owner', label: 'Owner', sortable: true, width: 130, render: (r) => r.ownerName ?? <Text c="dimmed" size="sm">—</Text> },
  { key: 'inherent', label: 'Inherent', sortable: true, width: 135, render: (r) => <LevelBadge level={r.inherentLevel} score={r.inherentScore} /> },
  { key: 'treatment', label: 'Treatment', sortable: true, width: 150, render: (r) => TREATMENT_LABEL[r.treatment] },
  { key: 'residual', label: 'Residual', sortable: true, width: 135, render: (r) => <LevelBadge level={r.residualLevel} score={r.residualScore} /> },
  {
    key: 'decisions',
    label: 'Owner decisions',
    width: 150,
    render: (r) => (
      <Group gap={4}>
        {r.approval?.decision === 'approved' && <Badge size="xs" color={r.approval.needsReapproval ? 'orange' : 'teal'}>plan {r.approval.needsReapproval ? 're-approve' : 'approved'}</Badge>}
        {r.acceptance?.decision === 'approved' && <Badge size="xs" color={r.acceptance.needsReapproval || r.acceptance.expired ? 'orange' : 'teal'}>accepted</Badge>}
      </Group>
    ),
  },
];

/** 6.1.2 c-e: the prioritised register with heat maps whose cells filter it. */
export function RiskRegister({ method }: { method: RiskMethod }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [level, setLevel] = useState<RiskLevel | null>(null);
  const [treatment, setTreatment] = useState<string | null>(null);
  const [cell, setCell] = useState<Cell | null>(null);
  const [sort, setSort] = useState<SortState>({ sort: 'priority', dir: 'desc' });
  const [page, setPage] = useState(1);
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
          {cell && (
            <Button variant="light" size="xs" onClick={() => setCell(null)}>
              {cell.kind} cell {cell.likelihood} x {cell.impact}: show all
            </Button>
          )}
        </Group>
        <Button onClick={() => setEditing({})}>Add risk</Button>
      </Group>
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
