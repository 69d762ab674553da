import { Badge, Button, Group, List, Stack, Stepper, Text, Title } from '@mantine/core';
import type { ClauseReadiness } from '../../../../shared/contract/readiness';
import { NC_STATUS_LABEL } from '../../../../shared/ncStates';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseAbout } from '../../components/ClauseAbout/ClauseAbout';
import { CriteriaList } from '../../components/CriteriaList/CriteriaList';
import { useWizardStep, WizardNav } from '../../components/WizardNav/WizardNav';
import { exportDocument } from '../exports/exportDocument';
import { STATUS_COLOR } from './labels';

const STEPS = ['About clause 10', 'Nonconformities', 'Improvements', 'Summary'] as const;

const EXPLANATION = [
  'When something does not meet a requirement of the ISMS (a clause of the standard, a control you chose, your own policy), record it as a nonconformity, whoever found it: an audit, an incident, a metric, a complaint or your own team.',
  'Fix it straight away and limit the damage, then find out why it happened. The five whys and the fishbone help you get past the first answer to a cause you can remove. Check whether the same thing has happened elsewhere.',
  'Plan corrective actions with owners and dates, carry them out, and afterwards check, against criteria set in advance, whether they worked. If they did not, the nonconformity reopens. Only then is it closed, with the evidence kept.',
  'Improvement does not wait for problems: opportunities from audits, management reviews, metrics and suggestions are recorded, weighed by benefit and effort, decided and carried out.',
];

interface Props {
  clause102: ClauseReadiness | undefined;
  clause101: ClauseReadiness | undefined;
  onNewNc: () => void;
  onOpenNc: (id: string) => void;
  onNewOpportunity: () => void;
  onTab: (tab: string) => void;
}

/** The guided path through clause 10: what it asks, the records in progress, and what is left. */
export function ImprovementWizard({ clause102, clause101, onNewNc, onOpenNc, onNewOpportunity, onTab }: Props) {
  const [active, setActive] = useWizardStep(STEPS.length);
  const open = useCall(() => api.improvement.ncList({ open: true, limit: 50, sort: 'status' }), []);
  const opps = useCall(() => api.improvement.opportunityList({ limit: 1 }), []);
  const list = open.data?.items ?? [];
  return (
    <>
      <Stepper active={active} onStepClick={setActive} size="sm" mb="xl" aria-label="Clause 10 wizard steps">
        <Stepper.Step label={STEPS[0]} description="What it asks">
          <ClauseAbout clause={clause102} explanation={EXPLANATION} />
        </Stepper.Step>
        <Stepper.Step label={STEPS[1]} description={`${open.data?.total ?? 0} open`}>
          <Stack gap="sm" maw={900}>
            <Group justify="space-between">
              <Title order={4}>Nonconformities in progress</Title>
              <Button onClick={onNewNc}>Record nonconformity</Button>
            </Group>
            {list.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing open. Record a nonconformity when a requirement is found not met.
              </Text>
            ) : (
              <List spacing="xs" aria-label="Open nonconformities">
                {list.map((n) => (
                  <List.Item key={n.id}>
                    <Group gap="xs" wrap="nowrap">
                      <Button variant="subtle" size="compact-sm" onClick={() => onOpenNc(n.id)} aria-label={`Open ${n.ref} ${n.title}`}>
                        {n.ref}
                      </Button>
                      <Text size="sm">{n.title}</Text>
                      <Badge color={STATUS_COLOR[n.status]} variant="light">
                        {NC_STATUS_LABEL[n.status]}
                      </Badge>
                      {n.overdueActions > 0 && (
                        <Badge color="red" variant="filled">
                          {n.overdueActions} overdue
                        </Badge>
                      )}
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={STEPS[2]} description={`${opps.data?.total ?? 0} recorded`}>
          <Stack gap="sm" maw={900}>
            <Title order={4}>Continual improvement (10.1)</Title>
            <Text size="sm">Record opportunities as they come, then score benefit and effort, decide, and follow them to implementation in the improvement register.</Text>
            <Group>
              <Button onClick={onNewOpportunity}>Record improvement</Button>
              <Button variant="default" onClick={() => onTab('improvements')}>
                Open the improvement register
              </Button>
            </Group>
            <CriteriaList clause={clause101} />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={STEPS[3]} description={`${clause102?.percent ?? 0}% done`}>
          <Stack gap="sm" maw={900}>
            <Title order={4}>Where clause 10.2 stands</Title>
            <CriteriaList clause={clause102} />
            <Group>
              <Button variant="default" onClick={() => void exportDocument('nonconformity-log', undefined, { format: 'xlsx' })}>
                Export the log (XLSX)
              </Button>
              <Button variant="default" onClick={() => onTab('trace')}>
                Open the trace
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>
      </Stepper>
      <WizardNav steps={STEPS} active={active} onChange={setActive} />
    </>
  );
}
