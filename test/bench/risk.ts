/**
 * The 6.1 part of npm run bench (issue 11, item 9): a workspace with 20,000 assets and 50,000 risks,
 * each risk treated with two controls, a quarter with actions and owner decisions.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { createWorkspace } from '../../electron/core/services/workspace';
import { ASSET_TYPES } from '../../shared/contract/risk';
import { DEFAULT_METHOD, levelOf, rankOf } from '../../shared/contract/riskMethod';
import type { DbEnv } from '../../electron/core/db/open';

export const ASSETS = 20_000;
export const RISKS = 50_000;

type Call = (method: string, input: unknown) => Promise<unknown>;
type Measure = (what: string, target: number, runs: number, fn: () => Promise<unknown> | unknown) => Promise<void>;

/**
 * Seeds through prepared statements in one transaction: the write helper's per-row stamping and change
 * log would take minutes for 220,000 rows, and the measurements below only read.
 */
export function seedRiskWorkspace(dir: string, env: DbEnv): { path: string; ms: number } {
  const path = join(dir, 'risk.isms');
  const ws = createWorkspace(path, { organisation: 'Risky Ltd', sector: 'Other', engagement: '', consultant: '' }, env);
  const start = performance.now();
  const db = ws.sqlite;
  const at = new Date().toISOString();
  const stamp = { created_at: at, updated_at: at, created_by: 'bench', updated_by: 'bench' };
  const insert = (table: string, cols: string[]) => db.prepare(`insert into "${table}" (id, created_at, updated_at, created_by, updated_by, ${cols.map((c) => `"${c}"`).join(', ')}) values (@id, @created_at, @updated_at, @created_by, @updated_by, ${cols.map((c) => `@${c}`).join(', ')})`);
  const person = insert('people', ['ref', 'name', 'email', 'job_title']);
  const asset = insert('assets', ['ref', 'name', 'kind', 'type', 'group_name', 'owner_id', 'location', 'classification', 'confidentiality', 'integrity', 'availability']);
  const risk = insert('risks', ['ref', 'title', 'basis', 'asset_id', 'threat_id', 'description', 'affects_c', 'affects_i', 'owner_id', 'likelihood', 'impact', 'inherent_score', 'inherent_rank', 'treatment', 'residual_likelihood', 'residual_impact', 'residual_score', 'residual_rank']);
  const link = insert('risk_controls', ['risk_id', 'control_id']);
  const action = insert('treatment_actions', ['ref', 'risk_id', 'title', 'owner_id', 'due_date', 'status', 'cost']);
  const decision = insert('risk_decisions', ['risk_id', 'kind', 'decided_by_id', 'decided_by_name', 'decided_at', 'decision', 'snapshot', 'fingerprint']);
  db.transaction(() => {
    const owners = Array.from({ length: 50 }, (_v, i) => {
      const id = randomUUID();
      person.run({ id, ...stamp, ref: `PER-${9000 + i}`, name: `Owner ${i}`, email: '', job_title: '' });
      return id;
    });
    const threatIds = (db.prepare('select id from threats').all() as { id: string }[]).map((t) => t.id);
    const controlIds = (db.prepare('select id from controls').all() as { id: string }[]).map((c) => c.id);
    const assetIds: string[] = [];
    for (let i = 0; i < ASSETS; i++) {
      const id = randomUUID();
      assetIds.push(id);
      asset.run({ id, ...stamp, ref: `AST-${String(i + 1).padStart(3, '0')}`, name: `Asset ${i}`, kind: i % 3 ? 'supporting' : 'information', type: ASSET_TYPES[i % ASSET_TYPES.length], group_name: `Group ${i % 40}`, owner_id: owners[i % owners.length], location: 'HQ', classification: 'Internal', confidentiality: (i % 4) + 1, integrity: (i % 3) + 1, availability: (i % 3) + 1 });
    }
    for (let i = 0; i < RISKS; i++) {
      const l = (i % 5) + 1;
      const im = ((i * 7) % 5) + 1;
      const treated = i % 4 !== 0;
      const rl = treated ? Math.max(1, l - 2) : null;
      const ri = treated ? Math.max(1, im - 1) : null;
      const id = randomUUID();
      risk.run({
        id, ...stamp, ref: `RSK-${String(i + 1).padStart(3, '0')}`, title: `Risk ${i} to asset ${i % ASSETS}`, basis: 'asset', asset_id: assetIds[i % ASSETS], threat_id: threatIds[i % threatIds.length],
        description: 'Scenario text '.repeat(5), affects_c: 1, affects_i: i % 2 === 0 ? 1 : 0, owner_id: owners[i % owners.length], likelihood: l, impact: im, inherent_score: l * im,
        inherent_rank: rankOf(levelOf(DEFAULT_METHOD, l, im)), treatment: treated ? 'modify' : 'undecided', residual_likelihood: rl, residual_impact: ri,
        residual_score: rl && ri ? rl * ri : null, residual_rank: rl && ri ? rankOf(levelOf(DEFAULT_METHOD, rl, ri)) : null,
      });
      if (treated) {
        link.run({ id: randomUUID(), ...stamp, risk_id: id, control_id: controlIds[i % controlIds.length] });
        link.run({ id: randomUUID(), ...stamp, risk_id: id, control_id: controlIds[(i * 13 + 5) % controlIds.length] === controlIds[i % controlIds.length] ? controlIds[(i + 1) % controlIds.length] : controlIds[(i * 13 + 5) % controlIds.length] });
      }
      if (i % 4 === 1) {
        action.run({ id: randomUUID(), ...stamp, ref: `RTP-${String(i + 1).padStart(3, '0')}`, risk_id: id, title: `Action for risk ${i}`, owner_id: owners[i % owners.length], due_date: `2027-0${(i % 9) + 1}-01`, status: 'planned', cost: 100 });
        decision.run({ id: randomUUID(), ...stamp, risk_id: id, kind: 'plan-approval', decided_by_id: owners[0], decided_by_name: 'Owner 0', decided_at: at, decision: 'approved', snapshot: '{}', fingerprint: 'x' });
      }
    }
    for (const [prefix, last] of [['AST', ASSETS], ['RSK', RISKS], ['RTP', RISKS]] as const) db.prepare('insert or replace into ref_counters (prefix, last) values (?, ?)').run(prefix, last);
  })();
  const ms = performance.now() - start;
  ws.close();
  return { path, ms };
}

export async function measureRisk(call: Call, measure: Measure, dir: string, picks: { save: string }) {
  await measure(`risk.list: page 5 of high risks being modified, sorted by residual (${RISKS.toLocaleString('en')} risks)`, 20, 15, () =>
    call('risk.list', { level: 'high', treatment: 'modify', sort: 'residual', dir: 'desc', offset: 100, limit: 25 }),
  );
  await measure('risk.list: first page, prioritised, search "asset 1234"', 20, 15, () => call('risk.list', { search: 'asset 1234', sort: 'priority', dir: 'desc', limit: 25 }));
  await measure('risk.heatmaps and readiness.summary (6.1, 8.2, 8.3 among them) together', 100, 9, async () => {
    await call('risk.heatmaps', {});
    await call('readiness.summary', {});
  });
  picks.save = join(dir, 'soa.docx');
  await measure('SoA DOCX (93 controls, automatic justifications from 100,000 risk links)', 500, 5, () => call('export.document', { id: 'soa' }));
}
