import { Card, Loader, Stack, Tabs } from '@mantine/core';
import { titleWithRef } from '../../components/RefBadge/RefBadge';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useClauseReadiness } from '../../hooks';
import type { Measurement, Metric, MetricDetail } from '../../../../shared/contract/metrics';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { navigate, useOpenDialog, useTabParam } from '../../router';
import { notifyError, notifySaved } from '../../notify';
import { MetricsWizard, type MetricActions } from './MetricsWizard';
import { MetricsDashboard } from './MetricsDashboard';
import { MetricRegister } from './MetricRegister';
import { LibraryPanel } from './LibraryPanel';
import { MetricDetailView } from './MetricDetailView';
import { MetricForm } from './MetricForm';
import { ValueForm } from './ValueForm';
import { ImportValues } from './ImportValues';

const route = (id: string) => `/clause/9.1/metric/${id}`;

/** The dialogs a URL can name: metric:new, metric:<id>, value:<id>, import:<id>, correct:<metricId>:<measurementId>. */
function Dialogs({ parts, metrics, detail, close }: { parts: string[] | null; metrics: Metric[]; detail: MetricDetail | undefined; close: () => void }) {
  const [kind, id, second] = parts ?? [];
  const metric = metrics.find((m) => m.id === id);
  const correcting: Measurement | undefined = kind === 'correct' && detail?.id === id ? detail.measurements.find((m) => m.id === second) : undefined;
  const title =
    kind === 'metric' ? (metric ? titleWithRef('Edit metric', metric.ref) : 'New metric') : kind === 'value' ? `Record a value: ${metric?.title ?? ''}` : kind === 'import' ? `Import values: ${metric?.title ?? ''}` : `Correct a value: ${metric?.title ?? ''}`;
  const opened = (kind === 'metric' && (id === 'new' || metric !== undefined)) || (metric !== undefined && (kind === 'value' || kind === 'import' || (kind === 'correct' && correcting !== undefined)));
  return (
    <FormDialog opened={opened} onClose={close} title={title} size={kind === 'metric' ? 'xl' : 'lg'}>
      {kind === 'metric' && <MetricForm metric={metric} onDone={close} />}
      {kind === 'value' && metric && <ValueForm metric={metric} onDone={close} />}
      {kind === 'correct' && metric && correcting && <ValueForm metric={metric} correcting={correcting} onDone={close} />}
      {kind === 'import' && metric && <ImportValues metric={metric} onDone={close} />}
    </FormDialog>
  );
}

/** Clause 9.1: the wizard, the KPI dashboard, the register, the library, and one metric's page. */
export function MetricsPage({ metricId }: { metricId?: string }) {
  const [tab, setTab] = useTabParam('wizard');
  const dialog = useOpenDialog();
  const clause = useClauseReadiness('9.1');
  const dashboard = useCall(() => api.metrics.dashboard({}), []);
  const library = useCall(() => api.metrics.library({}), []);
  const detail = useCall(() => (metricId ? api.metrics.get({ id: metricId }) : Promise.resolve(undefined)), [metricId]);
  const metrics = dashboard.data?.metrics ?? [];

  const collect = (m: Metric) =>
    api.metrics.collect({ id: m.id }).then(
      (v) => notifySaved(`${m.title}: ${Math.round(v.value * 100) / 100}${m.unit === '%' ? '%' : ` ${m.unit}`} recorded for ${v.period}.`),
      (err: unknown) => notifyError(err, 'Not computed'),
    );
  const actions: MetricActions = {
    onOpen: (m) => navigate(route(m.id)),
    onOpenId: (id) => navigate(route(id)),
    onNew: () => dialog.show('metric', 'new'),
    onEdit: (m) => dialog.show('metric', m.id),
    onRecord: (m) => dialog.show('value', m.id),
    onImport: (m) => dialog.show('import', m.id),
    onCollect: (m) => void collect(m),
    onCollectAll: () => void Promise.all(metrics.filter((m) => m.autoSource).map(collect)),
  };

  return (
    <Stack gap="lg" maw={1280}>
      {metricId ? (
        detail.data ? (
          <MetricDetailView
            metric={detail.data}
            onEdit={() => actions.onEdit(detail.data!)}
            onRecord={() => actions.onRecord(detail.data!)}
            onImport={() => actions.onImport(detail.data!)}
            onCollect={() => actions.onCollect(detail.data!)}
            onCorrect={(m) => dialog.show('correct', detail.data!.id, m.id)}
          />
        ) : detail.error ? (
          <Card>{detail.error.message}</Card>
        ) : (
          <Loader aria-label="Loading" />
        )
      ) : (
        <>
          <ClauseHeader title="9.1 Monitoring, measurement, analysis and evaluation" intro="What you measure to know whether information security works, the values collected, and how they compare with your criteria." clause={clause} />
          <DocumentControlPanel documentKey="monitoring-results" />
          <Card>
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List mb="lg">
                <Tabs.Tab value="wizard">Guided wizard</Tabs.Tab>
                <Tabs.Tab value="dashboard">Dashboard</Tabs.Tab>
                <Tabs.Tab value="register">Register ({metrics.length})</Tabs.Tab>
                <Tabs.Tab value="library">Library</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="wizard">
                <MetricsWizard clause={clause} library={library.data} dashboard={dashboard.data} actions={actions} onLibrary={() => setTab('library')} />
              </Tabs.Panel>
              <Tabs.Panel value="dashboard">
                <MetricsDashboard data={dashboard.data} onOpen={actions.onOpen} onCollectAll={actions.onCollectAll} onLibrary={() => setTab('library')} />
              </Tabs.Panel>
              <Tabs.Panel value="register">
                <MetricRegister onOpen={actions.onOpen} onEdit={actions.onEdit} onNew={actions.onNew} />
              </Tabs.Panel>
              <Tabs.Panel value="library">
                <LibraryPanel entries={library.data} onOpen={actions.onOpenId} />
              </Tabs.Panel>
            </Tabs>
          </Card>
        </>
      )}
      <Dialogs parts={dialog.parts} metrics={metrics} detail={detail.data} close={dialog.close} />
    </Stack>
  );
}
