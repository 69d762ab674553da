import { Alert, Button, Stepper } from '@mantine/core';
import type { PolicyDetail, PolicySummary, PolicyTemplate } from '../../../../shared/contract/policies';
import type { ClauseReadiness } from '../../../../shared/contract/readiness';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { exportDocument } from '../exports/exportDocument';
import { PolicyDistribution } from './PolicyDistribution';
import { PolicyWorkflow } from './PolicyWorkflow';
import { TemplateLibrary } from './TemplateLibrary';
import { TopPolicyStep } from './steps/TopPolicyStep';
import { CLAUSE_EXPLANATION, STATUS_TEXT } from './labels';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';

const STEPS = ['About 5.2', 'The policy', 'Approval', 'Distribution', 'Topic policies', 'Summary'] as const;

interface PoliciesWizardProps {
  clause: ClauseReadiness | undefined;
  policies: PolicySummary[];
  templates: PolicyTemplate[];
  top: PolicyDetail | null;
  people: { value: string; label: string }[];
  onStart: (template: PolicyTemplate | null, kind: 'information-security' | 'topic') => void;
}

const needTop = <Alert color="gray">Start the information security policy in the previous steps first.</Alert>;

/** The guided path through 5.2: write, approve, publish, distribute, then the topic-specific policies. */
export function PoliciesWizard({ clause, policies, templates, top, people, onStart }: PoliciesWizardProps) {
  const [active, setActive] = useWizardStep(STEPS.length);
  const topics = policies.filter((p) => p.kind === 'topic');
  return (
    <>
      <Stepper active={active} onStepClick={setActive} size="sm" mb="xl" aria-label="5.2 wizard steps">
        <Stepper.Step label={STEPS[0]} description="What it asks">
          <ClauseAbout clause={clause} explanation={CLAUSE_EXPLANATION} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[1]} description={top ? `${top.current.version} ${STATUS_TEXT[top.current.status].toLowerCase()}` : 'not started'}>
          <TopPolicyStep top={top} template={templates.find((t) => t.kind === 'information-security')} onStart={(t) => onStart(t, 'information-security')} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[2]} description={top?.published ? `${top.published.version} published` : 'not published'}>
          {top ? <PolicyWorkflow policy={top} people={people} /> : needTop}
        </Stepper.Step>
        <Stepper.Step label={STEPS[3]} description={top ? `${top.acknowledged} of ${top.recipients} acknowledged` : '—'}>
          {top ? <PolicyDistribution policy={top} people={people} /> : needTop}
        </Stepper.Step>
        <Stepper.Step label={STEPS[4]} description={`${topics.length} started`}>
          <TemplateLibrary templates={templates.filter((t) => t.kind === 'topic')} policies={policies} onStart={(t) => onStart(t, 'topic')} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[5]} description={`${clause?.percent ?? 0}% done`}>
          <ClauseSummary clause={clause}>
            {top?.published && <Button onClick={() => void exportDocument('policy', top.id)}>Export the policy (DOCX)</Button>}
          </ClauseSummary>
        </Stepper.Step>
      </Stepper>
      <WizardNav steps={STEPS} active={active} onChange={setActive} />
    </>
  );
}
