import { Card, Stack, Tabs } from '@mantine/core';
import { titleWithRef } from '../../components/RefBadge/RefBadge';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { useClauseReadiness } from '../../hooks';
import type { Issue, IssueKind } from '../../../../shared/contract/context';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { exportDocument } from '../exports/exportDocument';
import { ContextWizard } from './ContextWizard';
import { IssueRegister } from './IssueRegister';
import { blankIssue, IssueForm, type IssueValues } from './IssueForm';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useOpenDialog, useTabParam } from '../../router';

type Editing = { issue?: Issue; initial?: IssueValues } | null;

/** The dialog named in the URL: `issue:<id>` edits that issue, `issue:new:<kind>:<category>` adds one. */
function editingOf(parts: string[] | null, issues: Issue[]): Editing {
  if (!parts || parts[0] !== 'issue') return null;
  if (parts[1] === 'new') return { initial: blankIssue(parts[2] === 'internal' ? 'internal' : 'external', parts[3] || undefined) };
  const issue = issues.find((i) => i.id === parts[1]);
  return issue ? { issue } : null;
}

/** Clause 4.1: the guided wizard and the register it fills. */
export function ContextPage() {
  const [tab, setTab] = useTabParam('wizard');
  const dialog = useOpenDialog();
  const clause = useClauseReadiness('4.1');
  const all = useCall(() => api.context.list({ limit: 500, sort: 'title' }), []);
  const issues = all.data?.items ?? [];

  const add = (kind: IssueKind, category?: string) => dialog.show('issue', 'new', kind, category ?? '');
  const edit = (issue: Issue) => dialog.show('issue', issue.id);
  const editing = editingOf(dialog.parts, issues);

  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title="4.1 Organisation and its context" intro="The internal and external issues that shape what your information security has to achieve." clause={clause} />
      <DocumentControlPanel documentKey="context-register" />
      <Card>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="wizard">Guided wizard</Tabs.Tab>
            <Tabs.Tab value="register">Register ({all.data?.total ?? 0})</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="wizard">
            <ContextWizard
              clause={clause}
              issues={issues}
              onAdd={add}
              onEdit={edit}
              onExport={() => void exportDocument('context-register')}
              onRegister={() => setTab('register')}
            />
          </Tabs.Panel>
          <Tabs.Panel value="register">
            <IssueRegister onEdit={edit} onNew={() => add('external')} />
          </Tabs.Panel>
        </Tabs>
      </Card>
      <FormDialog opened={editing !== null} onClose={dialog.close} title={editing?.issue ? titleWithRef('Edit issue', editing.issue.ref) : 'New issue'} size="xl">
        {editing && <IssueForm issue={editing.issue} initial={editing.initial} onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}
