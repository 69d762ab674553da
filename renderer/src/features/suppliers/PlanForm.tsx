import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { FREQUENCIES, FREQUENCY_LABEL, type Frequency } from '../../../../shared/communication';
import { PlanFields, type PlanRow } from '../../../../shared/contract/communication';
import { api } from '../../api/client';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';

interface Values {
  topic: string;
  audience: string;
  frequency: Frequency;
  startsOn: string | null;
  channel: string;
  responsibleId: string | null;
  notes: string;
}
const blank: Values = { topic: '', audience: '', frequency: 'quarterly', startsOn: null, channel: '', responsibleId: null, notes: '' };

/** 7.4: one row of the communication plan: what, to whom, when, how and who. */
export function PlanForm({ row, onDone }: { row?: PlanRow; onDone: () => void }) {
  const form = useDraftForm<Values>(`communication-plan:${row?.id ?? 'new'}`, 'Planned communication', {
    initialValues: row ? (Object.fromEntries(Object.keys(blank).map((k) => [k, row[k as keyof Values]])) as unknown as Values) : blank,
    validate: (values) => ({
      ...zodValidate<Values>(PlanFields)(values),
      ...(values.frequency === 'once' && !values.startsOn ? { startsOn: 'Give the date of a communication planned once.' } : {}),
    }),
  });
  const once = form.values.frequency === 'once';
  const submit = form.onSubmit(async (values) => {
    await saveForm(
      form,
      async () => {
        if (row) await api.communication.planUpdate({ ...values, id: row.id });
        else await api.communication.planCreate(values);
      },
      { saved: row ? 'Planned communication updated.' : 'Communication planned.', failed: 'The planned communication was not saved' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={row ? 'Edit planned communication' : 'New planned communication'}>
      <Stack gap="sm">
        <TextInput label="Topic" required data-autofocus placeholder="e.g. Phishing reminder" {...form.getInputProps('topic')} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Audience" required placeholder="e.g. All staff, customers, the supervisory authority" {...form.getInputProps('audience')} />
          <TextInput label="Channel" required placeholder="e.g. E-mail, intranet, town hall" {...form.getInputProps('channel')} />
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="sm">
          <Select label="How often" allowDeselect={false} data={FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABEL[f] }))} {...form.getInputProps('frequency')} />
          <DateInput
            label={once ? 'On' : 'First time'}
            description={once ? undefined : 'Left empty: from today'}
            required={once}
            valueFormat="YYYY-MM-DD"
            clearable
            {...form.getInputProps('startsOn')}
            onChange={(d) => form.setFieldValue('startsOn', d ? String(d).slice(0, 10) : null)}
          />
          <PersonSelect label="Responsible" {...form.getInputProps('responsibleId')} />
        </SimpleGrid>
        <Textarea label="Notes" autosize minRows={1} maxRows={3} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>{row ? 'Save changes' : 'Add to the plan'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
