import { ActionIcon, Modal, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHistory } from '@tabler/icons-react';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { TrailEntries } from '../../features/trail/TrailEntries';

function HistoryList({ recordId }: { recordId: string }) {
  const history = useCall(() => api.trail.history({ rowId: recordId, limit: 200 }), [recordId]);
  if (history.error) return <Text c="red">{history.error.message}</Text>;
  return history.data ? <TrailEntries entries={history.data.entries} /> : null;
}

/** A history button for a register row: every change to that record, from the trail. */
export function RecordHistoryButton({ recordId, name, size = 'md' }: { recordId: string; name: string; size?: 'sm' | 'md' }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Tooltip label="History" openDelay={300}>
        <ActionIcon variant="subtle" color="gray" size={size} onClick={open} aria-label={`History of ${name}`}>
          <IconHistory size={size === 'sm' ? 14 : 16} />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title={`History of ${name}`} size="xl">
        {opened && <HistoryList recordId={recordId} />}
      </Modal>
    </>
  );
}
