import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WelcomePage } from '../../renderer/src/features/workspace/WelcomePage';
import { renderUi } from './render';
import { bridgeWorkspace, type BridgedWorkspace } from './workspace';

/**
 * Opening from the welcome page (issue 10, items 1 and 4): the page names only files from the
 * recent list, and a lock left by another computer is a choice, never a dead end.
 */
let ws: BridgedWorkspace;
let file: string;
beforeEach(async () => {
  ws = await bridgeWorkspace('Unused', { create: false });
  file = join(ws.dir, 'far-away.isms');
  await ws.client.call('workspace.create', { organisation: 'Far Away Ltd', path: file });
  await ws.client.call('workspace.close', {});
});
afterEach(() => ws.cleanup());

describe('WelcomePage', () => {
  it('offers "Open anyway" for another computer\'s lock and opens the workspace when chosen', async () => {
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 9, host: 'the-other-laptop', since: '2026-11-30T08:00:00Z', token: 't' }));
    const { user } = renderUi(<WelcomePage />);
    await user.click(await screen.findByRole('button', { name: 'Open Far Away Ltd' }));
    expect(await screen.findByText(/opened on another computer \(the-other-laptop/)).toBeInTheDocument();
    expect(ws.client.session.current).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open anyway' }));
    await waitFor(() => expect(ws.client.session.current?.path).toBe(file));
    expect(ws.invocations.filter((i) => i.method === 'workspace.open').map((i) => i.input)).toEqual([{ recent: file }, { recent: file, takeOver: true }]);
  });

  it('never sends a path of its own: only entries of the recent list', async () => {
    const { user } = renderUi(<WelcomePage />);
    await user.click(await screen.findByRole('button', { name: 'Open Far Away Ltd' }));
    await waitFor(() => expect(ws.client.session.current?.path).toBe(file));
    for (const call of ws.invocations) expect(call.input ?? {}).not.toHaveProperty('path');
  });
});
