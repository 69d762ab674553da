import { Button, Group, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DECISION_LABEL, DECISIONS, REQUIREMENT_TYPES, RequirementFields, type Requirement } from '../../../../shared/contract/parties';
import { api } from '../../api/client';
import { saveForm, zodValidate } from '../../components/zodForm';

interface Values {
  partyId: string;
  text: string;
  type: string;
  decision: string;
  how: string;
}

const TYPE_LABEL = { legal: 'Legal', regulatory: 'Regulatory', contractual: 'Contractual', expectation: 'Expectation' } as const;

export function RequirementForm({ partyId, requirement, onDone }: { partyId: string; requirement?: Requirement; onDone: () => void }) {
  const form = useForm<Values>({
    initialValues: requirement
      ? { partyId, text: requirement.text, type: requirement.type, decision: requirement.decision, how: requirement.how }
      : { partyId, text: '', type: '', decision: 'undecided', how: '' },
    validate: zodValidate<Values>(RequirementFields),
  });
  const submit = form.onSubmit(async (values) => {
    const input = values as Parameters<typeof api.parties.requirementCreate>[0];
    await saveForm(
      form,
      async () => {
        if (requirement) await api.parties.requirementUpdate({ ...input, id: requirement.id } as Parameters<typeof api.parties.requirementUpdate>[0]);
        else await api.parties.requirementCreate(input);
      },
      { saved: requirement ? 'Requirement updated.' : 'Requirement added.', failed: 'The requirement was not saved' },
      onDone,
    );
  });
  const decision = form.values.decision;
  return (
    <form onSubmit={submit} noValidate aria-label={requirement ? 'Edit requirement' : 'New requirement'}>
      <Stack>
        <Textarea label="Requirement" placeholder="What do they require of you?" required autosize minRows={2} data-autofocus {...form.getInputProps('text')} />
        <Select label="Type" required data={REQUIREMENT_TYPES.map((t) => ({ value: t, label: TYPE_LABEL[t] }))} {...form.getInputProps('type')} w={260} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Will the ISMS address it?
          </Text>
          <SegmentedControl aria-label="ISMS decision" data={DECISIONS.map((d) => ({ value: d, label: DECISION_LABEL[d] }))} {...form.getInputProps('decision')} />
        </Stack>
        {decision !== 'undecided' && (
          <Textarea
            label={decision === 'addressed' ? 'How' : 'Why not'}
            description={decision === 'addressed' ? 'Name the policy, control, objective, risk or process that covers it.' : 'Record the reason, so the decision can be reviewed.'}
            required
            autosize
            minRows={2}
            {...form.getInputProps('how')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {requirement ? 'Save changes' : 'Add requirement'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
