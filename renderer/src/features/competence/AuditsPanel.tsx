import { Button, Group, Stack, Text } from '@mantine/core';
import { AUDIT_KIND_LABEL } from '../../../../shared/competence';
import type { Audit } from '../../../../shared/contract/competence';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { RegisterTable, refColumn, type RegisterColumn } from '../../components/RegisterTable/RegisterTable';
import { confirmDelete } from '../../components/confirmDelete';
import { notifySaved } from '../../notify';
import { ResultBadge } from './auditBits';

const columns: RegisterColumn<Audit>[] = [
  refColumn<Audit>(),
  { key: 'auditedOn', label: 'Date', width: 105, render: (a) => a.auditedOn },
  {
    key: 'person',
    label: 'Person and role',
    minWidth: 220,
    render: (a) => (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {a.personName}
        </Text>
        <Text size="xs" c="dimmed">
          {a.roleName} · {AUDIT_KIND_LABEL[a.kind].toLowerCase()}
        </Text>
      </Stack>
    ),
  },
  { key: 'result', label: 'Result', width: 150, render: (a) => <ResultBadge result={a.result} /> },
  { key: 'gaps', label: 'Gaps', minWidth: 160, render: (a) => (a.gaps.length ? a.gaps.map((g) => `${g.skillName} ${g.actual}/${g.required}`).join('; ') : '—') },
  { key: 'assessor', label: 'Assessor', width: 140, render: (a) => a.assessorName },
];

/** Every skills audit, newest first. */
export function AuditsPanel({ onOpen, onNew }: { onOpen: (a: Audit) => void; onNew: () => void }) {
  const audits = useCall(() => api.competence.auditList({}), []);
  const rows = audits.data ?? [];
  const remove = (a: Audit) => confirmDelete(`skills audit ${a.ref}`, () => api.competence.auditDelete({ id: a.id }), () => notifySaved('Skills audit deleted.'));
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Before appointment: is the candidate fit for the role? After: did training close the gaps?
        </Text>
        <Button onClick={onNew}>Record skills audit</Button>
      </Group>
      <RegisterTable
        caption="Skills audits"
        columns={columns}
        rows={rows}
        total={rows.length}
        sort={{ sort: 'auditedOn', dir: 'desc' }}
        onSort={() => undefined}
        page={1}
        pageSize={Math.max(rows.length, 1)}
        onPage={() => undefined}
        onRowOpen={onOpen}
        empty={<Text c="dimmed">No skills audits yet.</Text>}
        actions={(a) => <RowActions name={rowName('skills audit', `${a.personName} for ${a.roleName}`, a.ref)} onEdit={() => onOpen(a)} onDelete={() => remove(a)} historyId={a.id} />}
      />
    </Stack>
  );
}
