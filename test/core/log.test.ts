import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createErrorLog, formatEntry, logFilePath, redact } from '../../electron/core/log';
import { dispatch } from '../../electron/core/dispatcher';
import { Session } from '../../electron/core/platform';
import { tempDir, testPlatform } from '../utils/platform';

/** INTERNAL errors go to a real log file with nothing about the client in it (issue 10, item 2). */
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('isms-log-')));
afterEach(() => cleanup());

describe('the error log', () => {
  it('blanks paths, quoted values and e-mail addresses, and hides the home folder', () => {
    const message = `could not read ${homedir()}/Clients/Acme Corp.isms for "Acme's secret merger" (dana@acme.example); C:\\Users\\dana\\Acme.isms`;
    const out = redact(message);
    expect(out).not.toMatch(/Acme|dana|Clients|secret/);
    expect(out).toMatch(/could not read <path>/);
  });

  it('writes entries with time, method, kind and code and our stack frames to DATA_DIR/logs/isms-workbench.log', () => {
    const log = createErrorLog(dir, () => new Date('2026-12-01T10:00:00Z'));
    expect(log.path).toBe(logFilePath(dir));
    expect(log.path).toBe(join(dir, 'logs', 'isms-workbench.log'));
    log.write('risk.update', Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT_VTAB' }));
    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(/^2026-12-01T10:00:00.000Z risk.update: Error \[SQLITE_CORRUPT_VTAB\]: database disk image is malformed\n {4}at /);
  });

  it('receives the dispatcher\'s INTERNAL failures while the caller sees no detail', async () => {
    const log = createErrorLog(dir);
    const platform = testPlatform(dir);
    const broken = { ...platform, dialogs: { ...platform.dialogs, chooseNewWorkspace: () => Promise.reject(new TypeError(`cannot reach ${join(dir, 'Client Name Ltd.isms')}`)) } };
    const envelope = await dispatch({ platform: broken, session: new Session() }, 'workspace.create', { organisation: 'Client Name Ltd' }, log.write);
    expect(envelope).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/written to its log/) } });
    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(/workspace.create: TypeError: cannot reach <path>/);
    expect(text).not.toMatch(/Client Name/);
  });

  it('formats a non-error value without failing', () => {
    expect(formatEntry(new Date(0), 'x', 42)).toMatch(/non-error value thrown/);
  });
});
