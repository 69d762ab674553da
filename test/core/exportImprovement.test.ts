import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestInput } from '../utils/platform';
import { expectError, fieldsOf, openHarness, RANDOM_ID, topManager, type Harness } from './helpers';
import { readDocx, readXlsx } from '../utils/office';

const PDFTOTEXT = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: TestInput<M>) => h.client.call(m, i);
const file = (name: string) => join(h.dir, name);

/** A nonconformity taken through its whole life, with a failed review on the way. */
async function closedNc() {
  const owner = await call('people.create', { name: 'Olive Owner' });
  const boss = await topManager(h.client, 'Bea Boss');
  const control = (await call('controls.list', { search: '5.18' }))[0];
  const nc = await call('improvement.ncCreate', {
    title: 'Leavers kept access',
    source: 'internal-audit',
    sourceReference: 'IA-2026 finding 3',
    clauseId: '8.1',
    controlId: control.id,
    severity: 'major',
    raisedOn: '2026-11-20',
    ownerId: owner.id,
    correction: 'Disabled the four accounts',
    whys: ['HR did not tell IT', 'No IT step in the leaver checklist'],
    fishbone: [
      { category: 'process', cause: 'No IT step in the leaver checklist' },
      { category: 'people', cause: 'Managers unaware of their duty' },
    ],
    rootCause: 'The leaver process has no step for IT.',
  });
  const step = (action: string, more = {}) => call('improvement.ncTransition', { id: nc.id, action, ...more } as never);
  await step('record-correction');
  await step('analyse-cause');
  const a = await call('improvement.actionCreate', { ncId: nc.id, title: 'Add an IT step to the checklist', ownerId: owner.id, dueDate: '2026-12-10' });
  await call('improvement.linkCreate', { ncId: nc.id, actionId: a.id, kind: 'control', targetId: control.id, note: 'Procedure updated' });
  await step('plan-actions');
  await call('improvement.actionUpdate', { id: a.id, status: 'done' });
  await step('complete-actions');
  const r1 = await call('improvement.reviewCreate', { ncId: nc.id, plannedOn: '2026-11-29', reviewerId: boss.id, criteria: 'No active leaver accounts' });
  await call('improvement.reviewRecord', { id: r1.id, result: 'not-effective', notes: 'Contractors were missed' });
  await step('plan-actions');
  await step('complete-actions');
  const r2 = await call('improvement.reviewCreate', { ncId: nc.id, plannedOn: '2026-11-29', reviewerId: boss.id, criteria: 'No active leaver or contractor accounts' });
  await call('improvement.reviewRecord', { id: r2.id, result: 'effective', notes: 'Sample of 12 all disabled' });
  await step('close', { closedById: boss.id, closureEvidence: 'Checklist v2 and the sample' });
  return { nc, owner, boss };
}

describe('export: the nonconformity report (10.2)', () => {
  it('writes the record with its root cause analysis and the fishbone as a picture, final once closed', async () => {
    const { nc } = await closedNc();
    const target = file('nc.docx');
    expect(await call('export.document', { id: 'nonconformity-report', recordId: nc.id, path: target })).toMatchObject({ saved: true, format: 'docx' });
    const doc = await readDocx(target);
    const para = doc.paragraphs;
    const after = (label: string) => para[para.indexOf(label) + 1];
    expect([after('Document id'), after('Version'), after('Status'), after('Approved by'), after('Approval date')]).toEqual(['ISMS-10.2-NC-001', 'Final', 'Closed record', 'Bea Boss', '2026-11-29']);
    for (const s of ['Five whys', 'HR did not tell IT', 'No IT step in the leaver checklist', 'Cause and effect (fishbone)', 'The leaver process has no step for IT.', 'Contractors were missed', 'Not effective', 'Checklist v2 and the sample', 'Effectiveness review failed (reopened)', 'Procedure updated']) {
      expect(doc.text, s).toContain(s);
    }
    // The fishbone is a PNG inside the file, described for screen readers.
    const media = Object.keys(doc.zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media.length).toBe(1);
    const png = await doc.zip.file(media[0])!.async('nodebuffer');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1400);
    expect(doc.xml).toContain('Fishbone diagram of NC-001');
    expect(doc.xml).not.toContain('DRAFT');
  });

  it('prints an open nonconformity as a draft working copy, also as PDF', async () => {
    const nc = await call('improvement.ncCreate', { title: 'Backups untested', source: 'self-identified', clauseId: '8.1', raisedOn: '2026-11-25', fishbone: [{ category: 'technology', cause: 'No restore test job' }] });
    const docx = file('open.docx');
    await call('export.document', { id: 'nonconformity-report', recordId: nc.id, path: docx });
    const doc = await readDocx(docx);
    expect(doc.text).toContain('Working copy');
    expect(doc.text).toContain('still open');
    expect(await doc.part('word/header1.xml') + (await doc.part('word/header2.xml')) + (await doc.part('word/header3.xml'))).toContain('DRAFT');
    const pdf = file('open.pdf');
    await call('export.document', { id: 'nonconformity-report', recordId: nc.id, path: pdf });
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The diagram is embedded as an image in the PDF too.
    expect(readFileSync(pdf).toString('latin1')).toMatch(/\/Subtype \/Image/);
    if (PDFTOTEXT) {
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const s of ['ISMS-10.2-NC-001', 'Backups untested', 'Root cause analysis', 'No restore test job', 'Page 1 of']) expect(text, s).toContain(s);
    }
  });

  it('needs the record, and refuses one that does not exist, writing nothing', async () => {
    expect(fieldsOf(expectError(await h.client.raw('export.document', { id: 'nonconformity-report', path: file('x.docx') }), 'VALIDATION'))).toEqual(['recordId']);
    expectError(await h.client.raw('export.document', { id: 'nonconformity-report', recordId: RANDOM_ID, path: file('x.docx') }), 'NOT_FOUND');
    const nc = await call('improvement.ncCreate', { title: 'Real', source: 'incident', clauseId: '8.1', raisedOn: '2026-11-25' });
    expect(expectError(await h.client.raw('export.document', { id: 'nonconformity-report', recordId: nc.id, path: file('x.xlsx') }), 'VALIDATION').message).toContain('DOCX, PDF, not XLSX');
    expect(readdirSync(h.dir).filter((f) => f.startsWith('x.'))).toEqual([]);
  });
});

describe('export: the nonconformity and corrective action log (10.1, 10.2)', () => {
  it('writes a workbook with nonconformities, actions and improvements, under document control', async () => {
    const { nc, boss } = await closedNc();
    await call('improvement.ncCreate', { title: 'Visitor book not kept', source: 'external-audit', clauseId: '7.5', severity: 'minor', raisedOn: '2026-11-25' });
    await call('improvement.opportunityCreate', { title: 'Automate leaver accounts', source: 'audit-ofi', benefit: 5, effort: 3, status: 'evaluated' });
    await call('documents.approve', { key: 'nonconformity-log', approverId: boss.id, approvedOn: '2026-11-29' });
    const target = file('log.xlsx');
    expect(await call('export.document', { id: 'nonconformity-log', path: target })).toMatchObject({ saved: true, format: 'xlsx' });
    const wb = await readXlsx(target);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Document control', 'Nonconformities', 'Corrective actions', 'Improvements']);
    const rows = (name: string) => {
      const out: string[][] = [];
      wb.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' && v && 'richText' in v ? (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('') : String(v ?? '')))));
      return out;
    };
    const ncs = rows('Nonconformities');
    expect(ncs[0]).toEqual(['Id', 'Raised', 'Nonconformity', 'Source', 'Requirement', 'Severity', 'Root cause', 'Owner', 'Status', 'Closed']);
    expect(ncs[1].slice(0, 2)).toEqual([nc.ref, '2026-11-20']);
    expect(ncs[1][4]).toContain('Clause 8.1');
    expect(ncs[1].slice(7)).toEqual(['Olive Owner', 'Closed', '2026-11-29']);
    expect(ncs[2][0]).toBe('NC-002');
    expect(rows('Corrective actions')[1].slice(0, 2)).toEqual(['CA-001', 'NC-001']);
    expect(rows('Improvements')[1][0]).toBe('IMP-001');
    const control = rows('Document control').map((r) => r.join(' '));
    expect(control.some((l) => l.includes('ISMS-10.2'))).toBe(true);
    expect(control.some((l) => l.includes('Bea Boss'))).toBe(true);
    // The approved copy is frozen: a later record appears only in the draft.
    await call('improvement.ncCreate', { title: 'Later problem', source: 'complaint', clauseId: '9.1', raisedOn: '2026-11-29' });
    await call('export.document', { id: 'nonconformity-log', path: file('frozen.docx') });
    expect((await readDocx(file('frozen.docx'))).text).not.toContain('Later problem');
    await call('export.document', { id: 'nonconformity-log', path: file('draft.docx'), variant: 'draft' });
    expect((await readDocx(file('draft.docx'))).text).toContain('Later problem');
  });
});
