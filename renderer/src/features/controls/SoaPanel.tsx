import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, SegmentedControl, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IMPLEMENTATION_LABEL, REASON_LABEL, THEME_LABEL, type Control } from '../../../../shared/contract/controls';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { notifyError, notifySaved } from '../../notify';
import { exportDocument } from '../exports/exportDocument';
import { ControlForm } from './ControlForm';

const applicableBadge = (c: Control) =>
  c.applicable === null ? <Badge variant="outline" color="gray">Not decided</Badge> : c.applicable ? <Badge color="teal" c="#000">Applicable</Badge> : <Badge color="gray">Not applicable</Badge>;

/** 6.1.3 d): every Annex A control (and the organisation's own) with its decision, reasons and status. */
export function SoaPanel() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [theme, setTheme] = useState<string | null>(null);
  const [show, setShow] = useState('all');
  const [editing, setEditing] = useState<Control | null>(null);
  const list = useCall(() => api.controls.list({ search: debounced, theme: (theme ?? undefined) as Control['theme'] | undefined, applicable: show === 'all' ? undefined : (show as 'yes') }), [debounced, theme, show]);
  const check = useCall(() => api.controls.check({}), []);
  const c = check.data;
  const addCustom = () => api.controls.createCustom({ title: 'New control of our own' }).then((x) => (notifySaved(`${x.ref} added.`), setEditing(x)), notifyError);
  return (
    <Stack>
      {c && (
        <Group gap="xs">
          <Badge variant="light">{c.total} controls</Badge>
          <Badge color="teal" variant="light">{c.applicable} applicable</Badge>
          <Badge color="gray" variant="light">{c.excluded} excluded</Badge>
          <Badge color="yellow" variant="light">{c.undecided} not decided</Badge>
        </Group>
      )}
      {c && c.omitted.length > 0 && (
        <Alert color="red" title="Necessary controls omitted">
          {c.omitted.map((o) => (
            <Text size="sm" key={o.controlId}>
              {o.ref} {o.title}: treats {o.riskRefs.join(', ')} but is marked not applicable.
            </Text>
          ))}
        </Alert>
      )}
      {c && c.unjustified.length > 0 && (
        <Alert color="orange" title="Applicable without a justification">
          <Text size="sm">{c.unjustified.map((o) => o.ref).join(', ')}</Text>
        </Alert>
      )}
      <Group justify="space-between">
        <Group>
          <TextInput aria-label="Search controls" placeholder="Search controls" value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={220} />
          <Select aria-label="Theme" placeholder="All themes" clearable data={Object.entries(THEME_LABEL).map(([value, label]) => ({ value, label }))} value={theme} onChange={setTheme} w={170} />
          <SegmentedControl aria-label="Show" value={show} onChange={setShow} data={[{ value: 'all', label: 'All' }, { value: 'yes', label: 'Applicable' }, { value: 'no', label: 'Excluded' }, { value: 'undecided', label: 'Not decided' }]} />
        </Group>
        <Group>
          <Button variant="default" onClick={() => void addCustom()}>
            Add a control of our own
          </Button>
          <Button variant="light" onClick={() => void exportDocument('soa-xlsx')}>
            Export SoA (XLSX)
          </Button>
          <Button onClick={() => void exportDocument('soa')}>Export SoA (DOCX)</Button>
        </Group>
      </Group>
      <Table striped highlightOnHover aria-label="Statement of Applicability">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Control</Table.Th>
            <Table.Th w="30%">Title</Table.Th>
            <Table.Th w={130}>Applicable</Table.Th>
            <Table.Th>Justification</Table.Th>
            <Table.Th w={150}>Implementation</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((ctl) => (
            <Table.Tr key={ctl.id} onClick={() => setEditing(ctl)} style={{ cursor: 'pointer' }} data-control={ctl.ref}>
              <Table.Td>
                <Text ff="monospace" size="sm" fw={600}>
                  {ctl.ref}
                </Text>
              </Table.Td>
              <Table.Td>
                {/* A link-like button whose words wrap: a nowrap button made long titles push the justification off screen. */}
                <UnstyledButton onClick={() => setEditing(ctl)} aria-label={`Edit ${ctl.ref} ${ctl.title}`}>
                  <Text size="sm" fw={500} c="blue.8">
                    {ctl.title}
                  </Text>
                </UnstyledButton>
              </Table.Td>
              <Table.Td>{applicableBadge(ctl)}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap={4}>
                    {ctl.allReasons.map((r) => (
                      <Badge key={r} size="xs" variant="light">
                        {REASON_LABEL[r]}
                      </Badge>
                    ))}
                  </Group>
                  {ctl.autoReasons.map((a, i) => (
                    <Text size="xs" c="dimmed" key={i}>
                      {a.source}
                    </Text>
                  ))}
                  {ctl.applicable !== false && ctl.justification && <Text size="xs">{ctl.justification}</Text>}
                  {ctl.applicable === false && <Text size="xs">{ctl.exclusionReason}</Text>}
                  {ctl.problems.map((p) => (
                    <Text size="xs" c="red" key={p}>
                      {p}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>{ctl.applicable === false ? '—' : IMPLEMENTATION_LABEL[ctl.status]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing ? `${editing.ref} ${editing.title}` : ''} size="lg">
        {editing && <ControlForm control={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
