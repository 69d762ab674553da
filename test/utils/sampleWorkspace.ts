import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/**
 * A realistic client workspace for the document tests and for looking at exports: people and a
 * unit, issues under several PESTLE headings, parties with requirements, scope, top management,
 * commitments with evidence, a published policy with acknowledgements, and the RACI matrix.
 */
export async function fillSample(call: Call) {
  const it = await call('people.unitCreate', { name: 'IT and Security' });
  const ceo = await call('people.create', { name: 'Catherine Llewellyn-Smith', jobTitle: 'Chief Executive Officer', email: 'cls@example.org' });
  const ciso = await call('people.create', { name: 'Priya Patel', jobTitle: 'Information Security Manager', unitId: it.id, email: '' });
  const ops = await call('people.create', { name: 'Tomasz Wiśniewski', jobTitle: 'Operations Lead', unitId: it.id, email: '' });
  const roles = await call('roles.list', {});
  const top = roles.find((r) => r.key === 'top-management')!;
  const manager = roles.find((r) => r.key === 'isms-manager')!;
  await call('roles.assign', { roleId: top.id, personId: ceo.id, acceptedOn: '2026-11-20' });
  await call('roles.assign', { roleId: manager.id, personId: ciso.id, acceptedOn: '2026-11-21' });

  const issues: MethodInput<'context.create'>[] = [
    { title: 'Tightening data protection enforcement', kind: 'external', category: 'legal', swot: 'threat', effect: 'Fines and customer loss if personal data is mishandled; stronger evidence of controls needed.', impact: 'high', source: 'Regulator newsletters', reviewDate: '2027-01-31', ownerId: ciso.id },
    { title: 'Energy price volatility', kind: 'external', category: 'economic', swot: 'threat', effect: 'Pressure on budgets for security tooling.', impact: 'medium', source: 'Finance', reviewDate: '2027-03-31' },
    { title: 'Government cloud-first guidance', kind: 'external', category: 'political', swot: 'opportunity', effect: 'Customers expect certified cloud suppliers.', impact: 'medium', source: 'Sector body' },
    { title: 'Remote and hybrid working', kind: 'external', category: 'social', swot: 'threat', effect: 'More endpoints outside the office network.', impact: 'high', ownerId: ops.id, reviewDate: '2027-02-28' },
    { title: 'Rapid adoption of AI assistants', kind: 'external', category: 'technological', swot: 'opportunity', description: 'Staff use public AI tools for drafting.', effect: 'Risk of confidential text leaving the organisation; also productivity gains.', impact: 'high', ownerId: ciso.id },
    { title: 'Strong security culture in engineering', kind: 'internal', category: 'culture', swot: 'strength', effect: 'Controls are adopted quickly.', impact: 'medium' },
    { title: 'Legacy finance system', kind: 'internal', category: 'systems', swot: 'weakness', description: 'Unsupported since 2025.\nNo vendor patches.', effect: 'Known vulnerabilities cannot be fixed; compensating controls needed.', impact: 'high', ownerId: ops.id, reviewDate: '2026-12-31' },
  ];
  for (const i of issues) await call('context.create', i);

  const customer = await call('parties.create', { name: 'Enterprise customers', type: 'customer', contact: 'Account management team', relevance: 'Contracts require certification and breach notification within 24 hours.', interest: 5, influence: 5, trust: 4, agreement: 4, reviewDate: '2027-06-30' });
  const regulator = await call('parties.create', { name: 'Information Commissioner’s Office', type: 'regulator', relevance: 'Supervises data protection law.', interest: 3, influence: 5, trust: 3, agreement: 4 });
  const staff = await call('parties.create', { name: 'Employees', type: 'employee', relevance: 'Follow policies day to day.', interest: 4, influence: 2, trust: 4, agreement: 2 });
  await call('parties.requirementCreate', { partyId: customer.id, text: 'Hold ISO/IEC 27001 certification covering the hosted service.', type: 'contractual', decision: 'addressed', how: 'The ISMS scope covers the hosted service; certification audit planned.' });
  await call('parties.requirementCreate', { partyId: customer.id, text: 'Notify security incidents affecting customer data within 24 hours.', type: 'contractual', decision: 'addressed', how: 'Incident management procedure sets a 24-hour notification target.' });
  await call('parties.requirementCreate', { partyId: regulator.id, text: 'Report personal data breaches within 72 hours where required.', type: 'legal', decision: 'addressed', how: 'Breach assessment step in the incident procedure.' });
  await call('parties.requirementCreate', { partyId: staff.id, text: 'Clear guidance on the use of personal devices.', type: 'expectation', decision: 'undecided', how: '' });

  for (const b of [
    { kind: 'process' as const, name: 'Hosted payroll service', notes: 'Production and support' },
    { kind: 'process' as const, name: 'Customer support', notes: '' },
    { kind: 'unit' as const, name: 'IT and Security', notes: '' },
    { kind: 'location' as const, name: 'Leeds head office', notes: '1 Park Row' },
    { kind: 'asset' as const, name: 'Customer payroll data', notes: 'Personal data' },
  ]) {
    await call('scope.boundaryCreate', { ...b, included: true });
  }
  await call('scope.boundaryCreate', { kind: 'unit', name: 'Facilities management', included: false, justification: 'Outsourced under contract; no access to customer data.' });
  await call('scope.interfaceCreate', { counterpart: 'Cloud hosting provider', crossing: 'Encrypted backups and infrastructure logs', direction: 'outbound' });
  const draft = await call('scope.statementDraft', {});
  await call('scope.statementSave', { text: draft.text });

  const leadership = await call('leadership.get', {});
  const first = leadership.commitments[0];
  await call('leadership.evidenceAdd', { commitmentId: first.id, description: 'Board minutes approving the ISMS budget', evidenceDate: '2026-11-18', file: { name: 'board-minutes.txt', mime: 'text/plain', dataBase64: Buffer.from('Minutes').toString('base64') } });
  await call('leadership.commitmentUpdate', { id: first.id, title: first.title, description: first.description, status: 'done', ownerId: ceo.id });

  const policy = await call('policies.create', { title: 'Information security policy', kind: 'information-security', templateKey: 'information-security', ownerId: ciso.id });
  const { current } = await call('policies.get', { id: policy.id });
  await call('policies.submit', { versionId: current.id });
  await call('policies.approve', { versionId: current.id, approverId: ceo.id, approvedOn: undefined });
  await call('policies.publish', { versionId: current.id });
  await call('policies.distributionAdd', { policyId: policy.id, unitId: it.id });
  await call('policies.acknowledge', { versionId: current.id, personId: ciso.id, note: '' });

  // 10.2 and 10.1: a nonconformity analysed with the 5 whys and a fishbone, with its action plan.
  const nc = await call('improvement.ncCreate', {
    title: 'Leavers kept access to the payroll system',
    source: 'internal-audit',
    sourceReference: 'Internal audit 2026, finding 3',
    clauseId: '8.1',
    severity: 'major',
    raisedOn: '2026-11-20',
    reporterId: ciso.id,
    ownerId: ops.id,
    correction: 'Disabled the four accounts found active.',
    containment: 'Checked their last logins: none after the leaving date.',
    whys: ['IT was not told about the leavers', 'The HR leaver checklist has no step for IT', 'The checklist predates the payroll system'],
    fishbone: [
      { category: 'process', cause: 'No leaver step for IT in the HR checklist' },
      { category: 'people', cause: 'Line managers unaware they must tell IT' },
      { category: 'technology', cause: 'No link between HR records and the directory' },
    ],
    rootCause: 'The leaver process was never updated when the payroll system was introduced.',
  });
  await call('improvement.actionCreate', { ncId: nc.id, title: 'Add an IT access step to the leaver checklist', ownerId: ops.id, dueDate: '2026-12-15' });
  const opportunity = await call('improvement.opportunityCreate', { title: 'Self-service leaver form', source: 'suggestion', benefit: 4, effort: 2, status: 'evaluated' });

  return { ceo, ciso, ops, it, policy, customer, nc, opportunity };
}
