import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** How the CLI starts (issue 7, item 5): from the built bundle, from the sources when it is missing, quiet on a closed pipe. */
const ROOT = resolve(import.meta.dirname, '../..');
const FROM_SOURCE = 'running from the TypeScript sources';
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'isms-startup-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(bin: string, args: string[], opts: { closeAfterFirstChunk?: boolean } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ISMS_DATA_DIR: join(tmp, 'data') }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
      // The reader goes away after the first chunk, as `isms-workbench methods | head` does.
      if (opts.closeAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('CLI start-up', () => {
  it('runs the built bundle (out/cli, built from the current sources by the test setup) without compiling TypeScript', async () => {
    const r = await run(join(ROOT, 'bin/isms-workbench.mjs'), ['methods']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(100);
  });

  it('ends quietly with exit 0 when the reader closes the pipe early (methods | head)', async () => {
    const r = await run(join(ROOT, 'bin/isms-workbench.mjs'), ['methods'], { closeAfterFirstChunk: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('without a built bundle, a development checkout runs the sources through tsx and says so in one line', async () => {
    // A checkout with the same sources and dependencies but no out/ folder.
    const checkout = join(tmp, 'checkout');
    mkdirSync(join(checkout, 'bin'), { recursive: true });
    copyFileSync(join(ROOT, 'bin/isms-workbench.mjs'), join(checkout, 'bin/isms-workbench.mjs'));
    for (const dir of ['electron', 'shared', 'node_modules', 'package.json']) symlinkSync(join(ROOT, dir), join(checkout, dir));
    const r = await run(join(checkout, 'bin/isms-workbench.mjs'), ['exports']);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('the built CLI (out/cli/index.mjs) is missing')]);
    expect(r.stderr).toContain(FROM_SOURCE);
    expect(r.stderr).toContain('npm run build:cli');
    expect(r.stdout).toMatch(/^context-register\t/);
  });
});
