import { Button, Stepper } from '@mantine/core';
import type { ClauseReadiness } from '../../../../shared/contract/readiness';
import type { RaciMatrix, Role } from '../../../../shared/contract/roles';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { exportDocument } from '../exports/exportDocument';
import { RaciEditor } from './RaciEditor';
import { RoleAssignments } from './RoleAssignments';
import { RoleCatalogue } from './RoleCatalogue';
import { CLAUSE_EXPLANATION } from './labels';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';

const STEPS = ['About 5.3', 'Role catalogue', 'Assign people', 'RACI matrix', 'Summary'] as const;

interface RolesWizardProps {
  clause: ClauseReadiness | undefined;
  roles: Role[];
  matrix: RaciMatrix;
  people: { value: string; label: string }[];
  onEditRole: (r?: Role) => void;
  onAddActivity: () => void;
}

/** The guided path through 5.3: roles, people in them, and who does what. */
export function RolesWizard({ clause, roles, matrix, people, onEditRole, onAddActivity }: RolesWizardProps) {
  const [active, setActive] = useWizardStep(STEPS.length);
  const assigned = roles.filter((r) => r.assignments.length > 0).length;
  return (
    <>
      <Stepper active={active} onStepClick={setActive} size="sm" mb="xl" aria-label="5.3 wizard steps">
        <Stepper.Step label={STEPS[0]} description="What it asks">
          <ClauseAbout clause={clause} explanation={CLAUSE_EXPLANATION} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[1]} description={`${roles.length} roles`}>
          <RoleCatalogue roles={roles} onEdit={onEditRole} onNew={() => onEditRole()} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[2]} description={`${assigned} of ${roles.length} assigned`}>
          <RoleAssignments roles={roles} people={people} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[3]} description={`${matrix.activities.length} activities`}>
          <RaciEditor matrix={matrix} onAddActivity={onAddActivity} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[4]} description={`${clause?.percent ?? 0}% done`}>
          <ClauseSummary clause={clause}>
            <Button onClick={() => void exportDocument('raci-matrix')}>Export roles and RACI (DOCX)</Button>
            <Button variant="default" onClick={() => void exportDocument('raci-matrix-xlsx')}>
              Export RACI matrix (XLSX)
            </Button>
          </ClauseSummary>
        </Stepper.Step>
      </Stepper>
      <WizardNav steps={STEPS} active={active} onChange={setActive} />
    </>
  );
}
