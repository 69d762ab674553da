import { Kbd, Modal, Table, Text } from '@mantine/core';
import { FIELDWORK_SHORTCUTS, SHORTCUTS } from './shortcuts';

/** The help panel ("?"): every keyboard shortcut and what it does. */
export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="lg">
      <Table aria-label="Keyboard shortcuts" verticalSpacing="xs">
        <Table.Tbody>
          {SHORTCUTS.map((s) => (
            <Table.Tr key={s.keys}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Kbd>{s.label}</Kbd>
              </Table.Td>
              <Table.Td>{s.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={600} mt="md">
        On the audit fieldwork screen (9.2)
      </Text>
      <Table aria-label="Audit fieldwork keys" verticalSpacing="xs">
        <Table.Tbody>
          {FIELDWORK_SHORTCUTS.map((s) => (
            <Table.Tr key={s.label}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Kbd>{s.label}</Kbd>
              </Table.Td>
              <Table.Td>{s.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        Tab and Shift+Tab move between links, fields and buttons; Enter or Space presses a button; Escape closes a dialog. On a Mac, Ctrl is ⌘.
      </Text>
    </Modal>
  );
}
