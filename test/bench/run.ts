/**
 * npm run bench: performance targets on a large, real workspace file (docs/performance.md).
 * Exits 1 when a target is missed. Timings are medians of several runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/core/dispatcher';
import { Session } from '../../electron/core/platform';
import { hostPlatform } from '../../electron/host/platform';
import { createWorkspace } from '../../electron/core/services/workspace';
import { write } from '../../electron/core/db/write';
import { contextIssues } from '../../electron/core/db/schema';
import { EXTERNAL_CATEGORIES, INTERNAL_CATEGORIES } from '../../shared/contract/context';
import { killWriterTrials } from '../durability/killWriter';
import { ASSETS, RISKS, measureRisk, seedRiskWorkspace } from './risk';
import { createAuditWorkspace, measureAudit } from './audit';

const ISSUES = 5_000;
const dir = mkdtempSync(join(tmpdir(), 'isms-bench-'));
const base = hostPlatform({ dataDir: dir, migrationsFolder: resolve(import.meta.dirname, '../../electron/core/db/migrations'), actor: 'bench' });
/** The files the "user" picks in the dialogs (the contract takes no paths, issue 10 item 4). */
const picks = { open: '', save: '' };
const platform = { ...base, dialogs: { ...base.dialogs, chooseExistingWorkspace: async () => picks.open, chooseSavePath: async () => picks.save } };
const env = { migrationsFolder: platform.migrationsFolder, actor: 'bench', now: () => new Date() };

async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const results: Array<{ what: string; ms: number; target: number }> = [];
async function measure(what: string, target: number, runs: number, fn: () => Promise<unknown> | unknown) {
  results.push({ what, ms: await median(runs, fn), target });
}

const ws = createWorkspace(join(dir, 'bench.isms'), { organisation: 'Bench Ltd', sector: 'Other', engagement: '', consultant: '' }, env);
const seedStart = performance.now();
write(ws, (w) => {
  for (let i = 0; i < ISSUES; i++) {
    const external = i % 2 === 0;
    const cats = external ? EXTERNAL_CATEGORIES : INTERNAL_CATEGORIES;
    w.insert(contextIssues, {
      title: `Issue ${i} about ${cats[i % cats.length]}`,
      description: 'Lorem ipsum '.repeat(20),
      kind: external ? 'external' : 'internal',
      category: cats[i % cats.length],
      swot: external ? 'threat' : 'weakness',
      effect: i % 7 ? 'Affects availability of services' : '',
      impact: ['low', 'medium', 'high'][i % 3],
      source: 'workshop',
      reviewDate: `2027-0${(i % 9) + 1}-15`,
      ownerId: null,
    });
  }
});
const seedMs = performance.now() - seedStart;
ws.close();

// The CLI as a whole process, as a script calls it (issue 7, item 5): node start, the built bundle,
// opening the 5,000-issue workspace (probe included), the call, closing. Built first from the sources.
const ROOT = resolve(import.meta.dirname, '../..');
const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
if (built.status !== 0) throw new Error(`Building the CLI failed: ${built.stderr}`);
const cli = (...args: string[]) => () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/isms-workbench.mjs'), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ISMS_DATA_DIR: dir } });
  if (r.error) throw r.error;
  if (r.status !== 0 || r.stderr) throw new Error(`isms-workbench ${args[0]} failed (${r.status}): ${r.stderr}`);
};
await measure('CLI process: isms-workbench methods', 1000, 7, cli('methods'));
await measure('CLI process: isms-workbench call context.list on the 5,000-issue workspace', 1000, 7, cli('call', 'context.list', '--workspace', join(dir, 'bench.isms'), '--input', '{"limit":25}'));

const session = new Session();
const ctx = { platform, session };
const call = async (method: string, input: unknown) => {
  const r = await dispatch(ctx, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
};

picks.open = join(dir, 'bench.isms');
await measure('open a workspace (5,000 issues; probe with quick_check and schema comparison)', 200, 5, async () => {
  await call('workspace.open', {});
  await call('workspace.close', {});
});
await call('workspace.open', {});
await measure('context.list first page, sorted by title', 50, 15, () => call('context.list', { sort: 'title', limit: 25 }));
await measure('context.list search "about legal", sorted by review date desc', 50, 15, () =>
  call('context.list', { search: 'about legal', sort: 'reviewDate', dir: 'desc', limit: 25, offset: 100 }),
);
await measure('readiness.summary', 150, 9, () => call('readiness.summary', {}));
await measure('one write (context.create) through the dispatcher', 20, 25, () =>
  call('context.create', { title: 'Bench write', kind: 'internal', category: 'culture', swot: 'strength' }),
);
// The price of synchronous=FULL (issue 10, item 5): the same write with NORMAL, for comparison only.
session.current!.sqlite.pragma('synchronous = NORMAL');
const normalWrite = await median(25, () => call('context.create', { title: 'Bench write', kind: 'internal', category: 'culture', swot: 'strength' }));
session.current!.sqlite.pragma('synchronous = FULL');
await call('workspace.close', {});

// Exports: a large real register (500 issues, more than any client we know keeps) in its own file.
const small = createWorkspace(join(dir, 'export.isms'), { organisation: 'Export Ltd', sector: 'Other', engagement: '', consultant: '' }, env);
write(small, (w) => {
  for (let i = 0; i < 500; i++) {
    w.insert(contextIssues, { title: `Issue ${i}`, description: 'Described '.repeat(10), kind: 'external', category: 'legal', swot: 'threat', effect: 'Effect '.repeat(10), impact: 'high', source: 'x', reviewDate: '2027-01-01', ownerId: null });
  }
});
small.close();
picks.open = join(dir, 'export.isms');
picks.save = join(dir, 'register.docx');
await call('workspace.open', {});
await measure('DOCX export of the 4.1 register (500 issues)', 2000, 3, () => call('export.document', { id: 'context-register' }));
await call('workspace.close', {});

// 6.1 at scale: 20,000 assets and 50,000 risks (issue 11).
const riskSeed = seedRiskWorkspace(dir, env);
picks.open = riskSeed.path;
await call('workspace.open', {});
await measureRisk(call, measure, dir, picks);
await call('workspace.close', {});

// 9.2 fieldwork at scale: a 200-item checklist, one verdict and note at a time (issue 14).
picks.open = createAuditWorkspace(dir, env);
await call('workspace.open', {});
await measureAudit(call, measure);
await call('workspace.close', {});

// Unclean stops, the long version of test/core/durability.test.ts: BENCH_KILLS trials (default 25).
const killed = createWorkspace(join(dir, 'killed.isms'), { organisation: 'Killed Ltd', sector: 'Other', engagement: '', consultant: '' }, env);
killed.close();
const kills = await killWriterTrials(killed.path, Number(process.env.BENCH_KILLS ?? 25), 20);
rmSync(dir, { recursive: true, force: true });

console.log(`seeded ${ISSUES} issues in ${seedMs.toFixed(0)} ms (one transaction)`);
console.log(`seeded ${ASSETS} assets and ${RISKS} risks with 2 controls each (3 in 4), actions and decisions in ${riskSeed.ms.toFixed(0)} ms`);
console.log(`one write with synchronous=NORMAL (for comparison; the app uses FULL): ${normalWrite.toFixed(1)} ms`);
console.log(`SIGKILL of a writer: ${kills.trials} kills, ${kills.acknowledged} acknowledged writes, ${kills.lost.length} lost, ${kills.problems.length} integrity problems\n`);
console.log('| measurement | median ms | target ms | |\n|---|---:|---:|---|');
let failed = 0;
for (const r of results) {
  const ok = r.ms <= r.target;
  if (!ok) failed++;
  console.log(`| ${r.what} | ${r.ms.toFixed(1)} | ${r.target} | ${ok ? 'ok' : 'MISSED'} |`);
}
if (kills.lost.length || kills.problems.length) {
  failed++;
  console.log(`MISSED: lost ${kills.lost.slice(0, 10).join(', ')}; ${kills.problems.join('; ')}`);
}
process.exit(failed ? 1 : 0);
