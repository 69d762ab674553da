import { Stepper } from '@mantine/core';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import type { Dashboard, LibraryEntry, Metric } from '../../../../shared/contract/metrics';
import type { ClauseReadiness } from '../../../../shared/contract/readiness';
import { AboutStep } from './steps/AboutStep';
import { ChooseStep } from './steps/ChooseStep';
import { CompleteStep } from './steps/CompleteStep';
import { CollectStep } from './steps/CollectStep';
import { SummaryStep } from './steps/SummaryStep';
import { MetricsDashboard } from './MetricsDashboard';

export interface MetricActions {
  onOpen: (m: Metric) => void;
  onOpenId: (id: string) => void;
  onNew: () => void;
  onEdit: (m: Metric) => void;
  onRecord: (m: Metric) => void;
  onImport: (m: Metric) => void;
  onCollect: (m: Metric) => void;
  onCollectAll: () => void;
}

const STEPS = ['About 9.1', 'Metrics', 'Criteria', 'Collect', 'Evaluate', 'Summary'] as const;

/** The guided path through 9.1; every step saves as it goes. */
export function MetricsWizard({ clause, library, dashboard, actions, onLibrary }: { clause: ClauseReadiness | undefined; library: LibraryEntry[] | undefined; dashboard: Dashboard | undefined; actions: MetricActions; onLibrary: () => void }) {
  const [active, setActive] = useWizardStep(STEPS.length);
  const metrics = dashboard?.metrics ?? [];
  const due = metrics.filter((m) => m.overduePeriods.length || m.dueNow).length;
  return (
    <>
      <Stepper active={active} onStepClick={setActive} size="sm" mb="xl" aria-label="9.1 wizard steps">
        <Stepper.Step label={STEPS[0]} description="What it asks">
          <AboutStep clause={clause} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[1]} description={`${metrics.length} in use`}>
          <ChooseStep entries={library} onOpen={actions.onOpenId} onNew={actions.onNew} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[2]} description="and people">
          <CompleteStep metrics={metrics} onEdit={actions.onEdit} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[3]} description={`${due} due`}>
          <CollectStep metrics={metrics} onRecord={actions.onRecord} onImport={actions.onImport} onCollect={actions.onCollect} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[4]} description={`${dashboard?.breaches.length ?? 0} breach${dashboard?.breaches.length === 1 ? '' : 'es'}`}>
          <MetricsDashboard data={dashboard} onOpen={actions.onOpen} onCollectAll={actions.onCollectAll} onLibrary={onLibrary} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[5]} description={`${clause?.percent ?? 0}% done`}>
          <SummaryStep clause={clause} />
        </Stepper.Step>
      </Stepper>
      <WizardNav steps={STEPS} active={active} onChange={setActive} />
    </>
  );
}
