import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { ErrorCode } from '../../shared/errors';
import { RANDOM_ID, expectError, fieldsOf, openHarness, type Harness } from '../core/helpers';

const HUGE = 'x'.repeat(1_000_000);
const BAD_ID = 'not-a-uuid';
const OTHER_ID = '9d2e4f60-1a2b-4c3d-8e4f-5a6b7c8d9e0f';

/** Records made before the cases run; inputs that need a real id get them through a function. */
interface Ids {
  person: string;
  party: string;
  requirement: string;
  boundary: string;
  iface: string;
  process: string;
  statement: string;
}
type Input = unknown | ((ids: Ids) => unknown);
/** [method, input, expected code, field named by a VALIDATION error ('' = the input itself)] */
type Case = [string, Input, ErrorCode, string?];

const party = { name: 'Ok', type: 'customer' };
const req = (ids: Ids) => ({ partyId: ids.party, text: 'Ok', type: 'legal' });

const families: Record<string, Case[]> = {
  'parties (4.2)': [
    ['parties.create', {}, 'VALIDATION', 'name'],
    ['parties.create', null, 'VALIDATION', 'type'],
    ['parties.create', [], 'VALIDATION', ''],
    ['parties.create', 'Regulator', 'VALIDATION', ''],
    ['parties.create', { ...party, name: 42 }, 'VALIDATION', 'name'],
    ['parties.create', { ...party, name: '  ' }, 'VALIDATION', 'name'],
    ['parties.create', { ...party, name: HUGE }, 'VALIDATION', 'name'],
    ['parties.create', { name: 'No type' }, 'VALIDATION', 'type'],
    ['parties.create', { ...party, type: 'alien' }, 'VALIDATION', 'type'],
    ['parties.create', { ...party, contact: HUGE }, 'VALIDATION', 'contact'],
    ['parties.create', { ...party, relevance: HUGE }, 'VALIDATION', 'relevance'],
    ['parties.create', { ...party, interest: '5' }, 'VALIDATION', 'interest'],
    ['parties.create', { ...party, influence: null }, 'VALIDATION', 'influence'],
    ['parties.create', { ...party, trust: 0 }, 'VALIDATION', 'trust'],
    ['parties.create', { ...party, agreement: 4.5 }, 'VALIDATION', 'agreement'],
    ['parties.create', { ...party, interest: Number.NaN }, 'VALIDATION', 'interest'],
    ['parties.create', { ...party, influence: 1e308 }, 'VALIDATION', 'influence'],
    ['parties.create', { ...party, reviewDate: '2026-02-30' }, 'VALIDATION', 'reviewDate'],
    ['parties.create', { ...party, reviewDate: 20261129 }, 'VALIDATION', 'reviewDate'],
    ['parties.get', {}, 'VALIDATION', 'id'],
    ['parties.get', { id: BAD_ID }, 'VALIDATION', 'id'],
    ['parties.get', { id: "' or 1=1 --" }, 'VALIDATION', 'id'],
    ['parties.get', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['parties.update', party, 'VALIDATION', 'id'],
    ['parties.update', { ...party, id: BAD_ID }, 'VALIDATION', 'id'],
    ['parties.update', { ...party, id: RANDOM_ID }, 'NOT_FOUND'],
    ['parties.update', (ids: Ids) => ({ ...party, id: ids.party, interest: 6 }), 'VALIDATION', 'interest'],
    ['parties.update', (ids: Ids) => ({ id: ids.party, name: '  ' }), 'VALIDATION', 'name'],
    ['parties.update', (ids: Ids) => ({ id: ids.party, type: 'customer', trust: null }), 'VALIDATION', 'trust'],
    ['parties.delete', { id: 7 }, 'VALIDATION', 'id'],
    ['parties.delete', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['parties.list', { type: 'alien' }, 'VALIDATION', 'type'],
    ['parties.list', { sort: 'quadrant' }, 'VALIDATION', 'sort'],
    ['parties.list', { dir: 'sideways' }, 'VALIDATION', 'dir'],
    ['parties.list', { search: HUGE }, 'VALIDATION', 'search'],
    ['parties.list', { limit: 501 }, 'VALIDATION', 'limit'],
    ['parties.list', { offset: -1 }, 'VALIDATION', 'offset'],
    ['parties.requirementList', { partyId: BAD_ID }, 'VALIDATION', 'partyId'],
    ['parties.requirementList', { partyId: RANDOM_ID }, 'NOT_FOUND'],
    ['parties.requirementCreate', {}, 'VALIDATION', 'partyId'],
    ['parties.requirementCreate', (ids: Ids) => ({ ...req(ids), partyId: BAD_ID }), 'VALIDATION', 'partyId'],
    ['parties.requirementCreate', (ids: Ids) => ({ ...req(ids), partyId: RANDOM_ID }), 'NOT_FOUND'],
    ['parties.requirementCreate', (ids: Ids) => ({ ...req(ids), text: HUGE }), 'VALIDATION', 'text'],
    ['parties.requirementCreate', (ids: Ids) => ({ ...req(ids), text: 'y'.repeat(2001) }), 'VALIDATION', 'text'],
    ['parties.requirementCreate', (ids: Ids) => ({ ...req(ids), text: ['a'] }), 'VALIDATION', 'text'],
    ['parties.requirementCreate', (ids: Ids) => ({ ...req(ids), type: 'moral' }), 'VALIDATION', 'type'],
    ['parties.requirementCreate', (ids: Ids) => ({ ...req(ids), decision: 'maybe' }), 'VALIDATION', 'decision'],
    ['parties.requirementCreate', (ids: Ids) => ({ ...req(ids), decision: 'addressed' }), 'VALIDATION', 'how'],
    ['parties.requirementCreate', (ids: Ids) => ({ ...req(ids), how: HUGE }), 'VALIDATION', 'how'],
    ['parties.requirementUpdate', (ids: Ids) => req(ids), 'VALIDATION', 'id'],
    ['parties.requirementUpdate', (ids: Ids) => ({ ...req(ids), id: RANDOM_ID }), 'NOT_FOUND'],
    ['parties.requirementUpdate', (ids: Ids) => ({ ...req(ids), id: ids.requirement, partyId: RANDOM_ID }), 'NOT_FOUND'],
    ['parties.requirementUpdate', (ids: Ids) => ({ ...req(ids), id: ids.requirement, decision: 'not-addressed', how: ' ' }), 'VALIDATION', 'how'],
    ['parties.requirementDelete', { id: '' }, 'VALIDATION', 'id'],
    ['parties.requirementDelete', { id: RANDOM_ID }, 'NOT_FOUND'],
  ],
  'scope (4.3, 4.4)': [
    ['scope.boundaryList', { all: true }, 'VALIDATION', ''],
    ['scope.boundaryList', 'all', 'VALIDATION', ''],
    ['scope.boundaryCreate', {}, 'VALIDATION', 'kind'],
    ['scope.boundaryCreate', { kind: 'planet', name: 'Mars' }, 'VALIDATION', 'kind'],
    ['scope.boundaryCreate', { kind: 'unit' }, 'VALIDATION', 'name'],
    ['scope.boundaryCreate', { kind: 'unit', name: HUGE }, 'VALIDATION', 'name'],
    ['scope.boundaryCreate', { kind: 'unit', name: 'U', notes: HUGE }, 'VALIDATION', 'notes'],
    ['scope.boundaryCreate', { kind: 'unit', name: 'U', included: 'no' }, 'VALIDATION', 'included'],
    ['scope.boundaryCreate', { kind: 'unit', name: 'U', included: 0 }, 'VALIDATION', 'included'],
    ['scope.boundaryCreate', { kind: 'unit', name: 'U', included: false }, 'VALIDATION', 'justification'],
    ['scope.boundaryCreate', { kind: 'unit', name: 'U', included: false, justification: HUGE }, 'VALIDATION', 'justification'],
    ['scope.boundaryUpdate', { kind: 'unit', name: 'U' }, 'VALIDATION', 'id'],
    ['scope.boundaryUpdate', { id: BAD_ID, kind: 'unit', name: 'U' }, 'VALIDATION', 'id'],
    ['scope.boundaryUpdate', { id: RANDOM_ID, kind: 'unit', name: 'U' }, 'NOT_FOUND'],
    ['scope.boundaryUpdate', (ids: Ids) => ({ id: ids.boundary, kind: 'unit', name: 'U', included: false, justification: '  ' }), 'VALIDATION', 'justification'],
    ['scope.boundaryDelete', { id: BAD_ID }, 'VALIDATION', 'id'],
    ['scope.boundaryDelete', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['scope.interfaceList', [], 'VALIDATION', ''],
    ['scope.interfaceCreate', {}, 'VALIDATION', 'counterpart'],
    ['scope.interfaceCreate', { counterpart: 'Bank' }, 'VALIDATION', 'crossing'],
    ['scope.interfaceCreate', { counterpart: 'Bank', crossing: HUGE }, 'VALIDATION', 'crossing'],
    ['scope.interfaceCreate', { counterpart: HUGE, crossing: 'x' }, 'VALIDATION', 'counterpart'],
    ['scope.interfaceCreate', { counterpart: 'Bank', crossing: 'x', direction: 'sideways' }, 'VALIDATION', 'direction'],
    ['scope.interfaceCreate', { counterpart: 'Bank', crossing: 'x', partyId: BAD_ID }, 'VALIDATION', 'partyId'],
    ['scope.interfaceCreate', { counterpart: 'Bank', crossing: 'x', partyId: RANDOM_ID }, 'NOT_FOUND'],
    ['scope.interfaceUpdate', { id: RANDOM_ID, counterpart: 'Bank', crossing: 'x' }, 'NOT_FOUND'],
    ['scope.interfaceUpdate', (ids: Ids) => ({ id: ids.iface, counterpart: 'Bank', crossing: 'x', partyId: RANDOM_ID }), 'NOT_FOUND'],
    ['scope.interfaceUpdate', (ids: Ids) => ({ id: ids.iface, counterpart: 'Bank', crossing: 'x', notes: HUGE }), 'VALIDATION', 'notes'],
    ['scope.interfaceDelete', { id: RANDOM_ID }, 'NOT_FOUND'],
    ['scope.interfaceDelete', {}, 'VALIDATION', 'id'],
    ['scope.statementDraft', { organisation: 'x' }, 'VALIDATION', ''],
    ['scope.statementList', 5, 'VALIDATION', ''],
    ['scope.statementSave', {}, 'VALIDATION', 'text'],
    ['scope.statementSave', { text: '   ' }, 'VALIDATION', 'text'],
    ['scope.statementSave', { text: 5 }, 'VALIDATION', 'text'],
    ['scope.statementSave', { text: HUGE }, 'VALIDATION', 'text'],
    ['scope.statementApprove', {}, 'VALIDATION', 'approverId'],
    ['scope.statementApprove', (ids: Ids) => ({ versionId: ids.statement, approverId: ids.person, approvedOn: 20261129 }), 'VALIDATION', 'approvedOn'],
    ['scope.statementApprove', (ids: Ids) => ({ versionId: 'not-a-uuid', approverId: ids.person, approvedOn: '2026-11-29' }), 'VALIDATION', 'versionId'],
    ['scope.statementApprove', (ids: Ids) => ({ versionId: ids.statement, approverId: BAD_ID, approvedOn: '2026-11-29' }), 'VALIDATION', 'approverId'],
    ['scope.statementApprove', (ids: Ids) => ({ versionId: ids.statement, approverId: RANDOM_ID, approvedOn: '2026-11-29' }), 'NOT_FOUND', 'approverId'],
    ['scope.statementApprove', (ids: Ids) => ({ versionId: RANDOM_ID, approverId: ids.person, approvedOn: '2026-11-29' }), 'NOT_FOUND'],
    ['scope.statementApprove', (ids: Ids) => ({ versionId: ids.statement, approverId: ids.person, approvedOn: '2999-01-01', reason: 'Delegated by the board.' }), 'VALIDATION', 'approvedOn'],
    ['scope.statementApprove', (ids: Ids) => ({ versionId: ids.statement, approverId: ids.person, approvedOn: '29.11.2026' }), 'VALIDATION', 'approvedOn'],
    ['scope.processList', { a: 1 }, 'VALIDATION', ''],
    ['scope.processCreate', {}, 'VALIDATION', 'name'],
    ['scope.processCreate', { name: HUGE }, 'VALIDATION', 'name'],
    ['scope.processCreate', { name: 'P', clauseRef: 'c'.repeat(21) }, 'VALIDATION', 'clauseRef'],
    ['scope.processCreate', { name: 'P', inputs: HUGE }, 'VALIDATION', 'inputs'],
    ['scope.processCreate', { name: 'P', ownerId: BAD_ID }, 'VALIDATION', 'ownerId'],
    ['scope.processCreate', { name: 'P', ownerId: RANDOM_ID }, 'NOT_FOUND', 'ownerId'],
    ['scope.processCreate', { name: 'P', feeds: 'all' }, 'VALIDATION', 'feeds'],
    ['scope.processCreate', { name: 'P', feeds: [BAD_ID] }, 'VALIDATION', 'feeds.0'],
    ['scope.processCreate', { name: 'P', feeds: Array(101).fill(RANDOM_ID) }, 'VALIDATION', 'feeds'],
    ['scope.processCreate', { name: 'P', feeds: [RANDOM_ID] }, 'NOT_FOUND', 'feeds'],
    ['scope.processCreate', (ids: Ids) => ({ name: 'P', feeds: [ids.process, OTHER_ID] }), 'NOT_FOUND', 'feeds'],
    ['scope.processUpdate', { name: 'P' }, 'VALIDATION', 'id'],
    ['scope.processUpdate', { id: RANDOM_ID, name: 'P' }, 'NOT_FOUND'],
    ['scope.processUpdate', (ids: Ids) => ({ id: ids.process, name: 'P', feeds: [ids.process] }), 'VALIDATION', 'feeds'],
    ['scope.processUpdateMany', { ids: [RANDOM_ID], ownerId: null }, 'NOT_FOUND'],
    ['scope.processUpdateMany', { ids: 'all', ownerId: null }, 'VALIDATION', 'ids'],
    ['scope.processDelete', { id: BAD_ID }, 'VALIDATION', 'id'],
    ['scope.processDelete', { id: RANDOM_ID }, 'NOT_FOUND'],
  ],
};

function snapshot(h: Harness) {
  const sqlite = h.sqlite();
  const tables = (sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like '%without rowid' order by name").all() as { name: string }[]).map((t) => t.name);
  // Whole rows, not only counts: a refused update must not change a record either.
  const rows = Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`select * from "${t}" order by rowid`).all()]));
  return { rows, files: readdirSync(h.dir).sort() };
}

/** Field paths a VALIDATION or NOT_FOUND error names: zod's details.fields, or a service's details.field. */
function namedFields(error: { details?: unknown }): string[] {
  const field = (error.details as { field?: string } | undefined)?.field;
  return [...fieldsOf(error as Parameters<typeof fieldsOf>[0]), ...(field ? [field] : [])];
}

describe.each(Object.entries(families))('bad input: %s', (_family, cases) => {
  let h: Harness;
  let ids: Ids;
  beforeAll(async () => {
    h = await openHarness('Bad Input Co');
    const c = h.client;
    const person = await c.call('people.create', { name: 'Existing Person' });
    const p = await c.call('parties.create', { name: 'Existing party', type: 'regulator' });
    const r = await c.call('parties.requirementCreate', { partyId: p.id, text: 'Existing requirement', type: 'legal' });
    const b = await c.call('scope.boundaryCreate', { kind: 'process', name: 'Existing boundary' });
    const i = await c.call('scope.interfaceCreate', { counterpart: 'Existing interface', crossing: 'Data', partyId: p.id });
    // A draft, so approving with an unknown approver reaches the approver check.
    const statement = await c.call('scope.statementSave', { text: 'Existing draft' });
    const process = (await c.call('scope.processList', {}))[0];
    ids = { person: person.id, party: p.id, requirement: r.id, boundary: b.id, iface: i.id, process: process.id, statement: statement.id };
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
      expect(json).not.toMatch(/\.ts:\d+/);
      expect(json.length).toBeLessThan(5_000); // a huge input is never echoed back
      if (field !== undefined) expect(namedFields(error)).toContain(field);
      expect(snapshot(h)).toEqual(before);
    });
  }

  it('the records made before the cases are all still there, unchanged in number', async () => {
    expect((await h.client.call('parties.list', {})).total).toBe(1);
    expect(await h.client.call('parties.requirementList', {})).toHaveLength(1);
    expect(await h.client.call('scope.boundaryList', {})).toHaveLength(1);
    expect(await h.client.call('scope.interfaceList', {})).toHaveLength(1);
    expect((await h.client.call('scope.statementList', {})).map((s) => [s.version, s.status])).toEqual([['1.0', 'draft']]);
    expect(await h.client.call('scope.processList', {})).toHaveLength(17);
  });
});
