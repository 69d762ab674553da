import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { NcDetail } from '../../../../../shared/contract/improvement';
import { api } from '../../../api/client';
import { saveForm } from '../../../components/zodForm';
import { useDraftForm } from '../../../drafts/useDraftForm';
import { StepButton } from './StepButton';

/** 10.2 a): react to it: correct it now and contain what it caused. */
export function CorrectionStep({ nc }: { nc: NcDetail }) {
  const form = useDraftForm(`nc:${nc.id}:correction`, 'Correction', { initialValues: { correction: nc.correction, containment: nc.containment } });
  const closed = nc.status === 'closed';
  const submit = form.onSubmit((values) => void saveForm(form, () => api.improvement.ncUpdate({ id: nc.id, ...values }), { saved: 'Correction saved.', failed: 'The correction was not saved' }));
  return (
    <form onSubmit={submit} noValidate aria-label="Correction and containment">
      <Stack gap="sm" maw={900}>
        <Text size="sm">First stop the damage: fix the immediate problem, then deal with what it has already caused. Finding and removing the cause comes next.</Text>
        <Textarea label="Correction" description="What was done straight away to fix the problem" autosize minRows={2} maxRows={6} disabled={closed} {...form.getInputProps('correction')} />
        <Textarea label="Containment of consequences" description="What was done about the effects (checks, notifications, clean-up)" autosize minRows={2} maxRows={6} disabled={closed} {...form.getInputProps('containment')} />
        {!closed && (
          <Group justify="space-between">
            <Button type="submit" variant="default" loading={form.submitting} disabled={!form.draft.dirty}>
              Save correction
            </Button>
            {nc.status === 'open' && <StepButton ncId={nc.id} action="record-correction" label="Mark correction done" ready={!!nc.correction.trim() && !form.draft.dirty} hint={form.draft.dirty ? 'Save first' : undefined} />}
          </Group>
        )}
      </Stack>
    </form>
  );
}
