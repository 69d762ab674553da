import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, Popover, Select, Stack, Table, Text, Title } from '@mantine/core';
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

/** Everyone the policy reaches, and whether they have acknowledged the version in force. */
function AcknowledgementTable({ versionId, recipients }: { versionId: string; recipients: Recipient[] }) {
  return (
    <Table verticalSpacing="xs" aria-label="Acknowledgements">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Person</Table.Th>
          <Table.Th>Reached through</Table.Th>
          <Table.Th w={230}>Acknowledged</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {recipients.map((r) => (
          <Table.Tr key={r.personId}>
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
