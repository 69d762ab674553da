import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError, fieldsOf, openHarness, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Skills Ltd')));
afterEach(() => h.cleanup());

const call: Harness['client']['call'] = (method, input) => h.client.call(method, input);
const raw = (method: string, input: unknown) => h.client.raw(method, input);
const file = (name: string, text: string) => ({ name, mime: 'text/plain', dataBase64: Buffer.from(text).toString('base64') });

/** A role needing two skills, a candidate who has one of them, and an assessor. */
async function setup() {
  const skills = await call('competence.skillList', {});
  const risk = skills.find((s) => s.key === 'risk-assessment')!;
  const audit = skills.find((s) => s.key === 'internal-auditing')!;
  const role = await call('roles.create', { name: 'Security champion' });
  await call('competence.requirementSet', { roleId: role.id, skillId: risk.id, requiredLevel: 3 });
  await call('competence.requirementSet', { roleId: role.id, skillId: audit.id, requiredLevel: 2 });
  const candidate = await call('people.create', { name: 'Cara Candidate' });
  const assessor = await call('people.create', { name: 'Ivan ISMS Manager' });
  return { risk, audit, role, candidate, assessor };
}

describe('7.2 skills catalogue', () => {
  it('ships starter skills through the seeding mechanism, once, stamped as shipped content', async () => {
    const skills = await call('competence.skillList', {});
    expect(skills.length).toBeGreaterThanOrEqual(5);
    expect(skills.map((s) => s.ref)[0]).toBe('SKL-001');
    expect(h.sqlite().prepare("select created_by as by from skills limit 1").get()).toEqual({ by: 'ISMS Workbench' });
    expect(h.sqlite().prepare("select count(*) as n from catalog_seeds where key = 'skills-v1'").get()).toEqual({ n: 1 });
  });

  it('refuses a second skill with the same name, and a delete that would take requirements with it unless confirmed', async () => {
    const { risk, role } = await setup();
    expectError(await raw('competence.skillCreate', { name: 'information security RISK assessment' }), 'CONFLICT');
    const refused = expectError(await raw('competence.skillDelete', { id: risk.id }), 'CONFLICT');
    expect((refused.details as { references: { kind: string }[] }).references.map((r) => r.kind)).toContain('competence.requirement');
    await call('competence.skillDelete', { id: risk.id, confirm: true });
    expect(await call('competence.requirementList', { roleId: role.id })).toHaveLength(1);
  });
});

describe('7.2 skills audits, training and the gap closing', () => {
  it('audits a candidate who lacks a skill, plans and records training, and the audit after appointment sees the gap closed', async () => {
    const { risk, audit, role, candidate, assessor } = await setup();
    await call('competence.levelSet', { personId: candidate.id, skillId: risk.id, level: 4, assessedOn: '2026-10-01', source: 'certificate' });

    const before = await call('competence.auditCreate', { kind: 'pre-appointment', personId: candidate.id, roleId: role.id, auditedOn: '2026-11-02', assessorId: assessor.id, levels: [{ skillId: audit.id, level: 1 }], notes: 'Interview and a sample audit plan', followUpOn: '2027-02-01', files: [file('interview.txt', 'notes')] });
    expect(before.ref).toBe('CMP-001');
    expect(before.result).toBe('gaps');
    expect(before.gaps).toEqual([{ skillId: audit.id, skillName: audit.name, required: 2, actual: 1, missing: 1 }]);
    expect(before.checked.map((c) => [c.skillName, c.actual])).toEqual([[risk.name, 4], [audit.name, 1]]);
    expect(before.assessorName).toBe('Ivan ISMS Manager');
    expect(before.evidence[0].attachment.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The level found in the audit is now the matrix level.
    const matrix = await call('competence.matrix', {});
    expect(matrix.entries.find((e) => e.personId === candidate.id && e.skillId === audit.id)).toMatchObject({ level: 1, source: 'skills-audit', assessedOn: '2026-11-02' });

    await call('roles.assign', { roleId: role.id, personId: candidate.id, acceptedOn: '2026-11-03' });
    expect((await call('competence.gapsByRole', {})).find((r) => r.roleId === role.id)!.holders[0].gaps.map((g) => g.skillId)).toEqual([audit.id]);
    const plan = await call('competence.planCreate', { personId: candidate.id, skillId: audit.id, targetLevel: 2, dueDate: '2026-12-31' });
    expect(plan).toMatchObject({ ref: 'TRP-001', currentLevel: 1, status: 'planned', overdue: false });
    const person = (await call('competence.gapsByPerson', {})).find((p) => p.personId === candidate.id)!;
    expect(person.gaps.map((g) => g.skillName)).toEqual([audit.name]);
    expect(person.plans.map((p) => p.ref)).toEqual(['TRP-001']);

    const training = await call('competence.trainingCreate', { personId: candidate.id, title: 'Internal auditor course', completedOn: '2026-11-20', provider: 'Audit Academy', levelReached: 2, planId: plan.id, files: [file('certificate.txt', 'passed')] });
    expect(training).toMatchObject({ ref: 'TRN-001', skillId: audit.id, planRef: 'TRP-001' });
    expect(training.evidence).toHaveLength(1);
    expect((await call('competence.planList', { personId: candidate.id }))[0]).toMatchObject({ status: 'done', currentLevel: 2 });
    expect((await call('competence.gapsByPerson', {})).find((p) => p.personId === candidate.id)!.gaps).toEqual([]);

    const after = await call('competence.auditCreate', { kind: 'post-appointment', personId: candidate.id, roleId: role.id, auditedOn: '2026-11-28', assessorId: assessor.id });
    expect(after.result).toBe('gaps-closed');
    expect(after.gaps).toEqual([]);
    expect(after.priorAuditRef).toBe('CMP-001');
    expect(after.closedGaps.map((g) => g.skillName)).toEqual([audit.name]);
    // The first audit keeps what it found on its day.
    expect((await call('competence.auditGet', { id: before.id })).gaps).toHaveLength(1);
  });

  it('an audit after appointment on the same day as the audit before it still compares with it', async () => {
    const { audit, role, candidate, assessor } = await setup();
    await call('competence.auditCreate', { kind: 'pre-appointment', personId: candidate.id, roleId: role.id, auditedOn: '2026-11-10', assessorId: assessor.id, levels: [{ skillId: audit.id, level: 1 }] });
    const after = await call('competence.auditCreate', { kind: 'post-appointment', personId: candidate.id, roleId: role.id, auditedOn: '2026-11-10', assessorId: assessor.id, levels: [{ skillId: audit.id, level: 2 }] });
    expect(after).toMatchObject({ priorAuditRef: 'CMP-001', result: 'gaps-remain' });
    expect(after.closedGaps.map((g) => g.skillId)).toEqual([audit.id]);
  });

  it('the 7.5 checklist sees competence evidence as started once a skills audit exists', async () => {
    const { audit, role, candidate, assessor } = await setup();
    const item = async () => (await call('docinfo.checklist', {})).find((c) => c.key === 'competence')!;
    expect((await item()).status).toBe('missing');
    await call('competence.auditCreate', { kind: 'pre-appointment', personId: candidate.id, roleId: role.id, auditedOn: '2026-11-10', assessorId: assessor.id, levels: [{ skillId: audit.id, level: 1 }] });
    expect((await item()).status).toBe('draft');
  });

  it('an older training record does not overwrite a newer audited level', async () => {
    const { audit, role, candidate, assessor } = await setup();
    await call('competence.auditCreate', { kind: 'pre-appointment', personId: candidate.id, roleId: role.id, auditedOn: '2026-11-10', assessorId: assessor.id, levels: [{ skillId: audit.id, level: 3 }] });
    await call('competence.trainingCreate', { personId: candidate.id, title: 'Old course', completedOn: '2025-05-01', skillId: audit.id, levelReached: 1 });
    const entry = (await call('competence.matrix', {})).entries.find((e) => e.skillId === audit.id)!;
    expect(entry).toMatchObject({ level: 3, source: 'skills-audit' });
  });

  it('refuses bad audits and training with a typed error and writes nothing', async () => {
    const { audit, role, candidate, assessor } = await setup();
    const empty = await call('roles.create', { name: 'Role without needs' });
    const before = rowCount(h.sqlite(), 'change_log');
    const base = { kind: 'pre-appointment', personId: candidate.id, roleId: role.id, auditedOn: '2026-11-02', assessorId: assessor.id };
    expect(fieldsOf(expectError(await raw('competence.auditCreate', { ...base, auditedOn: '2999-01-01' }), 'VALIDATION'))).toEqual(['auditedOn']);
    expect(fieldsOf(expectError(await raw('competence.auditCreate', { ...base, roleId: empty.id }), 'VALIDATION'))).toEqual(['roleId']);
    expect(fieldsOf(expectError(await raw('competence.auditCreate', { ...base, levels: [{ skillId: audit.id, level: 6 }] }), 'VALIDATION'))).toEqual(['levels.0.level']);
    expect(fieldsOf(expectError(await raw('competence.auditCreate', { ...base, files: [{ name: 'x.txt', dataBase64: '' }] }), 'VALIDATION'))).toEqual(['files.0.dataBase64']);
    expect(fieldsOf(expectError(await raw('competence.auditCreate', { ...base, kind: 'someday' }), 'VALIDATION'))).toEqual(['kind']);
    expectError(await raw('competence.auditCreate', { ...base, assessorId: role.id }), 'NOT_FOUND');
    expect(fieldsOf(expectError(await raw('competence.requirementSet', { roleId: role.id, skillId: audit.id, requiredLevel: 0 }), 'VALIDATION'))).toEqual(['requiredLevel']);
    expect(fieldsOf(expectError(await raw('competence.trainingCreate', { personId: candidate.id, title: 'Course', completedOn: '2999-01-01' }), 'VALIDATION'))).toEqual(['completedOn']);
    expect(fieldsOf(expectError(await raw('competence.trainingCreate', { personId: candidate.id, title: 'Course', completedOn: '2026-11-01', levelReached: 2 }), 'VALIDATION'))).toEqual(['levelReached']);
    expect(fieldsOf(expectError(await raw('competence.levelSet', { personId: candidate.id, skillId: audit.id, level: 2, assessedOn: '2999-01-01' }), 'VALIDATION'))).toEqual(['assessedOn']);
    expect(fieldsOf(expectError(await raw('competence.evidenceAdd', { file: file('a.txt', 'x') }), 'VALIDATION'))).toEqual(['auditId']);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(before);
    expect(rowCount(h.sqlite(), 'skill_audits')).toBe(0);
    expect(rowCount(h.sqlite(), 'attachments')).toBe(0);
  });

  it('partial updates keep the frozen findings; deleting an audit removes its files', async () => {
    const { audit, role, candidate, assessor } = await setup();
    const a = await call('competence.auditCreate', { kind: 'pre-appointment', personId: candidate.id, roleId: role.id, auditedOn: '2026-11-02', assessorId: assessor.id, levels: [{ skillId: audit.id, level: 0 }], followUpOn: '2027-01-15' });
    const changed = await call('competence.auditUpdate', { id: a.id, notes: 'Second interview planned' });
    expect(changed).toMatchObject({ notes: 'Second interview planned', followUpOn: '2027-01-15', result: 'gaps', auditedOn: '2026-11-02' });
    expect((await call('competence.auditUpdate', { id: a.id, followUpOn: null })).followUpOn).toBeNull();
    const ev = await call('competence.evidenceAdd', { auditId: a.id, file: file('test.txt', 'score 40%') });
    expect(rowCount(h.sqlite(), 'attachments')).toBe(1);
    await call('competence.evidenceDelete', { id: ev.id });
    await call('competence.evidenceAdd', { auditId: a.id, file: file('test.txt', 'score 40%') });
    await call('competence.auditDelete', { id: a.id });
    expect(rowCount(h.sqlite(), 'attachments')).toBe(0);
    expect(rowCount(h.sqlite(), 'competence_evidence')).toBe(0);
  });

  it('deleting a person or role lists the competence records that go with them', async () => {
    const { audit, role, candidate, assessor } = await setup();
    await call('competence.auditCreate', { kind: 'pre-appointment', personId: candidate.id, roleId: role.id, auditedOn: '2026-11-02', assessorId: assessor.id, levels: [{ skillId: audit.id, level: 1 }], files: [file('notes.txt', 'interview')] });
    await call('competence.trainingCreate', { personId: candidate.id, title: 'Course', completedOn: '2026-11-05', files: [file('cert.txt', 'passed')] });
    const refused = expectError(await raw('people.delete', { id: candidate.id }), 'CONFLICT');
    expect((refused.details as { references: { kind: string }[] }).references.map((r) => r.kind)).toEqual(expect.arrayContaining(['competence.audit', 'competence.level']));
    const roleRefs = expectError(await raw('roles.delete', { id: role.id }), 'CONFLICT');
    expect((roleRefs.details as { references: { kind: string }[] }).references.map((r) => r.kind)).toEqual(expect.arrayContaining(['competence.requirement', 'competence.audit']));
    await call('people.delete', { id: assessor.id, confirm: true });
    expect((await call('competence.auditList', {}))[0]).toMatchObject({ assessorId: null, assessorName: 'Ivan ISMS Manager' });
    await call('people.delete', { id: candidate.id, confirm: true });
    expect(rowCount(h.sqlite(), 'skill_audits')).toBe(0);
    expect(rowCount(h.sqlite(), 'person_skills')).toBe(0);
    // Their evidence files went with the records.
    expect(rowCount(h.sqlite(), 'competence_evidence')).toBe(0);
    expect(rowCount(h.sqlite(), 'attachments')).toBe(0);
  });
});
