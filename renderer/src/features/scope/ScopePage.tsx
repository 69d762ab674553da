import { useState, type ReactNode } from 'react';
import { Button, Card, Grid, Modal, Stack, Stepper } from '@mantine/core';
import type { Boundary, BoundaryKind, Interface } from '../../../../shared/contract/scope';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { ClauseSummary } from '../../components/ClauseSummary/ClauseSummary';
import { WizardNav } from '../../components/WizardNav/WizardNav';
import { useClauseReadiness } from '../../hooks';
import { exportDocument } from '../exports/exportDocument';
import { BoundaryForm } from './BoundaryForm';
import { InputsPanel } from './InputsPanel';
import { InterfaceForm } from './InterfaceForm';
import { SCOPE_EXPLANATION } from './labels';
import { BoundariesStep } from './steps/BoundariesStep';
import { InterfacesStep } from './steps/InterfacesStep';
import { StatementStep } from './steps/StatementStep';
import { titleWithRef } from '../../components/RefBadge/RefBadge';

const STEPS = ['About 4.3', 'Boundaries', 'Interfaces', 'Statement', 'Summary'] as const;

type Editing =
  | { type: 'boundary'; boundary?: Boundary; kind?: BoundaryKind; included?: boolean }
  | { type: 'interface'; item?: Interface }
  | null;

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
  const [step, setStep] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const clause = useClauseReadiness('4.3');
  const boundaries = useCall(() => api.scope.boundaryList({}), []);
  const interfaces = useCall(() => api.scope.interfaceList({}), []);
  const close = () => setEditing(null);

  return (
    <Stack gap="lg" maw={1400}>
      <ClauseHeader title="4.3 Scope of the ISMS" intro="Where the management system starts and stops, and what it depends on." clause={clause} />
      <Card>
        <Stepper active={step} onStepClick={setStep} size="sm" mb="xl" aria-label="4.3 wizard steps">
          <Stepper.Step label={STEPS[0]} description="What it asks">
            <ClauseAbout explanation={SCOPE_EXPLANATION} clause={clause} />
          </Stepper.Step>
          <Stepper.Step label={STEPS[1]} description={`${boundaries.data?.length ?? 0} entries`}>
            {withInputs(
              <BoundariesStep
                boundaries={boundaries.data ?? []}
                onAdd={(kind, included) => setEditing({ type: 'boundary', kind, included })}
                onEdit={(boundary) => setEditing({ type: 'boundary', boundary })}
              />,
            )}
          </Stepper.Step>
          <Stepper.Step label={STEPS[2]} description={`${interfaces.data?.length ?? 0} recorded`}>
            {withInputs(<InterfacesStep interfaces={interfaces.data ?? []} onAdd={() => setEditing({ type: 'interface' })} onEdit={(item) => setEditing({ type: 'interface', item })} />)}
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
      <Modal opened={editing?.type === 'boundary'} onClose={close} title={editing?.type === 'boundary' && editing.boundary ? titleWithRef('Scope entry', editing.boundary.ref) : editing?.type === 'boundary' && editing.included === false ? 'New exclusion' : 'Scope entry'} size="lg">
        {editing?.type === 'boundary' && <BoundaryForm boundary={editing.boundary} kind={editing.kind} included={editing.included} onDone={close} />}
      </Modal>
      <Modal opened={editing?.type === 'interface'} onClose={close} title={editing?.type === 'interface' && editing.item ? titleWithRef('Edit interface', editing.item.ref) : 'New interface'} size="lg">
        {editing?.type === 'interface' && <InterfaceForm item={editing.item} onDone={close} />}
      </Modal>
    </Stack>
  );
}
