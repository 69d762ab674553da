import { useState } from 'react';
import { Button, FileInput, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPaperclip } from '@tabler/icons-react';
import { todayIso } from '../../../../shared/dates';
import type { Training } from '../../../../shared/contract/competence';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { fileToUpload } from '../attachments/files';
import { LEVEL_OPTIONS } from './labels';
import { EvidenceList } from './EvidenceList';

interface Values {
  personId: string | null;
  title: string;
  completedOn: string | null;
  provider: string;
  planId: string | null;
  skillId: string | null;
  levelReached: string | null;
  note: string;
}

/** 7.2 d): training that took place, with its evidence; the level reached updates the skills matrix. */
export function TrainingForm({ training, onDone }: { training?: Training; onDone: () => void }) {
  const skills = useCall(() => api.competence.skillList({}), []);
  const form = useDraftForm<Values>(`training:${training?.id ?? 'new'}`, 'Training record', {
    initialValues: training
      ? { personId: training.personId, title: training.title, completedOn: training.completedOn, provider: training.provider, planId: training.planId, skillId: training.skillId, levelReached: training.levelReached ? String(training.levelReached) : null, note: training.note }
      : { personId: null, title: '', completedOn: todayIso(), provider: '', planId: null, skillId: null, levelReached: null, note: '' },
    validate: {
      personId: (v) => (v ? null : 'Choose who was trained.'),
      title: (v) => (v.trim() ? null : 'Say what the training was.'),
      completedOn: (v) => (!v ? 'Give the day it was completed.' : v > todayIso() ? 'Training is recorded once it happened.' : null),
    },
  });
  const v = form.values;
  const plans = useCall(() => (v.personId ? api.competence.planList({ personId: v.personId }) : Promise.resolve([])), [v.personId]);
  const open = (plans.data ?? []).filter((p) => p.status === 'planned');
  const [files, setFiles] = useState<File[]>([]);
  const pickPlan = (id: string | null) => {
    form.setFieldValue('planId', id);
    const plan = open.find((p) => p.id === id);
    if (plan) {
      form.setFieldValue('skillId', plan.skillId);
      form.setFieldValue('levelReached', String(plan.targetLevel));
    }
  };
  const submit = form.onSubmit(async (values) => {
    if (training) {
      await saveForm(form, () => api.competence.trainingUpdate({ id: training.id, title: values.title, completedOn: values.completedOn!, provider: values.provider, note: values.note }), { saved: 'Training record updated.', failed: 'The training was not saved' }, onDone);
      return;
    }
    const uploads = await Promise.all(files.map(fileToUpload));
    await saveForm(
      form,
      () => api.competence.trainingCreate({ personId: values.personId!, title: values.title, completedOn: values.completedOn!, provider: values.provider, planId: values.planId, skillId: values.skillId, levelReached: values.levelReached ? Number(values.levelReached) : null, note: values.note, files: uploads }),
      { saved: 'Training recorded.', failed: 'The training was not saved' },
      onDone,
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={training ? 'Edit training record' : 'New training record'}>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <PersonSelect label="Person" required searchable disabled={training !== undefined} data-autofocus {...form.getInputProps('personId')} />
          <Select label="Carries out the plan" placeholder={open.length ? 'Choose a plan' : 'No open plan'} clearable disabled={training !== undefined || open.length === 0} data={open.map((p) => ({ value: p.id, label: `${p.ref} ${p.skillName} to ${p.targetLevel}` }))} value={v.planId} onChange={pickPlan} />
        </SimpleGrid>
        <TextInput label="What was learnt" required placeholder="Course, workshop, mentoring, exam" {...form.getInputProps('title')} />
        <SimpleGrid cols={2}>
          <DateInput label="Completed on" required valueFormat="YYYY-MM-DD" maxDate={todayIso()} {...form.getInputProps('completedOn')} />
          <TextInput label="Provider" {...form.getInputProps('provider')} />
          <Select label="Skill" searchable clearable disabled={training !== undefined} data={(skills.data ?? []).map((s) => ({ value: s.id, label: s.name }))} {...form.getInputProps('skillId')} />
          <Select label="Level reached" description={training ? 'Recorded in the matrix when the training was saved' : 'Updates the skills matrix'} clearable disabled={training !== undefined} data={LEVEL_OPTIONS} {...form.getInputProps('levelReached')} />
        </SimpleGrid>
        <Textarea label="Note" autosize minRows={1} maxRows={4} {...form.getInputProps('note')} />
        {training && <EvidenceList evidence={training.evidence} owner={{ trainingId: training.id }} />}
        {!training && <FileInput label="Evidence files" description="Certificate, attendance list, test result" multiple clearable leftSection={<IconPaperclip size={16} />} value={files} onChange={setFiles} />}
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {training ? 'Save changes' : 'Record training'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
