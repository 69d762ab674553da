import { Button, FileInput, Group, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPaperclip } from '@tabler/icons-react';
import { api, ApiError } from '../../api/client';
import { showServerErrors } from '../../components/zodForm';
import { notifyError, notifySaved } from '../../notify';
import { fileToUpload, formatBytes } from '../attachments/files';
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/contract/attachments';
import { evidenceDateProblem, todayIso } from '../../../../shared/dates';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';

interface Values {
  description: string;
  evidenceDate: string | null;
  file: File | null;
}

/** Evidence for one commitment: what it is, when, and optionally the file itself (kept inside the workspace). */
export function EvidenceForm({ commitmentId, onDone }: { commitmentId: string; onDone: () => void }) {
  const form = useDraftForm<Values>(null, 'Evidence', {
    initialValues: { description: '', evidenceDate: null, file: null },
    // Checked at the field, before anything is read or sent (issue 9): the date rule is the service's own.
    validate: {
      description: (v) => (v.trim() ? null : 'Say what the evidence is.'),
      evidenceDate: (v) => evidenceDateProblem(v, todayIso()),
      file: (f) => (f && f.size > ATTACHMENT_MAX_BYTES ? `${f.name} is ${formatBytes(f.size)}; files can be up to 20 MB.` : null),
    },
    validateInputOnChange: ['evidenceDate', 'file'],
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const file = values.file ? await fileToUpload(values.file) : null;
      await api.leadership.evidenceAdd({ commitmentId, description: values.description, evidenceDate: values.evidenceDate, file });
      form.draft.clear();
      notifySaved('Evidence recorded.');
      onDone();
    } catch (err) {
      // The contract names the file's parts (file.dataBase64, file.name); show them on the file field.
      const fileError = err instanceof ApiError ? Object.entries(err.fieldErrors).find(([k]) => k.startsWith('file'))?.[1] : undefined;
      if (fileError) form.setFieldError('file', fileError);
      else if (!showServerErrors(form, err)) notifyError(err, 'The evidence was not saved');
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New evidence">
      <Stack>
        <Textarea label="Evidence" description="For example: board minutes of 12 March approving the security budget" required autosize minRows={2} data-autofocus {...form.getInputProps('description')} />
        <DateInput label="Date" placeholder="When it happened" valueFormat="YYYY-MM-DD" clearable maxDate={todayIso()} {...form.getInputProps('evidenceDate')} />
        <FileInput label="Attach a file" placeholder="Optional, up to 20 MB" leftSection={<IconPaperclip size={16} />} clearable {...form.getInputProps('file')} />
        <Text size="xs" c="dimmed">
          The file is stored inside the workspace with a SHA-256 fingerprint, so you can later show it has not changed.
        </Text>
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            Add evidence
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
