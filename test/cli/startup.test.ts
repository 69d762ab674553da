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

function run(bin: string, args: string[], opts: { closeAfterFirstChunk?: boolean; stdin?: string } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ISMS_DATA_DIR: join(tmp, 'data') }, stdio: [opts.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (opts.stdin !== undefined) child.stdin!.end(opts.stdin);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
      // The reader goes away after the first chunk, as `isms-workbench methods | head` does.
      if (opts.closeAfterFirstChunk) child.stdout!.destroy();
    });
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
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

  it('batch answers one envelope a line, in order, refusing lines that are not calls; exit 2 when any was refused', async () => {
    const r = await run(join(ROOT, 'bin/isms-workbench.mjs'), ['batch'], { stdin: '{"method":"export.list"}\nnot json\n\n{"input":{}}\n{"method":"no.such"}\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.ok)).toEqual([true, false, false, false]);
    expect(lines[0].value.length).toBeGreaterThan(5);
    expect(lines[1].error).toEqual({ code: 'VALIDATION', message: 'Line 2 is not valid JSON.' });
    expect(lines[2].error.message).toBe('Line 4 needs {"method": "area.action", "input": {...}}.');
    expect(lines[3].error.code).toBe('NOT_FOUND');
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
