import { useEffect, useMemo, useState } from 'react';
import { ActionIcon, Alert, Button, Group, NativeSelect, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { RaciMatrix } from '../../../../shared/contract/roles';
import { RACI_LABEL, RACI_VALUES, type RaciValue } from '../../../../shared/raci';
import { api } from '../../api/client';
import { confirmDelete } from '../../components/confirmDelete';
import { notifyError, notifySaved } from '../../notify';
import { changedRows, draftOf, problemsOf, type RaciDraft } from './raciState';
import { RefBadge } from '../../components/RefBadge/RefBadge';

const CELL_COLOR: Record<RaciValue, string> = { R: 'var(--mantine-color-blue-0)', A: 'var(--mantine-color-orange-1)', C: 'var(--mantine-color-green-0)', I: 'var(--mantine-color-gray-1)' };
const OPTIONS = [{ value: '', label: '–' }, ...RACI_VALUES.map((v) => ({ value: v, label: v }))];

interface RaciRowProps {
  activity: RaciMatrix['activities'][number];
  roles: RaciMatrix['roles'];
  row: Record<string, RaciValue | null>;
  problem: string | undefined;
  onSet: (roleId: string, value: string) => void;
}

/** One activity: a compact select per role, coloured by letter, and the rule it breaks, if any. */
function RaciRow({ activity: a, roles, row, problem, onSet }: RaciRowProps) {
  const remove = () => confirmDelete(`the activity "${a.name}"`, (confirm) => api.roles.activityDelete({ id: a.id, confirm }), () => notifySaved('Activity deleted.'));
  return (
    <Table.Tr bg={problem ? 'red.0' : undefined} data-testid={`raci-row-${a.key ?? a.id}`}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <RefBadge value={a.ref} />
          <Text size="sm" fw={500}>
            {a.name}
          </Text>
        </Group>
        {problem && (
          <Text size="xs" c="red.8" role="alert">
            {problem}
          </Text>
        )}
      </Table.Td>
      {roles.map((r) => {
        const value = row[r.id] ?? null;
        return (
          <Table.Td key={r.id} ta="center" style={{ background: value ? CELL_COLOR[value] : undefined }}>
            <NativeSelect size="xs" variant="unstyled" data={OPTIONS} value={value ?? ''} onChange={(e) => onSet(r.id, e.currentTarget.value)} aria-label={`${a.name}: ${r.name}`} styles={{ input: { textAlign: 'center', fontWeight: value === 'A' ? 700 : 400 } }} />
          </Table.Td>
        );
      })}
      <Table.Td>
        <Tooltip label="Delete activity">
          <ActionIcon variant="subtle" color="red" onClick={remove} aria-label={`Delete ${a.name}`}>
            <IconTrash size={14} />
          </ActionIcon>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}

/** The RACI matrix: edit cells, see at once which rows break the one-A rule, save all changes together. */
export function RaciEditor({ matrix, onAddActivity }: { matrix: RaciMatrix; onAddActivity: () => void }) {
  const [draft, setDraft] = useState<RaciDraft>(() => draftOf(matrix));
  const [saving, setSaving] = useState(false);
  // Reset only when what is saved changes, not on every reload, so unsaved edits survive other writes.
  const savedKey = JSON.stringify(matrix);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setDraft(draftOf(matrix)), [savedKey]);
  const problems = useMemo(() => problemsOf(draft), [draft]);
  const changed = changedRows(matrix, draft);
  const set = (activityId: string, roleId: string, value: string) => setDraft((d) => ({ ...d, [activityId]: { ...d[activityId], [roleId]: (value || null) as RaciValue | null } }));
  const save = async () => {
    setSaving(true);
    try {
      await api.roles.raciSave({ rows: changed });
      notifySaved(`Saved ${changed.length} row${changed.length === 1 ? '' : 's'} of the matrix.`);
    } catch (err) {
      notifyError(err, 'The matrix was not saved');
    } finally {
      setSaving(false);
    }
  };
  const bad = Object.keys(problems).length;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {RACI_VALUES.map((v) => `${v} = ${RACI_LABEL[v]}`).join(' · ')}. Every activity needs exactly one A.
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder withColumnBorders verticalSpacing={6} aria-label="RACI matrix">
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={260}>Activity</Table.Th>
              {matrix.roles.map((r) => (
                <Table.Th key={r.id} w={110} ta="center">
                  <Text size="xs" fw={600}>
                    {r.name}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th w={40} aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.activities.map((a) => (
              <RaciRow key={a.id} activity={a} roles={matrix.roles} row={draft[a.id] ?? {}} problem={problems[a.id]} onSet={(roleId, value) => set(a.id, roleId, value)} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {bad > 0 && <Alert color="red">{bad === 1 ? 'One activity needs' : `${bad} activities need`} exactly one accountable role before the matrix can be saved.</Alert>}
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconPlus size={14} />} onClick={onAddActivity}>
          Add activity
        </Button>
        <Group>
          <Button variant="default" disabled={changed.length === 0} onClick={() => setDraft(draftOf(matrix))}>
            Discard changes
          </Button>
          <Button onClick={save} loading={saving} disabled={changed.length === 0 || bad > 0}>
            Save matrix{changed.length ? ` (${changed.length})` : ''}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
