import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Session } from '../../electron/core/platform';
import { exportsDirOf, hostPlatform } from '../../electron/host/platform';
import { HOST_LIMITS, startHost, type RunningHost } from '../../electron/host/server';
import { safeFileName } from '../../shared/fileNames';
import { MIGRATIONS } from '../utils/platform';

/** The loopback host's limits (issue 10, item 10), with short timeouts so the test does not wait. */
let root: string;
let host: RunningHost;
const session = new Session();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'isms-limits-'));
  mkdirSync(join(root, 'static'));
  writeFileSync(join(root, 'static', 'index.html'), '<!doctype html><title>x</title>');
  const ctx = { platform: hostPlatform({ dataDir: join(root, 'data'), migrationsFolder: MIGRATIONS, actor: 'limits' }), session };
  host = await startHost({
    ctx,
    staticDir: join(root, 'static'),
    exportsDir: exportsDirOf(join(root, 'data')),
    limits: { maxConnections: 8, headersTimeoutMs: 800, requestTimeoutMs: 1500, idleTimeoutMs: 1500 },
  });
});
afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

function open(): Promise<Socket> {
  return new Promise((res, rej) => {
    const s = connect(host.port, '127.0.0.1', () => res(s));
    s.on('error', rej);
  });
}
const closed = (s: Socket) => new Promise<void>((res) => (s.destroyed ? res() : s.once('close', () => res())));
/** Sends raw bytes and collects whatever comes back until the socket closes. */
const answerOf = (s: Socket) => new Promise<string>((res) => {
  let out = '';
  s.on('data', (d) => (out += d.toString()));
  s.once('close', () => res(out));
});

async function rpcInfo(): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${host.port}/rpc/workspace.info`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  return res.status;
}

describe('loopback host limits', () => {
  it('caps open connections and keeps answering once they go', async () => {
    const sockets = await Promise.all(Array.from({ length: 12 }, () => open().catch(() => null)));
    const alive = sockets.filter((s): s is Socket => s !== null);
    // Connections over the cap are dropped by the server straight away.
    const dropped = await Promise.all(alive.map((s) => Promise.race([closed(s).then(() => true), new Promise((r) => setTimeout(() => r(false), 400))])));
    expect(dropped.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    for (const s of alive) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect(await rpcInfo()).toBe(200);
  });

  it('closes a client that never finishes its headers', async () => {
    const s = await open();
    s.write(`POST /rpc/workspace.info HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Slow: `);
    const started = Date.now();
    await closed(s);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('closes a client that never finishes its body', async () => {
    const s = await open();
    const answer = answerOf(s);
    s.write(
      `POST /rpc/workspace.info HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`,
    );
    const started = Date.now();
    await answer;
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads one large body at a time and tells the others to retry', async () => {
    const first = await open();
    const size = 4 * 1024 * 1024;
    first.write(
      `POST /rpc/workspace.info HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${host.token}\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`,
    );
    first.write(Buffer.alloc(2 * 1024 * 1024, 0x20));
    await new Promise((r) => setTimeout(r, 200));
    const second = await fetch(`http://127.0.0.1:${host.port}/rpc/workspace.info`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: `{}${' '.repeat(size - 2)}`,
    });
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('1');
    const answer = answerOf(first);
    first.end(Buffer.concat([Buffer.from('{}'), Buffer.alloc(2 * 1024 * 1024 - 2, 0x20)]));
    expect(await Promise.race([answer, new Promise<string>((r) => setTimeout(() => { first.destroy(); r(''); }, 3000))])).toMatch(/200 OK/);
    // The slot is free again.
    const retry = await fetch(`http://127.0.0.1:${host.port}/rpc/workspace.info`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: `{}${' '.repeat(size - 2)}`,
    });
    expect(retry.status).toBe(200);
  });

  it('documents the limits the code uses', () => {
    const doc = readFileSync(resolve(__dirname, '../../docs/security.md'), 'utf8');
    expect(doc).toContain(`${HOST_LIMITS.maxBody / 1024 / 1024} MiB`);
    expect(doc).toContain(`${HOST_LIMITS.maxConnections} connections`);
    expect(doc).not.toMatch(/10 MiB/);
  });
});

describe('browser mode writes only inside its folders', () => {
  const rpc = async (method: string, body: unknown) => {
    const res = await fetch(`http://127.0.0.1:${host.port}/rpc/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return res.json() as Promise<{ ok: boolean; value?: any; error?: { code: string } }>;
  };
  it('creates in workspaces/, copies and exports to exports/, and refuses any path from the page', async () => {
    const created = await rpc('workspace.create', { organisation: 'Folder Ltd' });
    expect(created.value.info.path).toBe(join(root, 'data', 'workspaces', 'folder-ltd.isms'));
    const copy = await rpc('workspace.saveCopy', {});
    expect(copy.value.path.startsWith(join(root, 'data', 'exports') + '/')).toBe(true);
    const doc = await rpc('export.document', { id: 'context-register' });
    expect(doc.value.path.startsWith(join(root, 'data', 'exports') + '/')).toBe(true);
    for (const [method, body] of [
      ['workspace.saveCopy', { path: join(root, 'elsewhere.isms') }],
      ['export.document', { id: 'context-register', path: join(root, 'elsewhere.docx') }],
      ['workspace.create', { organisation: 'X', path: join(root, 'x.isms') }],
      ['workspace.open', { path: join(root, 'data', 'workspaces', 'folder-ltd.isms') }],
    ] as const) {
      expect((await rpc(method, body)).error?.code, method).toBe('VALIDATION');
    }
    await rpc('workspace.close', {});
  });
});

describe('attachment names are safe on every system', () => {
  const cases: Array<[string, string]> = [
    ['report.pdf', 'report.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\dana\\evil.docx', 'evil.docx'],
    ['..', 'file'],
    ['...hidden', 'hidden'],
    ['a\u0000b.txt', 'ab.txt'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['com1.log', '_com1.log'],
    ['LPT9', '_LPT9'],
    ['what?<>|*:".txt', 'what_______.txt'],
    ['trailing dots... ', 'trailing dots'],
    ['  spaced   out  .pdf', 'spaced out .pdf'],
    ['zero\u200bwidth.txt', 'zerowidth.txt'],
    [`${'x'.repeat(300)}.pdf`, `${'x'.repeat(196)}.pdf`],
  ];
  for (const [raw, safe] of cases) {
    it(`${JSON.stringify(raw).slice(0, 40)} -> ${JSON.stringify(safe).slice(0, 40)}`, () => expect(safeFileName(raw)).toBe(safe));
  }
});
