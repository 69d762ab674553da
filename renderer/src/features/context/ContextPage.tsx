import { useState } from 'react';
import { Badge, Card, Group, Modal, Stack, Tabs, Text, Title } from '@mantine/core';
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
  const readiness = useCall(() => api.readiness.summary({}), []);
  const all = useCall(() => api.context.list({ limit: 500, sort: 'title' }), []);
  const clause = readiness.data?.clauses.find((c) => c.id === '4.1');
  const issues = all.data?.items ?? [];

  const add = (kind: IssueKind, category?: string) => setEditing({ initial: blankIssue(kind, category) });
  const edit = (issue: Issue) => setEditing({ issue });

  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={2}>4.1 Organisation and its context</Title>
            {clause && (
              <Badge size="lg" variant="light" color={clause.percent === 100 ? 'teal' : 'indigo'} data-testid="clause-percent">
                {clause.percent}% done
              </Badge>
            )}
          </Group>
          <Text c="dimmed">The internal and external issues that shape what your information security has to achieve.</Text>
        </Stack>
      </Group>
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
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.issue ? 'Edit issue' : 'New issue'} size="xl">
        {editing && <IssueForm issue={editing.issue} initial={editing.initial} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
