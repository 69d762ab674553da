import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/isms-workbench.mjs');
vi.setConfig({ testTimeout: 120_000 });

let tmp: string;
let dataDir: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  json: () => any;
}

function run(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ISMS_DATA_DIR: dataDir, ISMS_USER: process.env.ISMS_USER ?? 'Trail Tester' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, json: () => JSON.parse(stdout) }));
  });
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'isms-cli-trail-'));
  dataDir = join(tmp, 'data');
  mkdirSync(dataDir);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('CLI: verify and history', () => {
  it('verifies an intact trail (exit 0), names tampering (exit 3), and prints a record history', async () => {
    const ws = join(tmp, 'trail.isms');
    expect((await run(['new', '--workspace', ws, '--org', 'Trail Co'])).code).toBe(0);
    const created = await run(['call', 'context.create', '--workspace', ws, '--input', JSON.stringify({ title: 'Flood', kind: 'external', category: 'environmental', swot: 'threat' })]);
    expect(created.code, created.stderr).toBe(0);
    const id = created.json().value.id as string;

    const ok = await run(['verify', '--workspace', ws]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.json().value).toMatchObject({ ok: true, problems: [] });

    const history = await run(['history', '--workspace', ws, '--record', id]);
    expect(history.code).toBe(0);
    expect(history.json().value.entries).toEqual([expect.objectContaining({ op: 'insert', rowId: id, label: 'Flood' })]);

    const db = new Database(ws);
    const seq = db.prepare('select seq from change_log where row_id = ?').pluck().get(id) as number;
    db.prepare("update change_log set actor = 'someone else' where seq = ?").run(seq);
    db.close();
    const bad = await run(['verify', '--workspace', ws]);
    expect(bad.code).toBe(3);
    expect(bad.json().value.problems).toContainEqual(expect.objectContaining({ kind: 'altered-entry', seq }));
    expect(bad.stderr).toContain(`entry ${seq}`);

    expect((await run(['verify'])).code).toBe(2);
  });
});

describe('CLI: encrypted workspaces', () => {
  it('creates and opens with ISMS_PASSWORD from the environment; without it the answer is WRONG_PASSWORD', async () => {
    const ws = join(tmp, 'locked.isms');
    const withPassword = (args: string[]) =>
      new Promise<Run>((done, fail) => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ISMS_DATA_DIR: dataDir, ISMS_USER: process.env.ISMS_USER ?? 'Trail Tester', ISMS_PASSWORD: 'cli secret 123' }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
        child.on('error', fail);
        child.on('close', (code) => done({ code, stdout, stderr: '', json: () => JSON.parse(stdout) }));
      });
    const created = await withPassword(['new', '--workspace', ws, '--org', 'Locked Co']);
    expect(created.code, created.stdout).toBe(0);
    expect(created.json().value.info.encrypted).toBe(true);
    const refused = await run(['call', 'workspace.info', '--workspace', ws]);
    expect(refused.code).toBe(2);
    expect(refused.json().error).toMatchObject({ code: 'WRONG_PASSWORD', details: { reason: 'required' } });
    const info = await withPassword(['call', 'workspace.info', '--workspace', ws]);
    expect(info.json().value).toMatchObject({ organisation: 'Locked Co', encrypted: true });
  });
});

describe('CLI: backups', () => {
  it('takes, lists and restores a snapshot into a new file', async () => {
    const ws = join(tmp, 'backed.isms');
    expect((await run(['new', '--workspace', ws, '--org', 'Backed Co'])).code).toBe(0);
    const taken = await run(['backup', '--workspace', ws]);
    expect(taken.code, taken.stdout + taken.stderr).toBe(0);
    const name = taken.json().value.name as string;
    expect(name).toMatch(/^backed-\d{8}-\d{9}\.isms$/);
    const list = await run(['backups', '--workspace', ws]);
    expect(list.json().value.snapshots.map((s: { name: string }) => s.name)).toContain(name);
    const out = join(tmp, 'restored.isms');
    const restored = await run(['restore', '--workspace', ws, '--snapshot', name, '--out', out]);
    expect(restored.code, restored.stdout).toBe(0);
    expect(restored.json().value).toEqual({ restored: true, path: out });
    const info = await run(['call', 'workspace.info', '--workspace', out]);
    expect(info.json().value).toMatchObject({ organisation: 'Backed Co' });
    expect((await run(['restore', '--workspace', ws, '--snapshot', name, '--out', out])).json().error.code).toBe('CONFLICT');
  });
});
