import { Alert, Badge, Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PolicyDetail, PolicyTemplate } from '../../../../../shared/contract/policies';
import { navigate } from '../../../router';
import { CoverageList } from '../CoverageList';
import { STATUS_COLOR, STATUS_TEXT } from '../labels';

interface TopPolicyStepProps {
  top: PolicyDetail | null;
  template: PolicyTemplate | undefined;
  onStart: (template: PolicyTemplate | null) => void;
}

/** Step 2: the information security policy itself, and whether its text says what 5.2 asks. */
export function TopPolicyStep({ top, template, onStart }: TopPolicyStepProps) {
  if (!top) {
    return (
      <SimpleGrid cols={{ base: 1, md: 2 }} maw={980}>
        <Card>
          <Title order={5} mb="xs">
            Start from our template
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            A plain-English policy that already covers objectives, meeting requirements and continual improvement, with your organisation’s name and role holders filled in.
          </Text>
          <Button onClick={() => template && onStart(template)} disabled={!template}>
            Use the template
          </Button>
        </Card>
        <Card>
          <Title order={5} mb="xs">
            Write your own
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Start from a blank page, or paste an existing policy. The check on the right of the editor tells you what 5.2 still needs.
          </Text>
          <Button variant="default" onClick={() => onStart(null)}>
            Start blank
          </Button>
        </Card>
      </SimpleGrid>
    );
  }
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack>
          <Group gap="xs">
            <Text fw={600}>{top.title}</Text>
            <Badge color={STATUS_COLOR[top.current.status]} variant="light">
              {top.current.version} {STATUS_TEXT[top.current.status]}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {top.published ? `Version ${top.published.version} is in force since ${top.published.publishedOn}.` : 'Not published yet.'} {top.ownerName ? `Owner: ${top.ownerName}.` : 'No owner yet.'}
          </Text>
          {top.drift?.changed && <Alert color="orange">{STATUS_TEXT[top.drift.workingStatus]} {top.drift.working} differs from {top.drift.baseStatus} {top.drift.base}.</Alert>}
          <Group>
            <Button onClick={() => navigate(`/clause/5.2/policy/${top.id}`)}>Open the editor</Button>
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Card>
          <Title order={5} mb="sm">
            What 5.2 asks of the policy (version {top.coverage?.version})
          </Title>
          {top.coverage && <CoverageList results={top.coverage.results} />}
        </Card>
      </Grid.Col>
    </Grid>
  );
}
