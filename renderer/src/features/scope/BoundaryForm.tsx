import { Autocomplete, Button, Group, SegmentedControl, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { BOUNDARY_KINDS, BoundaryFields, type Boundary, type BoundaryKind } from '../../../../shared/contract/scope';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { saveForm, zodValidate } from '../../components/zodForm';
import { KIND_INFO } from './labels';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';

interface Values {
  kind: string;
  name: string;
  notes: string;
  included: boolean;
  justification: string;
}

export function BoundaryForm({ boundary, kind, included, onDone }: { boundary?: Boundary; kind?: BoundaryKind; included?: boolean; onDone: () => void }) {
  const form = useDraftForm<Values>(`boundary:${boundary?.id ?? `new:${kind ?? ''}:${included ?? true}`}`, 'Scope entry', {
    initialValues: boundary
      ? { kind: boundary.kind, name: boundary.name, notes: boundary.notes, included: boundary.included, justification: boundary.justification }
      : { kind: kind ?? 'process', name: '', notes: '', included: included ?? true, justification: '' },
    validate: zodValidate<Values>(BoundaryFields),
  });
  const submit = form.onSubmit(async (values) => {
    const input = values as Parameters<typeof api.scope.boundaryCreate>[0];
    await saveForm(
      form,
      async () => {
        if (boundary) await api.scope.boundaryUpdate({ ...input, id: boundary.id } as Parameters<typeof api.scope.boundaryUpdate>[0]);
        else await api.scope.boundaryCreate(input);
      },
      { saved: values.included ? 'Added to the scope.' : 'Exclusion saved.', failed: 'Not saved' },
      onDone,
    );
  });
  const info = KIND_INFO[form.values.kind as BoundaryKind];
  // Units already exist under People and units: offer them instead of typing them again. (Not the 4.4
  // processes: those run the ISMS itself, while scope lists the business processes and services it covers.)
  const units = useCall(() => api.people.unitList({}), []);
  const known = form.values.kind === 'unit' ? (units.data ?? []).map((u) => u.name) : [];
  return (
    <form onSubmit={submit} noValidate aria-label={boundary ? 'Edit scope entry' : 'New scope entry'}>
      <Stack>
        <Select label="Kind" allowDeselect={false} data={BOUNDARY_KINDS.map((k) => ({ value: k, label: KIND_INFO[k].title }))} {...form.getInputProps('kind')} />
        {known.length > 0 ? (
          <Autocomplete
            label="Name"
            description="Pick a unit from People and units, or type a new name."
            placeholder={`For example: ${info?.example ?? ''}`}
            required
            data-autofocus
            data={[...new Set(known)]}
            limit={50}
            {...form.getInputProps('name')}
          />
        ) : (
          <TextInput label="Name" placeholder={`For example: ${info?.example ?? ''}`} required data-autofocus {...form.getInputProps('name')} />
        )}
        <TextInput label="Notes" {...form.getInputProps('notes')} />
        <Stack gap={4}>
          <SegmentedControl
            aria-label="In or out of scope"
            data={[
              { value: 'in', label: 'In scope' },
              { value: 'out', label: 'Excluded' },
            ]}
            value={form.values.included ? 'in' : 'out'}
            onChange={(v) => form.setFieldValue('included', v === 'in')}
          />
        </Stack>
        {!form.values.included && (
          <Textarea
            label="Justification"
            description="Why it is outside the ISMS, and why leaving it out does not weaken what the ISMS protects."
            required
            autosize
            minRows={3}
            {...form.getInputProps('justification')}
          />
        )}
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {boundary ? 'Save changes' : 'Add'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

