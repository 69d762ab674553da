import { useState } from 'react';
import { Button, FileInput, Grid, Group, MultiSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPaperclip } from '@tabler/icons-react';
import { CampaignCheck, type CampaignDetail } from '../../../../shared/contract/awareness';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { usePeopleOptions } from '../../hooks';
import { saveForm, zodValidate } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { CancelButton } from '../../components/FormDialog/FormDialog';
import { fileToUpload } from '../attachments/files';

interface Values {
  topic: string;
  description: string;
  heldOn: string | null;
  audience: 'everyone' | 'chosen';
  roleIds: string[];
  personIds: string[];
  materialText: string;
  materialLink: string;
  effectiveness: number | null;
  effectivenessNote: string;
}

const blank = (): Values => ({ topic: '', description: '', heldOn: null, audience: 'everyone', roleIds: [], personIds: [], materialText: '', materialLink: '', effectiveness: null, effectivenessNote: '' });
const fromCampaign = (c: CampaignDetail): Values => ({ topic: c.topic, description: c.description, heldOn: c.heldOn, audience: c.audience, roleIds: c.roleIds, personIds: c.personIds, materialText: c.materialText, materialLink: c.materialLink, effectiveness: c.effectiveness, effectivenessNote: c.effectivenessNote });

/** 7.3: a campaign, who it is for, its material and how well it worked. */
export function CampaignForm({ campaign, onDone, onCreated }: { campaign?: CampaignDetail; onDone: () => void; onCreated?: (id: string) => void }) {
  const form = useDraftForm<Values>(`campaign:${campaign?.id ?? 'new'}`, 'Awareness campaign', { initialValues: campaign ? fromCampaign(campaign) : blank(), validate: zodValidate<Values>(CampaignCheck) });
  const roles = useCall(() => api.roles.list({}), []);
  const people = usePeopleOptions();
  const [file, setFile] = useState<File | null>(null);
  const [dropFile, setDropFile] = useState(false);
  const v = form.values;
  const submit = form.onSubmit(async (values) => {
    const input = { ...values, heldOn: values.heldOn!, roleIds: values.audience === 'chosen' ? values.roleIds : [], personIds: values.audience === 'chosen' ? values.personIds : [] };
    const materialFile = file ? await fileToUpload(file) : undefined;
    let id = campaign?.id ?? '';
    await saveForm(
      form,
      async () => {
        if (campaign) await api.awareness.campaignUpdate({ id: campaign.id, ...input, ...(materialFile ? { materialFile } : dropFile ? { materialFile: null } : {}) });
        else id = (await api.awareness.campaignCreate({ ...input, materialFile: materialFile ?? null })).id;
      },
      { saved: campaign ? 'Campaign updated.' : 'Campaign recorded.', failed: 'The campaign was not saved' },
      () => (campaign || !onCreated ? onDone() : onCreated(id)),
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={campaign ? 'Edit awareness campaign' : 'New awareness campaign'}>
      <Stack gap="sm">
        <Grid>
          <Grid.Col span={8}>
            <TextInput label="Topic" required data-autofocus placeholder="Phishing, clean desk, reporting incidents" {...form.getInputProps('topic')} />
          </Grid.Col>
          <Grid.Col span={4}>
            <DateInput label="Held on" required valueFormat="YYYY-MM-DD" {...form.getInputProps('heldOn')} />
          </Grid.Col>
        </Grid>
        <Textarea label="What it covered" autosize minRows={1} maxRows={4} {...form.getInputProps('description')} />
        <div>
          <Text size="sm" fw={500} mb={4}>
            Audience
          </Text>
          <SegmentedControl aria-label="Audience" data={[{ value: 'everyone', label: 'Everyone in the people register' }, { value: 'chosen', label: 'Chosen roles and people' }]} {...form.getInputProps('audience')} />
        </div>
        {v.audience === 'chosen' && (
          <SimpleGrid cols={2}>
            <MultiSelect label="Roles" searchable clearable data={(roles.data ?? []).map((r) => ({ value: r.id, label: r.name }))} {...form.getInputProps('roleIds')} />
            <MultiSelect label="People" searchable clearable data={people.options} {...form.getInputProps('personIds')} />
          </SimpleGrid>
        )}
        <Textarea label="Material" description="Slides, talking points, quiz questions, or where they are kept" autosize minRows={2} maxRows={5} {...form.getInputProps('materialText')} />
        <SimpleGrid cols={2}>
          <TextInput label="Link to the material" placeholder="https://" {...form.getInputProps('materialLink')} />
          <FileInput
            label="Material file"
            description={campaign?.materialFile && !dropFile ? `Now: ${campaign.materialFile.name}` : 'Optional, up to 20 MB'}
            clearable
            leftSection={<IconPaperclip size={16} />}
            value={file}
            onChange={(f) => (setFile(f), setDropFile(false))}
          />
        </SimpleGrid>
        {campaign?.materialFile && !file && (
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {dropFile ? 'The file will be removed when you save.' : `Kept: ${campaign.materialFile.name}. Pick a file to replace it.`}
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={() => setDropFile(!dropFile)}>
              {dropFile ? 'Keep the file' : 'Remove the file'}
            </Button>
          </Group>
        )}
        <Grid>
          <Grid.Col span={4}>
          <NumberInput label="Effectiveness (1-5)" min={1} max={5} allowDecimal={false} clampBehavior="strict" {...form.getInputProps('effectiveness')} value={v.effectiveness ?? ''} onChange={(n) => form.setFieldValue('effectiveness', typeof n === 'number' ? n : null)} />
          </Grid.Col>
          <Grid.Col span={8}>
            <TextInput label="How effectiveness was judged" placeholder="Quiz results, phishing test click rate, fewer incidents" {...form.getInputProps('effectivenessNote')} />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          <CancelButton onCancel={onDone} />
          <Button type="submit" loading={form.submitting}>
            {campaign ? 'Save changes' : 'Record campaign'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
