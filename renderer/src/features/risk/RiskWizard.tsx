import { Button, Group, Stack, Stepper, Text } from '@mantine/core';
import type { ClauseReadiness } from '../../../../shared/contract/readiness';
import type { RiskMethod } from '../../../../shared/contract/riskMethod';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { SoaPanel } from '../controls/SoaPanel';
import { AssetsPanel } from './AssetsPanel';
import { MethodPanel } from './MethodPanel';
import { OpportunitiesPanel } from './OpportunitiesPanel';
import { RiskRegister } from './RiskRegister';
import { TreatmentPlanPanel } from './TreatmentPlanPanel';

const STEPS = ['About 6.1', 'Method', 'Assets', 'Risks', 'Opportunities', 'Treatment plan', 'Statement of Applicability', 'Summary'] as const;

const EXPLANATION = [
  'Plan how the ISMS deals with risk. First agree how risks are judged: scales for likelihood and impact, a matrix that turns the two into a level, and the level up to which a risk may simply be accepted.',
  'Then list the assets that matter, and for each the things that could go wrong: a threat exploiting a weakness, or an event. Give every risk an owner, rate it, and see where it falls against your acceptance threshold. Note the opportunities too: what could go well, found in the same issues and requirements.',
  'For risks that need it, choose how to treat them (modify, share, avoid or retain), pick the controls, plan the actions, and have the risk owner approve the plan and accept what remains.',
  'Finally compare your controls with the 93 of Annex A in the Statement of Applicability, so that nothing necessary is left out and every inclusion and exclusion is explained.',
];

/** The guided path through 6.1.1-6.1.3; every step saves as you go. */
export function RiskWizard({ clause, method, onTab }: { clause: ClauseReadiness | undefined; method: RiskMethod; onTab: (tab: string) => void }) {
  // The step lives in the URL (?step=4), so a reload or a link comes back to it.
  const [active, setActive] = useWizardStep(STEPS.length);
  return (
    <>
      <Stepper active={active} onStepClick={setActive} size="xs" mb="xl" wrap aria-label="6.1 wizard steps">
        <Stepper.Step label={STEPS[0]}>
          <ClauseAbout clause={clause} explanation={EXPLANATION} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[1]}>
          <MethodPanel />
        </Stepper.Step>
        <Stepper.Step label={STEPS[2]}>
          <AssetsPanel />
        </Stepper.Step>
        <Stepper.Step label={STEPS[3]}>
          <RiskRegister method={method} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[4]}>
          <OpportunitiesPanel />
        </Stepper.Step>
        <Stepper.Step label={STEPS[5]}>
          <Stack>
            <Text size="sm" c="dimmed">
              Actions are added on each risk under "Actions and decisions", where the risk owner also approves the plan and accepts the residual risk.
            </Text>
            <TreatmentPlanPanel />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={STEPS[6]}>
          <SoaPanel />
        </Stepper.Step>
        <Stepper.Step label={STEPS[7]}>
          <ClauseSummary clause={clause}>
            <Group>
              <Button variant="light" onClick={() => onTab('documents')}>
                Approve and export the 6.1 documents
              </Button>
              <Button variant="default" onClick={() => onTab('runs')}>
                Record an assessment run
              </Button>
            </Group>
          </ClauseSummary>
        </Stepper.Step>
      </Stepper>
      <WizardNav steps={STEPS} active={active} onChange={setActive} />
    </>
  );
}
