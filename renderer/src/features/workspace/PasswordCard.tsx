import { useState } from 'react';
import { Badge, Button, Card, Group, NumberInput, PasswordInput, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { NewPassword, AUTO_LOCK_MAX_MINUTES, type WorkspaceInfo } from '../../../../shared/contract/workspace';
import { api, ApiError } from '../../api/client';
import { useCall } from '../../api/useCall';
import { notifyError, notifySaved } from '../../notify';

type Action = 'change' | 'remove';

/** Add, change or remove the workspace password, and the idle auto-lock (docs/security.md). */
export function PasswordCard({ info, onChanged }: { info: WorkspaceInfo; onChanged: () => void }) {
  const [action, setAction] = useState<Action>('change');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const lock = useCall(() => api.workspace.lockState({}), []);
  const [minutes, setMinutes] = useState<number | string>('');

  const removing = info.encrypted && action === 'remove';
  const submit = async () => {
    const problems: Record<string, string> = {};
    if (info.encrypted && !current) problems.current = 'Enter the current password.';
    if (!removing) {
      const parsed = NewPassword.safeParse(next);
      if (!parsed.success) problems.next = parsed.error.issues[0]?.message ?? 'Choose a password.';
      else if (confirm !== next) problems.confirm = 'The two passwords differ.';
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      await api.workspace.setPassword({ currentPassword: info.encrypted ? current : undefined, newPassword: removing ? null : next });
      notifySaved(removing ? 'The password was removed; the file is no longer encrypted.' : info.encrypted ? 'Password changed.' : 'The workspace is now encrypted.');
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'WRONG_PASSWORD') setErrors({ current: err.message });
      else notifyError(err, 'The password was not changed');
    } finally {
      setCurrent('');
      setNext('');
      setConfirm('');
      setBusy(false);
    }
  };
  const saveAutoLock = async () => {
    try {
      const r = await api.workspace.setAutoLock({ minutes: Number(minutes) });
      notifySaved(r.minutes === 0 ? 'Auto-lock is off.' : `Encrypted workspaces lock after ${r.minutes} minutes without use.`);
      lock.reload();
    } catch (err) {
      notifyError(err, 'Auto-lock was not changed');
    }
  };
  const autoLock = lock.data?.autoLockMinutes;
  return (
    <Card mt="lg" aria-label="Password and encryption">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Password and encryption</Title>
        <Badge color={info.encrypted ? 'teal' : 'gray'} variant="light">
          {info.encrypted ? 'Encrypted' : 'Not encrypted'}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {info.encrypted
          ? 'The whole file is encrypted with your password, which is never stored. If you forget it, the data cannot be recovered.'
          : 'Anyone who gets this file can read it. Add a password to encrypt the whole file; you will be asked for it each time it is opened.'}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm" maw={420}>
          {info.encrypted && (
            <SegmentedControl
              value={action}
              onChange={(v) => setAction(v as Action)}
              data={[
                { value: 'change', label: 'Change password' },
                { value: 'remove', label: 'Remove password' },
              ]}
            />
          )}
          {info.encrypted && <PasswordInput label="Current password" autoComplete="current-password" value={current} error={errors.current} onChange={(e) => setCurrent(e.currentTarget.value)} />}
          {!removing && (
            <>
              <PasswordInput label="New password" autoComplete="new-password" value={next} error={errors.next} onChange={(e) => setNext(e.currentTarget.value)} />
              <PasswordInput label="New password again" autoComplete="new-password" value={confirm} error={errors.confirm} onChange={(e) => setConfirm(e.currentTarget.value)} />
            </>
          )}
          <Group>
            <Button type="submit" loading={busy} color={removing ? 'red' : undefined}>
              {removing ? 'Remove password' : info.encrypted ? 'Change password' : 'Add password'}
            </Button>
          </Group>
        </Stack>
      </form>
      <Group mt="lg" align="flex-end">
        <NumberInput
          label="Lock after minutes without use"
          description={`For encrypted workspaces; 0 = never. Now: ${autoLock === undefined ? '…' : autoLock === 0 ? 'never' : `${autoLock} minutes`}.`}
          min={0}
          max={AUTO_LOCK_MAX_MINUTES}
          w={300}
          placeholder={autoLock === undefined ? '' : String(autoLock)}
          value={minutes}
          onChange={setMinutes}
        />
        <Button variant="default" onClick={saveAutoLock} disabled={minutes === ''}>
          Save auto-lock
        </Button>
        {info.encrypted && (
          <Button variant="default" onClick={() => api.workspace.lock({}).then(onChanged, notifyError)}>
            Lock now
          </Button>
        )}
      </Group>
    </Card>
  );
}
