import { Stepper } from '@mantine/core';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import type { Issue, IssueKind } from '../../../../shared/contract/context';
import type { ClauseReadiness } from '../../../../shared/contract/readiness';
import { AboutStep } from './steps/AboutStep';
import { HeadingsStep } from './steps/HeadingsStep';
import { FollowUpStep } from './steps/FollowUpStep';
import { SummaryStep } from './steps/SummaryStep';

interface ContextWizardProps {
  clause: ClauseReadiness | undefined;
  issues: Issue[];
  onAdd: (kind: IssueKind, category: string) => void;
  onEdit: (issue: Issue) => void;
  onExport: () => void;
  onRegister: () => void;
}

const STEPS = ['About 4.1', 'External issues', 'Internal issues', 'Effects and reviews', 'Summary'] as const;

/** The guided path through 4.1; every step saves as you go, so leaving half-way loses nothing. */
export function ContextWizard({ clause, issues, onAdd, onEdit, onExport, onRegister }: ContextWizardProps) {
  const [active, setActive] = useWizardStep(STEPS.length);
  const today = new Date().toISOString().slice(0, 10);
  const counts = {
    external: issues.filter((i) => i.kind === 'external').length,
    internal: issues.filter((i) => i.kind === 'internal').length,
  };
  return (
    <>
      <Stepper active={active} onStepClick={setActive} size="sm" mb="xl" aria-label="4.1 wizard steps">
        <Stepper.Step label={STEPS[0]} description="What it asks">
          <AboutStep clause={clause} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[1]} description={`${counts.external} recorded`}>
          <HeadingsStep kind="external" issues={issues} onAdd={onAdd} onEdit={onEdit} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[2]} description={`${counts.internal} recorded`}>
          <HeadingsStep kind="internal" issues={issues} onAdd={onAdd} onEdit={onEdit} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[3]} description="Complete each issue">
          <FollowUpStep issues={issues} onEdit={onEdit} today={today} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[4]} description={`${clause?.percent ?? 0}% done`}>
          <SummaryStep clause={clause} onExport={onExport} onRegister={onRegister} />
        </Stepper.Step>
      </Stepper>
      <WizardNav steps={STEPS} active={active} onChange={setActive} />
    </>
  );
}
