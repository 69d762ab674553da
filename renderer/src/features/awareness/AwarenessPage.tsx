import { Button, Card, Group, Stack, Stepper, Tabs, Text, Title } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { CriteriaList } from '../../components/CriteriaList/CriteriaList';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { titleWithRef } from '../../components/RefBadge/RefBadge';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { useClauseReadiness } from '../../hooks';
import { useOpenDialog, useTabParam } from '../../router';
import { exportDocument } from '../exports/exportDocument';
import { CampaignForm } from './CampaignForm';
import { CampaignRecord } from './CampaignRecord';
import { CampaignsPanel } from './CampaignsPanel';
import { CoveragePanel } from './CoveragePanel';

const STEPS = ['About clause 7.3', 'Campaigns', 'Coverage', 'Summary'] as const;
const EXPLANATION = [
  'Everyone working under the organisation’s control should know the information security policy, how their own work contributes to keeping information safe, and what happens when the rules are not followed.',
  'Plan awareness campaigns for that: briefings, e-learning, posters, phishing tests. Say who each is for (everyone, or particular roles and people), keep the material, and record who it reached, with quiz scores where there was a quiz.',
  'Judge whether it worked (quiz results, test click rates, incidents reported) and make sure nobody is missed: the coverage view lists everyone in the people register not reached this year.',
];

function AwarenessWizard({ onTab, onNew }: { onTab: (t: string) => void; onNew: () => void }) {
  const clause = useClauseReadiness('7.3');
  const [active, setActive] = useWizardStep(STEPS.length);
  const list = useCall(() => api.awareness.campaignList({}), []);
  const cov = useCall(() => api.awareness.coverage({}), []);
  return (
    <>
      <Stepper active={active} onStepClick={setActive} size="sm" mb="xl" aria-label="Clause 7.3 wizard steps">
        <Stepper.Step label={STEPS[0]} description="What it asks">
          <ClauseAbout clause={clause} explanation={EXPLANATION} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[1]} description={`${list.data?.length ?? 0} recorded`}>
          <Stack gap="sm" maw={900}>
            <Title order={4}>Campaigns</Title>
            <Text size="sm">Record each campaign with its topic, audience, date and material; then open it to tick who it reached and rate how well it worked.</Text>
            <Group>
              <Button onClick={onNew}>Record campaign</Button>
              <Button variant="default" onClick={() => onTab('campaigns')}>
                Open the campaigns
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={STEPS[2]} description={cov.data ? `${cov.data.reached} of ${cov.data.inScope} reached` : ''}>
          <CoveragePanel />
        </Stepper.Step>
        <Stepper.Step label={STEPS[3]} description={`${clause?.percent ?? 0}% done`}>
          <Stack gap="sm" maw={900}>
            <Title order={4}>Where clause 7.3 stands</Title>
            <CriteriaList clause={clause} />
            <Group>
              <Button variant="default" onClick={() => void exportDocument('awareness-record', undefined, { format: 'docx' })}>
                Export the awareness record (DOCX)
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>
      </Stepper>
      <WizardNav steps={STEPS} active={active} onChange={setActive} />
    </>
  );
}

/** Clause 7.3. The URL says what is open: `open=campaign:new`, `open=campaign:<id>` (its record), `open=campaign-edit:<id>`. */
export function AwarenessPage() {
  const [tab, setTab] = useTabParam('wizard');
  const dialog = useOpenDialog();
  const clause = useClauseReadiness('7.3');
  const p = dialog.parts ?? [];
  const editId = p[0] === 'campaign-edit' ? p[1] : null;
  const editing = useCall(() => (editId ? api.awareness.campaignGet({ id: editId }) : Promise.resolve(null)), [editId]);
  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title="7.3 Awareness" intro="Everyone knows the policy, their part in security and what happens when rules are broken: campaigns, who they reached and whether they worked." clause={clause} />
      <DocumentControlPanel documentKey="awareness-record" />
      <Card>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="wizard">Guided wizard</Tabs.Tab>
            <Tabs.Tab value="campaigns">Campaigns</Tabs.Tab>
            <Tabs.Tab value="coverage">Coverage</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="wizard">
            <AwarenessWizard onTab={setTab} onNew={() => dialog.show('campaign', 'new')} />
          </Tabs.Panel>
          <Tabs.Panel value="campaigns">
            <CampaignsPanel onOpen={(c) => dialog.show('campaign', c.id)} onEdit={(c) => dialog.show('campaign-edit', c.id)} onNew={() => dialog.show('campaign', 'new')} />
          </Tabs.Panel>
          <Tabs.Panel value="coverage">
            <CoveragePanel />
          </Tabs.Panel>
        </Tabs>
      </Card>
      <FormDialog opened={p[0] === 'campaign' && p[1] === 'new'} onClose={dialog.close} title="New awareness campaign" size="xl">
        <CampaignForm onDone={dialog.close} onCreated={(id) => dialog.show('campaign', id)} />
      </FormDialog>
      <FormDialog opened={p[0] === 'campaign' && p[1] !== 'new'} onClose={dialog.close} title="Awareness campaign" size="xl">
        {p[0] === 'campaign' && p[1] !== 'new' && <CampaignRecord id={p[1]!} onEdit={() => dialog.show('campaign-edit', p[1]!)} onClose={dialog.close} />}
      </FormDialog>
      <FormDialog opened={editing.data != null} onClose={dialog.close} title={editing.data ? titleWithRef('Edit campaign', editing.data.ref) : ''} size="xl">
        {editing.data && <CampaignForm key={editing.data.id} campaign={editing.data} onDone={() => dialog.show('campaign', editing.data!.id)} />}
      </FormDialog>
    </Stack>
  );
}
