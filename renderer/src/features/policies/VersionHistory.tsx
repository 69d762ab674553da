import { useState } from 'react';
import { Badge, Button, Modal, Table, Text, Tooltip } from '@mantine/core';
import type { PolicyDetail, VersionMeta } from '../../../../shared/contract/policies';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { PolicyText } from './PolicyText';
import { STATUS_COLOR, STATUS_TEXT } from './labels';

function VersionModal({ version, onClose }: { version: VersionMeta; onClose: () => void }) {
  const full = useCall(() => api.policies.getVersion({ versionId: version.id }), [version.id]);
  return (
    <Modal opened onClose={onClose} title={`Version ${version.version} (${STATUS_TEXT[version.status].toLowerCase()})`} size="xl">
      {full.data && <PolicyText content={full.data.content} label={`Text of version ${version.version}`} />}
    </Modal>
  );
}

/** Every version, newest first, with who approved it and when it was in force. */
export function VersionHistory({ policy }: { policy: PolicyDetail }) {
  const [viewing, setViewing] = useState<VersionMeta | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={800}>
        <Table striped verticalSpacing="xs" aria-label="Versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Version</Table.Th>
              <Table.Th w={120}>Status</Table.Th>
              <Table.Th>What changed</Table.Th>
              <Table.Th w={220}>Approved</Table.Th>
              <Table.Th w={200}>In force</Table.Th>
              <Table.Th w={80} aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {policy.versions.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td fw={600}>{v.version}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[v.status]} variant="light">
                    {STATUS_TEXT[v.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{v.changeNote || '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{v.approvedOn ? `${v.approverName ?? 'unknown'}, ${v.approvedOn}` : '—'}</Text>
                </Table.Td>
                <Table.Td>
                  {v.publishedOn ? (
                    <Tooltip label={`SHA-256 ${v.contentSha256}`} multiline w={300}>
                      <Text size="sm">{v.supersededOn ? `${v.publishedOn} to ${v.supersededOn}` : `since ${v.publishedOn}`}</Text>
                    </Tooltip>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setViewing(v)} aria-label={`View version ${v.version}`}>
                    View
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {viewing && <VersionModal version={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
