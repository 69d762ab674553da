import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { navigate } from '../../router';
import { exportDocument } from '../exports/exportDocument';
import { usePeopleOptions } from '../people/usePeople';
import { DiffView } from './DiffView';
import { PolicyDetailsForm } from './PolicyDetailsForm';
import { PolicyDistribution } from './PolicyDistribution';
import { PolicyEditor } from './PolicyEditor';
import { PolicyWorkflow } from './PolicyWorkflow';
import { VersionHistory } from './VersionHistory';
import { STATUS_COLOR, STATUS_TEXT } from './labels';
import { RefBadge } from '../../components/RefBadge/RefBadge';

/** One policy: its text, versions, review and approval, distribution and details. */
export function PolicyPage({ id }: { id: string }) {
  const [tab, setTab] = useState<string | null>('text');
  const policy = useCall(() => api.policies.get({ id }), [id]);
  const { options } = usePeopleOptions();
  const current = policy.data?.current;
  const version = useCall(() => (current ? api.policies.getVersion({ versionId: current.id }) : Promise.resolve(null)), [current?.id]);
  if (policy.error) return <Alert color="red">{policy.error.message}</Alert>;
  const p = policy.data;
  if (!p || !current) return null;
  return (
    <Stack gap="lg" maw={1280}>
      <Stack gap={2}>
        <Anchor size="sm" onClick={() => navigate('/clause/5.2')}>
          ← 5.2 Policy
        </Anchor>
        <Group justify="space-between">
          <Group gap="sm">
            <RefBadge value={p.ref} />
            <Title order={2}>{p.title}</Title>
            <Badge size="lg" variant="light" color={STATUS_COLOR[current.status]} data-testid="policy-status">
              {current.version} {STATUS_TEXT[current.status]}
            </Badge>
            {p.published && p.published.id !== current.id && (
              <Badge size="lg" variant="outline" color="teal">
                {p.published.version} in force
              </Badge>
            )}
          </Group>
          {p.published && (
            <Button variant="default" onClick={() => void exportDocument('policy', p.id)}>
              Export version {p.published.version} (DOCX)
            </Button>
          )}
        </Group>
        <Text c="dimmed">{p.kind === 'information-security' ? 'The information security policy (5.2)' : 'Topic-specific policy'}{p.reviewDate ? ` · next review ${p.reviewDate}` : ''}</Text>
      </Stack>
      {p.drift?.changed && (
        <Alert color="orange" title="This policy has drifted from the version in force" data-testid="drift-alert">
          {STATUS_TEXT[p.drift.workingStatus]} {p.drift.working} differs from {p.drift.baseStatus} {p.drift.base}. Compare them under Versions; {p.drift.base} stays in force until {p.drift.working} is approved and published.
        </Alert>
      )}
      <Card style={{ overflow: 'visible' }}>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="text">Text</Tabs.Tab>
            <Tabs.Tab value="versions">Versions ({p.versions.length})</Tabs.Tab>
            <Tabs.Tab value="workflow">Review and approval</Tabs.Tab>
            <Tabs.Tab value="distribution">Distribution ({p.acknowledged}/{p.recipients})</Tabs.Tab>
            <Tabs.Tab value="details">Details</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="text">{version.data && version.data.id === current.id && <PolicyEditor key={`${current.id}:${current.status}`} policy={p} version={version.data} />}</Tabs.Panel>
          <Tabs.Panel value="versions">
            <Stack gap="xl">
              <VersionHistory policy={p} />
              <Title order={5}>Compare versions</Title>
              <DiffView policy={p} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="workflow">
            <PolicyWorkflow policy={p} people={options} />
          </Tabs.Panel>
          <Tabs.Panel value="distribution">
            <PolicyDistribution policy={p} people={options} />
          </Tabs.Panel>
          <Tabs.Panel value="details">
            <PolicyDetailsForm key={p.updatedAt} policy={p} people={options} />
          </Tabs.Panel>
        </Tabs>
      </Card>
    </Stack>
  );
}
