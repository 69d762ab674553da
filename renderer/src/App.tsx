import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Center, Loader } from '@mantine/core';
import { api, onAppEvent } from './api/client';
import { useCall } from './api/useCall';
import { navigate, resetRoute, useRoute } from './router';
import { setDraftWorkspace } from './drafts/store';
import { installUnloadGuard } from './drafts/guard';
import { Shell } from './components/Shell/Shell';
import { WelcomePage } from './features/workspace/WelcomePage';
import { CreateWorkspaceForm } from './features/workspace/CreateWorkspaceForm';
import { WorkspacePage } from './features/workspace/WorkspacePage';
import { UserNameDialog } from './features/user/UserNameDialog';
import { UnlockDialog } from './features/workspace/UnlockDialog';
import { HomePage } from './features/home/HomePage';
import { ContextPage } from './features/context/ContextPage';
import { PeoplePage } from './features/people/PeoplePage';
import { PartiesPage } from './features/parties/PartiesPage';
import { ScopePage } from './features/scope/ScopePage';
import { ProcessesPage } from './features/processes/ProcessesPage';
import { ExportsPage } from './features/exports/ExportsPage';
import { LeadershipPage } from './features/leadership/LeadershipPage';
import { RolesPage } from './features/roles/RolesPage';
import { ObjectivesPage } from './features/objectives/ObjectivesPage';
import { ChangesPage } from './features/objectives/ChangesPage';
import { DocInfoPage } from './features/docinfo/DocInfoPage';
import { ResourcesPage } from './features/objectives/ResourcesPage';
import { SuppliersPage } from './features/suppliers/SuppliersPage';
import { CommunicationPage } from './features/suppliers/CommunicationPage';
import { FormDialog } from './components/FormDialog/FormDialog';
// 6.1, 8.2 and 8.3: loaded when first opened.
const RiskPage = lazy(() => import('./features/risk/RiskPage').then((m) => ({ default: m.RiskPage })));
import { TrailPage } from './features/trail/TrailPage';
// 9.1 carries the charts (recharts): loaded when first opened.
const MetricsPage = lazy(() => import('./features/metrics/MetricsPage').then((m) => ({ default: m.MetricsPage })));
import { ImprovementPage } from './features/improvement/ImprovementPage';
import { CompetencePage } from './features/competence/CompetencePage';
import { AwarenessPage } from './features/awareness/AwarenessPage';
import { AuditsPage } from './features/audits/AuditsPage';
import { ReviewsPage } from './features/reviews/ReviewsPage';
// The policy pages carry the rich text editor (tiptap/ProseMirror): loaded when first opened.
const PoliciesPage = lazy(() => import('./features/policies/PoliciesPage').then((m) => ({ default: m.PoliciesPage })));
const PolicyPage = lazy(() => import('./features/policies/PolicyPage').then((m) => ({ default: m.PolicyPage })));

function Page({ route }: { route: string }) {
  if (route === '/clause/4.1') return <ContextPage />;
  if (route === '/clause/4.2') return <PartiesPage />;
  if (route === '/clause/4.3') return <ScopePage />;
  if (route === '/clause/4.4') return <ProcessesPage />;
  if (route === '/clause/5.1') return <LeadershipPage />;
  if (route === '/clause/5.2') return <PoliciesPage />;
  if (route.startsWith('/clause/5.2/policy/')) return <PolicyPage id={route.slice('/clause/5.2/policy/'.length)} />;
  if (route === '/clause/5.3') return <RolesPage />;
  if (route === '/clause/6.1') return <RiskPage key="6.1" />;
  if (route === '/clause/6.2') return <ObjectivesPage />;
  if (route === '/clause/6.3') return <ChangesPage />;
  if (route === '/clause/7.5') return <DocInfoPage />;
  if (route === '/clause/7.1') return <ResourcesPage />;
  if (route === '/clause/7.2') return <CompetencePage />;
  if (route === '/clause/7.3') return <AwarenessPage />;
  if (route === '/clause/7.4') return <CommunicationPage />;
  if (route === '/clause/8.1') return <SuppliersPage />;
  if (route === '/clause/8.2') return <RiskPage key="8.2" initialTab="runs" />;
  if (route === '/clause/8.3') return <RiskPage key="8.3" initialTab="plan" />;
  if (route === '/clause/9.1') return <MetricsPage key="9.1" />;
  if (route.startsWith('/clause/9.1/metric/')) return <MetricsPage key={route} metricId={route.slice('/clause/9.1/metric/'.length)} />;
  if (route === '/clause/9.2') return <AuditsPage key="9.2" />;
  if (route.startsWith('/clause/9.2/audit/')) return <AuditsPage key={route} auditId={route.slice('/clause/9.2/audit/'.length)} />;
  if (route === '/clause/9.3') return <ReviewsPage key="9.3" />;
  if (route.startsWith('/clause/9.3/review/')) return <ReviewsPage key={route} reviewId={route.slice('/clause/9.3/review/'.length)} />;
  if (route === '/clause/10.1') return <ImprovementPage key="10.1" clauseId="10.1" />;
  if (route === '/clause/10.2') return <ImprovementPage key="10.2" clauseId="10.2" />;
  if (route === '/people') return <PeoplePage />;
  if (route === '/exports') return <ExportsPage />;
  if (route === '/workspace') return <WorkspacePage />;
  if (route === '/trail') return <TrailPage />;
  if (route.startsWith('/trail/record/')) return <TrailPage recordId={route.slice('/trail/record/'.length)} />;
  return <HomePage />;
}

export function App() {
  const route = useRoute();
  const info = useCall(() => api.workspace.info({}), []);
  // Asked once per computer: nothing can be written until someone says who is working.
  const user = useCall(() => api.user.get({}), []);
  const [creating, setCreating] = useState(false);
  const shownWorkspace = useRef<string | null | undefined>(undefined);

  useEffect(() => installUnloadGuard(), []);
  // Another workspace opens on its Home, not on the page the previous one was left at; a reload
  // of the same workspace stays where it was.
  const workspaceId = info.data === undefined ? undefined : (info.data?.id ?? null);
  useEffect(() => {
    if (workspaceId === undefined) return;
    if (shownWorkspace.current !== undefined && shownWorkspace.current !== workspaceId) resetRoute('/');
    shownWorkspace.current = workspaceId;
  }, [workspaceId]);

  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.type === 'workspace-changed') info.reload();
        if (event.type === 'menu' && event.action === 'new-workspace') setCreating(true);
        if (event.type === 'menu' && event.action === 'export') navigate('/exports');
      }),
    [info.reload],
  );

  if (info.loading && info.data === undefined) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  const workspace = info.data ?? null;
  setDraftWorkspace(workspace?.id ?? null); // drafts are kept per workspace
  return (
    <>
      {workspace ? (
        <Shell workspace={workspace} route={route} onNewWorkspace={() => setCreating(true)}>
          <Suspense fallback={<Loader aria-label="Loading" m="xl" />}>
            <Page route={route} />
          </Suspense>
        </Shell>
      ) : (
        <WelcomePage />
      )}
      <UnlockDialog workspaceOpen={workspace !== null} onChanged={info.reload} />
      <UserNameDialog opened={user.data?.name === null} onSaved={user.reload} />
      <FormDialog opened={creating} onClose={() => setCreating(false)} title="New workspace" size="lg">
        <CreateWorkspaceForm
          onCreated={() => {
            setCreating(false);
            navigate('/');
          }}
        />
      </FormDialog>
    </>
  );
}
