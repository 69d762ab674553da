import { useState } from 'react';
import { Badge, Button, Card, Group, NumberInput, Table, Text, Title } from '@mantine/core';
import { BACKUP_LIMITS } from '../../../../shared/contract/backup';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { notifyError, notifySaved } from '../../notify';
import { formatDateTime } from '../../../../shared/dates';

const sizeOf = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** Dated snapshots of this workspace: take one now, restore one into a new file, and the settings. */
export function BackupsCard() {
  const list = useCall(() => api.backup.list({}), []);
  const [keep, setKeep] = useState<number | string>('');
  const [every, setEvery] = useState<number | string>('');
  const [busy, setBusy] = useState(false);

  const takeNow = async () => {
    setBusy(true);
    try {
      const s = await api.backup.create({});
      notifySaved(`Snapshot taken: ${s.name}`);
      list.reload();
    } catch (err) {
      notifyError(err, 'No snapshot was taken');
    } finally {
      setBusy(false);
    }
  };
  const restore = async (name: string) => {
    try {
      const r = await api.backup.restore({ name });
      if (r.restored) notifySaved(`Restored into ${r.path}.`);
    } catch (err) {
      notifyError(err, 'The snapshot was not restored');
    }
  };
  const saveSettings = async () => {
    try {
      const s = await api.backup.setSettings({ keep: Number(keep === '' ? list.data?.keep : keep), everyMinutes: Number(every === '' ? list.data?.everyMinutes : every) });
      notifySaved(`Keeping ${s.keep} snapshots, ${s.everyMinutes === 0 ? 'taken when the workspace is opened' : `taken every ${s.everyMinutes} minutes while it changes`}.`);
      setKeep('');
      setEvery('');
      list.reload();
    } catch (err) {
      notifyError(err, 'The backup settings were not saved');
    }
  };
  const data = list.data;
  return (
    <Card mt="lg" aria-label="Backups">
      <Group justify="space-between" mb="xs">
        <Title order={4}>Backups</Title>
        <Button variant="default" onClick={takeNow} loading={busy}>
          Back up now
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        A dated snapshot is taken when the workspace is opened and then regularly while it changes. Restoring copies a snapshot into a new
        file; this workspace is not changed. {data && <>Folder: {data.folder}</>}
      </Text>
      {data && data.snapshots.length === 0 && <Text c="dimmed">No snapshots yet.</Text>}
      {data && data.snapshots.length > 0 && (
        <Table aria-label="Snapshots" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Taken</Table.Th>
              <Table.Th>Size</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.snapshots.map((s) => (
              <Table.Tr key={s.name}>
                <Table.Td>
                  {formatDateTime(s.takenAt, { seconds: true })}{' '}
                  {s.encrypted && (
                    <Badge size="xs" variant="light" color="teal">
                      encrypted
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{sizeOf(s.size)}</Table.Td>
                <Table.Td ta="right">
                  <Button size="compact-sm" variant="subtle" onClick={() => restore(s.name)} aria-label={`Restore the snapshot of ${formatDateTime(s.takenAt, { seconds: true })}`}>
                    Restore…
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group mt="md" align="flex-end">
        <NumberInput label="Snapshots to keep" min={BACKUP_LIMITS.keepMin} max={BACKUP_LIMITS.keepMax} w={170} placeholder={data ? String(data.keep) : ''} value={keep} onChange={setKeep} />
        <NumberInput label="Minutes between (0 = on open only)" min={0} max={BACKUP_LIMITS.everyMax} w={250} placeholder={data ? String(data.everyMinutes) : ''} value={every} onChange={setEvery} />
        <Button variant="default" onClick={saveSettings} disabled={keep === '' && every === ''}>
          Save backup settings
        </Button>
      </Group>
    </Card>
  );
}
