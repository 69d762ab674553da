import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError, fieldsOf, openHarness, type Harness } from './helpers';

/** Issue 7: an update changes only the fields it is given; null clears a nullable field; rules hold on the merged record. */
let h: Harness;
beforeEach(async () => void (h = await openHarness()));
afterEach(() => h.cleanup());

describe('partial updates in every area', () => {
  it('people and units: a field left out keeps its value, null clears the unit', async () => {
    const unit = await h.client.call('people.unitCreate', { name: 'Finance', description: 'Money' });
    const p = await h.client.call('people.create', { name: 'Ann', email: 'ann@example.com', jobTitle: 'CFO', unitId: unit.id });
    expect(await h.client.call('people.update', { id: p.id, jobTitle: 'CEO' })).toMatchObject({ name: 'Ann', email: 'ann@example.com', jobTitle: 'CEO', unitId: unit.id });
    expect(await h.client.call('people.update', { id: p.id, unitId: null })).toMatchObject({ jobTitle: 'CEO', unitId: null });
    expect(await h.client.call('people.unitUpdate', { id: unit.id, name: 'Finance and legal' })).toMatchObject({ name: 'Finance and legal', description: 'Money' });
  });

  it('context: a title alone keeps description, owner, source and review date; the cross-field rules check the merged issue', async () => {
    const owner = await h.client.call('people.create', { name: 'Olga' });
    const issue = await h.client.call('context.create', { title: 'Brexit', kind: 'external', category: 'political', swot: 'threat', description: 'D', source: 'S', reviewDate: '2027-01-01', ownerId: owner.id });
    expect(await h.client.call('context.update', { id: issue.id, title: 'Trade rules' })).toMatchObject({ title: 'Trade rules', description: 'D', source: 'S', reviewDate: '2027-01-01', ownerId: owner.id });
    expect(fieldsOf(expectError(await h.client.raw('context.update', { id: issue.id, swot: 'strength' }), 'VALIDATION'))).toEqual(['swot']);
    expect(await h.client.call('context.update', { id: issue.id, reviewDate: null, ownerId: null })).toMatchObject({ title: 'Trade rules', reviewDate: null, ownerId: null, description: 'D' });
  });

  it('parties and requirements: scores and decisions change alone; the decision rule checks the merged requirement', async () => {
    const party = await h.client.call('parties.create', { name: 'Bank', type: 'customer', interest: 5, influence: 4, contact: 'c' });
    expect(await h.client.call('parties.update', { id: party.id, trust: 1 })).toMatchObject({ name: 'Bank', interest: 5, influence: 4, trust: 1, contact: 'c' });
    const r = await h.client.call('parties.requirementCreate', { partyId: party.id, text: 'Audit rights', type: 'contractual' });
    expect(fieldsOf(expectError(await h.client.raw('parties.requirementUpdate', { id: r.id, decision: 'addressed' }), 'VALIDATION'))).toEqual(['how']);
    expect(await h.client.call('parties.requirementUpdate', { id: r.id, decision: 'addressed', how: 'Contract clause 9' })).toMatchObject({ text: 'Audit rights', decision: 'addressed', how: 'Contract clause 9' });
  });

  it('scope: boundaries keep their justification rule, interfaces and processes keep what is left out', async () => {
    const b = await h.client.call('scope.boundaryCreate', { kind: 'location', name: 'Warehouse', notes: 'N' });
    expect(fieldsOf(expectError(await h.client.raw('scope.boundaryUpdate', { id: b.id, included: false }), 'VALIDATION'))).toEqual(['justification']);
    expect(await h.client.call('scope.boundaryUpdate', { id: b.id, included: false, justification: 'No data there' })).toMatchObject({ name: 'Warehouse', notes: 'N', included: false });
    const i = await h.client.call('scope.interfaceCreate', { counterpart: 'Cloud', crossing: 'Backups', direction: 'outbound' });
    expect(await h.client.call('scope.interfaceUpdate', { id: i.id, notes: 'Weekly' })).toMatchObject({ counterpart: 'Cloud', crossing: 'Backups', direction: 'outbound', notes: 'Weekly' });
    const [first, second] = await h.client.call('scope.processList', {});
    const before = first.feeds;
    expect(await h.client.call('scope.processUpdate', { id: first.id, inputs: 'New inputs' })).toMatchObject({ name: first.name, inputs: 'New inputs', feeds: before });
    expect(fieldsOf(expectError(await h.client.raw('scope.processUpdate', { id: second.id, feeds: [second.id] }), 'VALIDATION'))).toEqual(['feeds']);
  });

  it('leadership, roles and policies: one field at a time', async () => {
    const { commitments } = await h.client.call('leadership.get', {});
    const c = commitments[0];
    expect(await h.client.call('leadership.commitmentUpdate', { id: c.id, status: 'in-progress' })).toMatchObject({ title: c.title, description: c.description, status: 'in-progress' });
    const roles = await h.client.call('roles.list', {});
    expect(await h.client.call('roles.update', { id: roles[1].id, authorities: 'Sign off the SoA' })).toMatchObject({ name: roles[1].name, responsibilities: roles[1].responsibilities, authorities: 'Sign off the SoA' });
    const policy = await h.client.call('policies.create', { title: 'Backup', kind: 'topic', reviewMonths: 6 });
    expect(await h.client.call('policies.update', { id: policy.id, title: 'Backup and restore' })).toMatchObject({ title: 'Backup and restore', reviewMonths: 6 });
    expect(await h.client.call('workspace.update', { consultant: 'Cara' })).toMatchObject({ organisation: 'Acme Ltd', consultant: 'Cara' });
  });
});
