import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestInput } from '../utils/platform';
import { openHarness, topManager, type Harness } from './helpers';
import { readDocx, readXlsx } from '../utils/office';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd'))); // today is 2026-11-29
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: TestInput<M>) => h.client.call(m, i);
const PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;
/** KEEP_DOCS=<folder> keeps the files for a person to look at (look-doc.sh). */
const keep = (path: string) => process.env.KEEP_DOCS && copyFileSync(path, join(process.env.KEEP_DOCS, path.split('/').pop()!));

async function fill() {
  const owner = await call('people.create', { name: 'Petra Procurement' });
  const ceo = await topManager(h.client, 'Carla CEO');
  const party = await call('parties.create', { name: 'Nimbus Hosting', type: 'supplier' });
  const iface = await call('scope.interfaceCreate', { counterpart: 'Hosting provider', crossing: 'Customer data to the data centre', partyId: party.id });
  await call('suppliers.create', {
    name: 'Nimbus Hosting',
    provides: 'Hosting of the customer portal',
    criticality: 'critical',
    dataHandled: 'Customer accounts and orders',
    dataClassification: 'Confidential',
    contractRef: 'MSA-2025-014',
    securityClausesInContract: true,
    securityClauses: 'Breach notice within 24 hours; right to audit',
    certificates: [
      { name: 'ISO/IEC 27001', issuer: 'BSI', number: 'IS 123456', validUntil: '2027-01-10' },
      { name: 'SOC 2 Type II', issuer: 'Deloitte', validUntil: '2026-10-31' },
    ],
    lastAssessedOn: '2026-03-01',
    assessmentResult: 'needs-improvement',
    assessmentNotes: 'Asked for their last penetration test report',
    ownerId: owner.id,
    nextReviewOn: '2027-03-01',
    partyId: party.id,
    interfaceIds: [iface.id],
  });
  await call('suppliers.create', { name: 'Payroll bureau', supplyKind: 'process', criticality: 'low' });
  const plan = await call('communication.planCreate', { topic: 'Phishing reminder', audience: 'All staff', frequency: 'quarterly', startsOn: '2026-01-15', channel: 'E-mail', responsibleId: owner.id, notes: 'With the latest simulation results' });
  await call('communication.planCreate', { topic: 'Policy launch', audience: 'All staff', frequency: 'once', startsOn: '2027-02-01', channel: 'Town hall' });
  await call('communication.logCreate', {
    communicatedOn: '2026-06-01',
    planId: plan.id,
    topic: 'Phishing reminder',
    audience: 'All staff',
    channel: 'E-mail',
    byId: owner.id,
    note: 'Sent after the May simulation',
    file: { name: 'reminder.eml', mime: 'message/rfc822', dataBase64: Buffer.from('Subject: reminder').toString('base64') },
  });
  return { ceo };
}

describe('export: the supplier register (8.1) under document control', () => {
  it('writes a workbook with the register, assessments, certificates with their status today, and links', async () => {
    await fill();
    const path = join(h.dir, 'suppliers.xlsx');
    expect(await call('export.document', { id: 'supplier-register', path, variant: 'draft' })).toMatchObject({ saved: true, format: 'xlsx' });
    keep(path);
    const wb = await readXlsx(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Suppliers', 'Assessments', 'Certificates', 'Links']));
    const text = (name: string) => JSON.stringify(wb.getWorksheet(name)!.getSheetValues());
    expect(text('Suppliers')).toContain('SUP-001');
    expect(text('Suppliers')).toContain('MSA-2025-014');
    expect(text('Suppliers')).toContain('Breach notice within 24 hours');
    expect(text('Assessments')).toContain('Needs improvement');
    expect(text('Assessments')).toContain('2027-03-01'); // critical: a year after the last assessment
    expect(text('Certificates')).toContain('Expires soon');
    expect(text('Certificates')).toContain('Expired');
    expect(text('Links')).toContain('IP-001 Nimbus Hosting');
    expect(text('Links')).toContain('SCI-001 Hosting provider');
  });

  it('writes the same register as DOCX and PDF, and freezes it when approved', async () => {
    const { ceo } = await fill();
    const docx = join(h.dir, 'suppliers.docx');
    await call('export.document', { id: 'supplier-register', path: docx, variant: 'draft' });
    keep(docx);
    const d = await readDocx(docx);
    expect(d.runs).toEqual(expect.arrayContaining(['ISMS-8.1', 'Supplier register', 'SUP-001', 'SUP-002', 'Nimbus Hosting', 'Critical', 'Petra Procurement']));
    expect(d.text).toContain('1 expired, 1 expiring within 60 days');
    await call('documents.approve', { key: 'supplier-register', approverId: ceo.id, approvedOn: '2026-11-29' });
    await call('suppliers.create', { name: 'Added after approval' });
    const approved = join(h.dir, 'approved.docx');
    await call('export.document', { id: 'supplier-register', path: approved });
    expect((await readDocx(approved)).runs).not.toContain('Added after approval');
    if (PDFTOTEXT) {
      const pdf = join(h.dir, 'suppliers.pdf');
      await call('export.document', { id: 'supplier-register', path: pdf, variant: 'draft' });
      keep(pdf);
      expect(readFileSync(pdf).subarray(0, 4).toString()).toBe('%PDF');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const s of ['ISMS-8.1', 'Supplier register', 'Nimbus Hosting', 'Certificates', 'Page 1 of']) expect(text, s).toContain(s);
    }
  });
});

describe('export: the communication plan and log (7.4)', () => {
  it('writes the plan with next due dates and the log with its file, as DOCX and PDF', async () => {
    await fill();
    const docx = join(h.dir, 'communication.docx');
    expect(await call('export.document', { id: 'communication-plan', path: docx, variant: 'draft' })).toMatchObject({ saved: true, format: 'docx' });
    keep(docx);
    const d = await readDocx(docx);
    expect(d.runs).toEqual(expect.arrayContaining(['ISMS-7.4', 'Communication plan and log', 'COM-001', 'COM-002', 'Phishing reminder', 'Quarterly from 2026-01-15', 'Once, 2027-02-01', 'Town hall', 'Petra Procurement', 'Sent after the May simulation', 'File: reminder.eml']));
    // Three months after the entry of 2026-06-01, overdue on 2026-11-29.
    expect(d.runs).toContain('2026-09-01 (overdue)');
    if (PDFTOTEXT) {
      const pdf = join(h.dir, 'communication.pdf');
      await call('export.document', { id: 'communication-plan', path: pdf, variant: 'draft' });
      keep(pdf);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const s of ['ISMS-7.4', 'Communication plan', 'Communication log', 'Phishing reminder', 'Page 1 of']) expect(text, s).toContain(s);
    }
  });
});
