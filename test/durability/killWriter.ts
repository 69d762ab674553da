import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Unclean stops (issue 10, item 5): a child process writes records through the real services and
 * prints ACK after each commit; the parent SIGKILLs it at a random moment, then checks that the
 * file is sound and holds every acknowledged record. Used small by test/core/durability.test.ts and
 * long by `npm run bench`.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const MIGRATIONS = join(ROOT, 'electron/core/db/migrations');

const WRITER = `
  import { openWorkspace } from ${JSON.stringify(join(ROOT, 'electron/core/services/workspace.ts'))};
  import { write } from ${JSON.stringify(join(ROOT, 'electron/core/db/write.ts'))};
  import { people } from ${JSON.stringify(join(ROOT, 'electron/core/db/schema/index.ts'))};
  const [path, start] = process.argv.slice(1);
  const ws = openWorkspace(path, { migrationsFolder: ${JSON.stringify(MIGRATIONS)}, actor: 'writer', now: () => new Date() });
  for (let i = Number(start); ; i++) {
    write(ws, (w) => w.insert(people, { name: 'ack-' + i, email: '', jobTitle: 'x'.repeat(i % 500), unitId: null }));
    process.stdout.write('ACK ' + i + '\\n');
  }
`;

export interface KillReport {
  trials: number;
  acknowledged: number;
  lost: string[];
  problems: string[];
}

/** One trial: run the writer until it has acknowledged at least `minAcks` writes and a random extra delay, then SIGKILL it. */
function trial(path: string, start: number, minAcks: number): Promise<number[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', WRITER, path, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: number[] = [];
    let buffer = '';
    let stderr = '';
    let armed = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ACK ')) acks.push(Number(line.slice(4)));
      if (!armed && acks.length >= minAcks) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 40));
      }
    });
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(acks);
      else reject(new Error(`writer exited by itself (${code}): ${stderr.slice(0, 2000)}`));
    });
  });
}

export async function killWriterTrials(path: string, trials: number, minAcks = 5): Promise<KillReport> {
  const acknowledged: number[] = [];
  const problems: string[] = [];
  let next = 0;
  for (let t = 0; t < trials; t++) {
    const acks = await trial(path, next, minAcks);
    acknowledged.push(...acks);
    next = (acks.at(-1) ?? next) + 1000;
    const check = new Database(path, { readonly: true });
    try {
      const integrity = check.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') problems.push(`trial ${t}: integrity_check ${String(integrity)}`);
    } finally {
      check.close();
    }
  }
  const db = new Database(path, { readonly: true });
  const names = new Set((db.prepare("SELECT name FROM people WHERE name LIKE 'ack-%'").all() as { name: string }[]).map((r) => r.name));
  db.close();
  const lost = acknowledged.map((i) => `ack-${i}`).filter((n) => !names.has(n));
  return { trials, acknowledged: acknowledged.length, lost, problems };
}
