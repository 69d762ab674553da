/**
 * Where the 6.1 time goes, in one process, without the dispatcher: `npx tsx test/bench/riskProfile.ts FILE`
 * on a workspace seeded by riskOnly.ts (BENCH_RISK_FILE=FILE). Each piece runs RUNS times (default 15),
 * all pieces interleaved so that the machine's load hits them alike; medians printed.
 * CLAUSES=1 adds every other clause's readiness rules and due lists; PROFILE_SQL='q1;;q2' adds raw
 * queries (to compare an old and a new query shape side by side); PRAGMAS='cache_size=-64000' sets
 * pragmas first. The copy it opens is upgraded to the current schema if needed.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openWorkspace } from '../../electron/core/services/workspace';
import { readinessSummary } from '../../electron/core/readiness';
import { heatMaps, listRisks } from '../../electron/core/services/risks';

const source = process.argv[2];
if (!source) throw new Error('usage: riskProfile.ts FILE');
const dir = mkdtempSync(join(tmpdir(), 'isms-riskprofile-'));
const path = join(dir, 'risk.isms');
copyFileSync(source, path);
const env = { migrationsFolder: resolve(import.meta.dirname, '../../electron/core/db/migrations'), actor: 'bench', now: () => new Date() };
const ws = openWorkspace(path, env);
for (const p of (process.env.PRAGMAS ?? '').split(';').filter(Boolean)) ws.sqlite.pragma(p);
const now = new Date();
const today = now.toISOString().slice(0, 10);
const horizon = new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
const { riskReadiness } = await import('../../electron/core/readiness/risk');
const areaFiles = ['context', 'parties', 'scope', 'leadership', 'policies', 'roles', 'objectives', 'competence', 'docinfo', 'suppliers', 'metrics', 'audits', 'improvement'];
const areas: { criteria: Record<string, (w: typeof ws, today: string) => unknown>; due?: (w: typeof ws, t: string, h: string) => unknown }[] = [];
for (const f of areaFiles) {
  const mod = (await import(`../../electron/core/readiness/${f}.ts`)) as Record<string, unknown>;
  for (const v of Object.values(mod)) if (v && typeof v === 'object' && 'criteria' in v) areas.push(v as never);
}
const pieces: [string, () => unknown][] = [
  ['heatMaps', () => heatMaps(ws)],
  ['readinessSummary', () => readinessSummary(ws, now)],
  ['search "asset 1234"', () => listRisks(ws, { search: 'asset 1234', sort: 'priority', dir: 'desc', offset: 0, limit: 25 } as never)],
  ['6.1', () => riskReadiness.criteria['6.1'](ws, today)],
  ['8.2', () => riskReadiness.criteria['8.2'](ws, today)],
  ['8.3', () => riskReadiness.criteria['8.3'](ws, today)],
  ['risk due', () => riskReadiness.due?.(ws, today, horizon)],
];
if (process.env.CLAUSES) for (const a of areas) {
  for (const [id, rule] of Object.entries(a.criteria)) pieces.push([`clause ${id}`, () => rule(ws, today)]);
  if (a.due) pieces.push([`due of ${Object.keys(a.criteria).join(',')}`, () => a.due!(ws, today, horizon)]);
}
const extra = (process.env.PROFILE_SQL ?? '').split(';;').filter(Boolean);
for (const q of extra) pieces.push([q.slice(0, 90), () => ws.sqlite.prepare(q).all()]);
const times = new Map<string, number[]>(pieces.map(([k]) => [k, []]));
const runs = Number(process.env.RUNS ?? 15);
for (let i = 0; i < runs; i++) {
  for (const [k, fn] of pieces) {
    const s = performance.now();
    fn();
    times.get(k)!.push(performance.now() - s);
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const [k, t] of times) console.log(`${med(t).toFixed(1).padStart(8)} ms  ${k}`);
ws.close();
rmSync(dir, { recursive: true, force: true });
