/**
 * Only the 6.1 part of npm run bench, with each step timed on its own: `npx tsx test/bench/riskOnly.ts`.
 * For working on the 6.1 targets without the 5,000-issue workspace, the CLI and the kill trials.
 * BENCH_RISK_FILE=PATH keeps (or reuses) the seeded workspace between runs.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/core/dispatcher';
import { Session } from '../../electron/core/platform';
import { hostPlatform } from '../../electron/host/platform';
import { measureRisk, seedRiskWorkspace } from './risk';

const dir = mkdtempSync(join(tmpdir(), 'isms-riskbench-'));
const base = hostPlatform({ dataDir: dir, migrationsFolder: resolve(import.meta.dirname, '../../electron/core/db/migrations'), actor: 'bench' });
const picks = { open: '', save: '' };
const platform = { ...base, dialogs: { ...base.dialogs, chooseExistingWorkspace: async () => picks.open, chooseSavePath: async () => picks.save } };
const env = { migrationsFolder: platform.migrationsFolder, actor: 'bench', now: () => new Date() };

const keep = process.env.BENCH_RISK_FILE;
if (keep && existsSync(keep)) {
  picks.open = join(dir, 'risk.isms');
  copyFileSync(keep, picks.open);
} else {
  const seeded = seedRiskWorkspace(dir, env);
  console.log(`seeded in ${seeded.ms.toFixed(0)} ms`);
  picks.open = seeded.path;
  if (keep) copyFileSync(seeded.path, keep);
}
const session = new Session();
const call = async (method: string, input: unknown) => {
  const r = await dispatch({ platform, session }, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
};
await call('workspace.open', {});
const results: string[] = [];
let missed = 0;
await measureRisk(call, async (what, target, runs, fn) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  if (ms > target) missed++;
  results.push(`${ms > target ? 'MISSED' : 'ok    '} ${ms.toFixed(1).padStart(8)} ms (target ${target}) ${what}`);
}, dir, picks);
await call('workspace.close', {});
rmSync(dir, { recursive: true, force: true });
console.log(results.join('\n'));
process.exitCode = missed ? 1 : 0;
