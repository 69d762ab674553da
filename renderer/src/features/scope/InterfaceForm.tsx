import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DIRECTIONS, InterfaceFields, type Interface } from '../../../../shared/contract/scope';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { saveForm, zodValidate } from '../../components/zodForm';
import { DIRECTION_LABEL } from './labels';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';

interface Values {
  counterpart: string;
  partyId: string | null;
  crossing: string;
  direction: string;
  notes: string;
}

export function InterfaceForm({ item, onDone }: { item?: Interface; onDone: () => void }) {
  const parties = useCall(() => api.parties.list({ limit: 500, sort: 'name' }), []);
  const form = useDraftForm<Values>(`interface:${item?.id ?? 'new'}`, 'Interface', {
    initialValues: item
      ? { counterpart: item.counterpart, partyId: item.partyId, crossing: item.crossing, direction: item.direction, notes: item.notes }
      : { counterpart: '', partyId: null, crossing: '', direction: 'both', notes: '' },
    validate: zodValidate<Values>(InterfaceFields),
  });
  const submit = form.onSubmit(async (values) => {
    const input = values as Parameters<typeof api.scope.interfaceCreate>[0];
    await saveForm(
      form,
      async () => {
        if (item) await api.scope.interfaceUpdate({ ...input, id: item.id } as Parameters<typeof api.scope.interfaceUpdate>[0]);
        else await api.scope.interfaceCreate(input);
      },
      { saved: 'Interface saved.', failed: 'Not saved' },
      onDone,
    );
  });
  const pickParty = (id: string | null) => {
    form.setFieldValue('partyId', id);
    const name = parties.data?.items.find((p) => p.id === id)?.name;
    if (name && !form.values.counterpart) form.setFieldValue('counterpart', name);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={item ? 'Edit interface' : 'New interface'}>
      <Stack>
        <Select
          label="Interested party (optional)"
          placeholder="Link to a party from 4.2"
          clearable
          searchable
          data={(parties.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={form.values.partyId}
          onChange={pickParty}
        />
        <TextInput label="Who" placeholder="For example: CloudHost Ltd (hosting provider)" required data-autofocus {...form.getInputProps('counterpart')} />
        <Textarea label="What crosses the boundary" placeholder="Data, services, access, people..." required autosize minRows={2} {...form.getInputProps('crossing')} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Direction
          </Text>
          <SegmentedControl aria-label="Direction" data={DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABEL[d] }))} {...form.getInputProps('direction')} />
        </Stack>
        <TextInput label="Notes" {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {item ? 'Save changes' : 'Add interface'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
