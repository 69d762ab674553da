import type { Page } from 'playwright-core';

/**
 * Calls the contract through the loopback host from inside the page (the same path the renderer
 * uses), so a test can set up a realistic workspace in a second instead of a hundred dialogs.
 */
export async function rpc<T = unknown>(page: Page, method: string, input: unknown = {}): Promise<T> {
  const token = new URL(page.url()).searchParams.get('token') ?? '';
  const envelope = (await page.evaluate(
    async ({ method, input, token }) => {
      const res = await fetch(`/rpc/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      return res.json();
    },
    { method, input, token },
  )) as { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

const LONG_WORD = 'Supercalifragilistic'.repeat(105); // 2,100 characters, no spaces

/**
 * A workspace like the one from issue 9's walk-through: long names, a very long word, five or more
 * parties with close scores, processes with owners, people in units with long names.
 */
export async function seedBusyWorkspace(page: Page) {
  const unit = await rpc<{ id: string }>(page, 'people.unitCreate', { name: 'Management and Administration of Warehousing Operations' });
  await rpc(page, 'people.unitCreate', { name: 'Transport Planning' });
  const people: string[] = [];
  for (const [name, jobTitle] of [
    ['Alexandra Konstantinopoulou-Vanderberg', 'Head of Information Security and Business Continuity'],
    ['Bo Li', 'Driver'],
    ['Carmen Delgado', 'Finance Director'],
  ]) {
    const p = await rpc<{ id: string }>(page, 'people.create', { name, jobTitle, email: `${name.split(' ')[0]!.toLowerCase()}@example.org`, unitId: unit.id });
    people.push(p.id);
  }
  await rpc(page, 'context.create', {
    kind: 'external',
    category: 'technological',
    swot: 'opportunity',
    title: 'Customers expect shipment tracking through a shared web portal with real-time telematics feeds',
    description: LONG_WORD,
    effect: LONG_WORD,
    impact: 'high',
    reviewDate: '2027-06-30',
    ownerId: people[0],
  });
  await rpc(page, 'context.create', { kind: 'internal', category: 'culture', swot: 'weakness', title: LONG_WORD.slice(0, 200), impact: 'low' });
  const parties = [
    { name: 'National Transport Safety Regulator', type: 'regulator', interest: 4, influence: 5, trust: 4, agreement: 4 },
    { name: 'Largest retail customer (contract logistics)', type: 'customer', interest: 4, influence: 5, trust: 4, agreement: 5 },
    { name: 'Fleet telematics provider', type: 'supplier', interest: 2, influence: 3, trust: 2, agreement: 5 },
    { name: 'Warehouse staff and drivers', type: 'employee', interest: 5, influence: 2, trust: 3, agreement: 3 },
    { name: 'Neighbours of the depot', type: 'public', interest: 1, influence: 2, trust: 3, agreement: 1 },
    { name: 'Insurance underwriter', type: 'partner', interest: 3, influence: 4, trust: 4, agreement: 4 },
  ];
  let firstParty = '';
  for (const p of parties) {
    const made = await rpc<{ id: string }>(page, 'parties.create', p);
    firstParty ||= made.id;
  }
  await rpc(page, 'parties.requirementCreate', {
    partyId: firstParty,
    text: 'Report any loss of consignment data within 72 hours',
    type: 'regulatory',
    decision: 'addressed',
    how: 'Incident management procedure and the supplier agreement',
  });
  await rpc(page, 'parties.requirementCreate', { partyId: firstParty, text: LONG_WORD.slice(0, 1500), type: 'expectation', decision: 'not-addressed', how: LONG_WORD.slice(0, 900) });
  await rpc(page, 'scope.boundaryCreate', { kind: 'location', name: 'Northern distribution centre and cross-dock', notes: LONG_WORD.slice(0, 800) });
  await rpc(page, 'scope.interfaceCreate', { counterpart: 'Fleet telematics provider', crossing: 'Vehicle positions and delivery proofs', direction: 'inbound' });
  // Clause 10: a nonconformity with a long title, an analysis, an overdue action; an improvement.
  const nc = await rpc<{ id: string }>(page, 'improvement.ncCreate', {
    title: `Temperature logs of the cold store were not reviewed for three weeks ${LONG_WORD.slice(0, 120)}`,
    source: 'internal-audit',
    sourceReference: 'Internal audit 2026, finding 7',
    clauseId: '8.1',
    severity: 'major',
    raisedOn: '2026-11-20',
    ownerId: people[0],
    correction: 'Reviewed the missing logs',
    whys: ['The reviewer was on leave', LONG_WORD.slice(0, 300)],
    fishbone: [{ category: 'people', cause: 'No deputy named for the log review' }, { category: 'process', cause: LONG_WORD.slice(0, 400) }],
    rootCause: 'The log review depends on one person.',
  });
  await rpc(page, 'improvement.actionCreate', { ncId: nc.id, title: 'Name a deputy for the weekly log review', ownerId: people[0], dueDate: '2026-11-25' });
  await rpc(page, 'improvement.opportunityCreate', { title: 'Automatic alerts from the temperature sensors', source: 'suggestion', benefit: 4, effort: 2, status: 'evaluated' });
  return { people, unitId: unit.id, longWord: LONG_WORD, ncId: nc.id };
}
