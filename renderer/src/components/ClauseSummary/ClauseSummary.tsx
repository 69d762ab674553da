import type { ReactNode } from 'react';
import { Group, RingProgress, Stack, Text, Title } from '@mantine/core';
import type { ClauseReadiness } from '../../../../shared/contract/readiness';
import { CriteriaList } from '../CriteriaList/CriteriaList';

/** The last step of every wizard: where the clause stands, and what to do with it. */
export function ClauseSummary({ clause, children }: { clause: ClauseReadiness | undefined; children?: ReactNode }) {
  const percent = clause?.percent ?? 0;
  return (
    <Group align="flex-start" gap="xl" wrap="nowrap">
      <RingProgress
        size={140}
        thickness={12}
        roundCaps
        sections={[{ value: percent, color: percent === 100 ? 'teal' : 'indigo' }]}
        label={
          <Text ta="center" fw={700} size="xl">
            {percent}%
          </Text>
        }
      />
      <Stack gap="sm" style={{ flex: 1 }}>
        <Title order={4}>{percent === 100 ? `Clause ${clause?.id} is complete` : `Still to do for ${clause?.id ?? 'this clause'}`}</Title>
        <CriteriaList clause={clause} />
        {children && <Group mt="sm">{children}</Group>}
      </Stack>
    </Group>
  );
}
