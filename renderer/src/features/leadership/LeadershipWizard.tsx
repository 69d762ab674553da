import { Button, Stepper } from '@mantine/core';
import type { Commitment, LeadershipOverview } from '../../../../shared/contract/leadership';
import type { ClauseReadiness } from '../../../../shared/contract/readiness';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { TopManagementStep } from './steps/TopManagementStep';
import { CommitmentsStep } from './steps/CommitmentsStep';
import { CLAUSE_EXPLANATION } from './labels';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';

const STEPS = ['About 5.1', 'Top management', 'Commitments', 'Summary'] as const;

interface LeadershipWizardProps {
  clause: ClauseReadiness | undefined;
  overview: LeadershipOverview;
  people: { value: string; label: string }[];
  onAddEvidence: (c: Commitment) => void;
  onChecklist: () => void;
}

/** The guided path through 5.1; everything saves as it changes. */
export function LeadershipWizard({ clause, overview, people, onAddEvidence, onChecklist }: LeadershipWizardProps) {
  const [active, setActive] = useWizardStep(STEPS.length);
  const withEvidence = overview.commitments.filter((c) => c.evidence.length > 0).length;
  return (
    <>
      <Stepper active={active} onStepClick={setActive} size="sm" mb="xl" aria-label="5.1 wizard steps">
        <Stepper.Step label={STEPS[0]} description="What it asks">
          <ClauseAbout clause={clause} explanation={CLAUSE_EXPLANATION} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[1]} description={`${overview.topManagement.length} named`}>
          <TopManagementStep overview={overview} people={people} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[2]} description={`${withEvidence} of ${overview.commitments.length} with evidence`}>
          <CommitmentsStep commitments={overview.commitments} people={people} onAddEvidence={onAddEvidence} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[3]} description={`${clause?.percent ?? 0}% done`}>
          <ClauseSummary clause={clause}>
            <Button variant="default" onClick={onChecklist}>
              Open the checklist
            </Button>
          </ClauseSummary>
        </Stepper.Step>
      </Stepper>
      <WizardNav steps={STEPS} active={active} onChange={setActive} />
    </>
  );
}
