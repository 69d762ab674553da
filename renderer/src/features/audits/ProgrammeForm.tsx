import { Button, Checkbox, Group, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { ProgrammeFields, type Programme } from '../../../../shared/contract/audits';
import { api } from '../../api/client';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { METHOD_LABEL, options } from './labels';

type Values = Parameters<typeof api.audits.programmeCreate>[0];
const thisYear = new Date().getFullYear();
const blank = (): Values => ({
  title: `Internal audit programme ${thisYear}-${thisYear + 2}`,
  startYear: thisYear,
  endYear: thisYear + 2,
  objectives: 'Confirm that the ISMS conforms to ISO/IEC 27001 and to our own rules, and that it is effectively implemented and maintained.',
  frequency: 'Every clause 4-10 and every applicable Annex A control at least once in the three-year cycle; areas with high risks or recent problems every year.',
  methods: ['on-site', 'document-review', 'interview', 'sampling'],
  responsibilities: 'The ISMS manager manages the programme; the lead auditor of each audit plans it, leads the team and writes the report; top management provides resources.',
  reporting: 'Each audit report goes to top management and the ISMS manager within two weeks of the closing meeting; results feed the management review.',
});
const fromProgramme = ({ title, startYear, endYear, objectives, frequency, methods, responsibilities, reporting }: Programme): Values => ({ title, startYear, endYear, objectives, frequency, methods, responsibilities, reporting });

/** 9.2.2: the programme over a cycle of years, with how audits are run and reported. */
export function ProgrammeForm({ programme, onDone }: { programme?: Programme; onDone: (id?: string) => void }) {
  const form = useDraftForm<Values>(`audit-programme:${programme?.id ?? 'new'}`, 'Audit programme', { initialValues: programme ? fromProgramme(programme) : blank(), validate: zodValidate<Values>(ProgrammeFields) });
  const submit = form.onSubmit(async (values) => {
    let id = programme?.id;
    await saveForm(form, async () => (id = (programme ? await api.audits.programmeUpdate({ ...values, id: programme.id }) : await api.audits.programmeCreate(values)).id), { saved: programme ? 'Programme updated.' : 'Programme created.', failed: 'The programme was not saved' }, () => onDone(id));
  });
  return (
    <form onSubmit={submit} noValidate aria-label={programme ? 'Edit audit programme' : 'New audit programme'}>
      <Stack gap="sm">
        <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
        <SimpleGrid cols={2}>
          <NumberInput label="First year of the cycle" required allowDecimal={false} {...form.getInputProps('startYear')} />
          <NumberInput label="Last year of the cycle" description="Three years is usual (at most five)" required allowDecimal={false} {...form.getInputProps('endYear')} />
        </SimpleGrid>
        <Textarea label="Objectives" autosize minRows={2} maxRows={4} {...form.getInputProps('objectives')} />
        <Textarea label="Frequency" description="How often each area is audited" autosize minRows={2} maxRows={4} {...form.getInputProps('frequency')} />
        <Checkbox.Group label="Methods" {...form.getInputProps('methods')}>
          <Group gap="md" mt={4}>
            {options(METHOD_LABEL).map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea label="Responsibilities" autosize minRows={2} maxRows={4} {...form.getInputProps('responsibilities')} />
        <Textarea label="Reporting" description="Who receives results, and when" autosize minRows={2} maxRows={4} {...form.getInputProps('reporting')} />
        <Group justify="flex-end">
          <CancelButton onCancel={() => onDone()} />
          <Button type="submit" loading={form.submitting}>
            {programme ? 'Save changes' : 'Create programme'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
