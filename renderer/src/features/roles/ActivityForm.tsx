import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { RaciMatrix } from '../../../../shared/contract/roles';
import { RACI_VALUES, raciRowProblem, type RaciValue } from '../../../../shared/raci';
import { api } from '../../api/client';
import { showServerErrors } from '../../components/zodForm';
import { notifyError, notifySaved } from '../../notify';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';

interface Values {
  name: string;
  description: string;
  cells: Record<string, RaciValue | ''>;
}

/** A new row of the matrix: its name and who does what; it needs its one A from the start. */
export function ActivityForm({ matrix, onDone }: { matrix: RaciMatrix; onDone: () => void }) {
  const cellsOf = (v: Values) => Object.entries(v.cells).map(([roleId, value]) => ({ roleId, value: value || null }));
  const form = useDraftForm<Values>('raci-activity:new', 'RACI activity', {
    initialValues: { name: '', description: '', cells: Object.fromEntries(matrix.roles.map((r) => [r.id, ''])) },
    validate: (v) => ({ name: v.name.trim() ? null : 'Activity is required.', cells: raciRowProblem(cellsOf(v)) }),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await api.roles.activityCreate({ name: values.name, description: values.description, cells: cellsOf(values) });
      form.draft.clear();
      notifySaved('Activity added.');
      onDone();
    } catch (err) {
      if (!showServerErrors(form, err)) notifyError(err, 'The activity was not added');
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New activity">
      <Stack>
        <TextInput label="Activity" required data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Description" {...form.getInputProps('description')} />
        <SimpleGrid cols={3}>
          {matrix.roles.map((r) => (
            <NativeSelect key={r.id} label={r.name} data={[{ value: '', label: '–' }, ...RACI_VALUES.map((v) => ({ value: v, label: v }))]} {...form.getInputProps(`cells.${r.id}`)} />
          ))}
        </SimpleGrid>
        {form.errors.cells && (
          <Text size="sm" c="red.8" role="alert">
            {form.errors.cells}
          </Text>
        )}
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            Add activity
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
