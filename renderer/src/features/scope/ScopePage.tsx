import type { ReactNode } from 'react';
import { Button, Card, Grid, Stack, Stepper } from '@mantine/core';
import type { Boundary, BoundaryKind, Interface } from '../../../../shared/contract/scope';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { useClauseReadiness } from '../../hooks';
import { exportDocument } from '../exports/exportDocument';
import { BoundaryForm } from './BoundaryForm';
import { InputsPanel } from './InputsPanel';
import { InterfaceForm } from './InterfaceForm';
import { SCOPE_EXPLANATION } from './labels';
import { BoundariesStep } from './steps/BoundariesStep';
import { InterfacesStep } from './steps/InterfacesStep';
import { StatementStep } from './steps/StatementStep';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../components/FormDialog/useRecordDialog';
import { titleWithRef } from '../../components/RefBadge/RefBadge';

const STEPS = ['About 4.3', 'Boundaries', 'Interfaces', 'Statement', 'Summary'] as const;


const withInputs = (content: ReactNode) => (
  <Grid>
    <Grid.Col span={{ base: 12, lg: 9 }}>{content}</Grid.Col>
    <Grid.Col span={{ base: 12, lg: 3 }}>
      <InputsPanel />
    </Grid.Col>
  </Grid>
);

/** Clause 4.3: boundaries, exclusions, interfaces, and the approved scope statement. */
export function ScopePage() {
  const [step, setStep] = useWizardStep(STEPS.length);
  const clause = useClauseReadiness('4.3');
  const boundaries = useCall(() => api.scope.boundaryList({}), []);
  const interfaces = useCall(() => api.scope.interfaceList({}), []);
  const boundaryDialog = useRecordDialog<Boundary>('boundary', boundaries.data);
  const interfaceDialog = useRecordDialog<Interface>('interface', interfaces.data);
  const boundary = boundaryDialog.editing;
  const newIncluded = boundary?.extra[1] === 'excluded' ? false : boundary?.extra[1] === 'included' ? true : undefined;

  return (
    <Stack gap="lg" maw={1400}>
      <ClauseHeader title="4.3 Scope of the ISMS" intro="Where the management system starts and stops, and what it depends on." clause={clause} />
      <Card style={{ overflow: 'visible' }}>
        <Stepper active={step} onStepClick={setStep} size="sm" mb="xl" aria-label="4.3 wizard steps">
          <Stepper.Step label={STEPS[0]} description="What it asks">
            <ClauseAbout explanation={SCOPE_EXPLANATION} clause={clause} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[1]} description={`${boundaries.data?.length ?? 0} entries`}>
            {withInputs(
              <BoundariesStep
                boundaries={boundaries.data ?? []}
                onAdd={(kind, included) => boundaryDialog.openNew(kind ?? '', included === undefined ? '' : included ? 'included' : 'excluded')}
                onEdit={boundaryDialog.openEdit}
              />,
            )}
          </Stepper.Step>
          <Stepper.Step label={STEPS[2]} description={`${interfaces.data?.length ?? 0} recorded`}>
            {withInputs(<InterfacesStep interfaces={interfaces.data ?? []} onAdd={() => interfaceDialog.openNew()} onEdit={interfaceDialog.openEdit} />)}
          </Stepper.Step>
          <Stepper.Step label={STEPS[3]} description="Write and approve">
            <StatementStep />
          </Stepper.Step>
          <Stepper.Step label={STEPS[4]} description={`${clause?.percent ?? 0}% done`}>
            <ClauseSummary clause={clause}>
              <Button onClick={() => void exportDocument('scope-statement')}>Export the scope statement (DOCX)</Button>
            </ClauseSummary>
          </Stepper.Step>
        </Stepper>
        <WizardNav steps={STEPS} active={step} onChange={setStep} />
      </Card>
      <FormDialog opened={boundary !== null} onClose={boundaryDialog.close} title={boundary?.record ? titleWithRef('Scope entry', boundary.record.ref) : newIncluded === false ? 'New exclusion' : 'Scope entry'} size="lg">
        {boundary && <BoundaryForm boundary={boundary.record} kind={(boundary.extra[0] || undefined) as BoundaryKind | undefined} included={newIncluded} onDone={boundaryDialog.close} />}
      </FormDialog>
      <FormDialog opened={interfaceDialog.editing !== null} onClose={interfaceDialog.close} title={interfaceDialog.editing?.record ? titleWithRef('Edit interface', interfaceDialog.editing.record.ref) : 'New interface'} size="lg">
        {interfaceDialog.editing && <InterfaceForm item={interfaceDialog.editing.record} onDone={interfaceDialog.close} />}
      </FormDialog>
    </Stack>
  );
}
