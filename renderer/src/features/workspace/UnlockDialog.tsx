import { useEffect, useState } from 'react';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { api, ApiError } from '../../api/client';
import { useCall } from '../../api/useCall';

const CHECK_EVENT = 'isms-lock-check';
const POLL_MS = 20_000;

/** Asks the unlock dialog to look again (after an open answered WRONG_PASSWORD). */
export function checkLockSoon() {
  window.dispatchEvent(new Event(CHECK_EVENT));
}

/**
 * The password prompt for an encrypted workspace: after opening one, and after the idle auto-lock
 * closed it (polled, since browser mode has no push events). The password only goes to
 * workspace.unlock; the field is cleared after every try.
 */
export function UnlockDialog({ workspaceOpen, onChanged }: { workspaceOpen: boolean; onChanged: () => void }) {
  const state = useCall(() => api.workspace.lockState({}), []);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const { reload } = state;

  useEffect(() => {
    window.addEventListener(CHECK_EVENT, reload);
    const timer = setInterval(reload, POLL_MS);
    return () => {
      window.removeEventListener(CHECK_EVENT, reload);
      clearInterval(timer);
    };
  }, [reload]);
  useEffect(() => {
    // The workspace closed under us (auto-lock): look now rather than at the next poll.
    if (!workspaceOpen) reload();
  }, [workspaceOpen, reload]);

  const locked = state.data?.locked === true;
  useEffect(() => {
    // Locked on the main side while a page still shows the workspace: let the app reload its state.
    if (locked && workspaceOpen) onChanged();
  }, [locked, workspaceOpen, onChanged]);
  const unlock = async () => {
    setBusy(true);
    try {
      await api.workspace.unlock({ password });
      setError(undefined);
      reload();
      onChanged();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setPassword('');
      setBusy(false);
    }
  };
  const cancel = async () => {
    // Cancelling forgets the file waiting for its password; a workspace still open stays open.
    await api.workspace.cancelUnlock({}).catch(() => undefined);
    setError(undefined);
    reload();
    onChanged();
  };
  return (
    <Modal opened={locked} onClose={cancel} title="This workspace is locked" closeOnClickOutside={false}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void unlock();
        }}
      >
        <Stack>
          <Text size="sm">
            The file is encrypted. Enter its password to open it.
          </Text>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {state.data?.path}
          </Text>
          <PasswordInput label="Password" autoComplete="current-password" data-autofocus value={password} error={error} onChange={(e) => setPassword(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={!password}>
              Unlock
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
