import { Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { AuditDetail, Finding } from '../../../../shared/contract/audits';
import { NC_STATUS_LABEL } from '../../../../shared/ncStates';
import { api } from '../../api/client';
import { usePeopleOptions } from '../../hooks';
import { navigate } from '../../router';
import { notifyError, notifySaved } from '../../notify';
import { FINDING_LABEL, VERDICT_COLOR } from './labels';

function FollowUp({ f }: { f: Finding }) {
  if (!f.ncId) return <Text size="xs">{f.verdict === 'major' || f.verdict === 'minor' ? 'No nonconformity raised yet' : 'No nonconformity needed'}</Text>;
  return (
    <Stack gap={2}>
      <Button size="compact-xs" variant="subtle" onClick={() => navigate(`/clause/10.2?open=nc:${f.ncId}`)}>
        {f.ncRef}: {NC_STATUS_LABEL[f.ncStatus!]}
      </Button>
      <Text size="xs">
        {f.actionCount} corrective action{f.actionCount === 1 ? '' : 's'}, {f.openActions} open{f.overdueActions ? `, ${f.overdueActions} overdue` : ''}
      </Text>
    </Stack>
  );
}

/** Findings by severity, with their follow-up in 10.2; a nonconformity finding raises a linked nonconformity record. */
export function FindingsPanel({ audit }: { audit: AuditDetail }) {
  const people = usePeopleOptions();
  const [owner, setOwner] = useState<string | null>(null);
  const raise = (f: Finding) =>
    api.audits.findingRaiseNc({ id: f.id, ownerId: owner }).then(
      (r) => notifySaved(`${r.ncRef} raised from ${r.ref}.`),
      (err: unknown) => notifyError(err, 'No nonconformity raised'),
    );
  if (!audit.findings.length) return <Text size="sm">No findings yet. Every verdict other than conforming in the fieldwork makes one.</Text>;
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <Select label="Owner of nonconformities raised" description="Who will correct them; set before raising, or leave empty and choose later in 10.2" placeholder="No owner yet" clearable searchable w={320} data={people.options} value={owner} onChange={setOwner} />
      </Group>
      <Table aria-label="Findings" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Id</Table.Th>
            <Table.Th w={170}>Grade</Table.Th>
            <Table.Th>Finding</Table.Th>
            <Table.Th w={230}>Follow-up (10.2)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {audit.findings.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>{f.ref}</Table.Td>
              <Table.Td>
                <Badge color={VERDICT_COLOR[f.verdict]} variant="filled">
                  {FINDING_LABEL[f.verdict]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {f.title}
                </Text>
                <Text size="xs">{f.statement}</Text>
                <Text size="xs" c="dimmed">
                  {f.requirement} · {f.evidence.length} evidence file{f.evidence.length === 1 ? '' : 's'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <FollowUp f={f} />
                  {!f.ncId && (f.verdict === 'major' || f.verdict === 'minor') && (
                    <Button size="compact-xs" variant="light" onClick={() => void raise(f)} aria-label={`Raise nonconformity from ${f.ref}`}>
                      Raise nonconformity
                    </Button>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
