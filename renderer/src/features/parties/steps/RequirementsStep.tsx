import { useEffect } from 'react';
import { Badge, Button, Grid, Group, NavLink, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DECISION_LABEL, type Party, type Requirement } from '../../../../../shared/contract/parties';
import { api } from '../../../api/client';
import { useCall } from '../../../api/useCall';
import { confirmDelete } from '../../../components/confirmDelete';
import { notifySaved } from '../../../notify';
import { RequirementForm } from '../RequirementForm';
import { FormDialog } from '../../../components/FormDialog/FormDialog';
import { useRecordDialog } from '../../../components/FormDialog/useRecordDialog';
import { useRouteParam } from '../../../router';
import { RowActions, rowName } from '../../../components/RowActions/RowActions';
import { RefBadge, titleWithRef } from '../../../components/RefBadge/RefBadge';

const decisionColor = { undecided: 'orange', addressed: 'teal', 'not-addressed': 'gray' } as const;

/** Step 4: what each party requires, and whether and how the ISMS addresses it. */
export function RequirementsStep({ parties }: { parties: Party[] }) {
  // The party shown and the requirement open are in the URL, so a reload comes back to them.
  const [selected, setSelected] = useRouteParam('party');
  useEffect(() => {
    if (!selected || !parties.some((p) => p.id === selected)) setSelected(parties[0]?.id ?? null);
  }, [parties, selected]);
  const requirements = useCall(() => (selected ? api.parties.requirementList({ partyId: selected }) : Promise.resolve([])), [selected]);
  const party = parties.find((p) => p.id === selected);
  const dialog = useRecordDialog<Requirement>('requirement', requirements.data);
  const editing = dialog.editing;
  if (parties.length === 0) return <Text c="dimmed">Add parties first.</Text>;
  const remove = (r: Requirement) => confirmDelete('this requirement', () => api.parties.requirementDelete({ id: r.id }), () => notifySaved('Requirement deleted.'));
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Stack gap={2} aria-label="Parties">
          {parties.map((p) => (
            <NavLink
              key={p.id}
              label={p.name}
              active={p.id === selected}
              onClick={() => setSelected(p.id)}
              rightSection={
                <Badge size="sm" variant="light" color={p.requirementCount === 0 ? 'gray' : p.undecidedCount ? 'orange' : 'teal'}>
                  {p.requirementCount}
                </Badge>
              }
            />
          ))}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Group justify="space-between" mb="sm">
          <Title order={5}>Requirements of {party?.name}</Title>
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => dialog.openNew()}>
            Add requirement
          </Button>
        </Group>
        {requirements.data?.length === 0 && <Text c="dimmed">No requirements recorded for this party yet.</Text>}
        {!!requirements.data?.length && (
          <Table verticalSpacing="xs" aria-label="Requirements">
            <Table.Tbody>
              {requirements.data.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td w={90}>
                    <RefBadge value={r.ref} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.text}</Text>
                    {r.policyTitle && (
                      <Text size="xs" c="indigo">
                        Policy: {r.policyTitle}
                      </Text>
                    )}
                    {r.how && (
                      <Text size="xs" c="dimmed">
                        {r.decision === 'addressed' ? 'How: ' : 'Why not: '}
                        {r.how}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td w={110}>
                    <Badge variant="outline" color="gray">
                      {r.type}
                    </Badge>
                  </Table.Td>
                  <Table.Td w={190}>
                    <Badge variant="light" color={decisionColor[r.decision]}>
                      {DECISION_LABEL[r.decision]}
                    </Badge>
                  </Table.Td>
                  <Table.Td w={80}>
                    <RowActions name={rowName('requirement', r.text, r.ref)} historyId={r.id} onEdit={() => dialog.openEdit(r)} onDelete={() => remove(r)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Grid.Col>
      <FormDialog opened={editing !== null && !!selected} onClose={dialog.close} title={editing?.record ? titleWithRef('Edit requirement', editing.record.ref) : `New requirement of ${party?.name ?? ''}`} size="lg">
        {editing && selected && <RequirementForm partyId={selected} requirement={editing.record} onDone={dialog.close} />}
      </FormDialog>
    </Grid>
  );
}
