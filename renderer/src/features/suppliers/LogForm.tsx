import { Button, FileInput, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPaperclip } from '@tabler/icons-react';
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/contract/attachments';
import { LogFields, type LogEntry, type PlanRow } from '../../../../shared/contract/communication';
import { evidenceDateProblem, todayIso } from '../../../../shared/dates';
import { api, ApiError } from '../../api/client';
import { showServerErrors, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';
import { notifyError, notifySaved } from '../../notify';
import { fileToUpload, formatBytes } from '../attachments/files';

interface Values {
  communicatedOn: string | null;
  planId: string | null;
  topic: string;
  audience: string;
  channel: string;
  byId: string | null;
  note: string;
  file: File | null;
}

/** 7.4: what was actually communicated; picking a plan row fills its topic, audience and channel. */
export function LogForm({ entry, plan, planId, onDone }: { entry?: LogEntry; plan: PlanRow[]; planId?: string; onDone: () => void }) {
  const from = plan.find((p) => p.id === planId);
  const form = useDraftForm<Values>(entry ? `communication-log:${entry.id}` : null, 'Log entry', {
    initialValues: entry
      ? { communicatedOn: entry.communicatedOn, planId: entry.planId, topic: entry.topic, audience: entry.audience, channel: entry.channel, byId: entry.byId, note: entry.note, file: null }
      : { communicatedOn: todayIso(), planId: from?.id ?? null, topic: from?.topic ?? '', audience: from?.audience ?? '', channel: from?.channel ?? '', byId: from?.responsibleId ?? null, note: '', file: null },
    validate: (values) => {
      const { file, ...rest } = values;
      const errors = zodValidate<Omit<Values, 'file'>>(LogFields)(rest);
      const dateProblem = evidenceDateProblem(values.communicatedOn, todayIso());
      if (dateProblem) errors.communicatedOn = 'Log what was communicated; a day in the future belongs in the plan.';
      if (file && file.size > ATTACHMENT_MAX_BYTES) errors.file = `${file.name} is ${formatBytes(file.size)}; files can be up to 20 MB.`;
      return errors;
    },
  });
  const choosePlan = (id: string | null) => {
    form.setFieldValue('planId', id);
    const p = plan.find((x) => x.id === id);
    if (p) form.setValues({ topic: p.topic, audience: p.audience, channel: p.channel, byId: form.values.byId ?? p.responsibleId });
  };
  const submit = form.onSubmit(async ({ file, ...values }) => {
    try {
      const input = { ...values, communicatedOn: values.communicatedOn ?? '' };
      if (entry) await api.communication.logUpdate({ ...input, id: entry.id });
      else await api.communication.logCreate({ ...input, file: file ? await fileToUpload(file) : null });
      form.draft.clear();
      notifySaved(entry ? 'Log entry updated.' : 'Communication logged.');
      onDone();
    } catch (err) {
      const fileError = err instanceof ApiError ? Object.entries(err.fieldErrors).find(([k]) => k.startsWith('file'))?.[1] : undefined;
      if (fileError) form.setFieldError('file', fileError);
      else if (!showServerErrors(form, err)) notifyError(err, 'The log entry was not saved');
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={entry ? 'Edit log entry' : 'New log entry'}>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <DateInput label="Communicated on" required valueFormat="YYYY-MM-DD" maxDate={todayIso()} {...form.getInputProps('communicatedOn')} onChange={(d) => form.setFieldValue('communicatedOn', d ? String(d).slice(0, 10) : null)} />
          <Select label="Carries out the plan row" clearable searchable placeholder="Not planned" data={plan.map((p) => ({ value: p.id, label: `${p.ref} ${p.topic}` }))} value={form.values.planId} onChange={choosePlan} error={form.errors.planId} />
        </SimpleGrid>
        <TextInput label="Topic" required {...form.getInputProps('topic')} />
        <SimpleGrid cols={3} spacing="sm">
          <TextInput label="Audience" required {...form.getInputProps('audience')} />
          <TextInput label="Channel" required {...form.getInputProps('channel')} />
          <PersonSelect label="By" {...form.getInputProps('byId')} />
        </SimpleGrid>
        <Textarea label="Note" autosize minRows={1} maxRows={3} {...form.getInputProps('note')} />
        {!entry && <FileInput label="Attach a file" placeholder="Optional, up to 20 MB: the e-mail, slides or minutes" leftSection={<IconPaperclip size={16} />} clearable {...form.getInputProps('file')} />}
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>{entry ? 'Save changes' : 'Log it'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
