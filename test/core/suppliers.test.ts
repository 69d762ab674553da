import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { assessmentDueOn, certificateCounts, certificateState } from '../../shared/suppliers';
import { expectError, openHarness, RANDOM_ID, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd'))); // today is 2026-11-29
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: MethodInput<M>) => h.client.call(m, i);

describe('certificate expiry and assessment cycle (8.1)', () => {
  it('is expiring within 60 days, expired the day after its last valid day', () => {
    expect(certificateState('2027-06-01', '2026-11-29')).toBe('current');
    expect(certificateState('2027-01-28', '2026-11-29')).toBe('expiring'); // 60 days ahead
    expect(certificateState('2027-01-29', '2026-11-29')).toBe('current'); // 61 days ahead
    expect(certificateState('2026-11-29', '2026-11-29')).toBe('expiring'); // valid through today
    expect(certificateState('2026-11-28', '2026-11-29')).toBe('expired');
    expect(certificateState(null, '2026-11-29')).toBe('no-date');
  });
  it('counts a supplier\'s certificates per state, worst first, instead of calling them all by the worst one', () => {
    const certs = [{ validUntil: '2026-12-20' }, { validUntil: '2026-01-31' }, { validUntil: '2028-01-01' }, { validUntil: '2029-01-01' }];
    expect(certificateCounts(certs, '2026-11-29')).toEqual([
      { state: 'expired', count: 1 },
      { state: 'expiring', count: 1 },
      { state: 'current', count: 2 },
    ]);
    expect(certificateCounts([{ validUntil: null }], '2026-11-29')).toEqual([{ state: 'no-date', count: 1 }]);
    expect(certificateCounts([], '2026-11-29')).toEqual([]);
  });
  it('reassesses critical and high suppliers yearly, medium ones every two years, low ones not on a cycle', () => {
    expect(assessmentDueOn({ criticality: 'critical', lastAssessedOn: '2026-02-28', assessmentResult: 'satisfactory' })).toBe('2027-02-28');
    expect(assessmentDueOn({ criticality: 'high', lastAssessedOn: null, assessmentResult: 'not-assessed' })).toBe('now');
    expect(assessmentDueOn({ criticality: 'medium', lastAssessedOn: '2026-01-31', assessmentResult: 'needs-improvement' })).toBe('2028-01-31');
    expect(assessmentDueOn({ criticality: 'medium', lastAssessedOn: null, assessmentResult: 'not-assessed' })).toBeNull();
    expect(assessmentDueOn({ criticality: 'low', lastAssessedOn: '2020-01-01', assessmentResult: 'satisfactory' })).toBeNull();
  });
});

describe('supplier register (8.1)', () => {
  async function fill() {
    const owner = await call('people.create', { name: 'Petra Procurement' });
    const party = await call('parties.create', { name: 'Cloud hosting provider', type: 'supplier' });
    const iface = await call('scope.interfaceCreate', { counterpart: 'Hosting provider', crossing: 'Customer data to the data centre' });
    const s = await call('suppliers.create', {
      name: 'Nimbus Hosting',
      provides: 'Hosting of the customer portal',
      supplyKind: 'service',
      criticality: 'critical',
      dataHandled: 'Customer accounts and orders',
      dataClassification: 'Confidential',
      contractRef: 'MSA-2025-014',
      securityClausesInContract: true,
      securityClauses: 'Breach notice within 24 hours; right to audit',
      certificates: [
        { name: 'ISO/IEC 27001', issuer: 'BSI', number: 'IS 123456', validUntil: '2027-01-10' },
        { name: 'SOC 2 Type II', issuer: 'Deloitte', validUntil: '2027-09-30' },
      ],
      lastAssessedOn: '2026-03-01',
      assessmentResult: 'satisfactory',
      ownerId: owner.id,
      nextReviewOn: '2027-03-01',
      partyId: party.id,
      interfaceIds: [iface.id],
    });
    return { owner, party, iface, s };
  }

  it('adds a supplier with SUP id, certificates and links, and updates it partially', async () => {
    const { s, party, iface } = await fill();
    expect(s).toMatchObject({ ref: 'SUP-001', ownerName: 'Petra Procurement', party: { id: party.id, name: 'Cloud hosting provider' }, interfaces: [{ id: iface.id, counterpart: 'Hosting provider' }] });
    expect(s.certificates.map((c) => c.name)).toEqual(['ISO/IEC 27001', 'SOC 2 Type II']); // soonest expiry first
    const renamed = await call('suppliers.update', { id: s.id, name: 'Nimbus Hosting GmbH' });
    expect(renamed).toMatchObject({ name: 'Nimbus Hosting GmbH', criticality: 'critical', contractRef: 'MSA-2025-014', partyId: party.id, interfaceIds: [iface.id] });
    expect(renamed.certificates.map((c) => c.id)).toEqual(s.certificates.map((c) => c.id)); // untouched
    const cleared = await call('suppliers.update', { id: s.id, partyId: null, interfaceIds: [], certificates: [s.certificates[1]!] });
    expect(cleared).toMatchObject({ party: null, interfaces: [], certificates: [{ id: s.certificates[1]!.id, name: 'SOC 2 Type II' }] });
    expect(rowCount(h.sqlite(), 'supplier_certificates')).toBe(1);
  });

  it('refuses unknown links and assessment results without a date, writing nothing', async () => {
    const before = rowCount(h.sqlite(), 'suppliers');
    expect(expectError(await h.client.raw('suppliers.create', { name: 'X', partyId: RANDOM_ID }), 'NOT_FOUND').details).toMatchObject({ field: 'partyId' });
    expect(expectError(await h.client.raw('suppliers.create', { name: 'X', interfaceIds: [RANDOM_ID] }), 'NOT_FOUND').details).toMatchObject({ field: 'interfaceIds' });
    expect(expectError(await h.client.raw('suppliers.create', { name: 'X', assessmentResult: 'satisfactory' }), 'VALIDATION').details).toMatchObject({ field: 'assessmentResult' });
    expect(expectError(await h.client.raw('suppliers.create', { name: 'X', lastAssessedOn: '2027-01-01', assessmentResult: 'satisfactory' }), 'VALIDATION').details).toMatchObject({ field: 'lastAssessedOn' });
    expect(rowCount(h.sqlite(), 'suppliers')).toBe(before);
  });

  it('names the suppliers when their party or interface is deleted, and unlinks them on confirm', async () => {
    const { s, party, iface } = await fill();
    const refusedIface = expectError(await h.client.raw('scope.interfaceDelete', { id: iface.id }), 'CONFLICT');
    expect((refusedIface.details as { references: Array<{ kind: string; effect: string; label: string }> }).references).toEqual([expect.objectContaining({ kind: 'suppliers.interfaceLink', effect: 'unlinked', label: expect.stringContaining('SUP-001') })]);
    await call('scope.interfaceDelete', { id: iface.id, confirm: true });
    expect((await call('suppliers.get', { id: s.id })).interfaces).toEqual([]);
    const refusedParty = expectError(await h.client.raw('parties.delete', { id: party.id }), 'CONFLICT');
    expect((refusedParty.details as { references: Array<{ kind: string }> }).references.map((r) => r.kind)).toContain('suppliers.supplier');
    await call('parties.delete', { id: party.id, confirm: true });
    expect(await call('suppliers.get', { id: s.id })).toMatchObject({ partyId: null, party: null, name: 'Nimbus Hosting' });
  });

  it('deletes a supplier with its certificates only on confirm; deleting the owner unlinks it', async () => {
    const { s, owner } = await fill();
    const refused = expectError(await h.client.raw('suppliers.delete', { id: s.id }), 'CONFLICT');
    expect((refused.details as { references: Array<{ kind: string }> }).references.map((r) => r.kind)).toEqual(['suppliers.certificate', 'suppliers.certificate', 'suppliers.interfaceLink']);
    const personRefs = expectError(await h.client.raw('people.delete', { id: owner.id }), 'CONFLICT');
    expect((personRefs.details as { references: Array<{ kind: string }> }).references.map((r) => r.kind)).toContain('suppliers.supplier');
    await call('people.delete', { id: owner.id, confirm: true });
    expect((await call('suppliers.get', { id: s.id })).ownerId).toBeNull();
    await call('suppliers.delete', { id: s.id, confirm: true });
    expect(rowCount(h.sqlite(), 'suppliers')).toBe(0);
    expect(rowCount(h.sqlite(), 'supplier_certificates')).toBe(0);
    expect(rowCount(h.sqlite(), 'supplier_interfaces')).toBe(0);
    expect(rowCount(h.sqlite(), 'scope_interfaces')).toBe(1);
  });

  it('lists expiring and expired certificates and due assessments and reviews in the due items; readiness follows', async () => {
    const { s } = await fill();
    await call('suppliers.create', { name: 'Old Print Shop', criticality: 'high', certificates: [{ name: 'ISO 9001', validUntil: '2026-10-31' }] });
    const summary = await call('readiness.summary', {});
    const mine = summary.due.filter((d) => d.clauseId === '8.1');
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: 'Certificate ISO/IEC 27001 of supplier SUP-001 "Nimbus Hosting" expires', date: '2027-01-10', overdue: false, route: `/clause/8.1?open=supplier:${s.id}` }),
        expect.objectContaining({ text: 'Certificate ISO 9001 of supplier SUP-002 "Old Print Shop" has expired', date: '2026-10-31', overdue: true }),
        expect.objectContaining({ text: 'Assess high supplier SUP-002 "Old Print Shop" (never assessed)', date: '2026-11-29' }),
      ]),
    );
    expect(mine.some((d) => d.text.includes('SOC 2'))).toBe(false); // ten months away
    const clause = summary.clauses.find((c) => c.id === '8.1')!;
    expect(clause.available).toBe(true);
    const met = Object.fromEntries(clause.criteria.map((c) => [c.label, c.met]));
    expect(met).toMatchObject({
      'Suppliers relevant to the ISMS are recorded': true,
      'Critical and high suppliers were assessed in the last 12 months': false,
      'Contracts of critical and high suppliers include security clauses': false,
      'No supplier certificate has expired': false,
    });
  });
});

describe('search (8.1, 7.4)', () => {
  it('finds a supplier by its name, id or contract, and a planned communication by its topic', async () => {
    const s = await call('suppliers.create', { name: 'Nimbus Hosting', contractRef: 'MSA-2025-014' });
    const p = await call('communication.planCreate', { topic: 'Phishing reminder', audience: 'All staff', frequency: 'monthly', channel: 'E-mail' });
    const found = async (text: string) => (await call('search.query', { text })).items.map((r) => [r.kind, r.ref, r.route]);
    expect(await found('nimbus')).toContainEqual(['supplier', 'SUP-001', `/clause/8.1?open=supplier:${s.id}`]);
    expect(await found('SUP-001')).toContainEqual(['supplier', 'SUP-001', `/clause/8.1?open=supplier:${s.id}`]);
    expect(await found('MSA-2025')).toContainEqual(['supplier', 'SUP-001', `/clause/8.1?open=supplier:${s.id}`]);
    expect(await found('phishing reminder')).toContainEqual(['communication', 'COM-001', `/clause/7.4?open=plan:${p.id}`]);
  });
});
