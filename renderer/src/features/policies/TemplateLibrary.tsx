import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PolicySummary, PolicyTemplate } from '../../../../shared/contract/policies';
import { navigate } from '../../router';
import { STATUS_COLOR, STATUS_TEXT } from './labels';

/** The topic-specific templates Annex A expects, each started once and then opened. */
export function TemplateLibrary({ templates, policies, onStart }: { templates: PolicyTemplate[]; policies: PolicySummary[]; onStart: (t: PolicyTemplate) => void }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
      {templates.map((t) => {
        const existing = policies.find((p) => p.templateKey === t.key);
        return (
          <Card key={t.key} data-testid={`template-${t.key}`}>
            <Stack gap="xs" h="100%" justify="space-between">
              <Stack gap={4}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{t.title}</Text>
                  {existing && (
                    <Badge variant="light" color={STATUS_COLOR[existing.current.status]}>
                      {existing.current.version} {STATUS_TEXT[existing.current.status]}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {t.summary}
                </Text>
                <Text size="xs" c="dimmed">
                  Annex A {t.controls.join(', ')}
                </Text>
              </Stack>
              <Group>
                {existing ? (
                  <Button size="xs" variant="default" aria-label={`Open ${existing.title}`} onClick={() => navigate(`/clause/5.2/policy/${existing.id}`)}>
                    Open
                  </Button>
                ) : (
                  <Button size="xs" variant="light" onClick={() => onStart(t)} aria-label={`Start from template: ${t.title}`}>
                    Start from template
                  </Button>
                )}
              </Group>
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
