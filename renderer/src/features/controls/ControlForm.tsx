import { Button, Checkbox, Group, MultiSelect, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IMPLEMENTATION_LABEL, INCLUSION_REASONS, REASON_LABEL, type Control, type InclusionReason } from '../../../../shared/contract/controls';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { usePeopleOptions } from '../../hooks';
import { saveForm } from '../../components/zodForm';

interface Values {
  applicable: 'yes' | 'no' | 'undecided';
  reasons: InclusionReason[];
  justification: string;
  exclusionReason: string;
  status: Control['status'];
  ownerId: string | null;
  requirementIds: string[];
  title: string;
  description: string;
}

/** One SoA entry: applicable or not, why, and how far it is implemented. */
export function ControlForm({ control, onDone }: { control: Control; onDone: () => void }) {
  const form = useForm<Values>({
    initialValues: {
      applicable: control.applicable === null ? 'undecided' : control.applicable ? 'yes' : 'no',
      reasons: control.reasons,
      justification: control.justification,
      exclusionReason: control.exclusionReason,
      status: control.status,
      ownerId: control.ownerId,
      requirementIds: control.requirementIds,
      title: control.title,
      description: control.description,
    },
  });
  const people = usePeopleOptions();
  const reqs = useCall(() => api.parties.requirementList({}), []);
  const v = form.values;
  const submit = form.onSubmit((values) =>
    saveForm(
      form,
      () =>
        api.controls.update({
          id: control.id,
          applicable: values.applicable === 'undecided' ? null : values.applicable === 'yes',
          reasons: values.reasons,
          justification: values.justification,
          exclusionReason: values.exclusionReason,
          status: values.status,
          ownerId: values.ownerId,
          requirementIds: values.requirementIds,
          ...(control.custom ? { title: values.title, description: values.description } : {}),
        }),
      { saved: `${control.ref} saved.`, failed: 'The entry was not saved' },
      onDone,
    ),
  );
  const automatic = control.autoReasons;
  return (
    <form onSubmit={submit} noValidate aria-label={`Statement of Applicability entry ${control.ref}`}>
      <Stack>
        {control.custom && (
          <>
            <TextInput label="Title" {...form.getInputProps('title')} />
            <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          </>
        )}
        <SegmentedControl
          aria-label="Applicable"
          data={[
            { value: 'yes', label: 'Applicable' },
            { value: 'no', label: 'Not applicable' },
            { value: 'undecided', label: 'Not decided' },
          ]}
          {...form.getInputProps('applicable')}
        />
        {automatic.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              Reasons from the workspace
            </Text>
            {automatic.map((a, i) => (
              <Text size="sm" key={i}>
                {REASON_LABEL[a.reason]}: {a.source}
              </Text>
            ))}
          </Stack>
        )}
        {v.applicable === 'no' ? (
          <Textarea label="Why it is excluded" required autosize minRows={2} {...form.getInputProps('exclusionReason')} />
        ) : (
          <>
            <Checkbox.Group label="Other reasons for including it" {...form.getInputProps('reasons')}>
              <Group mt={4}>
                {INCLUSION_REASONS.filter((r) => r !== 'risk').map((r) => (
                  <Checkbox key={r} value={r} label={REASON_LABEL[r]} />
                ))}
              </Group>
            </Checkbox.Group>
            <Textarea label="Justification in your words" autosize minRows={2} {...form.getInputProps('justification')} />
            <Select label="Implementation" allowDeselect={false} data={Object.entries(IMPLEMENTATION_LABEL).map(([value, label]) => ({ value, label }))} {...form.getInputProps('status')} />
          </>
        )}
        <MultiSelect label="4.2 requirements it helps meet" searchable data={(reqs.data ?? []).map((r) => ({ value: r.id, label: `${r.ref} ${r.partyName}: ${r.text}` }))} {...form.getInputProps('requirementIds')} />
        <Select label="Control owner" searchable clearable data={people.options} {...form.getInputProps('ownerId')} />
        <Group justify="flex-end">
          <Button type="submit">Save</Button>
        </Group>
      </Stack>
    </form>
  );
}
