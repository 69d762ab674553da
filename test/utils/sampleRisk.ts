import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/**
 * A small but realistic 6.1 workspace on top of fillSample's people: assets, risks from the shipped
 * catalogues (asset-based and event-based, above and below the threshold), treatment with Annex A
 * controls, actions, the owner's decisions, an exclusion in the SoA and two dated assessment runs.
 */
export async function fillRiskSample(call: Call, owner: { id: string }, other: { id: string }) {
  const threats = await call('risk.threatList', {});
  const vulns = await call('risk.vulnerabilityList', {});
  const controls = await call('controls.list', {});
  const control = (ref: string) => controls.find((c) => c.ref === ref)!.id;
  const threat = (name: string) => threats.find((t) => t.name === name)!.id;
  const vuln = (name: string) => vulns.find((v) => v.name === name)!.id;
  const db = await call('risk.assetCreate', { name: 'Payroll database', type: 'information', group: 'Customer data', ownerId: owner.id, custodianId: other.id, location: 'Hosted (EU region)', classification: 'Confidential', confidentiality: 4, integrity: 3, availability: 3 });
  const laptops = await call('risk.assetCreate', { name: 'Staff laptops', kind: 'supporting', type: 'hardware', group: 'End-user devices', ownerId: other.id, location: 'Leeds and home offices', confidentiality: 3, integrity: 2, availability: 2 });
  await call('risk.runCreate', { name: 'Initial assessment', runDate: '2026-11-20', reason: 'planned' });
  const theft = await call('risk.create', {
    title: 'Payroll data stolen through a compromised account',
    description: 'An attacker signs in with stolen credentials and exports employee bank details.',
    assetId: db.id,
    threatId: threat('Unauthorised access to systems'),
    vulnerabilityId: vuln('Weak authentication'),
    affectsC: true,
    affectsI: true,
    ownerId: owner.id,
    likelihood: 4,
    impact: 5,
    existingControls: 'Passwords with a 12-character minimum.',
    treatment: 'modify',
    treatmentNote: 'Strong authentication and encryption reduce both likelihood and impact.',
    controlIds: [control('8.5'), control('8.24')],
    residualLikelihood: 2,
    residualImpact: 3,
  });
  const lost = await call('risk.create', { title: 'Laptop lost on a train', assetId: laptops.id, threatId: threat('Theft of equipment'), vulnerabilityId: vuln('Portable and easy to carry away'), affectsC: true, affectsA: true, ownerId: other.id, likelihood: 3, impact: 3, treatment: 'modify', controlIds: [control('8.1')], residualLikelihood: 2, residualImpact: 2 });
  const outage = await call('risk.create', { title: 'Hosting provider outage on payday', basis: 'event', event: 'The hosting provider is unavailable for a day during the payroll run.', affectsA: true, ownerId: owner.id, likelihood: 2, impact: 4, treatment: 'share', treatmentNote: 'Supplier SLA with service credits; cyber insurance.' });
  await call('risk.create', { title: 'Printer jams before an audit', basis: 'event', event: 'The office printer jams.', affectsA: true, likelihood: 1, impact: 1, treatment: 'retain' });
  await call('risk.actionCreate', { riskId: theft.id, title: 'Turn on multi-factor sign-in for payroll', ownerId: other.id, dueDate: '2026-11-25', status: 'in-progress', cost: 800, controlId: control('8.5') });
  await call('risk.actionCreate', { riskId: theft.id, title: 'Encrypt database backups', ownerId: other.id, dueDate: '2027-01-31', status: 'planned', cost: 1500, controlId: control('8.24'), notes: 'Keys held in the cloud provider key vault.' });
  await call('risk.actionCreate', { riskId: lost.id, title: 'Full-disk encryption on every laptop', ownerId: other.id, dueDate: '2026-10-31', status: 'done', cost: 0, controlId: control('8.1') });
  await call('risk.approvePlan', { riskId: theft.id, decidedById: owner.id, decision: 'approved', note: 'Agreed at the risk meeting.' });
  await call('risk.acceptResidual', { riskId: lost.id, decidedById: other.id, decision: 'approved', note: '', reviewDate: '2027-05-31' });
  await call('controls.update', { id: control('7.14'), applicable: false, exclusionReason: 'All equipment is leased and wiped by the lessor.' });
  await call('controls.update', { id: control('5.1'), applicable: true, reasons: ['best-practice'], justification: 'The policy set is the base of the ISMS.', status: 'implemented', ownerId: owner.id });
  await call('risk.runCreate', { name: 'Assessment after the hosting move', runDate: '2026-11-28', reason: 'change' });
  return { db, laptops, theft, lost, outage, control };
}
