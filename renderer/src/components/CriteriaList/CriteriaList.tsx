import { List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import type { ClauseReadiness } from '../../../../shared/contract/readiness';

/** A clause's done criteria, met or not, with the detail readiness gives. */
export function CriteriaList({ clause }: { clause: ClauseReadiness | undefined }) {
  return (
    <List spacing="xs" aria-label="Done criteria">
      {clause?.criteria.map((c) => (
        <List.Item
          key={c.label}
          icon={
            <ThemeIcon color={c.met ? 'teal' : 'gray'} variant={c.met ? 'filled' : 'light'} size={22} radius="xl">
              {c.met ? <IconCheck size={14} /> : <IconCircleDashed size={14} />}
            </ThemeIcon>
          }
        >
          <Text size="sm" c={c.met ? undefined : 'dimmed'} data-met={c.met}>
            {c.label}
            {c.detail ? ` (${c.detail})` : ''}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
