import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import type { Boundary, Interface } from '../../shared/contract/scope';
import { composeScopeStatement, listInWords } from '../../electron/core/services/scopeText';
import { RANDOM_ID, START, changesFor, expectError, fieldsOf, openHarness, rowCount, type Harness, topManager } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

type BoundaryInput = MethodInput<'scope.boundaryCreate'>;
const boundary = (kind: BoundaryInput['kind'], name: string, more: Partial<BoundaryInput> = {}) => h.client.call('scope.boundaryCreate', { kind, name, ...more });
const iface = (counterpart: string, crossing: string, more: Partial<MethodInput<'scope.interfaceCreate'>> = {}) =>
  h.client.call('scope.interfaceCreate', { counterpart, crossing, ...more });
const log = () => rowCount(h.sqlite(), 'change_log');

describe('4.3 boundaries', () => {
  it('creates (in scope by default), lists by kind then creation, updates and deletes, each logged', async () => {
    const unit = await boundary('unit', ' Finance ', { notes: 'All of it' });
    expect(unit).toMatchObject({ kind: 'unit', name: 'Finance', notes: 'All of it', included: true, justification: '', createdAt: START, createdBy: 'tester' });
    h.setNow('2026-11-29T11:00:00.000Z');
    const asset = await boundary('asset', 'Customer data');
    const proc = await boundary('process', 'Payroll');
    expect((await h.client.call('scope.boundaryList', {})).map((b) => b.name)).toEqual(['Customer data', 'Payroll', 'Finance']);

    h.setNow('2026-12-01T00:00:00.000Z');
    const changed = await h.client.call('scope.boundaryUpdate', { id: proc.id, kind: 'process', name: 'Payroll', included: false, justification: 'Outsourced to a certified provider' });
    expect(changed).toMatchObject({ included: false, justification: 'Outsourced to a certified provider', createdAt: '2026-11-29T11:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z' });
    expect(await h.client.call('scope.boundaryDelete', { id: asset.id })).toEqual({ ok: true });
    expect((await h.client.call('scope.boundaryList', {})).map((b) => [b.name, b.included])).toEqual([['Payroll', false], ['Finance', true]]);
    expect(changesFor(h.sqlite(), proc.id).map((c) => [c.table_name, c.op])).toEqual([['scope_boundaries', 'insert'], ['scope_boundaries', 'update']]);
    expect(changesFor(h.sqlite(), asset.id).map((c) => c.op)).toEqual(['insert', 'delete']);
  });

  it('unknown ids are NOT_FOUND on update and delete, and write nothing', async () => {
    const before = log();
    expectError(await h.client.raw('scope.boundaryUpdate', { id: RANDOM_ID, kind: 'unit', name: 'Ghost' }), 'NOT_FOUND');
    expectError(await h.client.raw('scope.boundaryDelete', { id: RANDOM_ID }), 'NOT_FOUND');
    expect(log()).toBe(before);
    expect(rowCount(h.sqlite(), 'scope_boundaries')).toBe(0);
  });

  it.each(['', '   ', undefined])('an exclusion without justification (%j) is VALIDATION on justification, on create and update; nothing written', async (justification) => {
    const kept = await boundary('location', 'Head office');
    const before = log();
    const input = { kind: 'location' as const, name: 'Warehouse', included: false, ...(justification === undefined ? {} : { justification }) };
    const created = expectError(await h.client.raw('scope.boundaryCreate', input), 'VALIDATION');
    expect(fieldsOf(created)).toEqual(['justification']);
    expect(created.message).toMatch(/exclusion needs a justification/);
    const updated = expectError(await h.client.raw('scope.boundaryUpdate', { id: kept.id, ...input }), 'VALIDATION');
    expect(fieldsOf(updated)).toEqual(['justification']);
    expect(log()).toBe(before);
    expect(await h.client.call('scope.boundaryList', {})).toEqual([kept]);
  });
});

describe('4.3 interfaces', () => {
  it('with and without a party: partyName follows the party; unknown party is NOT_FOUND and writes nothing', async () => {
    const party = await h.client.call('parties.create', { name: 'Cloud Host Inc', type: 'supplier' });
    const a = await iface('Cloud host', 'Backups', { partyId: party.id, direction: 'outbound' });
    expect(a).toMatchObject({ counterpart: 'Cloud host', partyId: party.id, partyName: 'Cloud Host Inc', crossing: 'Backups', direction: 'outbound', notes: '' });
    h.setNow('2026-11-29T11:00:00.000Z');
    const b = await iface('Bank', 'Payment files');
    expect(b).toMatchObject({ partyId: null, partyName: null, direction: 'both' });
    expect((await h.client.call('scope.interfaceList', {})).map((i) => i.counterpart)).toEqual(['Cloud host', 'Bank']);

    const before = log();
    const err = expectError(await h.client.raw('scope.interfaceCreate', { counterpart: 'X', crossing: 'Y', partyId: RANDOM_ID }), 'NOT_FOUND');
    expect(err.details).toMatchObject({ field: 'partyId', id: RANDOM_ID });
    expectError(await h.client.raw('scope.interfaceUpdate', { id: b.id, counterpart: 'Bank', crossing: 'Payment files', partyId: RANDOM_ID }), 'NOT_FOUND');
    expectError(await h.client.raw('scope.interfaceUpdate', { id: RANDOM_ID, counterpart: 'Ghost', crossing: 'x' }), 'NOT_FOUND');
    expectError(await h.client.raw('scope.interfaceDelete', { id: RANDOM_ID }), 'NOT_FOUND');
    expect(log()).toBe(before);

    const linked = await h.client.call('scope.interfaceUpdate', { id: b.id, counterpart: 'Bank', crossing: 'Payment files', partyId: party.id, direction: 'inbound' });
    expect(linked).toMatchObject({ partyId: party.id, partyName: 'Cloud Host Inc', direction: 'inbound' });
    expect(await h.client.call('scope.interfaceDelete', { id: a.id })).toEqual({ ok: true });
    expect((await h.client.call('scope.interfaceList', {})).map((i) => i.id)).toEqual([b.id]);
    expect(changesFor(h.sqlite(), b.id).map((c) => c.op)).toEqual(['insert', 'update']);
    expect(changesFor(h.sqlite(), a.id).map((c) => c.op)).toEqual(['insert', 'delete']);
  });
});

const stamps = { createdAt: START, updatedAt: START, createdBy: 't', updatedBy: 't' };
let n = 0;
const B = (kind: Boundary['kind'], name: string, included = true, justification = ''): Boundary => ({ id: `b${n}`, ref: `SCB-${n++}`, kind, name, notes: '', included, justification, ...stamps });
const I = (counterpart: string, crossing: string, direction: Interface['direction']): Interface => ({ id: `i${n}`, ref: `SCI-${n++}`, counterpart, crossing, direction, partyId: null, partyName: null, notes: '', ...stamps });
const CLOSING = 'In setting these boundaries Acme Ltd considered the internal and external issues it recorded (4.1) and the requirements of its interested parties (4.2).';

describe('composeScopeStatement and listInWords (pure)', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
    [['a', 'b', 'c', 'd'], 'a, b, c and d'],
  ])('listInWords(%j) = %j', (items, words) => {
    expect(listInWords(items)).toBe(words);
  });

  it('names processes, units, locations and assets, lists exclusions with justification and interfaces with direction words', () => {
    const text = composeScopeStatement({
      organisation: 'Acme Ltd',
      boundaries: [
        B('process', 'Payroll'),
        B('unit', 'Finance'),
        B('process', 'Customer support'),
        B('process', 'IT service desk'),
        B('location', 'Berlin office'),
        B('location', 'Remote work'),
        B('asset', 'Customer data'),
        B('location', 'Paris'),
        B('location', 'Warehouse', false, 'No information is processed there.'),
        B('process', 'Canteen', false, '  Run by a contractor '),
      ],
      interfaces: [I('Cloud host', 'Backups', 'outbound'), I('Bank', 'Payment files.', 'inbound'), I('Auditor', 'Audit evidence', 'both'), I('Supplier', '(dependency)', 'inbound')],
    });
    expect(text).toBe(
      [
        // Short sentences; names of processes and assets in lower case mid-sentence, acronyms kept (issue #8).
        'The information security management system (ISMS) of Acme Ltd covers payroll, customer support and IT service desk. They are carried out by Finance at Berlin office, Remote work and Paris.',
        'It protects customer data, whatever form they take and wherever they are stored or processed within these boundaries.',
        'The following are outside the scope:\n- Warehouse: No information is processed there.\n- Canteen: Run by a contractor.',
        'The ISMS depends on or exchanges information with other organisations at these interfaces:\n- Cloud host: Backups, going out of the ISMS.\n- Bank: Payment files, coming into the ISMS.\n- Auditor: Audit evidence, in both directions.\n- Supplier: dependency, coming into the ISMS.',
        CLOSING,
      ].join('\n\n'),
    );
  });

  it('with nothing recorded, says "the activities listed below" and only the closing paragraph follows', () => {
    expect(composeScopeStatement({ organisation: 'Acme Ltd', boundaries: [], interfaces: [] })).toBe(
      `The information security management system (ISMS) of Acme Ltd covers the activities listed below.\n\n${CLOSING}`,
    );
    // Only an excluded process: it is not "covered".
    const onlyExcluded = composeScopeStatement({ organisation: 'Acme Ltd', boundaries: [B('process', 'Canteen', false, 'Contractor')], interfaces: [] });
    expect(onlyExcluded.split('\n\n')[0]).toBe('The information security management system (ISMS) of Acme Ltd covers the activities listed below.');
  });

  it('scope.statementDraft is the composed text for the workspace organisation, boundaries and interfaces, and saves nothing', async () => {
    await boundary('process', 'Payroll');
    await boundary('location', 'Warehouse', { included: false, justification: 'Nothing stored there' });
    await iface('Bank', 'Payments', { direction: 'inbound' });
    const before = log();
    const { text } = await h.client.call('scope.statementDraft', {});
    expect(text).toBe(
      composeScopeStatement({ organisation: 'Acme Ltd', boundaries: await h.client.call('scope.boundaryList', {}), interfaces: await h.client.call('scope.interfaceList', {}) }),
    );
    expect(text).toContain('of Acme Ltd covers payroll.');
    expect(text).toContain('- Warehouse: Nothing stored there.');
    expect(text).toContain('- Bank: Payments, coming into the ISMS.');
    expect(log()).toBe(before);
    expect(await h.client.call('scope.statementList', {})).toEqual([]);
  });
});

describe('4.3 scope statement versions', () => {
  it('save, edit, approve, refuse a second approval, start version 2; version 1 stays as approved', async () => {
    const approver = await topManager(h.client, 'Carla CEO');
    const approve = async (approverId: string) => h.client.raw('scope.statementApprove', { versionId: (await h.client.call('scope.statementList', {}))[0]?.id ?? RANDOM_ID, approverId, approvedOn: '2026-12-02' });
    expect(expectError(await approve(approver.id), 'NOT_FOUND').details).toEqual({ id: RANDOM_ID });
    expect(rowCount(h.sqlite(), 'scope_statements')).toBe(0);

    const v1 = await h.client.call('scope.statementSave', { text: 'First text' });
    expect(v1).toMatchObject({ version: '1.0', text: 'First text', status: 'draft', approverId: null, approverName: null, approvedOn: null });
    h.setNow('2026-12-01T00:00:00.000Z');
    const edited = await h.client.call('scope.statementSave', { text: 'Second text' });
    expect(edited).toMatchObject({ id: v1.id, version: '1.0', text: 'Second text', status: 'draft', createdAt: START, updatedAt: '2026-12-01T00:00:00.000Z' });
    expect(rowCount(h.sqlite(), 'scope_statements')).toBe(1);

    const before = log();
    const unknown = expectError(await approve(RANDOM_ID), 'NOT_FOUND');
    expect(unknown.details).toMatchObject({ field: 'approverId', id: RANDOM_ID });
    expect(log()).toBe(before);
    expect((await h.client.call('scope.statementList', {}))[0].status).toBe('draft');

    h.setNow('2026-12-02T10:00:00.000Z');
    const approved = await h.client.call('scope.statementApprove', { versionId: (await h.client.call('scope.statementList', {}))[0].id, approverId: approver.id, approvedOn: '2026-12-02' });
    expect(approved).toMatchObject({ id: v1.id, version: '1.0', text: 'Second text', status: 'approved', approverId: approver.id, approverName: 'Carla CEO', approvedOn: '2026-12-02' });
    expect(expectError(await approve(approver.id), 'CONFLICT').message).toMatch(/Version 1.0 of the statement is already approved/);
    expect(changesFor(h.sqlite(), v1.id).map((c) => c.op)).toEqual(['insert', 'update', 'update']);

    h.setNow('2026-12-03T00:00:00.000Z');
    const v2 = await h.client.call('scope.statementSave', { text: 'Third text' });
    expect(v2).toMatchObject({ version: '2.0', text: 'Third text', status: 'draft', approverId: null, approvedOn: null });
    expect(v2.id).not.toBe(v1.id);
    const list = await h.client.call('scope.statementList', {});
    expect(list.map((s) => [s.version, s.status, s.text])).toEqual([
      ['2.0', 'draft', 'Third text'],
      ['1.0', 'approved', 'Second text'],
    ]);
    expect(list[1]).toEqual(approved); // immutable: not touched by saving version 2
    expect(changesFor(h.sqlite(), v1.id)).toHaveLength(3);

    const v2edit = await h.client.call('scope.statementSave', { text: 'Third text, edited' });
    expect(v2edit).toMatchObject({ id: v2.id, version: '2.0' });
    expect((await h.client.call('scope.statementList', {})).map((s) => s.version)).toEqual(['2.0', '1.0']);
  });

  it('an approval keeps the name the approver had: renaming them later does not change the approved statement', async () => {
    const carla = await topManager(h.client, 'Carla CEO', { jobTitle: 'CEO' });
    const st = await h.client.call('scope.statementSave', { text: 'Scope' });
    h.setNow('2026-12-02T10:00:00.000Z');
    const approved = await h.client.call('scope.statementApprove', { versionId: (await h.client.call('scope.statementList', {}))[0].id, approverId: carla.id, approvedOn: '2026-12-02' });
    expect(approved).toMatchObject({ id: st.id, status: 'approved', approverId: carla.id, approverName: 'Carla CEO' });

    h.setNow('2026-12-05T00:00:00.000Z');
    const renamed = await h.client.call('people.update', { id: carla.id, name: 'Carla Chair', email: '', jobTitle: 'Chair', unitId: null });
    expect(renamed.name).toBe('Carla Chair');
    // Still linked to the same person, still under the name recorded at approval, and the statement is not rewritten.
    expect(await h.client.call('scope.statementList', {})).toEqual([approved]);
    expect(h.sqlite().prepare('select approver_id, approver_name from scope_statements where id = ?').get(st.id)).toEqual({ approver_id: carla.id, approver_name: 'Carla CEO' });
    expect(changesFor(h.sqlite(), st.id).map((c) => c.op)).toEqual(['insert', 'update']);
    // A new version approved by the renamed person records the new name.
    await h.client.call('scope.statementSave', { text: 'Scope v2' });
    // approvedOn left out: today, as in policies.approve (approval inputs alike across areas, issue 7).
    const v2 = await h.client.call('scope.statementApprove', { versionId: (await h.client.call('scope.statementList', {}))[0].id, approverId: carla.id });
    expect(v2).toMatchObject({ version: '2.0', approverName: 'Carla Chair', approvedOn: '2026-12-05' });
    expect((await h.client.call('scope.statementList', {})).map((s) => [s.version, s.approverName])).toEqual([
      ['2.0', 'Carla Chair'],
      ['1.0', 'Carla CEO'],
    ]);
  });
});
