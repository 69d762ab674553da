import { Badge, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { UnitFields, type Unit } from '../../../../shared/contract/people';
import { api } from '../../api/client';
import { confirmDelete } from '../../components/confirmDelete';
import { saveForm, zodValidate } from '../../components/zodForm';
import { notifySaved } from '../../notify';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton, FormDialog } from '../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../components/FormDialog/useRecordDialog';
import { RowActions, rowName } from '../../components/RowActions/RowActions';
import { titleWithRef } from '../../components/RefBadge/RefBadge';

interface Values {
  name: string;
  description: string;
  parentId: string | null;
}

function UnitForm({ unit, units, onDone }: { unit?: Unit; units: Unit[]; onDone: () => void }) {
  const form = useDraftForm<Values>(`unit:${unit?.id ?? 'new'}`, 'Unit', {
    initialValues: { name: unit?.name ?? '', description: unit?.description ?? '', parentId: unit?.parentId ?? null },
    validate: zodValidate<Values>(UnitFields),
  });
  const submit = form.onSubmit(async (values) => {
    await saveForm(
      form,
      async () => {
        if (unit) await api.people.unitUpdate({ ...values, id: unit.id });
        else await api.people.unitCreate(values);
      },
      { saved: unit ? 'Unit updated.' : 'Unit added.', failed: 'The unit was not saved' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={unit ? 'Edit unit' : 'New unit'}>
      <Stack>
        <TextInput label="Unit name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Description" {...form.getInputProps('description')} />
        <Select
          label="Part of"
          placeholder="Top level"
          clearable
          data={units.filter((u) => u.id !== unit?.id).map((u) => ({ value: u.id, label: u.name }))}
          {...form.getInputProps('parentId')}
        />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit">{unit ? 'Save changes' : 'Add unit'}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Organisation units: the departments people belong to. */
export function UnitsPanel({ units, selected, onSelect }: { units: Unit[]; selected: string | null; onSelect: (id: string | null) => void }) {
  const dialog = useRecordDialog<Unit>('unit', units);
  const editing = dialog.editing;
  const remove = (u: Unit) => confirmDelete(`the unit "${u.name}"`, (confirm) => api.people.unitDelete({ id: u.id, confirm }), () => notifySaved('Unit deleted.'));
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Organisation units</Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => dialog.openNew()}>
          Add unit
        </Button>
      </Group>
      <Stack gap={4}>
        <Button variant={selected === null ? 'light' : 'subtle'} justify="space-between" onClick={() => onSelect(null)}>
          Everyone
        </Button>
        {units.map((u) => (
          // The name gets the panel's full width and wraps between words; count and actions sit under it (issue 9: "Manag").
          <Stack key={u.id} gap={0}>
            <Button
              variant={selected === u.id ? 'light' : 'subtle'}
              h="auto"
              py={6}
              fullWidth
              justify="flex-start"
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left', overflowWrap: 'break-word' } }}
              onClick={() => onSelect(u.id)}
            >
              {u.name}
            </Button>
            <Group justify="space-between" wrap="nowrap" pl="md">
              <Text size="xs" c="dimmed">
                {u.memberCount === 1 ? '1 person' : `${u.memberCount} people`}
              </Text>
              <RowActions size="sm" name={rowName('unit', u.name, u.ref)} onEdit={() => dialog.openEdit(u)} onDelete={() => remove(u)} />
            </Group>
          </Stack>
        ))}
        {units.length === 0 && (
          <Text size="sm" c="dimmed">
            Add the departments or teams people belong to.
          </Text>
        )}
      </Stack>
      <FormDialog opened={editing !== null} onClose={dialog.close} title={editing?.record ? titleWithRef('Edit unit', editing.record.ref) : 'New unit'}>
        {editing && <UnitForm unit={editing.record} units={units} onDone={dialog.close} />}
      </FormDialog>
    </Card>
  );
}
