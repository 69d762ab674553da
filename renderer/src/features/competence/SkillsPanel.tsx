import { Button, Group, Stack, Text } from '@mantine/core';
import type { Skill } from '../../../../shared/contract/competence';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { RegisterTable, refColumn, type RegisterColumn } from '../../components/RegisterTable/RegisterTable';
import { confirmDelete } from '../../components/confirmDelete';
import { notifySaved } from '../../notify';

const columns: RegisterColumn<Skill>[] = [
  refColumn<Skill>(),
  {
    key: 'name',
    label: 'Skill',
    minWidth: 260,
    render: (s) => (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {s.name}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {s.description}
        </Text>
      </Stack>
    ),
  },
  { key: 'requiredBy', label: 'Roles needing it', width: 130, render: (s) => s.requiredBy },
  { key: 'people', label: 'People assessed', width: 130, render: (s) => s.people },
];

/** The skills catalogue of the workspace. */
export function SkillsPanel({ onEdit, onNew }: { onEdit: (s: Skill) => void; onNew: () => void }) {
  const skills = useCall(() => api.competence.skillList({}), []);
  const rows = skills.data ?? [];
  const remove = (s: Skill) => confirmDelete(`skill ${s.ref}`, (confirm) => api.competence.skillDelete({ id: s.id, confirm }), () => notifySaved('Skill deleted.'));
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          The skills your roles can ask for. The starter list is a suggestion: rename, add and delete freely.
        </Text>
        <Button onClick={onNew}>Add skill</Button>
      </Group>
      <RegisterTable
        caption="Skills catalogue"
        columns={columns}
        rows={rows}
        total={rows.length}
        sort={{ sort: 'ref', dir: 'asc' }}
        onSort={() => undefined}
        page={1}
        pageSize={Math.max(rows.length, 1)}
        onPage={() => undefined}
        onRowOpen={onEdit}
        empty={<Text c="dimmed">No skills yet. Add the skills your ISMS roles need.</Text>}
        actions={(s) => <RowActions name={rowName('skill', s.name, s.ref)} onEdit={() => onEdit(s)} onDelete={() => remove(s)} historyId={s.id} />}
      />
    </Stack>
  );
}
