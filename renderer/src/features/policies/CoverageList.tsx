import { List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { CoverageResult } from '../../../../shared/policyCoverage';

/** What 5.2 asks of the information security policy, and whether the text says it. */
export function CoverageList({ results }: { results: CoverageResult[] }) {
  return (
    <List spacing="sm" aria-label="What 5.2 asks of the policy">
      {results.map((r) => (
        <List.Item
          key={r.element}
          data-found={r.found}
          icon={
            <ThemeIcon color={r.found ? 'teal' : 'red'} variant={r.found ? 'filled' : 'light'} size={22} radius="xl">
              {r.found ? <IconCheck size={14} /> : <IconX size={14} />}
            </ThemeIcon>
          }
        >
          <Text size="sm" fw={500}>
            {r.label}: {r.found ? 'found' : 'missing'}
          </Text>
          <Text size="xs" c="dimmed" fs={r.found ? 'italic' : undefined}>
            {r.found ? `“${r.evidence}”` : 'Add a sentence that says this plainly.'}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
