import { Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import type { GapRow } from '../../../../shared/contract/competence';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useRouteParam } from '../../router';

function Gaps({ gaps, planned, onPlan }: { gaps: GapRow[]; planned?: Set<string>; onPlan?: (skillId: string, level: number) => void }) {
  if (gaps.length === 0)
    return (
      <Badge color="teal" variant="light">
        No gaps
      </Badge>
    );
  return (
    <Stack gap={4}>
      {gaps.map((g) => (
        <Group key={g.skillId} gap={6} wrap="nowrap">
          <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
            {g.actual} of {g.required}
          </Badge>
          <Text size="sm">{g.skillName}</Text>
          {planned?.has(g.skillId) ? (
            <Text size="xs" c="dimmed">
              training planned
            </Text>
          ) : (
            onPlan && (
              <Button size="compact-xs" variant="subtle" onClick={() => onPlan(g.skillId, g.required)}>
                Plan training
              </Button>
            )
          )}
        </Group>
      ))}
    </Stack>
  );
}

/** 7.2: where people fall short of what their roles need, seen per role or per person. */
export function GapsPanel({ onPlan }: { onPlan: (personId: string, skillId: string, level: number) => void }) {
  const [view, setView] = useRouteParam('gaps');
  const byRole = useCall(() => api.competence.gapsByRole({}), []);
  const byPerson = useCall(() => api.competence.gapsByPerson({}), []);
  const perPerson = view === 'person';
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          A gap is a required skill where the person's level in the skills matrix is below what the role needs (never assessed counts as 0).
        </Text>
        <SegmentedControl value={perPerson ? 'person' : 'role'} onChange={(v) => setView(v === 'role' ? null : v)} data={[{ value: 'role', label: 'Per role' }, { value: 'person', label: 'Per person' }]} aria-label="Show gaps" />
      </Group>
      {perPerson ? (
        (byPerson.data ?? []).length === 0 ? (
          <Text c="dimmed">Nobody holds a role yet (5.3).</Text>
        ) : (
          <SimpleGrid cols={2}>
            {(byPerson.data ?? []).map((p) => (
              <Card key={p.personId} withBorder padding="sm" aria-label={`Gaps of ${p.personName}`}>
                <Text fw={600}>{p.personName}</Text>
                <Text size="xs" c="dimmed" mb={6}>
                  {p.roles.join(', ')}
                </Text>
                <Gaps gaps={p.gaps} planned={new Set(p.plans.map((x) => x.skillId))} onPlan={(skillId, level) => onPlan(p.personId, skillId, level)} />
              </Card>
            ))}
          </SimpleGrid>
        )
      ) : (
        <SimpleGrid cols={2}>
          {(byRole.data ?? [])
            .filter((r) => r.requirements.length > 0 || r.holders.length > 0)
            .map((r) => (
              <Card key={r.roleId} withBorder padding="sm" aria-label={`Gaps in the role ${r.roleName}`}>
                <Text fw={600}>{r.roleName}</Text>
                <Text size="xs" c="dimmed" mb={6}>
                  {r.requirements.length ? `Needs ${r.requirements.map((q) => `${q.skillName} ${q.requiredLevel}`).join(', ')}` : 'No competence requirements yet'}
                </Text>
                {r.holders.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    Nobody holds this role.
                  </Text>
                ) : (
                  <Stack gap={6}>
                    {r.holders.map((h) => (
                      <div key={h.personId}>
                        <Text size="sm" fw={500}>
                          {h.personName}
                        </Text>
                        <Gaps gaps={h.gaps} />
                      </div>
                    ))}
                  </Stack>
                )}
              </Card>
            ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
