import { useMemo, useState } from 'react';
import { ActionIcon, Alert, Button, Group, NativeSelect, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { RaciMatrix } from '../../../../shared/contract/roles';
import { RACI_LABEL, RACI_VALUES, type RaciValue } from '../../../../shared/raci';
import { api } from '../../api/client';
import { confirmDelete } from '../../components/confirmDelete';
import { notifyError, notifySaved } from '../../notify';
import { changedRows, draftOf, problemsOf, type RaciDraft } from './raciState';
import { useDraftState } from '../../drafts/useDraftState';
import { SaveBar } from '../../components/SaveBar/SaveBar';
import { DraftNotice } from '../../components/DraftNotice/DraftNotice';
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
  // Unsaved cells are kept as a draft on this computer (issue 9) and survive other writes.
  const working = useDraftState<RaciDraft>('raci', 'RACI matrix', draftOf(matrix));
  const setDraft = working.set;
  // A draft from an earlier visit may predate activities added since, or name deleted ones.
  const draft = useMemo<RaciDraft>(() => {
    const saved = draftOf(matrix);
    return Object.fromEntries(Object.keys(saved).map((id) => [id, { ...saved[id], ...working.value[id] }]));
  }, [matrix, working.value]);
  const [saving, setSaving] = useState(false);
  const problems = useMemo(() => problemsOf(draft), [draft]);
  const changed = changedRows(matrix, draft);
  const set = (activityId: string, roleId: string, value: string) => setDraft((d) => ({ ...d, [activityId]: { ...d[activityId], [roleId]: (value || null) as RaciValue | null } }));
  const save = async () => {
    setSaving(true);
    try {
      await api.roles.raciSave({ rows: changed });
      working.clear();
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
      <SaveBar
        target={changed.length ? `${changed.length} row${changed.length === 1 ? '' : 's'} changed.` : 'The matrix as saved.'}
        dirty={changed.length > 0}
        saving={saving}
        onSave={() => void save()}
        onDiscard={working.discard}
        saveLabel={`Save matrix${changed.length ? ` (${changed.length})` : ''}`}
        blocked={bad > 0 ? 'Every activity needs exactly one A before the matrix can be saved.' : undefined}
      />
      {changed.length > 0 && <DraftNotice restoredAt={working.restoredAt} onDiscard={working.discard} />}
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
      </Group>
    </Stack>
  );
}
