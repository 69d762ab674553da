import { Button, Group, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { DECISION_LABEL, DECISIONS, REQUIREMENT_TYPES, RequirementFields, type Requirement } from '../../../../shared/contract/parties';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';

interface Values {
  partyId: string;
  text: string;
  type: string;
  decision: string;
  how: string;
  policyId: string | null;
}

const TYPE_LABEL = { legal: 'Legal', regulatory: 'Regulatory', contractual: 'Contractual', expectation: 'Expectation' } as const;

export function RequirementForm({ partyId, requirement, onDone }: { partyId: string; requirement?: Requirement; onDone: () => void }) {
  const policies = useCall(() => api.policies.list({}), []);
  const form = useDraftForm<Values>(`requirement:${requirement?.id ?? `new:${partyId}`}`, 'Requirement', {
    initialValues: requirement
      ? { partyId, text: requirement.text, type: requirement.type, decision: requirement.decision, how: requirement.how, policyId: requirement.policyId }
      : { partyId, text: '', type: '', decision: 'undecided', how: '', policyId: null },
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
  // Only an addressed requirement points to a policy; changing the decision drops the link.
  useEffect(() => {
    if (decision !== 'addressed' && form.values.policyId) form.setFieldValue('policyId', null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [decision]);
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
        {decision === 'addressed' && (
          <Select
            label="Policy that addresses it (optional)"
            placeholder={policies.data?.length ? 'Choose a policy' : 'No policies yet (5.2)'}
            clearable
            searchable
            data={(policies.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
            {...form.getInputProps('policyId')}
          />
        )}
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
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {requirement ? 'Save changes' : 'Add requirement'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
