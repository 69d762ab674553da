import { Alert, Card, Stack, Tabs } from '@mantine/core';
import type { Commitment } from '../../../../shared/contract/leadership';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { useClauseReadiness } from '../../hooks';
import { usePeopleOptions } from '../people/usePeople';
import { CommitmentForm } from './CommitmentForm';
import { CommitmentTable } from './CommitmentTable';
import { EvidenceForm } from './EvidenceForm';
import { LeadershipWizard } from './LeadershipWizard';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../components/FormDialog/useRecordDialog';
import { useTabParam } from '../../router';
import { titleWithRef } from '../../components/RefBadge/RefBadge';


/** Clause 5.1: top management and the commitments they show, with evidence. */
export function LeadershipPage() {
  const [tab, setTab] = useTabParam('wizard');
  const overview = useCall(() => api.leadership.get({}), []);
  const clause = useClauseReadiness('5.1', overview.data);
  const { options } = usePeopleOptions();
  const commitments = useRecordDialog<Commitment>('commitment', overview.data?.commitments);
  const evidenceFor = useRecordDialog<Commitment>('evidence', overview.data?.commitments);
  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title="5.1 Leadership and commitment" intro="Top management leads information security, and you can show it." clause={clause} />
      <DocumentControlPanel documentKey="leadership-commitments" />
      {overview.error && <Alert color="red">{overview.error.message}</Alert>}
      {overview.data && (
        <Card>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="lg">
              <Tabs.Tab value="wizard">Guided wizard</Tabs.Tab>
              <Tabs.Tab value="checklist">Checklist ({overview.data.commitments.length})</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="wizard">
              <LeadershipWizard
                clause={clause}
                overview={overview.data}
                people={options}
                onAddEvidence={evidenceFor.openEdit}
                onChecklist={() => setTab('checklist')}
              />
            </Tabs.Panel>
            <Tabs.Panel value="checklist">
              <CommitmentTable commitments={overview.data.commitments} onEdit={commitments.openEdit} onNew={() => commitments.openNew()} />
            </Tabs.Panel>
          </Tabs>
        </Card>
      )}
      <FormDialog opened={evidenceFor.editing?.record !== undefined} onClose={evidenceFor.close} title={evidenceFor.editing?.record ? `Evidence for ${evidenceFor.editing.record.ref}: ${evidenceFor.editing.record.title}` : ''} size="lg">
        {evidenceFor.editing?.record && <EvidenceForm commitmentId={evidenceFor.editing.record.id} onDone={evidenceFor.close} />}
      </FormDialog>
      <FormDialog opened={commitments.editing !== null} onClose={commitments.close} title={commitments.editing?.record ? titleWithRef('Edit commitment', commitments.editing.record.ref) : 'New commitment'} size="lg">
        {commitments.editing && <CommitmentForm commitment={commitments.editing.record} onDone={commitments.close} />}
      </FormDialog>
    </Stack>
  );
}
