import { useEffect } from 'react';
import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { categoriesFor, IssueFields, swotAllowed, type Issue, type IssueKind } from '../../../../shared/contract/context';
import { api } from '../../api/client';
import { saveForm, zodValidate } from '../../components/zodForm';
import { CATEGORY_GUIDE, IMPACT_LABEL, SWOT_LABEL } from './labels';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { PersonSelect } from '../../components/PersonSelect/PersonSelect';
import { ReviewDateInput, inTwelveMonths } from '../../components/ReviewDateInput/ReviewDateInput';

export interface IssueValues {
  title: string;
  description: string;
  kind: IssueKind;
  category: string | null;
  swot: string;
  effect: string;
  impact: string;
  source: string;
  reviewDate: string | null;
  ownerId: string | null;
}

export function blankIssue(kind: IssueKind, category?: string): IssueValues {
  return { title: '', description: '', kind, category: category ?? null, swot: kind === 'external' ? 'threat' : 'weakness', effect: '', impact: 'medium', source: '', reviewDate: inTwelveMonths(), ownerId: null };
}

const fromIssue = (i: Issue): IssueValues => ({
  title: i.title,
  description: i.description,
  kind: i.kind,
  category: i.category,
  swot: i.swot,
  effect: i.effect,
  impact: i.impact,
  source: i.source,
  reviewDate: i.reviewDate,
  ownerId: i.ownerId,
});

interface IssueFormProps {
  issue?: Issue;
  initial?: IssueValues;
  onDone: () => void;
}

/** One issue of 4.1; validation is the contract's schema, messages sit next to their field. */
export function IssueForm({ issue, initial, onDone }: IssueFormProps) {
  const form = useDraftForm<IssueValues>(`issue:${issue?.id ?? 'new'}`, 'Issue', {
    initialValues: issue ? fromIssue(issue) : (initial ?? blankIssue('external')),
    validate: zodValidate<IssueValues>(IssueFields),
  });
  const kind = form.values.kind;

  // Switching internal/external keeps the form consistent instead of leaving an invalid pair.
  useEffect(() => {
    // null, not '': Mantine's Select shows nothing only for null or a value it knows.
    if (form.values.category && !categoriesFor(kind).includes(form.values.category as never)) form.setFieldValue('category', null);
    if (!swotAllowed(kind).includes(form.values.swot as never)) form.setFieldValue('swot', kind === 'external' ? 'threat' : 'weakness');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind]);

  const submit = form.onSubmit(async (values) => {
    const input = values as Parameters<typeof api.context.create>[0];
    await saveForm(
      form,
      async () => {
        if (issue) await api.context.update({ ...input, id: issue.id } as Parameters<typeof api.context.update>[0]);
        else await api.context.create(input);
      },
      { saved: issue ? 'Issue updated.' : 'Issue added.', failed: 'The issue was not saved' },
      onDone,
    );
  });

  const category = form.values.category as keyof typeof CATEGORY_GUIDE;
  return (
    <form onSubmit={submit} noValidate aria-label={issue ? 'Edit issue' : 'New issue'}>
      <Stack>
        <SegmentedControl
          aria-label="Internal or external"
          data={[
            { value: 'external', label: 'External issue' },
            { value: 'internal', label: 'Internal issue' },
          ]}
          {...form.getInputProps('kind')}
        />
        <TextInput label="Title" placeholder="A short name for the issue" required data-autofocus {...form.getInputProps('title')} />
        <SimpleGrid cols={2}>
          <Select
            label="Category"
            placeholder="Choose a heading"
            required
            data={categoriesFor(kind).map((c) => ({ value: c, label: CATEGORY_GUIDE[c].label }))}
            {...form.getInputProps('category')}
          />
          <Select
            label="Strength, weakness, opportunity or threat"
            required
            allowDeselect={false}
            data={swotAllowed(kind).map((s) => ({ value: s, label: SWOT_LABEL[s] }))}
            {...form.getInputProps('swot')}
          />
        </SimpleGrid>
        {CATEGORY_GUIDE[category] && (
          <Text size="xs" c="dimmed">
            {CATEGORY_GUIDE[category].prompt}
          </Text>
        )}
        <Textarea label="Description" autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
        <Textarea
          label="Effect on the ISMS"
          description="How could this help or hinder what information security must achieve?"
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('effect')}
        />
        <SimpleGrid cols={2}>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Impact
            </Text>
            <SegmentedControl aria-label="Impact" data={Object.entries(IMPACT_LABEL).map(([value, label]) => ({ value, label }))} {...form.getInputProps('impact')} />
          </Stack>
          <ReviewDateInput label="Review by" {...form.getInputProps('reviewDate')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput label="Source" placeholder="Workshop, interview, news, regulator..." {...form.getInputProps('source')} />
          <PersonSelect label="Owner" {...form.getInputProps('ownerId')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {issue ? 'Save changes' : 'Add issue'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
