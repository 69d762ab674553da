import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { categoriesFor, type Issue, type IssueKind } from '../../../../../shared/contract/context';
import { CATEGORY_GUIDE, SWOT_LABEL } from '../labels';

interface HeadingsStepProps {
  kind: IssueKind;
  issues: Issue[];
  onAdd: (kind: IssueKind, category: string) => void;
  onEdit: (issue: Issue) => void;
}

/** Steps 2 and 3: walk through each heading, with a prompt and what is already recorded under it. */
export function HeadingsStep({ kind, issues, onAdd, onEdit }: HeadingsStepProps) {
  const mine = issues.filter((i) => i.kind === kind);
  return (
    <Stack>
      <Text size="sm" c="dimmed" maw={820}>
        {kind === 'external'
          ? 'Go through each PESTLE heading with the people who know the business. Record what matters; skip a heading only when nothing under it could affect your information security.'
          : 'Look inward: for each heading, note what helps or hinders information security here.'}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
        {categoriesFor(kind).map((category) => {
          const here = mine.filter((i) => i.category === category);
          const guide = CATEGORY_GUIDE[category];
          return (
            <Card key={category} data-testid={`heading-${category}`}>
              <Group justify="space-between" mb={4}>
                <Title order={5}>{guide.label}</Title>
                <Badge variant="light" color={here.length ? 'indigo' : 'gray'}>
                  {here.length}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" mb="sm">
                {guide.prompt}
              </Text>
              <Stack gap={4} mb="sm">
                {here.map((i) => (
                  <Group key={i.id} gap="xs" wrap="nowrap" style={{ cursor: 'pointer' }} onClick={() => onEdit(i)}>
                    <Badge size="xs" variant="outline">
                      {SWOT_LABEL[i.swot]}
                    </Badge>
                    <Text size="sm" truncate>
                      {i.title}
                    </Text>
                  </Group>
                ))}
              </Stack>
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onAdd(kind, category)} aria-label={`Add ${guide.label} issue`}>
                Add {guide.label.toLowerCase()} issue
              </Button>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
