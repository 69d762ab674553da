import { Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import type { ClauseReadiness } from '../../../../shared/contract/readiness';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { CriteriaList } from '../../components/CriteriaList/CriteriaList';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { exportDocument } from '../exports/exportDocument';

const STEPS = ['About clause 7.2', 'Requirements', 'Skills audits', 'Training', 'Summary'] as const;

const EXPLANATION = [
  'Decide what the people doing ISMS work need to be able to do: for each role from clause 5.3, the skills it needs and the level of each, from 1 (aware) to 5 (expert).',
  'Check people against those needs. Before appointing someone, a skills audit says whether the candidate is fit for the role and lists the gaps. Keep a skills matrix of everyone’s current level, with the date and where it comes from.',
  'Close the gaps: plan training, mentoring or hiring, record the training that took place with its evidence, and after appointment audit again to see whether the gaps are closed.',
  'Keep the evidence: audits, certificates, attendance lists. The competence evidence export gathers it for the auditor.',
];

interface Props {
  clause: ClauseReadiness | undefined;
  onTab: (tab: string) => void;
  onNewAudit: () => void;
  onPlan: () => void;
  onRecord: () => void;
}

/** The guided path through 7.2. */
export function CompetenceWizard({ clause, onTab, onNewAudit, onPlan, onRecord }: Props) {
  const [active, setActive] = useWizardStep(STEPS.length);
  const reqs = useCall(() => api.competence.requirementList({}), []);
  const audits = useCall(() => api.competence.auditList({}), []);
  const plans = useCall(() => api.competence.planList({}), []);
  const roleCount = new Set((reqs.data ?? []).map((r) => r.roleId)).size;
  const openPlans = (plans.data ?? []).filter((p) => p.status === 'planned').length;
  return (
    <>
      <Stepper active={active} onStepClick={setActive} size="sm" mb="xl" aria-label="Clause 7.2 wizard steps">
        <Stepper.Step label={STEPS[0]} description="What it asks">
          <ClauseAbout clause={clause} explanation={EXPLANATION} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[1]} description={`${roleCount} roles`}>
          <Stack gap="sm" maw={900}>
            <Title order={4}>Competence each role needs</Title>
            <Text size="sm">Pick a role, then add the skills it needs with a level. Roles and who holds them come from clause 5.3; the skills catalogue can be edited on its own tab.</Text>
            <Group>
              <Button onClick={() => onTab('requirements')}>Set role requirements</Button>
              <Button variant="default" onClick={() => onTab('skills')}>
                Edit the skills catalogue
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={STEPS[2]} description={`${audits.data?.length ?? 0} recorded`}>
          <Stack gap="sm" maw={900}>
            <Title order={4}>Skills audits</Title>
            <Text size="sm">Audit a candidate before appointment against the role’s requirements. The levels found go into the skills matrix and the gaps are listed. After training, audit again after appointment to see the gaps closed.</Text>
            <Group>
              <Button onClick={onNewAudit}>Record skills audit</Button>
              <Button variant="default" onClick={() => onTab('gaps')}>
                See the gaps
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={STEPS[3]} description={`${openPlans} planned`}>
          <Stack gap="sm" maw={900}>
            <Title order={4}>Close the gaps</Title>
            <Text size="sm">Plan training for each gap with a target level and a due date. When it has taken place, record it with the certificate or attendance list; the level reached updates the matrix and completes the plan.</Text>
            <Group>
              <Button onClick={onPlan}>Plan training</Button>
              <Button variant="default" onClick={onRecord}>
                Record training
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={STEPS[4]} description={`${clause?.percent ?? 0}% done`}>
          <Stack gap="sm" maw={900}>
            <Title order={4}>Where clause 7.2 stands</Title>
            <CriteriaList clause={clause} />
            <Group>
              <Button variant="default" onClick={() => void exportDocument('competence-evidence', undefined, { format: 'docx' })}>
                Export competence evidence (DOCX)
              </Button>
              <Button variant="default" onClick={() => void exportDocument('competence-evidence', undefined, { format: 'xlsx' })}>
                Export the skills matrix (XLSX)
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>
      </Stepper>
      <WizardNav steps={STEPS} active={active} onChange={setActive} />
    </>
  );
}
