import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { FISHBONE_CATEGORIES, MAX_WHYS, type FishboneCause, type NcDetail } from '../../../../../shared/contract/improvement';
import { api } from '../../../api/client';
import { useDraftState } from '../../../drafts/useDraftState';
import { notifyError, notifySaved } from '../../../notify';
import { FISHBONE_LABEL } from '../labels';
import { StepButton } from './StepButton';

interface Analysis {
  whys: string[];
  fishbone: FishboneCause[];
  rootCause: string;
}

/** 10.2 b): the root cause, found with a chain of whys and a fishbone of possible causes. */
export function CauseStep({ nc }: { nc: NcDetail }) {
  const saved: Analysis = { whys: nc.whys, fishbone: nc.fishbone, rootCause: nc.rootCause };
  const state = useDraftState<Analysis>(`nc:${nc.id}:cause`, 'Root cause analysis', saved);
  const v = state.value;
  const locked = nc.status === 'closed';
  const set = (patch: Partial<Analysis>) => state.set((prev) => ({ ...prev, ...patch }));
  const setWhy = (i: number, text: string) => set({ whys: v.whys.map((w, k) => (k === i ? text : w)) });
  const setCause = (i: number, text: string) => set({ fishbone: v.fishbone.map((c, k) => (k === i ? { ...c, cause: text } : c)) });
  const save = async () => {
    try {
      const clean = { whys: v.whys.map((w) => w.trim()).filter(Boolean), fishbone: v.fishbone.filter((c) => c.cause.trim()), rootCause: v.rootCause };
      await api.improvement.ncUpdate({ id: nc.id, ...clean });
      state.clear();
      notifySaved('Root cause analysis saved.');
    } catch (err) {
      notifyError(err, 'The analysis was not saved');
    }
  };
  const question = (i: number) => `Why ${i + 1}: why did ${i === 0 ? `"${nc.title}" happen` : `"${v.whys[i - 1] || '…'}" happen`}?`;
  return (
    <Stack gap="md">
      <Title order={4}>Five whys</Title>
      <Text size="sm" c="dimmed">
        Ask why it happened, then why that happened, until you reach a cause you can act on. Five is a guide, not a rule.
      </Text>
      <Stack gap="xs" maw={900}>
        {v.whys.map((w, i) => (
          <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput style={{ flex: 1 }} label={question(i)} value={w} disabled={locked} onChange={(e) => setWhy(i, e.currentTarget.value)} />
            <ActionIcon variant="subtle" color="red" aria-label={`Remove why ${i + 1}`} disabled={locked} onClick={() => set({ whys: v.whys.filter((_w, k) => k !== i) })}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {!locked && v.whys.length < MAX_WHYS && (
          <Button variant="light" leftSection={<IconPlus size={16} />} w="fit-content" onClick={() => set({ whys: [...v.whys, ''] })}>
            {v.whys.length === 0 ? 'Ask the first why' : 'Ask why again'}
          </Button>
        )}
      </Stack>
      <Title order={4}>Fishbone: possible causes by category</Title>
      <SimpleGrid cols={3} spacing="sm">
        {FISHBONE_CATEGORIES.map((cat) => (
          <Card key={cat} withBorder padding="sm" aria-label={`${FISHBONE_LABEL[cat].label} causes`} component="section">
            <Text fw={600} size="sm">
              {FISHBONE_LABEL[cat].label}
            </Text>
            <Text size="xs" c="dimmed" mb={6}>
              {FISHBONE_LABEL[cat].prompt}
            </Text>
            <Stack gap={6}>
              {v.fishbone.map((c, i) =>
                c.category === cat ? (
                  <Group key={i} gap={4} wrap="nowrap">
                    <Textarea size="xs" autosize minRows={1} maxRows={4} style={{ flex: 1 }} aria-label={`${FISHBONE_LABEL[cat].label} cause`} value={c.cause} disabled={locked} onChange={(e) => setCause(i, e.currentTarget.value)} />
                    <ActionIcon size="sm" variant="subtle" color="red" aria-label={`Remove ${FISHBONE_LABEL[cat].label.toLowerCase()} cause ${c.cause}`} disabled={locked} onClick={() => set({ fishbone: v.fishbone.filter((_c, k) => k !== i) })}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Group>
                ) : null,
              )}
              {!locked && (
                <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} w="fit-content" onClick={() => set({ fishbone: [...v.fishbone, { category: cat, cause: '' }] })}>
                  Add a cause under {FISHBONE_LABEL[cat].label}
                </Button>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <Textarea label="Root cause" description="The cause that, once removed, stops this from happening again" autosize minRows={2} maxRows={5} maw={900} value={v.rootCause} disabled={locked} onChange={(e) => set({ rootCause: e.currentTarget.value })} />
      {!locked && (
        <Group justify="space-between">
          <Button variant="default" disabled={!state.dirty} onClick={() => void save()}>
            Save analysis
          </Button>
          {nc.status === 'correction-done' && <StepButton ncId={nc.id} action="analyse-cause" label="Mark cause analysed" ready={!state.dirty && nc.whys.length > 0 && !!nc.rootCause.trim()} hint={state.dirty ? 'Save first' : undefined} />}
        </Group>
      )}
    </Stack>
  );
}
