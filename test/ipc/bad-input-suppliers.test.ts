import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { ErrorCode } from '../../shared/errors';
import { RANDOM_ID, expectError, fieldsOf, openHarness, type Harness } from '../core/helpers';

const HUGE = 'x'.repeat(1_000_000);

interface Ids {
  supplier: string;
  plan: string;
  entry: string;
}
type Input = unknown | ((ids: Ids) => unknown);
/** [method, input, expected code, field named by the error ('' = the input itself)] */
type Case = [string, Input, ErrorCode, string?];

/** Untrusted input to 7.4 and 8.1 (issue 12): each refused with its code and field, nothing written. */
const cases: Case[] = [
  ['suppliers.create', 'a supplier', 'VALIDATION', ''],
  ['suppliers.create', {}, 'VALIDATION', 'name'],
  ['suppliers.create', { name: '  ' }, 'VALIDATION', 'name'],
  ['suppliers.create', { name: HUGE }, 'VALIDATION', 'name'],
  ['suppliers.create', { name: 'X', criticality: 'extreme' }, 'VALIDATION', 'criticality'],
  ['suppliers.create', { name: 'X', supplyKind: 'goods' }, 'VALIDATION', 'supplyKind'],
  ['suppliers.create', { name: 'X', assessmentResult: 'fine' }, 'VALIDATION', 'assessmentResult'],
  ['suppliers.create', { name: 'X', securityClausesInContract: 'yes' }, 'VALIDATION', 'securityClausesInContract'],
  ['suppliers.create', { name: 'X', certificates: [{ issuer: 'BSI' }] }, 'VALIDATION', 'certificates.0.name'],
  ['suppliers.create', { name: 'X', certificates: [{ name: 'ISO', validUntil: '31.12.2027' }] }, 'VALIDATION', 'certificates.0.validUntil'],
  ['suppliers.create', { name: 'X', certificates: Array.from({ length: 31 }, () => ({ name: 'ISO' })) }, 'VALIDATION', 'certificates'],
  ['suppliers.create', { name: 'X', nextReviewOn: 'soon' }, 'VALIDATION', 'nextReviewOn'],
  ['suppliers.create', { name: 'X', interfaceIds: ['nope'] }, 'VALIDATION', 'interfaceIds.0'],
  ['suppliers.create', { name: 'X', interfaceIds: [RANDOM_ID] }, 'NOT_FOUND', 'interfaceIds'],
  ['suppliers.create', { name: 'X', partyId: RANDOM_ID }, 'NOT_FOUND', 'partyId'],
  ['suppliers.create', { name: 'X', ownerId: RANDOM_ID }, 'NOT_FOUND', 'ownerId'],
  ['suppliers.create', { name: 'X', assessmentResult: 'satisfactory' }, 'VALIDATION', 'assessmentResult'],
  ['suppliers.create', { name: 'X', lastAssessedOn: '2030-01-01' }, 'VALIDATION', 'lastAssessedOn'],
  ['suppliers.update', (i: Ids) => ({ id: i.supplier, name: '' }), 'VALIDATION', 'name'],
  ['suppliers.update', (i: Ids) => ({ id: i.supplier, certificates: null }), 'VALIDATION', 'certificates'],
  ['suppliers.update', (i: Ids) => ({ id: i.supplier, partyId: RANDOM_ID }), 'NOT_FOUND', 'partyId'],
  ['suppliers.update', { id: RANDOM_ID, name: 'X' }, 'NOT_FOUND'],
  ['suppliers.delete', (i: Ids) => ({ id: i.supplier }), 'CONFLICT'],
  ['suppliers.delete', { id: 'nope' }, 'VALIDATION', 'id'],
  ['communication.planCreate', {}, 'VALIDATION', 'topic'],
  ['communication.planCreate', { topic: 'T', audience: 'A', channel: 'C', frequency: 'weekly' }, 'VALIDATION', 'frequency'],
  ['communication.planCreate', { topic: 'T', audience: '', channel: 'C', frequency: 'monthly' }, 'VALIDATION', 'audience'],
  ['communication.planCreate', { topic: 'T', audience: 'A', channel: 'C', frequency: 'once' }, 'VALIDATION', 'startsOn'],
  ['communication.planCreate', { topic: 'T', audience: 'A', channel: 'C', frequency: 'monthly', responsibleId: RANDOM_ID }, 'NOT_FOUND', 'responsibleId'],
  ['communication.planUpdate', (i: Ids) => ({ id: i.plan, frequency: 'once', startsOn: null }), 'VALIDATION', 'startsOn'],
  ['communication.planDelete', (i: Ids) => ({ id: i.plan }), 'CONFLICT'],
  ['communication.logCreate', { topic: 'T', audience: 'A', channel: 'C' }, 'VALIDATION', 'communicatedOn'],
  ['communication.logCreate', { communicatedOn: '2030-01-01', topic: 'T', audience: 'A', channel: 'C' }, 'VALIDATION', 'communicatedOn'],
  ['communication.logCreate', { communicatedOn: '2026-11-01', planId: RANDOM_ID, topic: 'T', audience: 'A', channel: 'C' }, 'NOT_FOUND', 'planId'],
  ['communication.logCreate', { communicatedOn: '2026-11-01', byId: RANDOM_ID, topic: 'T', audience: 'A', channel: 'C' }, 'NOT_FOUND', 'byId'],
  ['communication.logCreate', { communicatedOn: '2026-11-01', topic: 'T', audience: 'A', channel: 'C', file: { name: 'a.txt', mime: 'text/plain', dataBase64: '' } }, 'VALIDATION', 'file'],
  ['communication.logUpdate', (i: Ids) => ({ id: i.entry, communicatedOn: '2030-01-01' }), 'VALIDATION', 'communicatedOn'],
  ['communication.logDelete', { id: RANDOM_ID }, 'NOT_FOUND'],
  ['scope.interfaceDelete', { id: RANDOM_ID }, 'NOT_FOUND'],
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

describe('bad input: suppliers and communication (8.1, 7.4)', () => {
  let h: Harness;
  let ids: Ids;
  beforeAll(async () => {
    h = await openHarness('Bad Input Co');
    const c = h.client;
    const supplier = await c.call('suppliers.create', { name: 'Existing supplier', certificates: [{ name: 'ISO/IEC 27001' }] });
    const plan = await c.call('communication.planCreate', { topic: 'Existing row', audience: 'All', channel: 'E-mail', frequency: 'monthly' });
    const entry = await c.call('communication.logCreate', { communicatedOn: '2026-11-01', planId: plan.id, topic: 'Existing row', audience: 'All', channel: 'E-mail' });
    ids = { supplier: supplier.id, plan: plan.id, entry: entry.id };
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
