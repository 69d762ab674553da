import { Card, Stack, Tabs, Text } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { useClauseReadiness } from '../../hooks';
import { useTabParam } from '../../router';
import { SoaPanel } from '../controls/SoaPanel';
import { AssetsPanel } from './AssetsPanel';
import { CataloguePanel } from './CataloguePanel';
import { MethodPanel } from './MethodPanel';
import { RiskRegister } from './RiskRegister';
import { RiskWizard } from './RiskWizard';
import { RiskDocumentsPanel } from './RiskDocumentsPanel';
import { RunsPanel } from './RunsPanel';
import { TreatmentPlanPanel } from './TreatmentPlanPanel';

const TITLES: Record<string, { title: string; intro: string; clause: string }> = {
  wizard: { title: '6.1 Risks, opportunities and treatment', intro: 'Assess information security risks with one method, treat them, and state which Annex A controls apply.', clause: '6.1' },
  runs: { title: '8.2 Risk assessment', intro: 'Repeat the assessment at planned intervals and after significant change; compare the results.', clause: '8.2' },
  plan: { title: '8.3 Risk treatment', intro: 'Carry out the treatment plan and keep its status current.', clause: '8.3' },
};

/** 6.1, 8.2 and 8.3 share one page: the wizard, and every register it fills, as tabs. */
export function RiskPage({ initialTab = 'wizard' }: { initialTab?: string }) {
  const [tab, setTab] = useTabParam(initialTab);
  const head = TITLES[initialTab] ?? TITLES.wizard;
  const clause = useClauseReadiness(head.clause);
  const method = useCall(() => api.risk.method({}), []);
  if (!method.data) return <Text c="dimmed">Loading…</Text>;
  return (
    <Stack gap="lg" maw={1400}>
      <ClauseHeader title={head.title} intro={head.intro} clause={clause} />
      <Card>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="wizard">Guided wizard</Tabs.Tab>
            <Tabs.Tab value="method">Method</Tabs.Tab>
            <Tabs.Tab value="assets">Assets</Tabs.Tab>
            <Tabs.Tab value="risks">Risk register</Tabs.Tab>
            <Tabs.Tab value="plan">Treatment plan</Tabs.Tab>
            <Tabs.Tab value="soa">Statement of Applicability</Tabs.Tab>
            <Tabs.Tab value="runs">Assessment runs</Tabs.Tab>
            <Tabs.Tab value="catalogues">Threats and vulnerabilities</Tabs.Tab>
            <Tabs.Tab value="documents">Documents</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="wizard">
            <RiskWizard clause={clause} method={method.data} onTab={setTab} />
          </Tabs.Panel>
          <Tabs.Panel value="method">
            <MethodPanel />
          </Tabs.Panel>
          <Tabs.Panel value="assets">
            <AssetsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="risks">
            <RiskRegister method={method.data} />
          </Tabs.Panel>
          <Tabs.Panel value="plan">
            <TreatmentPlanPanel />
          </Tabs.Panel>
          <Tabs.Panel value="soa">
            <SoaPanel />
          </Tabs.Panel>
          <Tabs.Panel value="runs">
            <RunsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="catalogues">
            <CataloguePanel />
          </Tabs.Panel>
          <Tabs.Panel value="documents">
            <RiskDocumentsPanel />
          </Tabs.Panel>
        </Tabs>
      </Card>
    </Stack>
  );
}
