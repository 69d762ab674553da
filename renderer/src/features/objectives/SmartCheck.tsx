import { Badge, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import type { SmartResult } from '../../../../shared/objectives';

/** The five letters as badges: green when met, orange with what is missing on hover. */
export function SmartBadges({ smart }: { smart: SmartResult[] }) {
  return (
    <Group gap={2} wrap="nowrap" aria-label={`SMART: ${smart.map((s) => `${s.word} ${s.met ? 'met' : 'missing'}`).join(', ')}`}>
      {smart.map((s) => (
        <Tooltip key={s.letter} label={s.met ? `${s.word}: met` : `${s.word}: ${s.missing.join('; ')}`} withArrow>
          <Badge size="sm" radius="sm" variant={s.met ? 'filled' : 'outline'} color={s.met ? 'teal.8' : 'orange.9'} w={24} px={0}>
            {s.letter}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}

/** Per letter, what is missing: shown in the objective form as the user types, and in the wizard. */
export function SmartList({ smart }: { smart: SmartResult[] }) {
  return (
    <Stack gap={4} role="list" aria-label="SMART check">
      {smart.map((s) => (
        <Group key={s.letter} gap="xs" wrap="nowrap" align="flex-start" role="listitem">
          <Badge size="sm" radius="sm" variant={s.met ? 'filled' : 'outline'} color={s.met ? 'teal.8' : 'orange.9'} w={24} px={0}>
            {s.letter}
          </Badge>
          <div>
            <Text size="sm" fw={500}>
              {s.word}: {s.met ? 'met' : 'not yet'}
            </Text>
            {!s.met && (
              <List size="xs" c="dimmed">
                {s.missing.map((m) => (
                  <List.Item key={m}>{m[0].toUpperCase() + m.slice(1)}</List.Item>
                ))}
              </List>
            )}
          </div>
        </Group>
      ))}
    </Stack>
  );
}
