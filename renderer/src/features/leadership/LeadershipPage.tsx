import { useState } from 'react';
import { Alert, Card, Modal, Stack, Tabs } from '@mantine/core';
import type { Commitment } from '../../../../shared/contract/leadership';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { useClauseReadiness } from '../../hooks';
import { usePeopleOptions } from '../people/usePeople';
import { CommitmentForm } from './CommitmentForm';
import { CommitmentTable } from './CommitmentTable';
import { EvidenceForm } from './EvidenceForm';
import { LeadershipWizard } from './LeadershipWizard';
import { titleWithRef } from '../../components/RefBadge/RefBadge';

type Dialog = { kind: 'evidence'; commitment: Commitment } | { kind: 'commitment'; commitment?: Commitment } | null;

/** Clause 5.1: top management and the commitments they show, with evidence. */
export function LeadershipPage() {
  const [tab, setTab] = useState<string | null>('wizard');
  const [dialog, setDialog] = useState<Dialog>(null);
  const overview = useCall(() => api.leadership.get({}), []);
  const clause = useClauseReadiness('5.1', overview.data);
  const { options } = usePeopleOptions();
  const close = () => setDialog(null);
  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title="5.1 Leadership and commitment" intro="Top management leads information security, and you can show it." clause={clause} />
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
                onAddEvidence={(commitment) => setDialog({ kind: 'evidence', commitment })}
                onChecklist={() => setTab('checklist')}
              />
            </Tabs.Panel>
            <Tabs.Panel value="checklist">
              <CommitmentTable commitments={overview.data.commitments} onEdit={(commitment) => setDialog({ kind: 'commitment', commitment })} onNew={() => setDialog({ kind: 'commitment' })} />
            </Tabs.Panel>
          </Tabs>
        </Card>
      )}
      <Modal opened={dialog?.kind === 'evidence'} onClose={close} title={dialog?.kind === 'evidence' ? `Evidence for ${dialog.commitment.ref}: ${dialog.commitment.title}` : ''} size="lg">
        {dialog?.kind === 'evidence' && <EvidenceForm commitmentId={dialog.commitment.id} onDone={close} />}
      </Modal>
      <Modal opened={dialog?.kind === 'commitment'} onClose={close} title={dialog?.kind === 'commitment' && dialog.commitment ? titleWithRef('Edit commitment', dialog.commitment.ref) : 'New commitment'} size="lg">
        {dialog?.kind === 'commitment' && <CommitmentForm commitment={dialog.commitment} onDone={close} />}
      </Modal>
    </Stack>
  );
}
