import { Alert, Badge, Button, Group, List, Select, Spoiler, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { TEAM_ROLES, type AuditDetail, type TeamRole } from '../../../../shared/contract/audits';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { saveForm } from '../../components/zodForm';
import { useDraftForm } from '../../drafts/useDraftForm';
import { notifyError } from '../../notify';
import { ROLE_LABEL, options } from './labels';

interface Values {
  personId: string | null;
  role: TeamRole;
  justification: string;
}

/**
 * The audit team with the independence check: everyone who owns or answers for something in the
 * audit's scope is flagged with the reasons, and can join the team only with a justification.
 */
export function TeamPanel({ audit, readOnly }: { audit: AuditDetail; readOnly: boolean }) {
  const candidates = useCall(() => api.audits.candidates({ auditId: audit.id }), [audit.id]);
  const form = useDraftForm<Values>(`audit-team:${audit.id}`, 'Audit team member', { initialValues: { personId: null, role: audit.team.some((t) => t.role === 'lead-auditor') ? 'auditor' : 'lead-auditor', justification: '' } });
  const picked = candidates.data?.find((c) => c.personId === form.values.personId);
  const submit = form.onSubmit(async (v) => {
    if (!v.personId) return form.setFieldError('personId', 'Choose a person.');
    await saveForm(form, () => api.audits.teamAdd({ auditId: audit.id, personId: v.personId!, role: v.role, justification: v.justification }), { saved: 'Added to the audit team.', failed: 'Not added' }, () => form.reset());
  });
  const remove = (id: string) => api.audits.teamRemove({ id }).catch((err: unknown) => notifyError(err, 'Not removed'));
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        Audit team
      </Title>
      <Text size="sm" c="dimmed">
        Nobody audits their own work. Anyone who owns or answers for something in this audit’s scope (roles and RACI in 5.3, assets, risks, controls, treatment actions, processes, policies, metrics, nonconformities) is flagged; they can join only with a recorded justification. Competence comes from 7.2: the skills the Internal auditor role requires (or Internal auditing), against each member’s recorded level.
      </Text>
      {audit.team.length ? (
        <Table aria-label="Audit team" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th w={150}>Role</Table.Th>
              <Table.Th>Independence</Table.Th>
              <Table.Th w={200}>Competence (7.2)</Table.Th>
              <Table.Th w={100} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.team.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  {m.name}
                  {m.jobTitle && (
                    <Text size="xs" c="dimmed">
                      {m.jobTitle}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{ROLE_LABEL[m.role]}</Table.Td>
                <Table.Td>
                  {m.conflicts.length ? (
                    <Stack gap={2}>
                      <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={12} />}>
                        Not independent: justified
                      </Badge>
                      {/* One line per conflict, the first few shown: a run-on paragraph of twenty was unreadable. */}
                      <Spoiler maxHeight={84} showLabel={`Show all ${m.conflicts.length}`} hideLabel="Show fewer" styles={{ control: { fontSize: 'var(--mantine-font-size-xs)' } }}>
                        <List size="xs" spacing={0}>
                          {m.conflicts.map((c) => (
                            <List.Item key={c}>{c}</List.Item>
                          ))}
                        </List>
                      </Spoiler>
                      <Text size="xs" fs="italic">
                        Justification: {m.justification}
                      </Text>
                    </Stack>
                  ) : (
                    <Badge color="teal" variant="light">
                      Independent of the scope
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {m.competence.length ? (
                    <Stack gap={2}>
                      {m.competence.map((c) => (
                        <Text key={c.skill} size="xs" c={c.level === null || (c.required !== null && c.level < c.required) ? 'red.9' : undefined}>
                          {c.skill}: {c.level === null ? 'not assessed' : `level ${c.level}`}
                          {c.required !== null ? ` of ${c.required} needed` : ''}
                          {c.level !== null && c.required !== null && c.level < c.required ? ' (below)' : ''}
                        </Text>
                      ))}
                    </Stack>
                  ) : (
                    <Text size="xs" c="dimmed">No auditing skill in the 7.2 catalogue</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {!readOnly && (
                    <Button size="xs" variant="subtle" color="red" aria-label={`Remove ${m.name} from the team`} onClick={() => void remove(m.id)}>
                      Remove
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm">No one is on the team yet. Start with the lead auditor.</Text>
      )}
      {!readOnly && (
        <form onSubmit={submit} noValidate aria-label="Add a team member">
          <Stack gap="xs">
            <Group align="flex-end" grow>
              <Select
                label="Person"
                placeholder="Choose a person"
                searchable
                data={(candidates.data ?? []).filter((c) => !c.onTeam).map((c) => ({ value: c.personId, label: c.conflicts.length ? `${c.name} (not independent)` : c.name }))}
                {...form.getInputProps('personId')}
              />
              <Select label="Role" allowDeselect={false} data={options(ROLE_LABEL).filter((o) => TEAM_ROLES.includes(o.value))} {...form.getInputProps('role')} />
            </Group>
            {picked && picked.conflicts.length > 0 && (
              <Alert color="orange" styles={{ title: { color: "var(--mantine-color-text)" } }} icon={<IconAlertTriangle size={16} />} title={`${picked.name} is not independent of this audit’s scope`}>
                <List size="sm">
                  {picked.conflicts.map((c) => (
                    <List.Item key={c}>{c}</List.Item>
                  ))}
                </List>
                <Textarea mt="xs" label="Justification" description="Why they can still audit objectively (e.g. they will not audit the items they own)" required autosize minRows={2} {...form.getInputProps('justification')} />
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={form.submitting}>
                Add to the team
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
