import { Badge, Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { CorrectiveAction, NcDetail } from '../../../../shared/contract/improvement';
import { NC_STATUS_LABEL, ncStage } from '../../../../shared/ncStates';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { RefBadge } from '../../components/RefBadge/RefBadge';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { NcForm } from './NcForm';
import { SEVERITY_LABEL, SOURCE_LABEL, STATUS_COLOR } from './labels';
import { CorrectionStep } from './steps/CorrectionStep';
import { CauseStep } from './steps/CauseStep';
import { ActionsStep } from './steps/ActionsStep';
import { ReviewStep } from './steps/ReviewStep';
import { CloseStep } from './steps/CloseStep';

const STEPS = ['Record', 'Correction', 'Root cause', 'Actions', 'Effectiveness', 'Closure'] as const;

/** The step a nonconformity is waiting for: where the record opens. */
function stepFor(nc: NcDetail): number {
  const stage = ncStage(nc.status);
  return [1, 2, 3, 3, 4, 5, 5][stage];
}

interface NcRecordProps {
  id: string;
  onBack: () => void;
  onNewAction: (ncId: string) => void;
  onEditAction: (a: CorrectiveAction) => void;
  onTrace: (id: string) => void;
}

/** One nonconformity, guided step by step through its life cycle (10.2 a-g); each step saves as you go. */
export function NcRecord({ id, onBack, onNewAction, onEditAction, onTrace }: NcRecordProps) {
  const detail = useCall(() => api.improvement.ncGet({ id }), [id]);
  const nc = detail.data;
  if (detail.error) return <Text c="red">{detail.error.message}</Text>;
  if (!nc) return <Text c="dimmed">Loading…</Text>;
  return <Steps nc={nc} onBack={onBack} onNewAction={onNewAction} onEditAction={onEditAction} onTrace={onTrace} />;
}

function Steps({ nc, onBack, onNewAction, onEditAction, onTrace }: Omit<NcRecordProps, 'id'> & { nc: NcDetail }) {
  const [active, setActive] = useWizardStep(STEPS.length, stepFor(nc));
  const stage = ncStage(nc.status);
  // A step is done once the record has passed the stage it leads to.
  const isDone = (n: number) => stage >= [0, 1, 2, 4, 5, 6][n];
  const done = (n: number) => (isDone(n) ? 'Done' : 'To do');
  // Mantine ticks every step before the one shown; only a step the record has passed gets the tick.
  const icon = (n: number) => (isDone(n) ? undefined : <span>{n + 1}</span>);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Button variant="subtle" px={4} leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
          All nonconformities
        </Button>
        <Button size="xs" variant="light" onClick={() => onTrace(nc.id)}>
          Trace {nc.ref}
        </Button>
      </Group>
      <Group gap="sm" align="center">
        <RefBadge value={nc.ref} />
        <Title order={3} style={{ overflowWrap: 'anywhere' }}>
          {nc.title}
        </Title>
        <Badge color={STATUS_COLOR[nc.status]} variant="filled" aria-label={`Status: ${NC_STATUS_LABEL[nc.status]}`}>
          {NC_STATUS_LABEL[nc.status]}
        </Badge>
        <Badge variant="light">{SEVERITY_LABEL[nc.severity]}</Badge>
        <Badge variant="outline">{SOURCE_LABEL[nc.source]}</Badge>
      </Group>
      <Stepper active={active} onStepClick={setActive} size="sm" aria-label="Nonconformity steps">
        <Stepper.Step completedIcon={icon(0)} label={STEPS[0]} description={done(0)}>
          <NcForm key={nc.updatedAt} nc={nc} onDone={() => undefined} />
        </Stepper.Step>
        <Stepper.Step completedIcon={icon(1)} label={STEPS[1]} description={done(1)}>
          <CorrectionStep key={nc.updatedAt} nc={nc} />
        </Stepper.Step>
        <Stepper.Step completedIcon={icon(2)} label={STEPS[2]} description={done(2)}>
          <CauseStep nc={nc} />
        </Stepper.Step>
        <Stepper.Step completedIcon={icon(3)} label={STEPS[3]} description={`${nc.actions.length} action${nc.actions.length === 1 ? '' : 's'}`}>
          <ActionsStep nc={nc} onNew={() => onNewAction(nc.id)} onEdit={onEditAction} onTrace={() => onTrace(nc.id)} />
        </Stepper.Step>
        <Stepper.Step completedIcon={icon(4)} label={STEPS[4]} description={nc.reopenCount ? `Reopened ${nc.reopenCount}x` : done(4)}>
          <ReviewStep nc={nc} />
        </Stepper.Step>
        <Stepper.Step completedIcon={icon(5)} label={STEPS[5]} description={nc.status === 'closed' ? 'Closed' : 'To do'}>
          <CloseStep nc={nc} />
        </Stepper.Step>
      </Stepper>
      <WizardNav steps={STEPS} active={active} onChange={setActive} />
    </Stack>
  );
}
