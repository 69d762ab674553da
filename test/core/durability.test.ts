import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createWorkspace, openWorkspace } from '../../electron/core/services/workspace';
import { tempDir, testEnv } from '../utils/platform';
import { killWriterTrials } from '../durability/killWriter';

/** Small version of the unclean-stop check (issue 10, item 5); `npm run bench` runs a long one. */
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('isms-kill-')));
afterEach(() => cleanup());

describe('durability', () => {
  it('runs WAL with synchronous=FULL', () => {
    const ws = createWorkspace(join(dir, 'sync'), { organisation: 'Sync Ltd', sector: 'Other', engagement: '', consultant: '' }, testEnv());
    expect(ws.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    ws.close();
  });

  it('keeps every acknowledged write when the writing process is killed (SIGKILL)', async () => {
    const ws = createWorkspace(join(dir, 'killed'), { organisation: 'Killed Ltd', sector: 'Other', engagement: '', consultant: '' }, testEnv());
    ws.close();
    const report = await killWriterTrials(ws.path, 3);
    expect(report.acknowledged).toBeGreaterThanOrEqual(15);
    expect(report.problems).toEqual([]);
    expect(report.lost).toEqual([]);
    // And the app opens it again after the kills: the stale lock file is no obstacle.
    openWorkspace(ws.path, testEnv()).close();
  }, 120_000);
});
