import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestInput } from '../utils/platform';
import { openHarness, topManager, type Harness } from './helpers';
import { readDocx, readXlsx } from '../utils/office';

const PDFTOTEXT = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: TestInput<M>) => h.client.call(m, i);
const file = (name: string) => join(h.dir, name);
const upload = (name: string, text: string) => ({ name, mime: 'text/plain', dataBase64: Buffer.from(text).toString('base64') });

/** A role with two required skills, a candidate audited before and after training. */
async function competence() {
  const skills = await call('competence.skillList', {});
  const risk = skills.find((s) => s.key === 'risk-assessment')!;
  const audit = skills.find((s) => s.key === 'internal-auditing')!;
  const role = await call('roles.create', { name: 'Security champion' });
  await call('competence.requirementSet', { roleId: role.id, skillId: risk.id, requiredLevel: 3 });
  await call('competence.requirementSet', { roleId: role.id, skillId: audit.id, requiredLevel: 2 });
  const cara = await call('people.create', { name: 'Cara Candidate' });
  const ivan = await call('people.create', { name: 'Ivan Assessor' });
  const pre = await call('competence.auditCreate', { kind: 'pre-appointment', personId: cara.id, roleId: role.id, auditedOn: '2026-11-02', assessorId: ivan.id, levels: [{ skillId: risk.id, level: 3 }, { skillId: audit.id, level: 1 }], notes: 'Interview', files: [upload('interview-notes.txt', 'notes')] });
  await call('roles.assign', { roleId: role.id, personId: cara.id, acceptedOn: '2026-11-03' });
  const plan = await call('competence.planCreate', { personId: cara.id, skillId: audit.id, targetLevel: 2, dueDate: '2026-12-31' });
  await call('competence.trainingCreate', { personId: cara.id, title: 'Internal auditor course', completedOn: '2026-11-20', provider: 'Audit Academy', planId: plan.id, levelReached: 2, files: [upload('certificate.txt', 'passed')] });
  const post = await call('competence.auditCreate', { kind: 'post-appointment', personId: cara.id, roleId: role.id, auditedOn: '2026-11-28', assessorId: ivan.id });
  return { pre, post, cara };
}

describe('export: competence evidence (7.2)', () => {
  it('writes requirements, gaps, both audits with their evidence fingerprints, training and the matrix to DOCX, XLSX and PDF', async () => {
    const { pre, post } = await competence();
    const docx = file('competence.docx');
    expect(await call('export.document', { id: 'competence-evidence', path: docx })).toMatchObject({ saved: true, format: 'docx' });
    const doc = await readDocx(docx);
    const body = doc.paragraphs.join('\n');
    for (const text of ['ISMS-7.2', 'Competence requirements per role', 'Security champion', pre.ref, post.ref, 'Gaps found', 'Gaps closed', 'interview-notes.txt', pre.evidence[0]!.attachment.sha256, 'Internal auditor course', 'TRN-001', 'Skills matrix']) expect(body).toContain(text);
    expect(body).toContain(`Against ${pre.ref}: closed Internal auditing`);

    const xlsx = file('competence.xlsx');
    expect(await call('export.document', { id: 'competence-evidence', path: xlsx })).toMatchObject({ saved: true, format: 'xlsx' });
    const wb = await readXlsx(xlsx);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Document control', 'Requirements', 'Gaps', 'Skills audits', 'Training plans', 'Training records', 'Skills matrix', 'Matrix sources']);
    const matrix = wb.getWorksheet('Skills matrix')!;
    const header = (matrix.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header[0]).toBe('Person');
    const caraRow = (matrix.getRow(2).values as unknown[]).slice(1);
    expect(JSON.stringify(caraRow[0])).toContain('Cara Candidate');
    expect(caraRow[header.indexOf('Internal auditing')]).toBe('2');
    expect(caraRow[header.indexOf('Information security risk assessment')]).toBe('3');

    if (PDFTOTEXT) {
      const pdf = file('competence.pdf');
      await call('export.document', { id: 'competence-evidence', path: pdf });
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Competence evidence');
      expect(text).toContain(post.ref);
    }
  });

  it('an approved copy is frozen: a later audit appears only in the draft', async () => {
    const { cara } = await competence();
    const boss = await topManager(h.client, 'Bea Boss');
    await call('documents.approve', { key: 'competence-evidence', approverId: boss.id, approvedOn: '2026-11-29' });
    await call('competence.trainingCreate', { personId: cara.id, title: 'Later refresher', completedOn: '2026-11-29' });
    await call('export.document', { id: 'competence-evidence', path: file('frozen.docx') });
    expect((await readDocx(file('frozen.docx'))).text).not.toContain('Later refresher');
    await call('export.document', { id: 'competence-evidence', path: file('draft.docx'), variant: 'draft' });
    expect((await readDocx(file('draft.docx'))).text).toContain('Later refresher');
  });
});

describe('export: awareness record (7.3)', () => {
  it('lists campaigns with reach, quiz average and rating, attendance, and who was not reached this year', async () => {
    const ann = await call('people.create', { name: 'Ann Accounts' });
    const bob = await call('people.create', { name: 'Bob Builder' });
    const c = await call('awareness.campaignCreate', { topic: 'Phishing refresher', heldOn: '2026-09-15', materialLink: 'https://learn.example/phishing', materialFile: upload('slides.txt', 'slides'), effectiveness: 4, effectivenessNote: 'Click rate halved in the next test' });
    await call('awareness.attendanceSave', { campaignId: c.id, rows: [{ personId: ann.id, quizScore: 90 }] });
    const docx = file('awareness.docx');
    expect(await call('export.document', { id: 'awareness-record', path: docx })).toMatchObject({ saved: true, format: 'docx' });
    const doc = await readDocx(docx);
    for (const text of ['ISMS-7.3', 'AWR-001', 'Phishing refresher', 'https://learn.example/phishing', '1 of 2', 'Click rate halved', 'Not reached in 2026', 'Bob Builder', 'Ann Accounts']) expect(doc.paragraphs.join('\n')).toContain(text);
    expect(doc.paragraphs.join('\n')).toContain('Not reached from its audience: Bob Builder.');
    expect(bob.ref).toBe('PER-002');
    if (PDFTOTEXT) {
      const pdf = file('awareness.pdf');
      await call('export.document', { id: 'awareness-record', path: pdf });
      expect(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })).toContain('Awareness record');
    }
  });
});
