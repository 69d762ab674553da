import { Button, Group, Text } from '@mantine/core';
import type { NcAction } from '../../../../../shared/ncStates';
import { api } from '../../../api/client';
import { notifyError, notifySaved } from '../../../notify';
import { setRouteParam } from '../../../router';

/** Moves the nonconformity one step on; the workspace refuses a step out of order or one not ready. */
export function StepButton({ ncId, action, label, ready, hint }: { ncId: string; action: NcAction; label: string; ready: boolean; hint?: string }) {
  const go = () =>
    api.improvement
      .ncTransition({ id: ncId, action: action as 'close' })
      .then(
        () => {
          notifySaved(`${label}: saved.`);
          setRouteParam('step', null); // on to the step the record now waits for
        },
        (err: unknown) => notifyError(err, 'That step was not taken'),
      );
  return (
    <Group justify="flex-end" gap="sm">
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
      <Button color="teal" disabled={!ready} onClick={() => void go()}>
        {label}
      </Button>
    </Group>
  );
}
