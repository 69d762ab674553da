import { Button, Card, Stack, Stepper, Tabs } from '@mantine/core';
import type { Party } from '../../../../shared/contract/parties';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { useClauseReadiness } from '../../hooks';
import { exportDocument } from '../exports/exportDocument';
import { PARTIES_EXPLANATION } from './labels';
import { PartyForm } from './PartyForm';
import { PartyMaps } from './PartyMaps';
import { IdentifyStep } from './steps/IdentifyStep';
import { RequirementsStep } from './steps/RequirementsStep';
import { ScoreStep } from './steps/ScoreStep';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../components/FormDialog/useRecordDialog';
import { useTabParam } from '../../router';
import { titleWithRef } from '../../components/RefBadge/RefBadge';

const STEPS = ['About 4.2', 'Parties', 'Scores', 'Requirements', 'Maps', 'Summary'] as const;

/** Clause 4.2: interested parties, their scores and maps, their requirements. */
export function PartiesPage() {
  const [tab, setTab] = useTabParam('wizard');
  const [step, setStep] = useWizardStep(STEPS.length);
  const clause = useClauseReadiness('4.2');
  const list = useCall(() => api.parties.list({ limit: 500, sort: 'name' }), []);
  const parties = list.data?.items ?? [];
  const dialog = useRecordDialog<Party>('party', list.data?.items);
  const edit = dialog.openEdit;
  const editing = dialog.editing;
  const exportXlsx = () => void exportDocument('stakeholder-register');

  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title="4.2 Interested parties" intro="Who has a stake in your information security, what they need, and how you will engage them." clause={clause} />
      <DocumentControlPanel documentKey="stakeholder-register" />
      <Card>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="wizard">Guided wizard</Tabs.Tab>
            <Tabs.Tab value="maps">Stakeholder maps</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="wizard">
            <Stepper active={step} onStepClick={setStep} size="sm" mb="xl" aria-label="4.2 wizard steps">
              <Stepper.Step label={STEPS[0]} description="What it asks">
                <ClauseAbout explanation={PARTIES_EXPLANATION} clause={clause} />
              </Stepper.Step>
              <Stepper.Step label={STEPS[1]} description={`${parties.length} recorded`}>
                <IdentifyStep parties={parties} onAdd={() => dialog.openNew()} onEdit={edit} />
              </Stepper.Step>
              <Stepper.Step label={STEPS[2]} description="Four scales">
                <ScoreStep parties={parties} />
              </Stepper.Step>
              <Stepper.Step label={STEPS[3]} description="And decisions">
                <RequirementsStep parties={parties} />
              </Stepper.Step>
              <Stepper.Step label={STEPS[4]} description="Grid and matrix">
                <PartyMaps parties={parties} onOpen={edit} />
              </Stepper.Step>
              <Stepper.Step label={STEPS[5]} description={`${clause?.percent ?? 0}% done`}>
                <ClauseSummary clause={clause}>
                  <Button onClick={exportXlsx}>Export the stakeholder register (XLSX)</Button>
                </ClauseSummary>
              </Stepper.Step>
            </Stepper>
            <WizardNav steps={STEPS} active={step} onChange={setStep} />
          </Tabs.Panel>
          <Tabs.Panel value="maps">
            <PartyMaps parties={parties} onOpen={edit} />
          </Tabs.Panel>
        </Tabs>
      </Card>
      <FormDialog opened={editing !== null} onClose={dialog.close} title={editing?.record ? titleWithRef('Edit interested party', editing.record.ref) : 'New interested party'} size="xl">
        {editing && <PartyForm party={editing.record} onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}
