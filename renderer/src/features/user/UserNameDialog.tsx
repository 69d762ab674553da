import { Modal, Stack, Text } from '@mantine/core';
import { UserNameForm } from './UserNameForm';

/**
 * Asked once, on first use: there is no way to skip it, because every record and document says who
 * made it. The name is remembered on this computer; change it later under Workspace details.
 */
export function UserNameDialog({ opened, onSaved }: { opened: boolean; onSaved: () => void }) {
  return (
    <Modal opened={opened} onClose={() => {}} withCloseButton={false} closeOnClickOutside={false} closeOnEscape={false} title="Who is working?" centered>
      <Stack gap="sm">
        <Text size="sm">
          Your name goes on every record you add or change, in the change history and on the covers of the documents you export. It is kept on this computer, not in the workspace, so
          each person using a shared workspace file signs their own work.
        </Text>
        <UserNameForm current={null} submitLabel="Continue" onSaved={onSaved} />
      </Stack>
    </Modal>
  );
}
