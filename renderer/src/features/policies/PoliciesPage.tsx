import { useState } from 'react';
import { Alert, Card, Modal, Stack, Tabs } from '@mantine/core';
import type { PolicyKind, PolicyTemplate } from '../../../../shared/contract/policies';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { useClauseReadiness } from '../../hooks';
import { usePeopleOptions } from '../people/usePeople';
import { PoliciesWizard } from './PoliciesWizard';
import { PolicyCreateForm } from './PolicyCreateForm';
import { PolicyRegister } from './PolicyRegister';
import { TemplateLibrary } from './TemplateLibrary';

type Creating = { template: PolicyTemplate | null; kind: PolicyKind } | null;

/** Clause 5.2: the information security policy and the topic-specific policies below it. */
export function PoliciesPage() {
  const [tab, setTab] = useState<string | null>('wizard');
  const [creating, setCreating] = useState<Creating>(null);
  const clause = useClauseReadiness('5.2');
  const policies = useCall(() => api.policies.list({}), []);
  const templates = useCall(() => api.policies.listTemplates({}), []);
  const topId = policies.data?.find((p) => p.kind === 'information-security')?.id;
  const top = useCall(() => (topId ? api.policies.get({ id: topId }) : Promise.resolve(null)), [topId]);
  const { options } = usePeopleOptions();
  const start = (template: PolicyTemplate | null, kind: PolicyKind) => setCreating({ template, kind });
  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title="5.2 Policy" intro="The information security policy: what top management commits to, written down, approved, published and read." clause={clause} />
      {policies.error && <Alert color="red">{policies.error.message}</Alert>}
      {policies.data && templates.data && (
        <Card>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="lg">
              <Tabs.Tab value="wizard">Guided wizard</Tabs.Tab>
              <Tabs.Tab value="register">Policies ({policies.data.length})</Tabs.Tab>
              <Tabs.Tab value="library">Template library</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="wizard">
              <PoliciesWizard clause={clause} policies={policies.data} templates={templates.data} top={top.data ?? null} people={options} onStart={start} />
            </Tabs.Panel>
            <Tabs.Panel value="register">
              <PolicyRegister policies={policies.data} onNew={() => start(null, 'topic')} />
            </Tabs.Panel>
            <Tabs.Panel value="library">
              <TemplateLibrary templates={templates.data} policies={policies.data} onStart={(t) => start(t, t.kind)} />
            </Tabs.Panel>
          </Tabs>
        </Card>
      )}
      <Modal opened={creating !== null} onClose={() => setCreating(null)} title={creating?.template ? `New ${creating.template.title.toLowerCase()}` : 'New policy'} size="lg">
        {creating && <PolicyCreateForm template={creating.template} kind={creating.kind} people={options} onDone={() => setCreating(null)} />}
      </Modal>
    </Stack>
  );
}
