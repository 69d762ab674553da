import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { LEVEL_SOURCES } from '../../../../shared/contract/competence';
import { todayIso } from '../../../../shared/dates';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { LEVEL_OPTIONS, SOURCE_LABEL } from './labels';

interface Values {
  level: string | null;
  assessedOn: string | null;
  source: string;
  note: string;
}

/** One cell of the skills matrix, set by hand (or cleared). */
export function LevelForm({ personId, skillId, onDone }: { personId: string; skillId: string; onDone: () => void }) {
  const matrix = useCall(() => api.competence.matrix({}), []);
  const current = matrix.data?.entries.find((e) => e.personId === personId && e.skillId === skillId);
  const person = matrix.data?.people.find((p) => p.id === personId);
  const skill = matrix.data?.skills.find((s) => s.id === skillId);
  const form = useDraftForm<Values>(`level:${personId}:${skillId}`, 'Skill level', {
    initialValues: { level: null, assessedOn: todayIso(), source: 'manager', note: '' },
    validate: { level: (v) => (v ? null : 'Choose the level.'), assessedOn: (v) => (!v ? 'Give the day it was assessed.' : v > todayIso() ? 'A level is assessed on a day that has come.' : null) },
  });
  const submit = form.onSubmit((v) => void saveForm(form, () => api.competence.levelSet({ personId, skillId, level: Number(v.level), assessedOn: v.assessedOn!, source: v.source as (typeof LEVEL_SOURCES)[number], note: v.note }), { saved: 'Level saved.', failed: 'The level was not saved' }, onDone));
  const clear = () => current && void saveForm(form, () => api.competence.levelRemove({ id: current.id }), { saved: 'Level cleared.', failed: 'The level was not cleared' }, onDone);
  return (
    <form onSubmit={submit} noValidate aria-label="Skill level">
      <Stack gap="sm">
        <Text size="sm">
          <b>{person?.name}</b> in <b>{skill?.name}</b>: {current ? `now level ${current.level} (${SOURCE_LABEL[current.source]}, ${current.assessedOn})` : 'not assessed yet'}.
        </Text>
        <SimpleGrid cols={3}>
          <Select label="Level" required allowDeselect={false} data-autofocus data={LEVEL_OPTIONS} {...form.getInputProps('level')} />
          <DateInput label="Assessed on" required valueFormat="YYYY-MM-DD" maxDate={todayIso()} {...form.getInputProps('assessedOn')} />
          <Select label="Source" allowDeselect={false} data={LEVEL_SOURCES.map((s) => ({ value: s, label: SOURCE_LABEL[s] }))} {...form.getInputProps('source')} />
        </SimpleGrid>
        <TextInput label="Note" placeholder="For example: certificate number, who assessed" {...form.getInputProps('note')} />
        <Group justify="space-between">
          {current ? (
            <Button variant="subtle" color="red" onClick={clear}>
              Clear this level
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <CancelButton onCancel={onDone} />
            <Button type="submit" loading={form.submitting}>
              Save level
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
