import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { ErrorCode } from '../../shared/errors';
import { RANDOM_ID, expectError, fieldsOf, openHarness, type Harness } from '../core/helpers';

const HUGE = 'x'.repeat(1_000_000);

interface Ids {
  person: string;
  clerk: string;
  objective: string;
  change: string;
  approvedChange: string;
  resource: string;
}
type Input = unknown | ((ids: Ids) => unknown);
/** [method, input, expected code, field named by the error ('' = the input itself)] */
type Case = [string, Input, ErrorCode, string?];

/** Untrusted input to 6.2, 6.3 and 7.1 (issue 12): each refused with its code and field, nothing written. */
const cases: Case[] = [
  ['objectives.create', 'fewer incidents', 'VALIDATION', ''],
  ['objectives.create', {}, 'VALIDATION', 'title'],
  ['objectives.create', { title: '   ' }, 'VALIDATION', 'title'],
  ['objectives.create', { title: HUGE }, 'VALIDATION', 'title'],
  ['objectives.create', { title: 'X', dueDate: '31/12/2027' }, 'VALIDATION', 'dueDate'],
  ['objectives.create', { title: 'X', targetValue: '95' }, 'VALIDATION', 'targetValue'],
  ['objectives.create', { title: 'X', targetValue: Number.POSITIVE_INFINITY }, 'VALIDATION', 'targetValue'],
  ['objectives.create', { title: 'X', targetUnit: 'u'.repeat(51) }, 'VALIDATION', 'targetUnit'],
  ['objectives.create', { title: 'X', riskIds: ['not-a-uuid'] }, 'VALIDATION', 'riskIds.0'],
  ['objectives.create', { title: 'X', riskIds: [RANDOM_ID] }, 'NOT_FOUND', 'riskIds'],
  ['objectives.create', { title: 'X', policyId: RANDOM_ID }, 'NOT_FOUND', 'policyId'],
  ['objectives.create', { title: 'X', ownerId: RANDOM_ID }, 'NOT_FOUND', 'ownerId'],
  ['objectives.create', { title: 'X', metricId: RANDOM_ID }, 'NOT_FOUND', 'metricId'],
  ['objectives.create', { title: 'X', metricId: 'not-a-uuid' }, 'VALIDATION', 'metricId'],
  ['objectives.update', (i: Ids) => ({ id: i.objective.slice(0, -1) + (i.objective.endsWith('0') ? '1' : '0'), title: 'X' }), 'NOT_FOUND'],
  ['objectives.update', (i: Ids) => ({ id: i.objective, title: '' }), 'VALIDATION', 'title'],
  ['objectives.update', (i: Ids) => ({ id: i.objective, title: 'Changed', ownerId: RANDOM_ID }), 'NOT_FOUND', 'ownerId'],
  ['objectives.update', (i: Ids) => ({ id: i.objective, title: 'Changed', riskIds: [RANDOM_ID] }), 'NOT_FOUND', 'riskIds'],
  ['objectives.delete', (i: Ids) => ({ id: i.objective }), 'CONFLICT'],
  ['objectives.delete', (i: Ids) => ({ id: i.objective, confirm: 'yes' }), 'VALIDATION', 'confirm'],
  ['objectives.progressRecord', (i: Ids) => ({ objectiveId: i.objective, status: 'done', progress: 10 }), 'VALIDATION', 'status'],
  ['objectives.progressRecord', (i: Ids) => ({ objectiveId: i.objective, status: 'on-track', progress: 10.5 }), 'VALIDATION', 'progress'],
  ['objectives.progressRecord', (i: Ids) => ({ objectiveId: i.objective, status: 'on-track', progress: -1 }), 'VALIDATION', 'progress'],
  ['objectives.progressRecord', (i: Ids) => ({ objectiveId: i.objective, status: 'achieved', progress: 99 }), 'VALIDATION', 'progress'],
  ['objectives.progressRecord', (i: Ids) => ({ objectiveId: i.objective, status: 'on-track', progress: 10, recordedOn: '2030-01-01' }), 'VALIDATION', 'recordedOn'],
  ['objectives.progressRecord', (i: Ids) => ({ objectiveId: i.objective, status: 'on-track', progress: 10, recordedOn: '2026-01-01' }), 'VALIDATION', 'recordedOn'],
  ['objectives.progressRecord', { objectiveId: RANDOM_ID, status: 'on-track', progress: 10 }, 'NOT_FOUND'],
  ['objectives.changeCreate', {}, 'VALIDATION', 'title'],
  ['objectives.changeCreate', { title: 'X', rationale: HUGE }, 'VALIDATION', 'rationale'],
  ['objectives.changeCreate', { title: 'X', plannedOn: 'next week' }, 'VALIDATION', 'plannedOn'],
  ['objectives.changeCreate', { title: 'X', completedOn: '2026-11-01' }, 'VALIDATION', 'completedOn'],
  ['objectives.changeCreate', { title: 'X', ownerId: RANDOM_ID }, 'NOT_FOUND', 'ownerId'],
  ['objectives.changeUpdate', (i: Ids) => ({ id: i.change, completedOn: '2026-11-01' }), 'VALIDATION', 'completedOn'],
  ['objectives.changeUpdate', (i: Ids) => ({ id: i.approvedChange, completedOn: '2030-01-01' }), 'VALIDATION', 'completedOn'],
  ['objectives.changeDecide', (i: Ids) => ({ id: i.change, decision: 'maybe', approverId: i.person }), 'VALIDATION', 'decision'],
  ['objectives.changeDecide', (i: Ids) => ({ id: i.change, decision: 'approved' }), 'VALIDATION', 'approverId'],
  ['objectives.changeDecide', (i: Ids) => ({ id: i.change, decision: 'approved', approverId: RANDOM_ID }), 'NOT_FOUND', 'approverId'],
  ['objectives.changeDecide', (i: Ids) => ({ id: i.change, decision: 'approved', approverId: i.clerk }), 'VALIDATION', 'reason'],
  ['objectives.changeDecide', (i: Ids) => ({ id: i.change, decision: 'approved', approverId: i.person, approvedOn: '2030-01-01' }), 'VALIDATION', 'approvedOn'],
  ['objectives.changeDecide', (i: Ids) => ({ id: i.change, decision: 'approved', approverId: i.person, approvedOn: '2020-01-01' }), 'VALIDATION', 'approvedOn'],
  ['objectives.changeDecide', (i: Ids) => ({ id: i.approvedChange, decision: 'rejected', approverId: i.person }), 'CONFLICT'],
  ['objectives.changeDelete', { id: RANDOM_ID }, 'NOT_FOUND'],
  ['competence.resourceCreate', {}, 'VALIDATION', 'title'],
  ['competence.resourceCreate', { title: 'X', kind: 'money' }, 'VALIDATION', 'kind'],
  ['competence.resourceCreate', { title: 'X', amount: -5 }, 'VALIDATION', 'amount'],
  ['competence.resourceCreate', { title: 'X', status: 'spent' }, 'VALIDATION', 'status'],
  ['competence.resourceCreate', { title: 'X', neededBy: '2027-13-01' }, 'VALIDATION', 'neededBy'],
  ['competence.resourceCreate', { title: 'X', objectiveId: RANDOM_ID }, 'NOT_FOUND', 'objectiveId'],
  ['competence.resourceCreate', { title: 'X', treatmentActionId: RANDOM_ID }, 'NOT_FOUND', 'treatmentActionId'],
  ['competence.resourceUpdate', (i: Ids) => ({ id: i.resource, amount: 'lots' }), 'VALIDATION', 'amount'],
  ['competence.resourceUpdate', (i: Ids) => ({ id: i.resource, ownerId: RANDOM_ID }), 'NOT_FOUND', 'ownerId'],
  ['competence.resourceDelete', { id: 'nope' }, 'VALIDATION', 'id'],
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

describe('bad input: objectives, planned changes and resources (6.2, 6.3, 7.1)', () => {
  let h: Harness;
  let ids: Ids;
  beforeAll(async () => {
    h = await openHarness('Bad Input Co');
    const c = h.client;
    const person = await c.call('people.create', { name: 'Top Manager' });
    const top = (await c.call('roles.list', {})).find((r) => r.key === 'top-management')!;
    await c.call('roles.assign', { roleId: top.id, personId: person.id });
    const clerk = await c.call('people.create', { name: 'Clerk Without Role' });
    const objective = await c.call('objectives.create', { title: 'Existing objective' });
    await c.call('objectives.progressRecord', { objectiveId: objective.id, status: 'on-track', progress: 10, recordedOn: '2026-11-20' });
    const change = await c.call('objectives.changeCreate', { title: 'Existing change' });
    const approvedChange = await c.call('objectives.changeCreate', { title: 'Approved change' });
    await c.call('objectives.changeDecide', { id: approvedChange.id, decision: 'approved', approverId: person.id });
    const resource = await c.call('competence.resourceCreate', { title: 'Existing line', objectiveId: objective.id });
    ids = { person: person.id, clerk: clerk.id, objective: objective.id, change: change.id, approvedChange: approvedChange.id, resource: resource.id };
  });
  afterAll(() => h.cleanup());

  for (const [method, input, code, field] of cases) {
    const shown = typeof input === 'function' ? input.toString().replace(/\s+/g, ' ') : JSON.stringify(input);
    it(`${method} ${String(shown).slice(0, 70)} -> ${code}${field === undefined ? '' : ` (${field || 'input'})`}`, async () => {
      const before = snapshot(h);
      const envelope = await h.client.raw(method as never, (typeof input === 'function' ? input(ids) : input) as never);
      const error = expectError(envelope, code);
      const json = JSON.stringify(envelope);
      expect(json).not.toMatch(/\n\s+at /);
      expect(json.length).toBeLessThan(5_000);
      if (field) expect(namedFields(error)).toContain(field);
      expect(snapshot(h)).toEqual(before);
    });
  }
});
