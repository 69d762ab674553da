import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { ErrorCode } from '../../shared/errors';
import { RANDOM_ID, expectError, fieldsOf, openHarness, type Harness } from '../core/helpers';

const HUGE = 'x'.repeat(1_000_000);
const BAD_ID = 'not-a-uuid';

interface Ids {
  person: string;
  asset: string;
  threat: string;
  risk: string;
  highRisk: string;
  control: string;
  annex: string;
  action: string;
  run: string;
}
type Input = unknown | ((ids: Ids) => unknown);
/** [method, input, expected code, field named by the error ('' = the input itself)] */
type Case = [string, Input, ErrorCode, string?];

const ev = { title: 'Ok', basis: 'event', event: 'e', affectsC: true };
const step = (label: string) => ({ label, description: '' });

const cases: Case[] = [
  ['risk.methodUpdate', 'five by five', 'VALIDATION', ''],
  ['risk.methodUpdate', { likelihood: [step('a'), step('b')] }, 'VALIDATION', 'likelihood'],
  ['risk.methodUpdate', { impact: Array(6).fill(step('x')) }, 'VALIDATION', 'impact'],
  ['risk.methodUpdate', { likelihood: [step(''), step('b'), step('c')] }, 'VALIDATION', 'likelihood.0.label'],
  ['risk.methodUpdate', { matrix: [['low']] }, 'VALIDATION', 'matrix'],
  ['risk.methodUpdate', { matrix: Array(5).fill(Array(5).fill('extreme')) }, 'VALIDATION', 'matrix.0.0'],
  ['risk.methodUpdate', { acceptance: 'none' }, 'VALIDATION', 'acceptance'],
  ['risk.methodUpdate', { reviewMonths: 0 }, 'VALIDATION', 'reviewMonths'],
  ['risk.methodUpdate', { assetScales: { c: [step('only one')] } }, 'VALIDATION', 'assetScales.c'],
  ['risk.assetCreate', {}, 'VALIDATION', 'name'],
  ['risk.assetCreate', { name: HUGE }, 'VALIDATION', 'name'],
  ['risk.assetCreate', { name: 'A', type: 'spaceship' }, 'VALIDATION', 'type'],
  ['risk.assetCreate', { name: 'A', confidentiality: 6 }, 'VALIDATION', 'confidentiality'],
  ['risk.assetCreate', { name: 'A', integrity: 4 }, 'VALIDATION', 'integrity'],
  ['risk.assetCreate', { name: 'A', ownerId: RANDOM_ID }, 'NOT_FOUND', 'ownerId'],
  ['risk.assetUpdate', { id: BAD_ID, name: 'x' }, 'VALIDATION', 'id'],
  ['risk.assetUpdate', { id: RANDOM_ID, name: 'x' }, 'NOT_FOUND'],
  ['risk.assetUpdate', (ids: Ids) => ({ id: ids.asset, name: '' }), 'VALIDATION', 'name'],
  ['risk.assetDelete', (ids: Ids) => ({ id: ids.asset }), 'CONFLICT'],
  ['risk.threatCreate', { name: 'T', category: 'aliens' }, 'VALIDATION', 'category'],
  ['risk.threatUpdate', { id: RANDOM_ID, name: 'T' }, 'NOT_FOUND'],
  ['risk.vulnerabilityCreate', { name: 'V' }, 'VALIDATION', 'assetType'],
  ['risk.create', {}, 'VALIDATION', 'title'],
  ['risk.create', { ...ev, basis: 'hunch' }, 'VALIDATION', 'basis'],
  ['risk.create', { ...ev, likelihood: 0 }, 'VALIDATION', 'likelihood'],
  ['risk.create', { ...ev, impact: 2.5 }, 'VALIDATION', 'impact'],
  ['risk.create', { ...ev, treatment: 'ignore' }, 'VALIDATION', 'treatment'],
  ['risk.create', { ...ev, event: '' }, 'VALIDATION', 'event'],
  ['risk.create', { ...ev, basis: 'asset' }, 'VALIDATION', 'assetId'],
  ['risk.create', (ids: Ids) => ({ ...ev, basis: 'asset', assetId: ids.asset }), 'VALIDATION', 'threatId'],
  ['risk.create', { ...ev, basis: 'asset', assetId: RANDOM_ID, threatId: RANDOM_ID }, 'NOT_FOUND', 'assetId'],
  ['risk.create', { ...ev, affectsC: false }, 'VALIDATION', 'affectsC'],
  ['risk.create', { ...ev, residualLikelihood: 2 }, 'VALIDATION', 'residualImpact'],
  ['risk.create', { ...ev, issueIds: [BAD_ID] }, 'VALIDATION', 'issueIds.0'],
  ['risk.create', { ...ev, requirementIds: [RANDOM_ID] }, 'NOT_FOUND', 'requirementIds'],
  ['risk.create', { ...ev, controlIds: [RANDOM_ID] }, 'NOT_FOUND', 'controlIds'],
  ['risk.create', { ...ev, ownerId: RANDOM_ID }, 'NOT_FOUND', 'ownerId'],
  ['risk.create', { ...ev, description: HUGE }, 'VALIDATION', 'description'],
  ['risk.update', { id: RANDOM_ID, title: 'x' }, 'NOT_FOUND'],
  ['risk.update', (ids: Ids) => ({ id: ids.risk, assetId: null }), 'VALIDATION', 'assetId'],
  ['risk.update', (ids: Ids) => ({ id: ids.risk, title: null }), 'VALIDATION', 'title'],
  ['risk.list', { sort: 'danger' }, 'VALIDATION', 'sort'],
  ['risk.list', { limit: 100_000 }, 'VALIDATION', 'limit'],
  ['risk.list', { cell: { kind: 'inherent', likelihood: 9, impact: 1 } }, 'VALIDATION', 'cell.likelihood'],
  ['risk.actionCreate', (ids: Ids) => ({ riskId: ids.risk, title: '' }), 'VALIDATION', 'title'],
  ['risk.actionCreate', (ids: Ids) => ({ riskId: ids.risk, title: 'A', cost: -1 }), 'VALIDATION', 'cost'],
  ['risk.actionCreate', (ids: Ids) => ({ riskId: ids.risk, title: 'A', dueDate: '31/12/2026' }), 'VALIDATION', 'dueDate'],
  ['risk.actionCreate', { riskId: RANDOM_ID, title: 'A' }, 'NOT_FOUND', 'riskId'],
  ['risk.actionUpdate', (ids: Ids) => ({ id: ids.action, status: 'forgotten' }), 'VALIDATION', 'status'],
  ['risk.actionUpdate', (ids: Ids) => ({ id: ids.action, controlId: RANDOM_ID }), 'NOT_FOUND', 'controlId'],
  ['risk.approvePlan', (ids: Ids) => ({ riskId: ids.risk, decidedById: RANDOM_ID, decision: 'approved' }), 'NOT_FOUND', 'decidedById'],
  ['risk.approvePlan', (ids: Ids) => ({ riskId: ids.risk, decidedById: ids.person, decision: 'maybe' }), 'VALIDATION', 'decision'],
  ['risk.acceptResidual', (ids: Ids) => ({ riskId: ids.risk, decidedById: ids.person, decision: 'approved' }), 'VALIDATION', 'reviewDate'],
  ['risk.acceptResidual', (ids: Ids) => ({ riskId: ids.highRisk, decidedById: ids.person, decision: 'approved', reviewDate: '2027-01-01', justification: '   ' }), 'VALIDATION', 'justification'],
  ['risk.runCreate', { name: 'R', runDate: 'yesterday' }, 'VALIDATION', 'runDate'],
  ['risk.runCompare', (ids: Ids) => ({ fromId: ids.run, toId: ids.run }), 'VALIDATION', 'toId'],
  ['risk.runCompare', (ids: Ids) => ({ fromId: ids.run, toId: RANDOM_ID }), 'NOT_FOUND'],
  ['controls.update', (ids: Ids) => ({ id: ids.annex, applicable: false }), 'VALIDATION', 'exclusionReason'],
  ['controls.update', (ids: Ids) => ({ id: ids.annex, title: 'Renamed' }), 'VALIDATION', 'title'],
  ['controls.update', (ids: Ids) => ({ id: ids.annex, status: 'done-ish' }), 'VALIDATION', 'status'],
  ['controls.update', (ids: Ids) => ({ id: ids.annex, reasons: ['vibes'] }), 'VALIDATION', 'reasons.0'],
  ['controls.update', (ids: Ids) => ({ id: ids.annex, requirementIds: [RANDOM_ID] }), 'NOT_FOUND', 'requirementIds'],
  ['controls.deleteCustom', (ids: Ids) => ({ id: ids.annex }), 'CONFLICT'],
  ['controls.createCustom', { title: '' }, 'VALIDATION', 'title'],
];

function snapshot(h: Harness) {
  const sqlite = h.sqlite();
  const tables = (sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like '%without rowid' order by name").all() as { name: string }[]).map((t) => t.name);
  return { rows: Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`select * from "${t}" order by rowid`).all()])), files: readdirSync(h.dir).sort() };
}

const namedFields = (error: { details?: unknown }) => {
  const field = (error.details as { field?: string } | undefined)?.field;
  return [...fieldsOf(error as Parameters<typeof fieldsOf>[0]), ...(field ? [field] : [])];
};

describe('bad input: risk and controls (6.1, 8.2, 8.3)', () => {
  let h: Harness;
  let ids: Ids;
  beforeAll(async () => {
    h = await openHarness('Bad Input Co');
    const c = h.client;
    const person = await c.call('people.create', { name: 'Existing Person' });
    const asset = await c.call('risk.assetCreate', { name: 'Existing asset' });
    const threat = (await c.call('risk.threatList', {}))[0];
    const risk = await c.call('risk.create', { title: 'Existing risk', basis: 'asset', assetId: asset.id, threatId: threat.id, affectsI: true });
    const highRisk = await c.call('risk.create', { ...ev, title: 'High risk', likelihood: 5, impact: 5 } as never);
    const annex = (await c.call('controls.list', { search: '5.1' }))[0];
    const control = await c.call('controls.createCustom', { title: 'Own' });
    const action = await c.call('risk.actionCreate', { riskId: risk.id, title: 'Existing action' });
    const run = await c.call('risk.runCreate', { name: 'Existing run', runDate: '2026-11-01' });
    ids = { person: person.id, asset: asset.id, threat: threat.id, risk: risk.id, highRisk: highRisk.id, control: control.id, annex: annex.id, action: action.id, run: run.id };
  });
  afterAll(() => h.cleanup());

  for (const [method, input, code, field] of cases) {
    const shown = typeof input === 'function' ? input.toString().replace(/\s+/g, ' ') : JSON.stringify(input);
    it(`${method} ${String(shown).slice(0, 70)} -> ${code}${field === undefined ? '' : ` (${field || 'input'})`}`, async () => {
      const before = snapshot(h);
      const envelope = await h.client.raw(method, typeof input === 'function' ? input(ids) : input);
      const error = expectError(envelope, code);
      const json = JSON.stringify(envelope);
      expect(json).not.toMatch(/\n\s+at /);
      expect(json.length).toBeLessThan(5_000);
      if (field) expect(namedFields(error)).toContain(field);
      expect(snapshot(h)).toEqual(before);
    });
  }
});
