import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { RANDOM_ID, START, expectError, fieldsOf, openHarness, rowCount, type Harness, topManager } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: MethodInput<M>) => h.client.call(m, i);

/** A published information security policy, people in a unit tree, and an approver. */
async function setting() {
  const it = await call('people.unitCreate', { name: 'IT' });
  const ops = await call('people.unitCreate', { name: 'IT operations', parentId: it.id });
  const sales = await call('people.unitCreate', { name: 'Sales' });
  const ivy = await call('people.create', { name: 'Ivy IT', unitId: it.id });
  const otto = await call('people.create', { name: 'Otto Ops', unitId: ops.id });
  const sam = await call('people.create', { name: 'Sam Sales', unitId: sales.id });
  const dee = await topManager(h.client, 'Dee Direct');
  h.setNow('2026-10-15T09:00:00.000Z'); // written before it was approved on 2026-11-01
  const p = await call('policies.create', { title: 'Information security policy', kind: 'information-security', templateKey: 'information-security' });
  h.setNow(START);
  await call('policies.submit', { versionId: p.current.id });
  await call('policies.approve', { versionId: p.current.id, approverId: dee.id, approvedOn: '2026-11-29' });
  await call('policies.publish', { versionId: p.current.id, publishedOn: '2026-11-29' });
  h.setNow('2026-12-05T09:00:00.000Z');
  return { p, versionId: p.current.id, units: { it, ops, sales }, people: { ivy, otto, sam, dee } };
}

describe('policies: distribution list', () => {
  it('reaches people directly and through a unit with its sub-units, each person once', async () => {
    const { p, units, people } = await setting();
    await call('policies.distributionAdd', { policyId: p.id, unitId: units.it.id });
    await call('policies.distributionAdd', { policyId: p.id, personId: people.dee.id });
    await call('policies.distributionAdd', { policyId: p.id, personId: people.ivy.id });
    const d = await call('policies.get', { id: p.id });
    expect(d.distribution.map((e) => [e.kind, e.name])).toEqual([
      ['person', 'Dee Direct'],
      ['person', 'Ivy IT'],
      ['unit', 'IT'],
    ]);
    expect(d.recipientList.map((r) => [r.name, r.unitName, r.via])).toEqual([
      ['Dee Direct', null, ['direct']],
      ['Ivy IT', 'IT', ['direct', 'IT']],
      ['Otto Ops', 'IT operations', ['IT']],
    ]);
    expect([d.recipients, d.acknowledged]).toEqual([3, 0]);
  });

  it('refuses duplicates (CONFLICT), both or neither target (VALIDATION), unknown targets (NOT_FOUND)', async () => {
    const { p, units, people } = await setting();
    await call('policies.distributionAdd', { policyId: p.id, personId: people.sam.id });
    expect(expectError(await h.client.raw('policies.distributionAdd', { policyId: p.id, personId: people.sam.id }), 'CONFLICT').message).toBe('Sam Sales is already on the distribution list.');
    expect(fieldsOf(expectError(await h.client.raw('policies.distributionAdd', { policyId: p.id }), 'VALIDATION'))).toEqual(['personId']);
    expectError(await h.client.raw('policies.distributionAdd', { policyId: p.id, personId: people.sam.id, unitId: units.it.id }), 'VALIDATION');
    expectError(await h.client.raw('policies.distributionAdd', { policyId: p.id, unitId: RANDOM_ID }), 'NOT_FOUND');
    expectError(await h.client.raw('policies.distributionAdd', { policyId: RANDOM_ID, personId: people.sam.id }), 'NOT_FOUND');
    expect(rowCount(h.sqlite(), 'policy_distribution')).toBe(1);
  });

  it('removing an entry, a person or a unit takes them off the list', async () => {
    const { p, units, people } = await setting();
    const e = await call('policies.distributionAdd', { policyId: p.id, personId: people.dee.id });
    await call('policies.distributionAdd', { policyId: p.id, personId: people.sam.id });
    const emptyUnit = await call('people.unitCreate', { name: 'Empty' });
    await call('policies.distributionAdd', { policyId: p.id, unitId: emptyUnit.id });
    await call('policies.distributionRemove', { id: e.id });
    await call('people.delete', { id: people.sam.id, confirm: true });
    await call('people.unitDelete', { id: emptyUnit.id, confirm: true });
    expect((await call('policies.get', { id: p.id })).distribution).toEqual([]);
    expectError(await h.client.raw('policies.distributionRemove', { id: e.id }), 'NOT_FOUND');
    void units;
  });
});

describe('policies: acknowledgements', () => {
  it('records who acknowledged the published version and when; counts follow', async () => {
    const { p, versionId, units, people } = await setting();
    await call('policies.distributionAdd', { policyId: p.id, unitId: units.it.id });
    const ack = await call('policies.acknowledge', { versionId, personId: people.otto.id, acknowledgedOn: '2026-12-01', note: 'Read at induction' });
    expect(ack).toMatchObject({ version: '1.0', personName: 'Otto Ops', acknowledgedOn: '2026-12-01', note: 'Read at induction' });
    const d = await call('policies.get', { id: p.id });
    expect([d.recipients, d.acknowledged]).toEqual([2, 1]);
    expect(d.recipientList.find((r) => r.name === 'Otto Ops')).toMatchObject({ acknowledgementId: ack.id, acknowledgedOn: '2026-12-01' });
    expect(d.acknowledgements.map((a) => a.personName)).toEqual(['Otto Ops']);
    expect((await call('policies.acknowledge', { versionId, personId: people.ivy.id })).acknowledgedOn).toBe('2026-12-05');
    expect((await call('policies.list', {}))[0]).toMatchObject({ recipients: 2, acknowledged: 2 });
  });

  it('records many acknowledgements with one date, all or nothing', async () => {
    const { p, versionId, units, people } = await setting();
    await call('policies.distributionAdd', { policyId: p.id, unitId: units.it.id });
    await call('policies.distributionAdd', { policyId: p.id, personId: people.dee.id });
    // One of three cannot acknowledge (Sam is not on the list): nothing is written, the error names him.
    const refused = expectError(await h.client.raw('policies.acknowledgeMany', { versionId, personIds: [people.ivy.id, people.sam.id, people.otto.id], acknowledgedOn: '2026-12-02' }), 'CONFLICT');
    expect(refused.message).toBe('Sam Sales is not on the distribution list of this policy. Add them first.');
    expect(refused.details).toMatchObject({ personId: people.sam.id });
    expect(rowCount(h.sqlite(), 'policy_acknowledgements')).toBe(0);
    // A date after today or before publication is refused for the whole batch.
    expect(fieldsOf(expectError(await h.client.raw('policies.acknowledgeMany', { versionId, personIds: [people.ivy.id], acknowledgedOn: '2026-12-06' }), 'VALIDATION'))).toEqual(['acknowledgedOn']);
    expect(fieldsOf(expectError(await h.client.raw('policies.acknowledgeMany', { versionId, personIds: [] }), 'VALIDATION'))).toEqual(['personIds']);
    // The same person twice counts once.
    expect(await call('policies.acknowledgeMany', { versionId, personIds: [people.ivy.id, people.otto.id, people.ivy.id], acknowledgedOn: '2026-12-02', note: 'Briefing' })).toEqual({ recorded: 2 });
    const d = await call('policies.get', { id: p.id });
    expect([d.recipients, d.acknowledged]).toEqual([3, 2]);
    expect(d.acknowledgements.map((a) => [a.personName, a.acknowledgedOn, a.note]).sort()).toEqual([
      ['Ivy IT', '2026-12-02', 'Briefing'],
      ['Otto Ops', '2026-12-02', 'Briefing'],
    ]);
    // Already acknowledged: refused, and Dee's acknowledgement is not written either.
    expectError(await h.client.raw('policies.acknowledgeMany', { versionId, personIds: [people.dee.id, people.ivy.id] }), 'CONFLICT');
    expect(rowCount(h.sqlite(), 'policy_acknowledgements')).toBe(2);
  });

  it('refuses acknowledging twice, by someone not on the list, a version not in force, or with impossible dates', async () => {
    const { p, versionId, people } = await setting();
    await call('policies.distributionAdd', { policyId: p.id, personId: people.dee.id });
    const notListed = expectError(await h.client.raw('policies.acknowledge', { versionId, personId: people.sam.id }), 'CONFLICT');
    expect(notListed.message).toBe('Sam Sales is not on the distribution list of this policy. Add them first.');
    expect(fieldsOf(expectError(await h.client.raw('policies.acknowledge', { versionId, personId: people.dee.id, acknowledgedOn: '2026-11-28' }), 'VALIDATION'))).toEqual(['acknowledgedOn']);
    expect(fieldsOf(expectError(await h.client.raw('policies.acknowledge', { versionId, personId: people.dee.id, acknowledgedOn: '2026-12-06' }), 'VALIDATION'))).toEqual(['acknowledgedOn']);
    await call('policies.acknowledge', { versionId, personId: people.dee.id, acknowledgedOn: '2026-11-30' });
    expect(expectError(await h.client.raw('policies.acknowledge', { versionId, personId: people.dee.id }), 'CONFLICT').message).toBe('Dee Direct already acknowledged version 1.0 on 2026-11-30.');
    const draft = await call('policies.saveDraft', { policyId: p.id, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'v2' }] }] } });
    expect(expectError(await h.client.raw('policies.acknowledge', { versionId: draft.id, personId: people.dee.id }), 'CONFLICT').message).toMatch(/not the published version/);
    expectError(await h.client.raw('policies.acknowledge', { versionId: RANDOM_ID, personId: people.dee.id }), 'NOT_FOUND');
    expectError(await h.client.raw('policies.acknowledge', { versionId, personId: RANDOM_ID }), 'NOT_FOUND');
    expect(rowCount(h.sqlite(), 'policy_acknowledgements')).toBe(1);
  });

  it('a newly published version needs new acknowledgements; old ones stay on record, names survive deletion', async () => {
    const { p, versionId, people } = await setting();
    await call('policies.distributionAdd', { policyId: p.id, personId: people.dee.id });
    await call('policies.distributionAdd', { policyId: p.id, personId: people.sam.id });
    await call('policies.acknowledge', { versionId, personId: people.dee.id });
    await call('policies.acknowledge', { versionId, personId: people.sam.id });
    const draft = await call('policies.saveDraft', { policyId: p.id, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We will improve.' }] }] } });
    await call('policies.submit', { versionId: draft.id });
    await call('policies.approve', { versionId: draft.id, approverId: people.dee.id });
    await call('policies.publish', { versionId: draft.id });
    const d = await call('policies.get', { id: p.id });
    expect([d.published?.version, d.recipients, d.acknowledged]).toEqual(['1.1', 2, 0]);
    expect(d.acknowledgements.map((a) => [a.version, a.personName])).toEqual([
      ['1.0', 'Dee Direct'],
      ['1.0', 'Sam Sales'],
    ].sort((a, b) => a[1].localeCompare(b[1])));
    expectError(await h.client.raw('policies.acknowledge', { versionId, personId: people.dee.id }), 'CONFLICT');
    await call('people.delete', { id: people.sam.id, confirm: true });
    const after = await call('policies.get', { id: p.id });
    expect(after.acknowledgements.find((a) => a.personName === 'Sam Sales')).toMatchObject({ personId: null });
    expect(after.recipients).toBe(1);
  });

  it('an acknowledgement recorded by mistake can be removed', async () => {
    const { p, versionId, people } = await setting();
    await call('policies.distributionAdd', { policyId: p.id, personId: people.dee.id });
    const ack = await call('policies.acknowledge', { versionId, personId: people.dee.id });
    await call('policies.acknowledgementDelete', { id: ack.id });
    expect((await call('policies.get', { id: p.id })).acknowledged).toBe(0);
    expectError(await h.client.raw('policies.acknowledgementDelete', { id: ack.id }), 'NOT_FOUND');
  });
});
