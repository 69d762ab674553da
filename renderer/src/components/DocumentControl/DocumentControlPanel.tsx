import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { api, ApiError } from '../../api/client';
import { useCall } from '../../api/useCall';
import { notifyError, notifySaved } from '../../notify';
import { ApprovalFields, emptyApproval, type ApprovalValues } from './ApprovalFields';

const STATUS = { draft: { label: 'Not yet approved', color: 'gray' }, approved: { label: 'Approved', color: 'teal' }, changed: { label: 'Changed since approval', color: 'orange' } } as const;

/**
 * A register's document control (7.5): its id, version, approval and history, and the form that
 * approves it as it stands now. Approving freezes what the export prints.
 */
export function DocumentControlPanel({ documentKey }: { documentKey: string }) {
  const record = useCall(() => api.documents.get({ key: documentKey }), [documentKey]);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ApprovalValues>(emptyApproval);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const r = record.data;
  if (!r) return null;
  const approve = async () => {
    try {
      setErrors({});
      const done = await api.documents.approve({ key: documentKey, approverId: values.approverId ?? '', approvedOn: values.approvedOn ?? '', major: values.major, changeNote: values.changeNote, reason: values.reason });
      notifySaved(`${done.docId} version ${done.version} approved.`);
      setValues(emptyApproval());
      setOpen(false);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors).length) setErrors(err.fieldErrors);
      else notifyError(err, 'Not approved');
    }
  };
  const status = STATUS[r.status];
  return (
    <Card withBorder aria-label="Document control">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Title order={4}>Document control</Title>
            <Badge variant="light">{r.docId}</Badge>
            <Badge variant="outline" color="gray" data-testid="document-version">
              Version {r.version}
            </Badge>
            <Badge color={status.color}>{status.label}</Badge>
          </Group>
          {r.status !== 'approved' && (
            <Button size="xs" variant={open ? 'default' : 'filled'} onClick={() => setOpen((o) => !o)}>
              {open ? 'Cancel' : r.approved ? `Approve version ${r.version.replace(' draft', '')}` : 'Approve'}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {r.approved
            ? `Version ${r.approved.version} approved by ${r.approved.approverName} on ${r.approved.approvedOn}; next review by ${r.nextReview}. ${r.status === 'changed' ? 'The register has changed since: exports show the approved version and say so until the changes are approved.' : ''}`
            : 'Not approved yet: exports are marked DRAFT until someone with the authority approves this register.'}
        </Text>
        {open && (
          <Stack gap="xs" maw={640}>
            <ApprovalFields value={values} onChange={setValues} errors={errors} revision={!!r.approved} />
            <Group>
              <Button onClick={approve} disabled={!values.approverId || !values.approvedOn}>
                Approve as it stands now
              </Button>
            </Group>
          </Stack>
        )}
        {r.history.length > 0 && (
          <Table fz="sm" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Th>Approved on</Table.Th>
                <Table.Th>By</Table.Th>
                <Table.Th>What changed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.history.map((e) => (
                <Table.Tr key={e.version}>
                  <Table.Td>{e.version}</Table.Td>
                  <Table.Td>{e.approvedOn}</Table.Td>
                  <Table.Td>{e.approverName}</Table.Td>
                  <Table.Td>{[e.changeNote, e.reason && `Reason: ${e.reason}`].filter(Boolean).join(' · ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
