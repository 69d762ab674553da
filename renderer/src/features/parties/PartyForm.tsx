import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { PARTY_TYPE_LABEL, PARTY_TYPES, PartyFields, type Party } from '../../../../shared/contract/parties';
import { api } from '../../api/client';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { ReviewDateInput, inTwelveMonths } from '../../components/ReviewDateInput/ReviewDateInput';

interface Values {
  name: string;
  type: string;
  contact: string;
  relevance: string;
  interest: number;
  influence: number;
  trust: number;
  agreement: number;
  reviewDate: string | null;
}

const SCORES = ['1', '2', '3', '4', '5'];

export function ScoreInput({ label, hint, value, onChange, error }: { label: string; hint: string; value: number; onChange: (v: number) => void; error?: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}{' '}
        <Text span size="xs" c="dimmed">
          {hint}
        </Text>
      </Text>
      <SegmentedControl aria-label={label} data={SCORES} value={String(value)} onChange={(v) => onChange(Number(v))} fullWidth />
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}

export function PartyForm({ party, onDone }: { party?: Party; onDone: () => void }) {
  const form = useDraftForm<Values>(`party:${party?.id ?? 'new'}`, 'Interested party', {
    initialValues: party
      ? { name: party.name, type: party.type, contact: party.contact, relevance: party.relevance, interest: party.interest, influence: party.influence, trust: party.trust, agreement: party.agreement, reviewDate: party.reviewDate }
      : { name: '', type: '', contact: '', relevance: '', interest: 3, influence: 3, trust: 3, agreement: 3, reviewDate: inTwelveMonths() },
    validate: zodValidate<Values>(PartyFields),
  });
  const submit = form.onSubmit(async (values) => {
    const input = values as Parameters<typeof api.parties.create>[0];
    await saveForm(
      form,
      async () => {
        if (party) await api.parties.update({ ...input, id: party.id } as Parameters<typeof api.parties.update>[0]);
        else await api.parties.create(input);
      },
      { saved: party ? 'Party updated.' : 'Party added.', failed: 'The party was not saved' },
      onDone,
    );
  });
  const score = (key: 'interest' | 'influence' | 'trust' | 'agreement', label: string, hint: string) => (
    <ScoreInput label={label} hint={hint} value={form.values[key]} onChange={(v) => form.setFieldValue(key, v)} error={form.errors[key] as string | undefined} />
  );
  return (
    <form onSubmit={submit} noValidate aria-label={party ? 'Edit party' : 'New party'}>
      <Stack>
        <SimpleGrid cols={2}>
          <TextInput label="Name" placeholder="For example: Data protection authority" required data-autofocus {...form.getInputProps('name')} />
          <Select label="Kind of party" required data={PARTY_TYPES.map((t) => ({ value: t, label: PARTY_TYPE_LABEL[t] }))} {...form.getInputProps('type')} />
        </SimpleGrid>
        <TextInput label="Contact" placeholder="Name, role or mailbox at the party" {...form.getInputProps('contact')} />
        <Textarea label="Why they matter" autosize minRows={2} maxRows={5} {...form.getInputProps('relevance')} />
        <SimpleGrid cols={2}>
          {score('interest', 'Interest', 'how much they care about your information security')}
          {score('influence', 'Influence', 'how much they can affect it')}
          {score('trust', 'Trust', 'how far you trust each other')}
          {score('agreement', 'Agreement', 'how far they agree with your approach')}
        </SimpleGrid>
        <ReviewDateInput label="Review by" w={260} {...form.getInputProps('reviewDate')} />
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {party ? 'Save changes' : 'Add party'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
