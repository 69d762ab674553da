import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { contract } from '../../shared/contract';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/isms-workbench.mjs');
const ORG = 'Northwind CLI Traders';
const ISSUE = { title: 'Supplier outage', kind: 'external', category: 'economic', swot: 'threat' };

// Every test spawns one to four CLI processes (the built CLI starts in about half a second; more on a busy machine).
vi.setConfig({ testTimeout: 120_000 });

let tmp: string;
let dataDir: string;
let work: string;
let ws: string;
let server: ChildProcess | undefined;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  json: () => any;
}

const CLI_USER = 'Casey CLI';

/**
 * The real CLI in a child process; ISMS_DATA_DIR keeps it away from the user's home. ISMS_USER says
 * who is working unless a test passes its own environment (`ISMS_USER: undefined` for nobody).
 */
function run(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const childEnv: Record<string, string | undefined> = { ...process.env, ISMS_DATA_DIR: dataDir, ISMS_USER: CLI_USER, ...env };
    for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: childEnv as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, json: () => JSON.parse(stdout) }));
  });
}

function postJson(url: URL, method: string, token: string, body: unknown): Promise<{ status?: number; json: any }> {
  return new Promise((done, fail) => {
    const req = request(
      { host: url.hostname, port: url.port, method: 'POST', path: `/rpc/${method}`, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => done({ status: res.statusCode, json: JSON.parse(text) }));
      },
    );
    req.on('error', fail);
    req.end(JSON.stringify(body));
  });
}

const expectRefused = (r: Run, code: string) => {
  expect(r.code, r.stdout + r.stderr).toBe(2);
  expect(r.json()).toMatchObject({ ok: false, error: { code } });
};

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) execSync('npm run build:renderer', { cwd: ROOT, stdio: 'ignore', timeout: 180_000 });
  tmp = mkdtempSync(join(tmpdir(), 'isms-cli-'));
  dataDir = join(tmp, 'data');
  work = join(tmp, 'work');
  mkdirSync(dataDir);
  mkdirSync(work);
  ws = join(work, 'main.isms');
  const created = await run(['new', '--workspace', ws, '--org', ORG, '--sector', 'Retail and consumer']);
  expect(created.code, created.stderr).toBe(0);
}, 240_000);

afterEach(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((done) => server!.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  }
  server = undefined;
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('methods and exports', () => {
  it('methods prints the whole contract as JSON with input and output JSON Schemas', async () => {
    const r = await run(['methods']);
    expect(r.code, r.stderr).toBe(0);
    const methods = r.json() as { name: string; doc: string; needsWorkspace?: boolean; input: any; output: any }[];
    expect(Array.isArray(methods)).toBe(true);
    expect(methods.map((m) => m.name)).toEqual(Object.keys(contract));
    for (const m of methods) {
      expect(m.doc, m.name).toBe(contract[m.name as keyof typeof contract].doc);
      expect(m.doc.length, m.name).toBeGreaterThan(5);
      expect(m.input?.$schema, m.name).toMatch(/json-schema\.org/);
      expect(m.output?.$schema, m.name).toMatch(/json-schema\.org/);
    }
    const create = methods.find((m) => m.name === 'context.create')!;
    expect(create.input.type).toBe('object');
    expect([...create.input.required].sort()).toEqual(['category', 'kind', 'swot', 'title']);
    expect(create.input.properties.kind.enum).toEqual(['external', 'internal']);
    expect(create.output.required).toEqual(expect.arrayContaining(['id', 'title', 'createdAt']));
  });

  it('exports lists one line per document, starting with its id', async () => {
    const r = await run(['exports']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines[0].split('\t')).toEqual(['context-register', 'docx,pdf,xlsx', '4.1', expect.any(String)]);
  });
});

describe('new', () => {
  it('creates the workspace file and exits 0; without --org exits 2 and creates nothing', async () => {
    const file = join(work, 'fresh.isms');
    const ok = await run(['new', '--workspace', file, '--org', 'Fresh Ltd']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.json()).toMatchObject({ ok: true, value: { opened: true, info: { organisation: 'Fresh Ltd' } } });
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}.lock`), 'the lock is released on exit').toBe(false);

    const missing = join(work, 'no-org.isms');
    const r = await run(['new', '--workspace', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--org/);
    expect(existsSync(missing)).toBe(false);
    expect((await run(['new', '--workspace', file, '--org', 'Again'])).code, 'an existing file is not overwritten').toBe(2);
  });
});

describe('call', () => {
  it('records an issue and prints an ok envelope; scripted calls leave the recent list alone', async () => {
    const r = await run(['call', 'context.create', '--workspace', ws, '--input', JSON.stringify(ISSUE)]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ ok: true, value: { ...ISSUE, impact: 'medium' } });
    const list = await run(['call', 'context.list', '--workspace', ws]);
    expect(list.json().value.items.map((i: { title: string }) => i.title)).toContain(ISSUE.title);
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(false);
  });

  it('refuses bad input with a VALIDATION envelope on stdout and exit 2', async () => {
    const r = await run(['call', 'context.create', '--workspace', ws, '--input', JSON.stringify({ ...ISSUE, swot: 'strength' })]);
    expectRefused(r, 'VALIDATION');
    expect(r.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual(['swot']);
  });

  it('refuses --input that is not JSON with exit 2', async () => {
    expectRefused(await run(['call', 'context.create', '--workspace', ws, '--input', '{title:']), 'VALIDATION');
  });

  it('refuses an unknown method with NOT_FOUND', async () => {
    expectRefused(await run(['call', 'nope.nothing', '--workspace', ws]), 'NOT_FOUND');
    expectRefused(await run(['call', '__proto__']), 'NOT_FOUND');
  });

  it('refuses a missing workspace file with NOT_FOUND and creates nothing', async () => {
    const missing = join(work, 'missing.isms');
    expectRefused(await run(['call', 'workspace.info', '--workspace', missing]), 'NOT_FOUND');
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses a file that is not a workspace with UNSUPPORTED_FILE and leaves its bytes alone', async () => {
    const dir = join(work, 'foreign');
    mkdirSync(dir);
    const text = join(dir, 'notes.isms');
    writeFileSync(text, 'These are my notes, not a database.\n');
    const db = join(dir, 'other.db');
    const sqlite = new Database(db);
    sqlite.exec("create table t(x); insert into t values ('keep me');");
    sqlite.close();
    for (const file of [text, db]) {
      const before = readFileSync(file);
      expectRefused(await run(['call', 'context.list', '--workspace', file]), 'UNSUPPORTED_FILE');
      expect(readFileSync(file).equals(before), file).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(['notes.isms', 'other.db']);
  });
});

describe('locks and files the user names (issue 10)', () => {
  it('refuses another computer\'s lock with exit 2 and opens with --take-over', async () => {
    const file = join(work, 'elsewhere.isms');
    expect((await run(['new', '--workspace', file, '--org', 'Elsewhere Ltd'])).code).toBe(0);
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 77, host: 'someone-elses-laptop', since: '2026-11-30T08:00:00Z', token: 't' }));
    const refused = await run(['call', 'workspace.info', '--workspace', file]);
    expectRefused(refused, 'WORKSPACE_LOCKED');
    expect(refused.json().error).toMatchObject({ details: { canTakeOver: true, host: 'someone-elses-laptop' } });
    const taken = await run(['call', 'workspace.info', '--workspace', file, '--take-over']);
    expect(taken.code, taken.stdout + taken.stderr).toBe(0);
    expect(taken.json().value.organisation).toBe('Elsewhere Ltd');
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('refuses a read-only workspace with a typed IO error instead of crashing', async () => {
    const file = join(work, 'readonly.isms');
    expect((await run(['new', '--workspace', file, '--org', 'Read Only Ltd'])).code).toBe(0);
    chmodSync(file, 0o444);
    const r = await run(['call', 'workspace.info', '--workspace', file]);
    expectRefused(r, 'IO');
    expect(r.json().error.details).toMatchObject({ reason: 'read-only' });
    expect(r.stderr).not.toMatch(/SqliteError|at /);
  });

  it('saves a copy to the file given with --out, and refuses --out naming the workspace\'s own -wal', async () => {
    const copy = join(work, 'main-copy.isms');
    const saved = await run(['call', 'workspace.saveCopy', '--workspace', ws, '--out', copy]);
    expect(saved.code, saved.stdout + saved.stderr).toBe(0);
    expect(saved.json().value).toEqual({ saved: true, path: copy });
    const clash = await run(['export', 'context-register', '--workspace', ws, '--out', `${ws}-wal`]);
    expectRefused(clash, 'CONFLICT');
    expect(existsSync(`${ws}-wal`)).toBe(false);
  });
});

describe('who is working (--user, ISMS_USER, the remembered name)', () => {
  const actors = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return {
        stamps: db.prepare('select created_by as c, updated_by as u from context_issues').all() as { c: string; u: string }[],
        log: (db.prepare("select distinct actor from change_log where table_name = 'context_issues'").all() as { actor: string }[]).map((r) => r.actor),
      };
    } finally {
      db.close();
    }
  };

  it('with no name anywhere, reading works and writing is refused with a hint; the OS login is never used', async () => {
    const file = join(work, 'nobody.isms');
    expect((await run(['new', '--workspace', file, '--org', 'Nobody Ltd'])).code).toBe(0);
    const lonelyData = join(tmp, 'data-nobody');
    mkdirSync(lonelyData);
    const env = { ISMS_USER: undefined, ISMS_DATA_DIR: lonelyData };
    expect((await run(['call', 'user.get'], env)).json()).toEqual({ ok: true, value: { name: null, source: null } });
    const list = await run(['call', 'context.list', '--workspace', file], env);
    expect(list.code, list.stdout).toBe(0);
    const refused = await run(['call', 'context.create', '--workspace', file, '--input', JSON.stringify(ISSUE)], env);
    expectRefused(refused, 'VALIDATION');
    expect(refused.json().error.message).toMatch(/--user NAME or ISMS_USER/);
    expect(actors(file).stamps).toEqual([]);
    const created = join(work, 'never.isms');
    expectRefused(await run(['new', '--workspace', created, '--org', 'Never Ltd'], env), 'VALIDATION');
    expect(existsSync(created), 'a refused new leaves no file behind').toBe(false);
  });

  it('stamps records and the change log with --user before ISMS_USER, and ISMS_USER before the remembered name', async () => {
    const file = join(work, 'names.isms');
    expect((await run(['new', '--workspace', file, '--org', 'Names Ltd'])).code).toBe(0);
    const byOption = await run(['call', 'context.create', '--workspace', file, '--user', 'Dana Consultant', '--input', JSON.stringify(ISSUE)]);
    expect(byOption.json().value).toMatchObject({ createdBy: 'Dana Consultant', updatedBy: 'Dana Consultant', ref: 'CTX-001' });
    const byEnv = await run(['call', 'context.create', '--workspace', file, '--input', JSON.stringify({ ...ISSUE, title: 'Second' })]);
    expect(byEnv.json().value.createdBy).toBe(CLI_USER);
    expect(actors(file).log.sort()).toEqual([CLI_USER, 'Dana Consultant'].sort());
    expect(actors(file).log).not.toContain(userInfo().username);
  });

  it('user.set remembers the name in this machine\'s settings file (not the workspace) for later calls', async () => {
    const file = join(work, 'remembered.isms');
    expect((await run(['new', '--workspace', file, '--org', 'Remembered Ltd'])).code).toBe(0);
    const ownData = join(tmp, 'data-remembered');
    mkdirSync(ownData);
    const env = { ISMS_USER: undefined, ISMS_DATA_DIR: ownData };
    expectRefused(await run(['call', 'user.set', '--input', JSON.stringify({ name: '   ' })], env), 'VALIDATION');
    const set = await run(['call', 'user.set', '--input', JSON.stringify({ name: '  Robin Remembered ' })], env);
    expect(set.json()).toEqual({ ok: true, value: { name: 'Robin Remembered', source: 'settings' } });
    expect(JSON.parse(readFileSync(join(ownData, 'settings.json'), 'utf8')).userName).toBe('Robin Remembered');
    expect((await run(['call', 'user.get'], env)).json().value).toEqual({ name: 'Robin Remembered', source: 'settings' });
    const created = await run(['call', 'context.create', '--workspace', file, '--input', JSON.stringify(ISSUE)], env);
    expect(created.json().value.createdBy).toBe('Robin Remembered');
  });
});

describe('export', () => {
  it('writes a DOCX (a zip) whose document names the organisation', async () => {
    const out = join(work, 'register.docx');
    const r = await run(['export', 'context-register', '--workspace', ws, '--out', out]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ ok: true, value: { saved: true, path: out } });
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain(ORG);
    expect(xml).toContain(ISSUE.title);
  });

  it('--out x.pdf writes a PDF; a --format that disagrees with --out is refused and writes nothing (issue #8)', async () => {
    const pdf = join(work, 'register.pdf');
    const ok = await run(['export', 'context-register', '--workspace', ws, '--out', pdf]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.json()).toMatchObject({ ok: true, value: { saved: true, path: pdf, format: 'pdf' } });
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const wrong = join(work, 'wrong.pdf');
    expectRefused(await run(['export', 'context-register', '--workspace', ws, '--out', wrong, '--format', 'docx']), 'VALIDATION');
    expect(existsSync(wrong)).toBe(false);
    const draft = join(work, 'draft.docx');
    expect((await run(['export', 'context-register', '--workspace', ws, '--out', draft, '--draft'])).code).toBe(0);
    expect(existsSync(draft)).toBe(true);
  });

  it('refuses an unknown document and a missing --out', async () => {
    expectRefused(await run(['export', 'nope', '--workspace', ws, '--out', join(work, 'x.docx')]), 'VALIDATION');
    expect((await run(['export', 'context-register', '--workspace', ws])).code).toBe(2);
    expect(existsSync(join(work, 'x.docx'))).toBe(false);
  });
});

describe('usage', () => {
  it('exits 2 for an unknown command and for an unknown flag', async () => {
    const cmd = await run(['frobnicate']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toMatch(/Unknown command "frobnicate"/);
    for (const args of [['methods', '--bogus'], ['call', 'workspace.info', '--workspace', ws, '--nope', 'x']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/Unknown option/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await run(['serve', '--port', 'abc'])).code).toBe(2);
  });
});

describe('serve', () => {
  function firstLine(child: ChildProcess): Promise<string> {
    return new Promise((done, fail) => {
      let out = '';
      let err = '';
      const timer = setTimeout(() => fail(new Error(`no line within 20 s; stderr: ${err}`)), 20_000);
      child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString('utf8');
        if (out.includes('\n')) {
          clearTimeout(timer);
          done(out);
        }
      });
      child.once('exit', (code) => fail(new Error(`serve exited with ${code}: ${err}`)));
    });
  }

  it('prints one listening line; the host answers with the opened workspace; call meanwhile is WORKSPACE_LOCKED', async () => {
    server = spawn(process.execPath, [BIN, 'serve', '--workspace', ws, '--port', '0'], { cwd: ROOT, env: { ...process.env, ISMS_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = await firstLine(server);
    server.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    expect(stdout).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+\n$/);
    const url = new URL(stdout.trim().slice('listening on '.length));
    const token = url.searchParams.get('token')!;

    const info = await postJson(url, 'workspace.info', token, {});
    expect(info.status).toBe(200);
    expect(info.json).toMatchObject({ ok: true, value: { organisation: ORG, sector: 'Retail and consumer' } });
    expect((await postJson(url, 'workspace.info', 'x'.repeat(token.length), {})).status).toBe(401);

    const locked = await run(['call', 'workspace.info', '--workspace', ws]);
    expectRefused(locked, 'WORKSPACE_LOCKED');
    expect(locked.json().error.details.pid).toBe(server.pid);

    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1);
    const exited = new Promise<number | null>((done) => server!.once('exit', (code) => done(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(`${ws}.lock`), 'serve releases its lock on SIGTERM').toBe(false);
    const after = await run(['call', 'workspace.info', '--workspace', ws]);
    expect(after.code, after.stdout).toBe(0);
    expect(after.json().value.organisation).toBe(ORG);
  });
});
