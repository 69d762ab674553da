import { useEffect, useState } from 'react';
import { Badge, Group, Loader, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { SEARCH_KIND_LABEL, type SearchHit } from '../../../../shared/contract/search';
import { api, ApiError } from '../../api/client';
import { navigate } from '../../router';

interface GlobalSearchProps {
  opened: boolean;
  onClose: () => void;
}

/**
 * Ctrl+K: one box over every record's id, title and description. The main process answers
 * (search.query), so what is found is what is in the workspace file, not what a page has loaded.
 * Arrow keys move through the results, Enter opens one.
 */
export function GlobalSearch({ opened, onClose }: GlobalSearchProps) {
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 150);
  const [hits, setHits] = useState<{ items: SearchHit[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!opened) setText('');
  }, [opened]);

  useEffect(() => {
    if (!debounced) {
      setHits(null);
      setError(null);
      return;
    }
    let current = true;
    setLoading(true);
    api.search.query({ text: debounced, limit: 30 }).then(
      (found) => {
        if (!current) return;
        setHits(found);
        setError(null);
        setActive(0);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        setHits(null);
        setError(err instanceof ApiError ? err.message : 'The search failed.');
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [debounced]);

  const items = hits?.items ?? [];
  const open = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    navigate(hit.route);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(items.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      open(items[active]);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Search the workspace" size="xl" yOffset="10vh" centered={false}>
      <Stack gap="sm">
        <TextInput
          data-autofocus
          aria-label="Search every record"
          placeholder="An id (CTX-004), a title or words from a description"
          leftSection={<IconSearch size={16} />}
          rightSection={loading ? <Loader size="xs" aria-label="Searching" /> : null}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          error={error}
          aria-controls="global-search-results"
          aria-activedescendant={items[active] ? `global-search-${items[active]!.kind}-${items[active]!.id}` : undefined}
        />
        {hits && (
          <Text size="xs" c="dimmed" aria-live="polite">
            {hits.total === 0 ? 'Nothing found.' : hits.total > items.length ? `${hits.total} found; the first ${items.length} shown.` : `${hits.total} found.`}
          </Text>
        )}
        <ScrollArea.Autosize mah="55vh">
          <Stack gap={2} id="global-search-results" role="listbox" aria-label="Search results">
            {items.map((hit, i) => (
              <UnstyledButton
                key={`${hit.kind}-${hit.id}`}
                id={`global-search-${hit.kind}-${hit.id}`}
                role="option"
                aria-selected={i === active}
                onClick={() => open(hit)}
                onMouseEnter={() => setActive(i)}
                p="xs"
                style={{ borderRadius: 6, background: i === active ? 'var(--mantine-color-indigo-0)' : undefined }}
              >
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                    {SEARCH_KIND_LABEL[hit.kind]}
                  </Badge>
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {hit.ref && (
                        <Text span ff="monospace" size="xs" fw={700} mr={6}>
                          {hit.ref}
                        </Text>
                      )}
                      {hit.title}
                    </Text>
                    {hit.snippet && (
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {hit.snippet}
                      </Text>
                    )}
                  </Stack>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Stack>
    </Modal>
  );
}
