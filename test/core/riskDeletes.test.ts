import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reference } from '../../shared/contract/common';
import { expectError, openHarness, rowCount, type Harness } from './helpers';

/**
 * The 6.1 deletes follow the referential safety pattern (issue 7): refused with CONFLICT listing
 * what would change in details.references, nothing written, then done with confirm: true.
 */
let h: Harness;
beforeEach(async () => void (h = await openHarness()));
afterEach(() => h.cleanup());

const refsOf = (e: { details?: unknown }) => (e.details as { references: Reference[] }).references;

async function riskWithAction() {
  const owner = await h.client.call('people.create', { name: 'Dana Owner' });
  const threat = (await h.client.call('risk.threatList', {}))[0]!;
  const vuln = (await h.client.call('risk.vulnerabilityList', {}))[0]!;
  const asset = await h.client.call('risk.assetCreate', { name: 'Sales laptops', type: 'hardware' });
  const risk = await h.client.call('risk.create', { title: 'Laptop stolen', assetId: asset.id, threatId: threat.id, vulnerabilityId: vuln.id, affectsC: true, likelihood: 3, impact: 4, ownerId: owner.id });
  const action = await h.client.call('risk.actionCreate', { riskId: risk.id, title: 'Encrypt the disks' });
  return { owner, threat, vuln, asset, risk, action };
}

describe('6.1 deletes ask before changing other records', () => {
  it('a treatment action in an approved plan, or funded by a 7.1 resource line, is deleted only once confirmed', async () => {
    const { owner, risk, action } = await riskWithAction();
    const free = await h.client.call('risk.actionCreate', { riskId: risk.id, title: 'Tell the staff' });
    await h.client.call('risk.actionDelete', { id: free.id }); // nothing refers to it yet: no question
    await h.client.call('risk.approvePlan', { riskId: risk.id, decidedById: owner.id, decision: 'approved' });
    const line = await h.client.call('competence.resourceCreate', { title: 'Encryption licences', amount: 400, unit: 'EUR', treatmentActionId: action.id });
    const before = rowCount(h.sqlite(), 'change_log');
    const refused = expectError(await h.client.raw('risk.actionDelete', { id: action.id }), 'CONFLICT');
    expect(refsOf(refused).map((r) => [r.kind, r.effect, r.label])).toEqual([
      ['risk.decision', 'unlinked', expect.stringMatching(/^The treatment plan approved by Dana Owner on \d{4}-\d{2}-\d{2} \(it will need approving again\)$/)],
      ['competence.resource', 'unlinked', `Resource line ${line.ref} "Encryption licences" (stays, without the action)`],
    ]);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(before);
    expect(rowCount(h.sqlite(), 'treatment_actions')).toBe(1);

    await h.client.call('risk.actionDelete', { id: action.id, confirm: true });
    expect(rowCount(h.sqlite(), 'treatment_actions')).toBe(0);
    expect((await h.client.call('risk.get', { id: risk.id })).approval?.needsReapproval).toBe(true);
    expectError(await h.client.raw('risk.actionDelete', { id: action.id, confirm: true }), 'NOT_FOUND');
  });

  it('a threat or vulnerability that risks cite, and an asset that a nonconformity names, ask first', async () => {
    const { threat, vuln, risk } = await riskWithAction();
    for (const [method, id] of [['risk.threatDelete', threat.id], ['risk.vulnerabilityDelete', vuln.id]] as const) {
      const refused = expectError(await h.client.raw(method, { id }), 'CONFLICT');
      expect(refsOf(refused)).toEqual([{ kind: 'risk.risk', id: risk.id, label: `Risk ${risk.ref} "Laptop stolen" (keeps its text)`, effect: 'unlinked' }]);
      await h.client.call(method, { id, confirm: true });
    }
    const after = await h.client.call('risk.get', { id: risk.id });
    expect([after.threatId, after.vulnerabilityId, after.title]).toEqual([null, null, 'Laptop stolen']);

    const spare = await h.client.call('risk.assetCreate', { name: 'Old printer', type: 'hardware' });
    const nc = await h.client.call('improvement.ncCreate', { title: 'Printer left unlocked', source: 'self-identified', raisedOn: '2026-11-20', clauseId: '7.5', assetId: spare.id });
    expect(refsOf(expectError(await h.client.raw('risk.assetDelete', { id: spare.id }), 'CONFLICT')).map((r) => r.id)).toEqual([nc.id]);
    await h.client.call('risk.assetDelete', { id: spare.id, confirm: true });
    expect((await h.client.call('improvement.ncGet', { id: nc.id })).assetId).toBeNull();
  });

  it('a risk goes with its actions, decisions and links once confirmed; a risk with nothing attached goes at once', async () => {
    const { risk } = await riskWithAction();
    const refused = expectError(await h.client.raw('risk.delete', { id: risk.id }), 'CONFLICT');
    expect(refsOf(refused).map((r) => r.kind)).toEqual(['risk.treatmentAction']);
    await h.client.call('risk.delete', { id: risk.id, confirm: true });
    const bare = await h.client.call('risk.create', { title: 'Supplier fails', basis: 'event', event: 'Hosting supplier goes bankrupt', affectsA: true });
    await h.client.call('risk.delete', { id: bare.id });
    expect(rowCount(h.sqlite(), 'risks')).toBe(0);
  });
});
