import { Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { AUDIT_KIND_LABEL } from '../../../../shared/competence';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ResultBadge } from './auditBits';
import { EvidenceList } from './EvidenceList';
import { levelText } from './labels';

const Field = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm">{children}</Text>
  </div>
);

/** One skills audit as recorded: what was checked, the gaps, what an audit after appointment closed, the evidence. */
export function AuditRecord({ id, onClose, onPlan }: { id: string; onClose: () => void; onPlan: (personId: string, skillId: string, level: number) => void }) {
  const audit = useCall(() => api.competence.auditGet({ id }), [id]);
  const a = audit.data;
  if (!a) return null;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={4}>
          {a.ref} {a.personName}, {a.roleName}
        </Title>
        <ResultBadge result={a.result} />
      </Group>
      <SimpleGrid cols={4}>
        <Field label="When">{AUDIT_KIND_LABEL[a.kind]}</Field>
        <Field label="Audited on">{a.auditedOn}</Field>
        <Field label="Assessor">{a.assessorName}</Field>
        <Field label="Follow-up audit due">{a.followUpOn ?? '—'}</Field>
      </SimpleGrid>
      <Table striped aria-label="Requirements checked">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Skill</Table.Th>
            <Table.Th w={120}>Needed</Table.Th>
            <Table.Th w={120}>Found</Table.Th>
            <Table.Th w={250}>Gap</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {a.checked.map((c) => (
            <Table.Tr key={c.skillId}>
              <Table.Td>{c.skillName}</Table.Td>
              <Table.Td>{levelText(c.required)}</Table.Td>
              <Table.Td>{levelText(c.actual)}</Table.Td>
              <Table.Td>
                {c.missing > 0 ? (
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" c="red.9" fw={600}>
                      {c.missing} level{c.missing === 1 ? '' : 's'} short
                    </Text>
                    <Button size="compact-xs" variant="light" onClick={() => onPlan(a.personId, c.skillId, c.required)} aria-label={`Plan training in ${c.skillName}`}>
                      Plan training
                    </Button>
                  </Group>
                ) : (
                  'none'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {a.priorAuditRef && (
        <Text size="sm">
          Compared with {a.priorAuditRef}: {a.closedGaps.length ? `closed ${a.closedGaps.map((g) => g.skillName).join(', ')}` : 'no gap closed'}
          {a.gaps.length ? `; still open: ${a.gaps.map((g) => g.skillName).join(', ')}` : '; nothing left open'}.
        </Text>
      )}
      {a.notes && <Field label="Notes">{a.notes}</Field>}
      <Text size="sm" fw={500}>
        Evidence
      </Text>
      <EvidenceList evidence={a.evidence} owner={{ auditId: a.id }} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  );
}
