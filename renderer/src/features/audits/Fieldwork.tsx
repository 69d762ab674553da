import { useEffect, useRef, useState } from 'react';
import { Badge, Button, Group, Paper, ScrollArea, SimpleGrid, Stack, Text, TextInput, Textarea, Title, UnstyledButton } from '@mantine/core';
import type { AuditDetail, ChecklistItem, Verdict } from '../../../../shared/contract/audits';
import { api, ApiError } from '../../api/client';
import { useDraftState } from '../../drafts/useDraftState';
import { notifyError } from '../../notify';
import { useRouteParam } from '../../router';
import { EvidencePanel } from './EvidencePanel';
import { VERDICT_COLOR, VERDICT_KEYS, VERDICT_LABEL, VERDICT_SHORT } from './labels';

interface Notes {
  notes: string;
  interviewees: string;
  documentsSampled: string;
}
const notesOf = (i: ChecklistItem): Notes => ({ notes: i.notes, interviewees: i.interviewees, documentsSampled: i.documentsSampled });
const typing = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** One item: what was seen (kept as a draft while typed), the verdict keys and the evidence files. */
function ItemEditor({ item, readOnly, onMove }: { item: ChecklistItem; readOnly: boolean; onMove: (delta: number) => void }) {
  const draft = useDraftState<Notes>(readOnly ? null : `audit-item:${item.id}`, `Fieldwork on ${item.title}`, notesOf(item));
  const [error, setError] = useState<string | null>(null);
  const note = useRef<HTMLTextAreaElement>(null);

  const record = async (verdict?: Verdict | null) => {
    if (readOnly) return true;
    try {
      await api.audits.itemRecord({ id: item.id, ...draft.value, ...(verdict !== undefined ? { verdict } : {}) });
      draft.clear();
      setError(null);
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.fieldErrors.notes) {
        setError(err.fieldErrors.notes);
        note.current?.focus();
      } else notifyError(err, 'Not recorded');
      return false;
    }
  };
  // Moving on saves what was typed, so nothing waits in a draft by accident.
  const move = async (delta: number) => {
    if (draft.dirty && !(await record())) return;
    onMove(delta);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || document.querySelector('[role="dialog"]')) return;
      if (typing(e.target)) {
        if (e.key === 'Escape') (e.target as HTMLElement).blur();
        return;
      }
      if (e.key === 'j' || e.key === 'ArrowDown') return e.preventDefault(), void move(1);
      if (e.key === 'k' || e.key === 'ArrowUp') return e.preventDefault(), void move(-1);
      if (e.key === 'n' || e.key === 'Enter') return e.preventDefault(), note.current?.focus();
      const hit = VERDICT_KEYS.find((v) => v.keys.includes(e.key) || (e.key === 'C' && v.verdict === 'conforming') || (e.key === 'O' && v.verdict === 'observation') || (e.key === 'I' && v.verdict === 'ofi'));
      if (hit && !readOnly) {
        e.preventDefault();
        void record(hit.verdict);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const set = (k: keyof Notes) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    draft.set((p) => ({ ...p, [k]: value }));
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={3} size="h4">
            {item.title}
          </Title>
          <Text size="xs" c="dimmed">
            {item.requirementRef || 'Item of your own'}
          </Text>
        </div>
        {item.verdict ? (
          <Badge color={VERDICT_COLOR[item.verdict]} size="lg" variant="dot" styles={{ root: { color: "var(--mantine-color-text)" } }}>
            {VERDICT_LABEL[item.verdict]}
          </Badge>
        ) : (
          <Badge color="gray" size="lg" variant="outline">
            No verdict yet
          </Badge>
        )}
      </Group>
      {item.questions && (
        <Paper withBorder p="xs" bg="var(--mantine-color-gray-0)">
          {item.questions.split('\n').map((q) => (
            <Text key={q} size="sm">
              {q}
            </Text>
          ))}
        </Paper>
      )}
      <Textarea ref={note} label="What was seen (notes)" description="Kept on this computer as you type; saved with a verdict key, Save, or when you move on" autosize minRows={3} maxRows={7} readOnly={readOnly} value={draft.value.notes} onChange={set('notes')} error={error} />
      <SimpleGrid cols={2}>
        <TextInput label="Interviewees" readOnly={readOnly} value={draft.value.interviewees} onChange={set('interviewees')} />
        <TextInput label="Documents sampled" readOnly={readOnly} value={draft.value.documentsSampled} onChange={set('documentsSampled')} />
      </SimpleGrid>
      {!readOnly && (
        <Group gap="xs" role="group" aria-label="Verdict">
          {VERDICT_KEYS.map((v) => (
            <Button key={v.verdict} size="xs" variant={item.verdict === v.verdict ? 'filled' : 'default'} color={VERDICT_COLOR[v.verdict]} onClick={() => void record(v.verdict)} aria-pressed={item.verdict === v.verdict}>
              {v.keys[0]} {VERDICT_SHORT[v.verdict]}
            </Button>
          ))}
          <Button size="xs" variant="default" data-shortcut="save" disabled={!draft.dirty} onClick={() => void record()}>
            Save notes
          </Button>
          {draft.dirty && (
            <Text size="xs" c="orange">
              Unsaved: kept on this computer
            </Text>
          )}
        </Group>
      )}
      <EvidencePanel item={item} readOnly={readOnly} />
    </Stack>
  );
}

/**
 * Fieldwork, keyboard first (issue 14, item 10): J/K or the arrows move through the checklist,
 * 1-5 (or C, Shift+M, M, O, I) record a verdict with the note typed, N or Enter goes to the note.
 * The open item is in the address (`item=`), so a reload comes back to it with its draft.
 */
export function Fieldwork({ audit, readOnly }: { audit: AuditDetail; readOnly: boolean }) {
  const [itemParam, setItem] = useRouteParam('item');
  const index = Math.max(0, audit.items.findIndex((i) => i.id === itemParam));
  const item = audit.items[index];
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // In braces: newer browsers return a promise from scrollIntoView, which React would take for a cleanup.
    void list.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [index]);
  if (!item) return <Text size="sm">The checklist is empty: put clauses or controls in the audit’s scope, or add items of your own.</Text>;
  const go = (delta: number) => {
    const next = audit.items[Math.min(audit.items.length - 1, Math.max(0, index + delta))];
    if (next) setItem(next.id);
  };
  return (
    <Group align="flex-start" wrap="nowrap" gap="md">
      <Paper withBorder w={300} style={{ flexShrink: 0 }}>
        <Text size="xs" p="xs" c="dimmed">
          {audit.recordedCount} of {audit.itemCount} recorded · press ? for keys
        </Text>
        <ScrollArea h={480} viewportRef={list}>
          <nav aria-label="Checklist items">
            {audit.items.map((i, n) => (
              <UnstyledButton key={i.id} onClick={() => setItem(i.id)} aria-current={n === index ? 'true' : undefined} w="100%" px="xs" py={4} bg={n === index ? 'var(--mantine-color-blue-light)' : undefined} style={{ display: 'block' }}>
                <Group gap={6} wrap="nowrap">
                  <Badge size="xs" w={86} color={i.verdict ? VERDICT_COLOR[i.verdict] : 'gray'} variant="dot" styles={{ root: { color: 'var(--mantine-color-text)', flexShrink: 0 } }}>
                    {i.verdict ? VERDICT_SHORT[i.verdict] : 'Open'}
                  </Badge>
                  <Text size="xs" lineClamp={1}>
                    {i.title}
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
          </nav>
        </ScrollArea>
      </Paper>
      <Stack style={{ flex: 1, minWidth: 0 }} gap="xs">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Item {index + 1} of {audit.items.length}
          </Text>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => go(-1)} disabled={index === 0}>
              Previous item (K)
            </Button>
            <Button size="xs" variant="default" onClick={() => go(1)} disabled={index === audit.items.length - 1}>
              Next item (J)
            </Button>
          </Group>
        </Group>
        <ItemEditor key={item.id} item={item} readOnly={readOnly} onMove={go} />
      </Stack>
    </Group>
  );
}
