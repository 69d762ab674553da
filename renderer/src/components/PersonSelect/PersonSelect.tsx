import { useState } from 'react';
import { ActionIcon, Button, Group, Popover, Select, Stack, TextInput, Tooltip, type SelectProps } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { api } from '../../api/client';
import { usePeopleOptions } from '../../hooks';
import { notifyError, notifySaved } from '../../notify';

type Props = Omit<SelectProps, 'data' | 'onChange'> & { label: string; onChange?: (value: string | null) => void };

/**
 * An owner (or other person) picker that can add someone who is not in the register yet, without
 * leaving the form: a new stakeholder named in a workshop is picked in one step (issue 9, bulk work).
 */
export function PersonSelect({ label, onChange, ...select }: Props) {
  const people = usePeopleOptions();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    setBusy(true);
    api.people
      .create({ name: trimmed, jobTitle: jobTitle.trim() })
      .then((person) => {
        notifySaved(`${person.name} added to People.`);
        onChange?.(person.id);
        setAdding(false);
        setName('');
        setJobTitle('');
      }, notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      <Select
        label={label}
        placeholder={people.empty ? 'Nobody yet: add a person with +' : 'Choose a person'}
        searchable
        clearable
        data={people.options}
        onChange={(v) => onChange?.(v)}
        style={{ flex: 1, minWidth: 0 }}
        {...select}
      />
      <Popover opened={adding} onChange={setAdding} position="bottom-end" withArrow trapFocus shadow="md" withinPortal={false}>
        <Popover.Target>
          <Tooltip label="Add a new person" withinPortal={false}>
            <ActionIcon variant="default" size={36} aria-label={`Add a new person as ${label.toLowerCase()}`} onClick={() => setAdding((a) => !a)}>
              <IconUserPlus size={18} />
            </ActionIcon>
          </Tooltip>
        </Popover.Target>
        <Popover.Dropdown>
          {/* Not a nested <form>: this sits inside the record's own form, whose Enter must not submit it. */}
          <Stack gap="xs" w={260} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); add(); } }}>
            <TextInput label="Name of the new person" value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus required />
            <TextInput label="Job title" value={jobTitle} onChange={(e) => setJobTitle(e.currentTarget.value)} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setAdding(false)}>Cancel</Button>
              <Button size="xs" onClick={add} loading={busy} disabled={!name.trim()}>Add and choose</Button>
            </Group>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
