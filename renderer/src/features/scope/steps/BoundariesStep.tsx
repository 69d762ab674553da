import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { BOUNDARY_KINDS, type Boundary, type BoundaryKind } from '../../../../../shared/contract/scope';
import { api } from '../../../api/client';
import { confirmDelete } from '../../../components/confirmDelete';
import { notifySaved } from '../../../notify';
import { KIND_INFO } from '../labels';
import { RowActions, rowName } from '../../../components/RowActions/RowActions';
import { RefBadge } from '../../../components/RefBadge/RefBadge';

interface Props {
  boundaries: Boundary[];
  onAdd: (kind: BoundaryKind, included: boolean) => void;
  onEdit: (b: Boundary) => void;
}

function Entry({ b, onEdit }: { b: Boundary; onEdit: (b: Boundary) => void }) {
  const remove = () => confirmDelete(`"${b.name}"`, () => api.scope.boundaryDelete({ id: b.id }), () => notifySaved('Removed.'));
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" data-testid={`boundary-${b.name}`}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Group gap={6}>
          <RefBadge value={b.ref} />
          {!b.included && (
            <Badge size="xs" color="red" variant="light">
              excluded
            </Badge>
          )}
          <Text size="sm" fw={500} truncate>
            {b.name}
          </Text>
        </Group>
        {(b.included ? b.notes : b.justification) && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {b.included ? b.notes : `Why: ${b.justification}`}
          </Text>
        )}
      </Stack>
      <RowActions size="sm" name={rowName(b.included ? 'scope entry' : 'exclusion', b.name, b.ref)} historyId={b.id} onEdit={() => onEdit(b)} onDelete={remove} />
    </Group>
  );
}

/** Step 2: what is inside the boundary, and what is left out with a reason. */
export function BoundariesStep({ boundaries, onAdd, onEdit }: Props) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {BOUNDARY_KINDS.map((kind) => {
        const here = boundaries.filter((b) => b.kind === kind);
        return (
          <Card key={kind} data-testid={`kind-${kind}`}>
            <Title order={5}>{KIND_INFO[kind].title}</Title>
            <Text size="xs" c="dimmed" mb="sm">
              {KIND_INFO[kind].hint}
            </Text>
            <Stack gap="xs" mb="sm">
              {here.map((b) => (
                <Entry key={b.id} b={b} onEdit={onEdit} />
              ))}
            </Stack>
            <Group gap="xs">
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onAdd(kind, true)} aria-label={`Add ${KIND_INFO[kind].title} in scope`}>
                In scope
              </Button>
              <Button size="xs" variant="subtle" color="red" leftSection={<IconPlus size={14} />} onClick={() => onAdd(kind, false)} aria-label={`Add ${KIND_INFO[kind].title} exclusion`}>
                Exclusion
              </Button>
            </Group>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
