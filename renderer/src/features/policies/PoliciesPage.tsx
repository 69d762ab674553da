import { Alert, Card, Stack, Tabs } from '@mantine/core';
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
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useOpenDialog, useTabParam } from '../../router';

type Creating = { template: PolicyTemplate | null; kind: PolicyKind } | null;

/** Clause 5.2: the information security policy and the topic-specific policies below it. */
export function PoliciesPage() {
  const [tab, setTab] = useTabParam('wizard');
  const dialog = useOpenDialog();
  const clause = useClauseReadiness('5.2');
  const policies = useCall(() => api.policies.list({}), []);
  const templates = useCall(() => api.policies.listTemplates({}), []);
  const topId = policies.data?.find((p) => p.kind === 'information-security')?.id;
  const top = useCall(() => (topId ? api.policies.get({ id: topId }) : Promise.resolve(null)), [topId]);
  const { options } = usePeopleOptions();
  const start = (template: PolicyTemplate | null, kind: PolicyKind) => dialog.show('policy', 'new', kind, template?.key ?? '');
  // `policy:new:<kind>:<template key>` in the URL: the creation dialog survives a reload.
  const creating: Creating =
    dialog.parts?.[0] === 'policy' && templates.data
      ? { kind: dialog.parts[2] === 'information-security' ? 'information-security' : 'topic', template: templates.data.find((t) => t.key === dialog.parts?.[3]) ?? null }
      : null;
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
      <FormDialog opened={creating !== null} onClose={dialog.close} title={creating?.template ? `New ${creating.template.title.toLowerCase()}` : 'New policy'} size="lg">
        {creating && <PolicyCreateForm template={creating.template} kind={creating.kind} people={options} onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}
