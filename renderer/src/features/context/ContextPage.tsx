import { useState } from 'react';
import { Card, Modal, Stack, Tabs } from '@mantine/core';
import { titleWithRef } from '../../components/RefBadge/RefBadge';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { useClauseReadiness } from '../../hooks';
import type { Issue, IssueKind } from '../../../../shared/contract/context';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { exportDocument } from '../exports/exportDocument';
import { ContextWizard } from './ContextWizard';
import { IssueRegister } from './IssueRegister';
import { blankIssue, IssueForm, type IssueValues } from './IssueForm';

type Editing = { issue?: Issue; initial?: IssueValues } | null;

/** Clause 4.1: the guided wizard and the register it fills. */
export function ContextPage() {
  const [tab, setTab] = useState<string | null>('wizard');
  const [editing, setEditing] = useState<Editing>(null);
  const clause = useClauseReadiness('4.1');
  const all = useCall(() => api.context.list({ limit: 500, sort: 'title' }), []);
  const issues = all.data?.items ?? [];

  const add = (kind: IssueKind, category?: string) => setEditing({ initial: blankIssue(kind, category) });
  const edit = (issue: Issue) => setEditing({ issue });

  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title="4.1 Organisation and its context" intro="The internal and external issues that shape what your information security has to achieve." clause={clause} />
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
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.issue ? titleWithRef('Edit issue', editing.issue.ref) : 'New issue'} size="xl">
        {editing && <IssueForm issue={editing.issue} initial={editing.initial} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
