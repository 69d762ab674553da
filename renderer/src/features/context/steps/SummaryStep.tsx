import { Button, Group, RingProgress, Stack, Text, Title } from '@mantine/core';
import type { ClauseReadiness } from '../../../../../shared/contract/readiness';
import { CriteriaList } from '../../../components/CriteriaList/CriteriaList';

/** Step 5: where 4.1 stands, and the register as a document for the client. */
export function SummaryStep({ clause, onExport, onRegister }: { clause: ClauseReadiness | undefined; onExport: () => void; onRegister: () => void }) {
  const percent = clause?.percent ?? 0;
  return (
    <Group align="flex-start" gap="xl">
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
        <Title order={4}>{percent === 100 ? 'Clause 4.1 is complete' : 'Still to do for 4.1'}</Title>
        <CriteriaList clause={clause} />
        <Group mt="sm">
          <Button onClick={onExport}>Export the register (DOCX)</Button>
          <Button variant="default" onClick={onRegister}>
            Open the register
          </Button>
        </Group>
      </Stack>
    </Group>
  );
}
