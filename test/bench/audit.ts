/**
 * The 9.2 part of npm run bench (issue 14, item 10): fieldwork on a 200-item checklist (clauses 4-10,
 * every Annex A control, and items of the auditor's own), recording a verdict and a note on one item
 * at a time through the dispatcher, as the keyboard-first fieldwork screen does.
 * `npx tsx test/bench/audit.ts` runs it alone.
 */
import { join } from 'node:path';
import { createWorkspace } from '../../electron/core/services/workspace';
import type { DbEnv } from '../../electron/core/db/open';

type Call = (method: string, input: unknown) => Promise<unknown>;
type Measure = (what: string, target: number, runs: number, fn: () => Promise<unknown> | unknown) => Promise<void>;

export const CHECKLIST_ITEMS = 200;

export function createAuditWorkspace(dir: string, env: DbEnv): string {
  const path = join(dir, 'audit.isms');
  createWorkspace(path, { organisation: 'Audited Ltd', sector: 'Other', engagement: '', consultant: '' }, env).close();
  return path;
}

/** Plans the audit through the contract (the checklist is generated from the scope), then times recording. */
export async function measureAudit(call: Call, measure: Measure) {
  const controls = (await call('controls.list', {})) as { id: string }[];
  const programme = (await call('audits.programmeCreate', { title: 'Bench programme', startYear: 2026, endYear: 2028 })) as { id: string };
  const year = new Date().getUTCFullYear();
  const day = `${Math.min(Math.max(year, 2026), 2028)}-01-15`;
  const audit = (await call('audits.create', { programmeId: programme.id, title: 'Full ISMS audit', scopeClauses: ['4', '5', '6', '7', '8', '9', '10'], scopeControlIds: controls.map((c) => c.id), startDate: day, endDate: day })) as { id: string; items: { id: string }[] };
  for (let i = audit.items.length; i < CHECKLIST_ITEMS; i++) await call('audits.itemCreate', { auditId: audit.id, title: `Site walk-through point ${i + 1}`, questions: 'What do you see?' });
  const items = ((await call('audits.get', { id: audit.id })) as { items: { id: string }[] }).items;
  if (items.length !== CHECKLIST_ITEMS) throw new Error(`expected ${CHECKLIST_ITEMS} items, got ${items.length}`);
  const verdicts = ['conforming', 'minor', 'conforming', 'observation', 'conforming', 'major', 'ofi'];
  let n = 0;
  await measure(`audits.itemRecord: verdict and note on one item of a ${CHECKLIST_ITEMS}-item checklist`, 50, 41, () => {
    const i = n++;
    return call('audits.itemRecord', { id: items[i % items.length]!.id, verdict: verdicts[i % verdicts.length], notes: `Seen on the walk-through, sample ${i}: records complete for the period.` });
  });
  await measure(`audits.get: the whole ${CHECKLIST_ITEMS}-item checklist with its fieldwork and findings`, 100, 9, () => call('audits.get', { id: audit.id }));
}

// Run alone: npx tsx test/bench/audit.ts
if (process.argv[1]?.endsWith('audit.ts')) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { resolve } = await import('node:path');
  const { performance } = await import('node:perf_hooks');
  const { dispatch } = await import('../../electron/core/dispatcher');
  const { Session } = await import('../../electron/core/platform');
  const { hostPlatform } = await import('../../electron/host/platform');
  const dir = mkdtempSync(join(tmpdir(), 'isms-auditbench-'));
  const base = hostPlatform({ dataDir: dir, migrationsFolder: resolve(import.meta.dirname, '../../electron/core/db/migrations'), actor: 'bench' });
  const picks = { open: createAuditWorkspace(dir, { migrationsFolder: base.migrationsFolder, actor: 'bench', now: () => new Date() }) };
  const platform = { ...base, dialogs: { ...base.dialogs, chooseExistingWorkspace: async () => picks.open } };
  const session = new Session();
  const call = async (method: string, input: unknown) => {
    const r = await dispatch({ platform, session }, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  await call('workspace.open', {});
  let missed = 0;
  await measureAudit(call, async (what, target, runs, fn) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
    const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    if (ms > target) missed++;
    console.log(`${what}: ${ms.toFixed(1)} ms (target ${target}) ${ms <= target ? 'ok' : 'MISSED'}`);
  });
  await call('workspace.close', {});
  rmSync(dir, { recursive: true, force: true });
  process.exit(missed ? 1 : 0);
}
