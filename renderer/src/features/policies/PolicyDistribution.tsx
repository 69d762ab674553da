import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Checkbox, Group, Paper, Popover, Select, Stack, Table, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconTrash } from '@tabler/icons-react';
import type { PolicyDetail, Recipient } from '../../../../shared/contract/policies';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { notifyError, notifySaved } from '../../notify';

const today = () => new Date().toISOString().slice(0, 10);

function AddToList({ policy, people }: { policy: PolicyDetail; people: { value: string; label: string }[] }) {
  const units = useCall(() => api.people.unitList({}), []);
  const [target, setTarget] = useState<string | null>(null);
  const listed = new Set(policy.distribution.map((d) => d.personId ?? `unit:${d.unitId}`));
  const data = [
    { group: 'People', items: people.filter((p) => !listed.has(p.value)) },
    { group: 'Units (everyone in them)', items: (units.data ?? []).filter((u) => !listed.has(`unit:${u.id}`)).map((u) => ({ value: `unit:${u.id}`, label: `${u.name} (${u.memberCount})` })) },
  ];
  const add = () => {
    if (!target) return;
    const input = target.startsWith('unit:') ? { policyId: policy.id, unitId: target.slice(5) } : { policyId: policy.id, personId: target };
    api.policies.distributionAdd(input).then(() => (setTarget(null), notifySaved('Added to the distribution list.')), notifyError);
  };
  return (
    <Group align="flex-end">
      <Select label="Send to" placeholder="A person or a unit" searchable w={320} data={data} value={target} onChange={setTarget} />
      <Button onClick={add} disabled={!target}>
        Add
      </Button>
    </Group>
  );
}

function AcknowledgeButton({ versionId, recipient }: { versionId: string; recipient: Recipient }) {
  const [date, setDate] = useState<string | null>(today());
  const [open, setOpen] = useState(false);
  const record = () =>
    api.policies.acknowledge({ versionId, personId: recipient.personId, acknowledgedOn: date ?? undefined }).then(() => (setOpen(false), notifySaved('Acknowledgement recorded.')), notifyError);
  return (
    <Popover opened={open} onChange={setOpen} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Button size="xs" variant="light" onClick={() => setOpen((o) => !o)} aria-label={`Record acknowledgement by ${recipient.name}`}>
          Record acknowledgement
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <DateInput label="Acknowledged on" valueFormat="YYYY-MM-DD" value={date} onChange={setDate} popoverProps={{ withinPortal: false }} />
          <Button size="xs" onClick={record}>
            Save
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** One date for many people: a signed attendance sheet or a briefing recorded in one step. */
function BulkAcknowledge({ versionId, selected, onDone }: { versionId: string; selected: string[]; onDone: () => void }) {
  const [date, setDate] = useState<string | null>(today());
  const [busy, setBusy] = useState(false);
  const record = () => {
    setBusy(true);
    api.policies
      .acknowledgeMany({ versionId, personIds: selected, acknowledgedOn: date ?? undefined })
      .then(({ recorded }) => (onDone(), notifySaved(`${recorded} acknowledgement${recorded === 1 ? '' : 's'} recorded.`)), notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Paper withBorder p="xs" radius="sm" aria-label="Record acknowledgements for the selected people">
      <Group align="flex-end" gap="sm">
        <Text size="sm" fw={500} style={{ alignSelf: 'center' }}>{selected.length} selected</Text>
        <DateInput label="Acknowledged on" size="xs" w={150} valueFormat="YYYY-MM-DD" value={date} onChange={setDate} maxDate={today()} />
        <Button size="xs" onClick={record} loading={busy} disabled={selected.length === 0 || !date}>
          Record for {selected.length} {selected.length === 1 ? 'person' : 'people'}
        </Button>
      </Group>
    </Paper>
  );
}

/** Everyone the policy reaches, and whether they have acknowledged the version in force. */
function AcknowledgementTable({ versionId, recipients }: { versionId: string; recipients: Recipient[] }) {
  const [selected, setSelected] = useState<string[]>([]);
  const pending = recipients.filter((r) => !r.acknowledgedOn).map((r) => r.personId);
  const chosen = selected.filter((id) => pending.includes(id));
  const allChosen = pending.length > 0 && chosen.length === pending.length;
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  return (
    <Stack gap="xs">
      {pending.length > 1 && <BulkAcknowledge versionId={versionId} selected={chosen} onDone={() => setSelected([])} />}
      <Table verticalSpacing="xs" aria-label="Acknowledgements">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox
                aria-label="Select everyone who has not acknowledged"
                checked={allChosen}
                indeterminate={chosen.length > 0 && !allChosen}
                disabled={pending.length === 0}
                onChange={() => setSelected(allChosen ? [] : pending)}
              />
            </Table.Th>
            <Table.Th>Person</Table.Th>
            <Table.Th>Reached through</Table.Th>
            <Table.Th w={230}>Acknowledged</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recipients.map((r) => (
            <Table.Tr key={r.personId}>
              <Table.Td>
                {!r.acknowledgedOn && <Checkbox aria-label={`Select ${r.name}`} checked={chosen.includes(r.personId)} onChange={() => toggle(r.personId)} />}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>{r.name}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">{r.via.map((v) => (v === 'direct' ? 'named directly' : v)).join(', ')}</Text>
              </Table.Td>
              <Table.Td>
                {r.acknowledgedOn ? (
                  <Group gap={4}>
                    <Badge color="teal" variant="light">{r.acknowledgedOn}</Badge>
                    <ActionIcon size="sm" variant="subtle" color="red" onClick={() => api.policies.acknowledgementDelete({ id: r.acknowledgementId! }).then(() => notifySaved('Acknowledgement removed.'), notifyError)} aria-label={`Remove acknowledgement by ${r.name}`}>
                      <IconTrash size={12} />
                    </ActionIcon>
                  </Group>
                ) : (
                  <AcknowledgeButton versionId={versionId} recipient={r} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Who the policy goes to, and who has acknowledged the version in force. */
export function PolicyDistribution({ policy, people }: { policy: PolicyDetail; people: { value: string; label: string }[] }) {
  const published = policy.published;
  return (
    <Stack>
      <Title order={5}>Distribution list</Title>
      {policy.distribution.length === 0 ? (
        <Text size="sm" c="dimmed">Nobody yet. Add the people or units who must read this policy.</Text>
      ) : (
        <Group gap="xs">
          {policy.distribution.map((d) => (
            <Badge key={d.id} size="lg" tt="none" variant="light" color={d.kind === 'unit' ? 'grape' : 'indigo'} rightSection={
              <ActionIcon size="xs" variant="transparent" color="gray" onClick={() => api.policies.distributionRemove({ id: d.id }).then(() => notifySaved('Removed.'), notifyError)} aria-label={`Remove ${d.name} from the list`}>
                <IconTrash size={12} />
              </ActionIcon>
            }>
              {d.kind === 'unit' ? `Unit: ${d.name}` : d.name}
            </Badge>
          ))}
        </Group>
      )}
      <AddToList policy={policy} people={people} />
      <Title order={5} mt="md">
        Acknowledgements {published ? `of version ${published.version}` : ''}
      </Title>
      {!published && <Alert color="gray">Acknowledgements are recorded against the published version. Publish the policy first.</Alert>}
      {published && policy.recipientList.length > 0 && <AcknowledgementTable versionId={published.id} recipients={policy.recipientList} />}
      {published && <Text size="sm" c="dimmed">{policy.acknowledged} of {policy.recipients} people have acknowledged version {published.version}.</Text>}
    </Stack>
  );
}
