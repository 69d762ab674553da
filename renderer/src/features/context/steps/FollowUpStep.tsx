import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { Issue } from '../../../../../shared/contract/context';

/** Step 4: every issue needs an effect on the ISMS and a review date that has not passed. */
export function FollowUpStep({ issues, onEdit, today }: { issues: Issue[]; onEdit: (issue: Issue) => void; today: string }) {
  const gaps = issues
    .map((i) => ({
      issue: i,
      missing: [!i.effect.trim() && 'effect on the ISMS', !i.reviewDate && 'review date', i.reviewDate && i.reviewDate < today && 'review is overdue'].filter(Boolean) as string[],
    }))
    .filter((g) => g.missing.length > 0);
  if (issues.length === 0) return <Alert color="gray">Record some issues in the two previous steps first.</Alert>;
  if (gaps.length === 0) return <Alert color="teal">Every issue has an effect on the ISMS and a current review date.</Alert>;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        These issues still need something. The effects you write here are what the scope, the risk assessment and the objectives build on.
      </Text>
      <Table verticalSpacing="xs" aria-label="Issues to complete">
        <Table.Tbody>
          {gaps.map(({ issue, missing }) => (
            <Table.Tr key={issue.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {issue.title}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="orange">
                  Needs: {missing.join(', ')}
                </Text>
              </Table.Td>
              <Table.Td w={100}>
                <Group justify="flex-end">
                  <Button size="xs" variant="light" onClick={() => onEdit(issue)}>
                    Complete
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
