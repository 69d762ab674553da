import { Stack, Text } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { titleWithRef } from '../../components/RefBadge/RefBadge';
import { useOpenDialog } from '../../router';
import { OpportunityForm } from '../improvement/OpportunityForm';
import { OpportunityRegister } from '../improvement/OpportunityRegister';

/**
 * 6.1.1 opportunities: what could go well for the ISMS, found in the 4.1 issues and 4.2 requirements.
 * They are kept in the one improvement register (source "6.1.1 planning") so that they are evaluated,
 * decided and followed up like every other improvement; this panel shows only those.
 */
export function OpportunitiesPanel() {
  const dialog = useOpenDialog();
  const openId = dialog.parts?.[0] === 'opportunity' ? dialog.parts[1] : null;
  const opened = useCall(() => (openId && openId !== 'new' ? api.improvement.opportunityGet({ id: openId }) : Promise.resolve(null)), [openId]);
  const editing = openId === 'new' ? {} : openId && opened.data?.id === openId ? { opportunity: opened.data } : null;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Planning the ISMS means looking at what could go well as well as what could go wrong: a strength to build on, a requirement that is also a chance to improve. Record each opportunity with where it
        comes from, its expected benefit, the action decided and its owner. They also appear in the improvement register (10.1) and in the risk treatment plan document.
      </Text>
      <OpportunityRegister source="planning" onEdit={(o) => dialog.show('opportunity', o.id)} onNew={() => dialog.show('opportunity', 'new')} />
      <FormDialog opened={editing !== null} onClose={dialog.close} title={editing?.opportunity ? titleWithRef('Edit opportunity', editing.opportunity.ref) : 'New opportunity'} size="xl">
        {editing && <OpportunityForm key={editing.opportunity?.id ?? 'new'} opportunity={editing.opportunity} source="planning" onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}
