import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../shared/contract/attachments';
import { requirementsOf } from '../../shared/auditRequirements';
import { expectError, fieldsOf, openHarness, RANDOM_ID, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Audit Co')));
afterEach(() => h.cleanup());

const call: Harness['client']['call'] = (method, input) => h.client.call(method, input);
const raw = (method: string, input: unknown) => h.client.raw(method, input);

const control = async (code: string) => (await call('controls.list', { search: code })).find((c) => c.ref === code)!;
const programme = () => call('audits.programmeCreate', { title: 'Internal audit programme 2026-2028', startYear: 2026, endYear: 2028, frequency: 'Every clause and applicable control at least once in the cycle', methods: ['on-site', 'interview'] });

async function clause6Audit(extra: Record<string, unknown> = {}) {
  const p = await programme();
  const [c1, c2] = [await control('5.15'), await control('8.13')];
  const audit = await call('audits.create', { programmeId: p.id, title: 'Planning and access audit', scopeClauses: ['6'], scopeControlIds: [c1.id, c2.id], startDate: '2026-11-25', endDate: '2026-11-26', methods: ['on-site', 'document-review'], ...extra } as never);
  return { p, audit, c1, c2 };
}

const file = (text: string, name = 'access-review.txt') => ({ name, mime: 'text/plain', dataBase64: Buffer.from(text).toString('base64') });

describe('programme and plan', () => {
  it('generates the checklist from the scope: one item per requirement of clause 6 and one per control, editable', async () => {
    const { audit, c1, c2 } = await clause6Audit();
    expect(audit.ref).toBe('AUD-001');
    expect(audit.items.map((i) => i.requirementId)).toEqual([...requirementsOf('6').map((r) => r.id), '5.15', '8.13']);
    expect(audit.items.at(-2)).toMatchObject({ kind: 'control', controlId: c1.id, requirementRef: 'ISO/IEC 27001:2022 Annex A 5.15' });
    expect(audit.items[0]!.questions).not.toBe('');
    const edited = await call('audits.itemUpdate', { id: audit.items[0]!.id, questions: 'Show the risk criteria.' });
    expect(edited).toMatchObject({ questions: 'Show the risk criteria.', title: audit.items[0]!.title });
    const custom = await call('audits.itemCreate', { auditId: audit.id, title: 'Visitor log at reception' });
    expect(custom).toMatchObject({ kind: 'custom', position: audit.items.length + 1 });
    // Narrowing the scope drops untouched items of what went out, keeps items with fieldwork.
    await call('audits.itemRecord', { id: audit.items.at(-1)!.id, verdict: 'conforming', notes: 'Backup logs seen' });
    const narrowed = await call('audits.update', { id: audit.id, scopeControlIds: [c1.id] });
    expect(narrowed.items.map((i) => i.requirementId)).toEqual([...requirementsOf('6').map((r) => r.id), '5.15', '8.13', '']);
    expect(narrowed.scopeControlIds).toEqual([c1.id]);
    expect(narrowed.status).toBe('in-progress');
    void c2;
  });

  it('refuses bad plans with VALIDATION naming the field, and writes nothing', async () => {
    const p = await programme();
    const before = rowCount(h.sqlite(), 'change_log');
    const base = { programmeId: p.id, title: 'X', scopeClauses: ['4'], startDate: '2026-05-01', endDate: '2026-05-02' };
    expect(fieldsOf(expectError(await raw('audits.create', { ...base, endDate: '2026-04-01' }), 'VALIDATION'))).toEqual(['endDate']);
    expect(fieldsOf(expectError(await raw('audits.create', { ...base, scopeClauses: [] }), 'VALIDATION'))).toEqual(['scopeClauses']);
    expect(fieldsOf(expectError(await raw('audits.create', { ...base, startDate: '2030-01-01', endDate: '2030-01-02' }), 'VALIDATION'))).toEqual(['startDate']);
    expect(fieldsOf(expectError(await raw('audits.create', { ...base, scopeClauses: ['11'] }), 'VALIDATION'))).toEqual(['scopeClauses.0']);
    expect(fieldsOf(expectError(await raw('audits.create', { ...base, methods: ['telepathy'] }), 'VALIDATION'))).toEqual(['methods.0']);
    expectError(await raw('audits.create', { ...base, programmeId: RANDOM_ID }), 'NOT_FOUND');
    const excluded = await control('7.12');
    await call('controls.update', { id: excluded.id, applicable: false, exclusionReason: 'No cabling of our own' });
    const before2 = rowCount(h.sqlite(), 'change_log');
    expect(fieldsOf(expectError(await raw('audits.create', { ...base, scopeControlIds: [excluded.id] }), 'VALIDATION'))).toEqual(['scopeControlIds']);
    expect(fieldsOf(expectError(await raw('audits.programmeCreate', { title: 'Y', startYear: 2026, endYear: 2025 }), 'VALIDATION'))).toEqual(['endYear']);
    expect(fieldsOf(expectError(await raw('audits.programmeCreate', { title: 'Y', startYear: 2026, endYear: 2032 }), 'VALIDATION'))).toEqual(['endYear']);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(before2);
    expect(before2).toBeGreaterThan(before);
    expect(rowCount(h.sqlite(), 'audits')).toBe(0);
  });
});

describe('coverage', () => {
  it('says what in clauses 4-10 and the applicable controls is not planned, planned or audited', async () => {
    const c1 = await control('5.15');
    const c2 = await control('8.13');
    await call('controls.update', { id: c1.id, applicable: true, justification: 'Access is controlled' });
    await call('controls.update', { id: c2.id, applicable: true, justification: 'Backups are taken' });
    const p = await programme();
    let cov = await call('audits.coverage', { id: p.id });
    expect(cov.clauses.every((c) => c.state === 'not-planned')).toBe(true);
    expect(cov.controls.map((c) => c.key)).toEqual(['5.15', '8.13']);
    expect([cov.notPlanned, cov.notAudited, cov.total]).toEqual([9, 9, 9]);
    const audit = await call('audits.create', { programmeId: p.id, title: 'Clause 6', scopeClauses: ['6'], scopeControlIds: [c1.id], startDate: '2026-11-25', endDate: '2026-11-25' });
    cov = await call('audits.coverage', { id: p.id });
    expect(cov.clauses.find((c) => c.key === '6')).toMatchObject({ state: 'planned', audits: ['AUD-001'] });
    expect(cov.controls.map((c) => c.state)).toEqual(['planned', 'not-planned']);
    for (const item of audit.items.filter((i) => i.kind === 'clause')) await call('audits.itemRecord', { id: item.id, verdict: 'conforming' });
    cov = await call('audits.coverage', { id: p.id });
    expect(cov.clauses.find((c) => c.key === '6')!.state).toBe('audited');
    expect(cov.controls[0]!.state).toBe('planned'); // its item has no verdict yet
    expect([cov.notPlanned, cov.notAudited]).toEqual([7, 8]);
    // A cancelled audit plans nothing.
    await call('audits.update', { id: audit.id, status: 'cancelled' });
    expect((await call('audits.coverage', { id: p.id })).notPlanned).toBe(9);
  });
});

describe('independence', () => {
  it('flags an auditor from every ownership source in scope, and needs a justification to assign them', async () => {
    const { audit, c1, c2 } = await clause6Audit({ scopeClauses: ['4', '5', '6', '8', '9', '10'] });
    const who = async (name: string) => call('people.create', { name });
    const [risk, asset, ctl, action, issue, proc, commit, policy, metric, ncOwner, caOwner, roleHolder, free] = await Promise.all(
      ['Rita Risk', 'Ada Asset', 'Carl Control', 'Tess Treatment', 'Ivy Issue', 'Pam Process', 'Lee Leader', 'Polly Policy', 'Mia Metric', 'Nick Nc', 'Cal Action', 'Raj Role', 'Fran Free'].map(who),
    );
    const a = await call('risk.assetCreate', { name: 'Payroll database', ownerId: asset.id });
    const threat = (await call('risk.threatList', {}))[0]!;
    const r = await call('risk.create', { title: 'Payroll data disclosed', basis: 'asset', assetId: a.id, threatId: threat.id, affectsC: true, ownerId: risk.id } as never);
    await call('risk.update', { id: r.id, treatment: 'modify', controlIds: [c1.id] } as never);
    await call('controls.update', { id: c2.id, ownerId: ctl.id });
    await call('risk.actionCreate', { riskId: r.id, title: 'Review access monthly', ownerId: action.id } as never);
    await call('context.create', { title: 'New data law', kind: 'external', category: 'legal', swot: 'threat', ownerId: issue.id } as never);
    const processes = await call('scope.processList', {});
    await call('scope.processUpdate', { id: processes[0]!.id, ownerId: proc.id } as never);
    const leadership = await call('leadership.get', {});
    await call('leadership.commitmentUpdate', { id: leadership.commitments[0]!.id, ownerId: commit.id });
    await call('policies.create', { title: 'Access control policy', kind: 'topic', ownerId: policy.id } as never);
    await call('metrics.create', { title: 'Staff trained', baseMeasures: [{ key: 'done', label: 'Trained' }], formula: 'done', ownerId: metric.id } as never);
    const nc = await call('improvement.ncCreate', { title: 'Leavers kept access', source: 'self-identified', clauseId: '8.1', raisedOn: '2026-11-20', ownerId: ncOwner.id } as never);
    await call('improvement.actionCreate', { ncId: nc.id, title: 'Fix leaver checklist', ownerId: caOwner.id });
    const roles = await call('roles.list', {});
    await call('roles.assign', { roleId: roles.find((x) => x.key === 'isms-manager')!.id, personId: roleHolder.id, acceptedOn: null });

    const candidates = await call('audits.candidates', { auditId: audit.id });
    const reasons = (p: { id: string }) => candidates.find((c) => c.personId === p.id)!.conflicts.join(' | ');
    expect(reasons(risk)).toMatch(/Owner of risk RSK-001 .*clauses 6 and 8/);
    expect(reasons(risk)).toMatch(/treated by control 5\.15/);
    expect(reasons(asset)).toMatch(/Owner of asset AST-001 Payroll database \(clause 8, control 5\.15\)/);
    expect(reasons(ctl)).toMatch(/Owner of control 8\.13/);
    expect(reasons(action)).toMatch(/Owner of treatment action RTP-001/);
    expect(reasons(issue)).toMatch(/Owner of issue CTX-001/);
    expect(reasons(proc)).toMatch(/Owner of ISMS process PRC-001/);
    expect(reasons(commit)).toMatch(/Owner of leadership commitment LC-001/);
    expect(reasons(policy)).toMatch(/Owner of policy POL-001/);
    expect(reasons(metric)).toMatch(/Owner of metric MET-\d+ Staff trained \(clause 9\)/);
    expect(reasons(ncOwner)).toMatch(/Owner of nonconformity NC-001/);
    expect(reasons(caOwner)).toMatch(/Owner of corrective action CA-001/);
    expect(reasons(roleHolder)).toMatch(/Responsible for "Keep the ISMS conforming to ISO\/IEC 27001" as ISMS manager \/ CISO \(RACI; clause 4, clause 5, clause 6, clause 8, clause 9, clause 10\)/);
    expect(reasons(free)).toBe('');

    // Assigning a flagged person needs a justification; an independent one does not.
    const refused = expectError(await raw('audits.teamAdd', { auditId: audit.id, personId: risk.id, role: 'auditor' }), 'VALIDATION');
    expect(fieldsOf(refused)).toEqual(['justification']);
    expect(refused.message).toMatch(/Rita Risk is not independent of this audit’s scope: Owner of risk RSK-001/);
    expect(rowCount(h.sqlite(), 'audit_team')).toBe(0);
    const lead = await call('audits.teamAdd', { auditId: audit.id, personId: free.id, role: 'lead-auditor' });
    expect(lead.conflicts).toEqual([]);
    const flagged = await call('audits.teamAdd', { auditId: audit.id, personId: risk.id, role: 'technical-expert', justification: 'Explains the risk method only; does not judge conformity.' });
    expect(flagged.conflicts.length).toBeGreaterThan(0);
    expect(fieldsOf(expectError(await raw('audits.teamUpdate', { id: flagged.id, justification: '' }), 'VALIDATION'))).toEqual(['justification']);
    expect(fieldsOf(expectError(await raw('audits.teamAdd', { auditId: audit.id, personId: ctl.id, role: 'lead-auditor', justification: 'x' }), 'VALIDATION'))).toEqual(['role']);
    const detail = await call('audits.get', { id: audit.id });
    expect(detail.team.map((t) => [t.name, t.role])).toEqual([['Fran Free', 'lead-auditor'], ['Rita Risk', 'technical-expert']]);
    expect(detail.leadAuditor).toBe('Fran Free');

    // Out of scope means independent: an audit of clause 7 only flags nobody but the RACI role holder for clause 7 activities.
    const only7 = await call('audits.create', { programmeId: audit.programmeId, title: 'Support', scopeClauses: ['7'], startDate: '2026-11-27', endDate: '2026-11-27' });
    const c7 = await call('audits.candidates', { auditId: only7.id });
    expect(c7.filter((c) => c.conflicts.length).map((c) => c.name)).toEqual(['Raj Role']);

    // A person on a team is deleted only when confirmed, and leaves the team.
    const refs = expectError(await raw('people.delete', { id: free.id }), 'CONFLICT');
    expect(JSON.stringify(refs.details)).toMatch(/On the team of audit AUD-001/);
    await call('people.delete', { id: free.id, confirm: true });
    expect((await call('audits.get', { id: audit.id })).team.map((t) => t.name)).toEqual(['Rita Risk']);
  });
});

describe('auditor competence (7.2)', () => {
  it('shows each member\'s level in the skills the Internal auditor role requires, or in Internal auditing when it requires none', async () => {
    const { audit } = await clause6Audit();
    const ann = await call('people.create', { name: 'Ann Auditor' });
    const member = await call('audits.teamAdd', { auditId: audit.id, personId: ann.id, role: 'lead-auditor' });
    expect(member.competence).toEqual([{ skill: 'Internal auditing', required: null, level: null, assessedOn: null }]);
    const skill = (await call('competence.skillList', {})).find((k) => k.name === 'Internal auditing')!;
    await call('competence.levelSet', { personId: ann.id, skillId: skill.id, level: 2, assessedOn: '2026-11-01' });
    const role = (await call('roles.list', {})).find((r) => r.key === 'internal-auditor')!;
    await call('competence.requirementSet', { roleId: role.id, skillId: skill.id, requiredLevel: 3 });
    const team = (await call('audits.get', { id: audit.id })).team;
    expect(team.find((m) => m.personId === ann.id)?.competence).toEqual([{ skill: 'Internal auditing', required: 3, level: 2, assessedOn: '2026-11-01' }]);
  });
});

describe('fieldwork, evidence and findings', () => {
  it('records verdicts and notes per item, makes findings, attaches hashed evidence and raises a nonconformity linked both ways', async () => {
    const { audit } = await clause6Audit();
    const owner = await call('people.create', { name: 'Olive Owner' });
    const item = audit.items.find((i) => i.requirementId === '6.1.2')!;
    expect(fieldsOf(expectError(await raw('audits.itemRecord', { id: item.id, verdict: 'minor' }), 'VALIDATION'))).toEqual(['notes']);
    const recorded = await call('audits.itemRecord', { id: item.id, verdict: 'minor', notes: 'Two risks have no owner.', interviewees: 'ISMS manager', documentsSampled: 'Risk register v3' });
    expect(recorded).toMatchObject({ verdict: 'minor', recordedBy: 'tester', interviewees: 'ISMS manager' });
    expect(recorded.findingId).not.toBeNull();

    const text = 'Access review 2026-Q3: 4 leavers still active';
    const ev = await call('audits.evidenceAdd', { itemId: item.id, description: 'Access review export', effectiveOn: '2026-09-30', expiresOn: '2027-09-30', file: file(text) });
    expect(ev.attachment).toMatchObject({ name: 'access-review.txt', size: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') });
    expect(ev.attachment.createdAt).toBe('2026-11-29T10:00:00.000Z');
    expect((await call('attachments.verify', { id: ev.attachment.id })).matches).toBe(true);

    let [finding] = await call('audits.findingList', { auditId: audit.id });
    expect(finding).toMatchObject({ ref: 'FND-001', verdict: 'minor', statement: 'Two risks have no owner.', requirement: 'ISO/IEC 27001:2022 clause 6.1.2', ncId: null });
    expect(finding!.evidence.map((e) => e.attachment.sha256)).toEqual([ev.attachment.sha256]);

    finding = await call('audits.findingRaiseNc', { id: finding!.id, ownerId: owner.id });
    expect(finding).toMatchObject({ ncRef: 'NC-001', ncStatus: 'open', actionCount: 0 });
    const nc = await call('improvement.ncGet', { id: finding.ncId! });
    expect(nc).toMatchObject({ source: 'internal-audit', sourceReference: 'AUD-001 finding FND-001', clauseId: '6.1', severity: 'minor', ownerId: owner.id, raisedOn: '2026-11-29' });
    expect(nc.description).toMatch(/Two risks have no owner/);
    expect(nc.links).toEqual([expect.objectContaining({ kind: 'finding', targetId: finding.id, label: `FND-001 ${item.title}` })]);
    expectError(await raw('audits.findingRaiseNc', { id: finding.id }), 'CONFLICT');
    // Follow-up shows per finding.
    await call('improvement.actionCreate', { ncId: nc.id, title: 'Name owners', ownerId: owner.id, dueDate: '2026-11-01' });
    finding = (await call('audits.findingList', { auditId: audit.id }))[0]!;
    expect([finding.actionCount, finding.openActions, finding.overdueActions]).toEqual([1, 1, 1]);
    // The trace of the nonconformity starts at the finding.
    const trace = await call('improvement.trace', { kind: 'nonconformity', id: nc.id });
    expect(trace.nodes.find((n) => n.kind === 'finding')?.title).toBe(`FND-001 ${item.title}`);
    // A finding with a nonconformity cannot be withdrawn.
    expectError(await raw('audits.itemRecord', { id: item.id, verdict: 'conforming' }), 'CONFLICT');

    // Observations make findings that are withdrawn with the verdict, and never raise a nonconformity.
    const other = audit.items.find((i) => i.requirementId === '6.2')!;
    await call('audits.itemRecord', { id: other.id, verdict: 'observation', notes: 'Objectives lack dates' });
    const obs = (await call('audits.findingList', { auditId: audit.id })).find((f) => f.verdict === 'observation')!;
    expectError(await raw('audits.findingRaiseNc', { id: obs.id }), 'CONFLICT');
    await call('audits.itemRecord', { id: other.id, verdict: null });
    expect((await call('audits.findingList', { auditId: audit.id })).map((f) => f.ref)).toEqual(['FND-001']);
    // An item of your own names the clause.
    const custom = await call('audits.itemCreate', { auditId: audit.id, title: 'Visitor log' });
    await call('audits.itemRecord', { id: custom.id, verdict: 'major', notes: 'No visitor log kept' });
    const fCustom = (await call('audits.findingList', { auditId: audit.id })).find((f) => f.itemId === custom.id)!;
    expect(fieldsOf(expectError(await raw('audits.findingRaiseNc', { id: fCustom.id }), 'VALIDATION'))).toEqual(['clauseId']);
    expect((await call('audits.findingRaiseNc', { id: fCustom.id, clauseId: '7.5' })).ncRef).toBe('NC-002');
  });

  it('refuses evidence over the size limit or with impossible dates with a clear error, and writes nothing', async () => {
    const { audit } = await clause6Audit();
    const item = audit.items[0]!;
    const s = h.sqlite();
    const before = { log: rowCount(s, 'change_log'), files: rowCount(s, 'attachments'), evidence: rowCount(s, 'audit_evidence') };
    const over = expectError(await raw('audits.evidenceAdd', { itemId: item.id, effectiveOn: '2026-11-01', file: { name: 'big.bin', dataBase64: Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 7).toString('base64') } }), 'VALIDATION');
    expect([over.message, fieldsOf(over)]).toEqual(['The file is larger than 20 MB.', ['file.dataBase64']]);
    expect(fieldsOf(expectError(await raw('audits.evidenceAdd', { itemId: item.id, effectiveOn: '2026-11-01', file: { name: 'e.txt', dataBase64: '' } }), 'VALIDATION'))).toEqual(['file.dataBase64']);
    expect(fieldsOf(expectError(await raw('audits.evidenceAdd', { itemId: item.id, effectiveOn: '2999-01-01', file: file('x') }), 'VALIDATION'))).toEqual(['effectiveOn']);
    expect(fieldsOf(expectError(await raw('audits.evidenceAdd', { itemId: item.id, effectiveOn: '2026-11-01', expiresOn: '2026-10-01', file: file('x') }), 'VALIDATION'))).toEqual(['expiresOn']);
    expect(fieldsOf(expectError(await raw('audits.evidenceAdd', { itemId: item.id, effectiveOn: '2026-11-01', file: { name: 'x', dataBase64: 'not base64!' } }), 'VALIDATION'))).toEqual(['file.dataBase64']);
    expect({ log: rowCount(s, 'change_log'), files: rowCount(s, 'attachments'), evidence: rowCount(s, 'audit_evidence') }).toEqual(before);
    // Exactly the limit is accepted.
    const ok = await call('audits.evidenceAdd', { itemId: item.id, effectiveOn: '2026-11-01', file: { name: 'big.bin', dataBase64: Buffer.alloc(ATTACHMENT_MAX_BYTES, 7).toString('base64') } });
    expect(ok.attachment.size).toBe(ATTACHMENT_MAX_BYTES);
  });

  it('reports only a finished audit, then freezes it; deletes ask before taking findings and evidence', async () => {
    const { audit, p } = await clause6Audit();
    expect(fieldsOf(expectError(await raw('audits.update', { id: audit.id, status: 'reported', conclusions: 'Fine' }), 'VALIDATION'))).toEqual(['status']);
    for (const i of audit.items) await call('audits.itemRecord', { id: i.id, verdict: i.requirementId === '6.3' ? 'ofi' : 'conforming', notes: 'Seen' });
    await call('audits.evidenceAdd', { itemId: audit.items[0]!.id, effectiveOn: '2026-11-01', file: file('minutes') });
    expect(fieldsOf(expectError(await raw('audits.update', { id: audit.id, status: 'reported' }), 'VALIDATION'))).toEqual(['status']);
    const reported = await call('audits.update', { id: audit.id, status: 'reported', conclusions: 'The ISMS conforms, with one opportunity.' });
    expect(reported).toMatchObject({ status: 'reported', reportedOn: '2026-11-29', recordedCount: audit.items.length, findingCounts: { major: 0, minor: 0, observation: 0, ofi: 1 } });
    expectError(await raw('audits.update', { id: audit.id, title: 'Changed' }), 'CONFLICT');
    expectError(await raw('audits.itemRecord', { id: audit.items[0]!.id, notes: 'late' }), 'CONFLICT');
    const conflict = expectError(await raw('audits.delete', { id: audit.id }), 'CONFLICT');
    expect((conflict.details as { references: { label: string }[] }).references.map((r) => r.label)).toEqual(['Finding FND-001 "6.3 Changes to the ISMS are planned"', 'Evidence file "access-review.txt"']);
    expectError(await raw('audits.programmeDelete', { id: p.id }), 'CONFLICT');
    await call('audits.programmeDelete', { id: p.id, confirm: true });
    for (const t of ['audits', 'audit_items', 'audit_findings', 'audit_evidence', 'attachments', 'audit_scope_controls']) expect([t, rowCount(h.sqlite(), t)]).toEqual([t, 0]);
    expect((await call('trail.verify', {})).ok).toBe(true);
  });
});

describe('readiness 9.2', () => {
  it('is met step by step: programme, coverage, lead auditors, a reported audit, findings raised; audits due show on the dashboard', async () => {
    const criteria = async () => (await call('readiness.summary', {})).clauses.find((c) => c.id === '9.2')!;
    let c = await criteria();
    expect(c).toMatchObject({ available: true, percent: 0 });
    const p = await call('audits.programmeCreate', { title: 'Programme', startYear: 2026, endYear: 2028, frequency: 'Yearly', methods: ['on-site'], responsibilities: 'ISMS manager', reporting: 'To top management' });
    c = await criteria();
    expect(c.criteria.map((k) => k.met)).toEqual([true, true, false, false, false, false]);
    const all = ['4', '5', '6', '7', '8', '9', '10'] as const;
    const lead = await call('people.create', { name: 'Lena Lead' });
    const later = await call('audits.create', { programmeId: p.id, title: 'Next audit', scopeClauses: [...all], startDate: '2026-12-10', endDate: '2026-12-11' });
    const audit = await call('audits.create', { programmeId: p.id, title: 'Audit', scopeClauses: ['7'], startDate: '2026-11-01', endDate: '2026-11-02' });
    c = await criteria();
    expect(c.criteria.map((k) => k.met)).toEqual([true, true, true, false, false, false]);
    let due = (await call('readiness.summary', {})).due.filter((d) => d.clauseId === '9.2');
    expect(due.map((d) => [d.text, d.overdue])).toEqual([
      ['Audit AUD-002 "Audit" was due to start', true],
      ['Audit AUD-001 "Next audit" starts', false],
    ]);
    await call('audits.teamAdd', { auditId: audit.id, personId: lead.id, role: 'lead-auditor' });
    await call('audits.teamAdd', { auditId: later.id, personId: lead.id, role: 'lead-auditor' });
    const items = (await call('audits.get', { id: audit.id })).items;
    for (const i of items) await call('audits.itemRecord', { id: i.id, verdict: i.requirementId === '7.2' ? 'minor' : 'conforming', notes: 'Seen' });
    due = (await call('readiness.summary', {})).due.filter((d) => d.clauseId === '9.2');
    expect(due[0]).toMatchObject({ text: 'Report audit AUD-002 "Audit" (fieldwork ended 2026-11-02)', overdue: true, route: `/clause/9.2/audit/${audit.id}` });
    await call('audits.update', { id: audit.id, status: 'reported', conclusions: 'Conforms but for competence records.' });
    c = await criteria();
    expect(c.criteria.map((k) => k.met)).toEqual([true, true, true, true, true, false]);
    expect(c.criteria[5]!.detail).toBe('FND-001 not raised');
    await call('audits.findingRaiseNc', { id: (await call('audits.findingList', { auditId: audit.id }))[0]!.id });
    c = await criteria();
    expect(c.percent).toBe(100);
  });
});
