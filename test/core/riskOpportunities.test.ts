import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { expectError, fieldsOf, openHarness, type Harness } from './helpers';
import { readDocx } from '../utils/office';

/**
 * 6.1.1 opportunities (issue 11): kept in the one improvement register with the source "planning",
 * citing the 4.1 issues and 4.2 requirements they come from, counted by the 6.1 readiness and
 * printed in the risk treatment plan.
 */
let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

async function sources() {
  const issue = await h.client.call('context.create', { title: 'Staff keen on new tools', kind: 'internal', category: 'culture', swot: 'strength' });
  const party = await h.client.call('parties.create', { name: 'Key customer', type: 'customer' });
  const req = await h.client.call('parties.requirementCreate', { partyId: party.id, text: 'Yearly security report', type: 'contractual' });
  const owner = await h.client.call('people.create', { name: 'Olu Owner' });
  return { issue, req, owner };
}

describe('6.1.1 opportunities', () => {
  it('cite the issues and requirements they come from, are filtered apart from 10.1 improvements, and keep their links on partial updates', async () => {
    const { issue, req, owner } = await sources();
    const missing = expectError(await h.client.raw('improvement.opportunityCreate', { title: 'Sell our certification', source: 'planning' }), 'VALIDATION');
    expect(fieldsOf(missing)).toContain('issueIds');
    const opp = await h.client.call('improvement.opportunityCreate', { title: 'Sell our certification', description: 'Customers ask for it', source: 'planning', issueIds: [issue.id], requirementIds: [req.id], ownerId: owner.id });
    expect(opp.issues).toEqual([{ id: issue.id, ref: issue.ref, label: 'Staff keen on new tools' }]);
    expect(opp.requirements).toEqual([{ id: req.id, ref: req.ref, label: 'Key customer: Yearly security report' }]);
    await h.client.call('improvement.opportunityCreate', { title: 'Faster laptops', source: 'suggestion' });
    expect((await h.client.call('improvement.opportunityList', { source: 'planning' })).items.map((o) => o.title)).toEqual(['Sell our certification']);
    expect((await h.client.call('improvement.opportunityList', {})).total).toBe(2);

    // A partial update leaves the links alone; giving a list replaces it; an unknown id is refused.
    const later = await h.client.call('improvement.opportunityUpdate', { id: opp.id, benefit: 4, effort: 2, status: 'evaluated' });
    expect([later.issueIds, later.requirementIds]).toEqual([[issue.id], [req.id]]);
    const fewer = await h.client.call('improvement.opportunityUpdate', { id: opp.id, requirementIds: [] });
    expect([fewer.issueIds, fewer.requirementIds]).toEqual([[issue.id], []]);
    expect(fieldsOf(expectError(await h.client.raw('improvement.opportunityUpdate', { id: opp.id, issueIds: [] }), 'VALIDATION'))).toContain('issueIds');
    expect(expectError(await h.client.raw('improvement.opportunityUpdate', { id: opp.id, issueIds: ['3f0c8a3e-9b1d-4c6e-8f2a-5d7e9b0c1a2f'] }), 'NOT_FOUND').details).toMatchObject({ field: 'issueIds' });
  });

  it('appear in the risk treatment plan with where they come from, the decision and the owner', async () => {
    const { issue, req, owner } = await sources();
    await h.client.call('improvement.opportunityCreate', {
      title: 'Sell our certification',
      source: 'planning',
      issueIds: [issue.id],
      requirementIds: [req.id],
      benefit: 5,
      effort: 2,
      status: 'approved',
      decision: 'Publish the certificate on the website',
      decidedOn: '2026-11-20',
      ownerId: owner.id,
      dueDate: '2027-01-31',
    });
    await h.client.call('improvement.opportunityCreate', { title: 'Faster laptops', source: 'suggestion' });
    const path = join(h.dir, 'plan.docx');
    await h.client.call('export.document', { id: 'treatment-plan', path, variant: 'draft' });
    const plan = await readDocx(path);
    expect(plan.paragraphs).toEqual(expect.arrayContaining(['4 Opportunities and the actions on them', 'Sell our certification', `${issue.ref} Staff keen on new tools`, `${req.ref} Key customer: Yearly security report`, 'Publish the certificate on the website', 'Olu Owner', '2027-01-31', 'Approved']));
    expect(plan.text).not.toContain('Faster laptops');
  });
});
