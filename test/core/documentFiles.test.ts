import { INPUT_KEYS } from '../../shared/contract/reviews';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { harness, type Harness } from './helpers';
import { fillSample } from '../utils/sampleWorkspace';
import { fillRiskSample } from '../utils/sampleRisk';
import { readXlsx } from '../utils/office';

/**
 * Every export in every format, from a realistic workspace, opened the way a user's office suite
 * opens it: LibreOffice converts each DOCX and XLSX to PDF (a conversion error fails the test), and
 * the text of every PDF is read back. Set KEEP_EXPORTS=DIR to keep the files for looking at.
 */
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const SOFFICE = has('soffice');
const PDFTOTEXT = has('pdftotext');

let h: Harness;
let out: string;
const written: string[] = [];
let sample: Awaited<ReturnType<typeof fillSample>>;

beforeAll(async () => {
  h = harness();
  await h.client.call('workspace.create', { organisation: 'Northwind Payroll Ltd', path: join(h.dir, 'ws.isms'), consultant: 'Jo Consultant' });
  sample = await fillSample(h.client.call);
  await fillRiskSample(h.client.call, sample.ciso, sample.ops);
  await h.client.call('documents.approve', { key: 'soa', approverId: sample.ceo.id, approvedOn: '2026-11-29' });
  await h.client.call('documents.approve', { key: 'context-register', approverId: sample.ceo.id, approvedOn: '2026-11-29' });
  await h.client.call('scope.statementApprove', { approverId: sample.ceo.id, approvedOn: '2026-11-29' });
  // 9.2: an audit of clause 6 with a finding, for the audit report.
  const programme = await h.client.call('audits.programmeCreate', { title: 'Audit programme 2026-2028', startYear: 2026, endYear: 2028 });
  const audit = await h.client.call('audits.create', { programmeId: programme.id, title: 'Planning audit', scopeClauses: ['6'], startDate: '2026-11-25', endDate: '2026-11-26' });
  await h.client.call('audits.itemRecord', { id: audit.items[0]!.id, verdict: 'minor', notes: 'Two risks without an owner' });
  // 9.3: a signed-off management review, for its minutes and the results document.
  const review = await h.client.call('reviews.create', { title: 'Annual management review', meetingDate: '2026-11-28', location: 'Board room', chairId: sample.ceo.id, attendeeIds: [sample.ceo.id, sample.ciso.id] });
  await h.client.call('reviews.update', { id: review.id, notes: Object.fromEntries(INPUT_KEYS.map((k) => [k, `Considered ${k}.`])) });
  await h.client.call('reviews.outputAdd', { reviewId: review.id, kind: 'decision', text: 'Fund phishing training for all staff' });
  await h.client.call('reviews.actionAdd', { reviewId: review.id, title: 'Book the phishing training', ownerId: sample.ciso.id, dueDate: '2027-01-31' });
  await h.client.call('reviews.signOff', { id: review.id, reason: 'Chief executive' });
  const records = { nonconformity: sample.nc.id, policy: sample.policy.id, audit: audit.id, review: review.id };
  out = process.env.KEEP_EXPORTS ?? join(h.dir, 'exports');
  mkdirSync(out, { recursive: true });
  for (const d of await h.client.call('export.list', {})) {
    for (const format of d.formats) {
      const path = join(out, `${d.id}.${format}`);
      await h.client.call('export.document', { id: d.id, path, format, ...(d.record ? { recordId: records[d.record] } : {}) });
      written.push(path);
    }
  }
}, 120_000);
afterAll(() => h.cleanup());

describe('every export, every format', () => {
  it('writes a non-empty file of the right kind for each', () => {
    expect(written.length).toBeGreaterThanOrEqual(20);
    for (const path of written) {
      expect(statSync(path).size, path).toBeGreaterThan(2000);
      const magic = execFileSync('head', ['-c', '4', path]).toString('latin1');
      expect(magic, path).toBe(path.endsWith('.pdf') ? '%PDF' : 'PK\u0003\u0004');
    }
  });

  it.skipIf(!SOFFICE)('opens in LibreOffice: every DOCX and XLSX converts to PDF', () => {
    const office = written.filter((p) => !p.endsWith('.pdf'));
    const converted = join(h.dir, 'converted');
    rmSync(converted, { recursive: true, force: true });
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${join(h.dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', converted, ...office], { encoding: 'utf8', timeout: 240_000 });
    expect(result.status, result.stderr).toBe(0);
    const made = existsSync(converted) ? readdirSync(converted) : [];
    for (const path of office) {
      const name = `${path.split('/').pop()!.replace(/\.\w+$/, '')}.pdf`;
      // Two sources share a stem (raci-matrix.docx and .xlsx); each conversion must have produced output.
      expect(made, `LibreOffice could not convert ${path}`).toContain(name);
      expect(statSync(join(converted, name)).size).toBeGreaterThan(1000);
    }
  }, 300_000);

  it.skipIf(!PDFTOTEXT)('PDFs carry the cover, the control block, the content and "Page X of Y"', () => {
    const text = (name: string) => execFileSync('pdftotext', ['-layout', join(out, name), '-'], { encoding: 'utf8' });
    const scope = text('scope-statement.pdf');
    for (const s of ['ISMS-4.3', 'Scope of the ISMS', 'Document control', 'Change history', 'Catherine Llewellyn-Smith', '2026-11-29', 'Leeds head office', 'Facilities management', 'INTERNAL', 'Page 1 of']) {
      expect(scope, s).toContain(s);
    }
    const context = text('context-register.pdf');
    expect(context).toContain('ISMS-4.1');
    expect(context).toMatch(/Political[\s\S]*Economic[\s\S]*Social[\s\S]*Technological[\s\S]*Legal/);
    // Approved, then changed: the frozen copy says so and does not show the new issue.
    const processes = text('isms-processes.pdf');
    expect(processes).toContain('1.0 draft');
    expect(processes).toContain('DRAFT');
    const policy = text('policy.pdf');
    expect(policy).toContain('Information security policy');
    expect(policy).toContain('Published');
  });

  it('XLSX print setup: A4, fit to one page wide, repeated header row, header and footer on every sheet', async () => {
    const workbooks = written.filter((p) => p.endsWith('.xlsx'));
    expect(workbooks.map((p) => p.split('/').pop())).toEqual(expect.arrayContaining(['risk-register.xlsx', 'soa-xlsx.xlsx', 'treatment-plan.xlsx']));
    for (const path of workbooks) {
      const book = await readXlsx(path);
      expect(book.worksheets.length, path).toBeGreaterThan(1);
      for (const sheet of book.worksheets) {
        const where = `${path} / ${sheet.name}`;
        expect(sheet.pageSetup.paperSize, where).toBe(9);
        expect(sheet.pageSetup.fitToPage, where).toBe(true);
        expect(sheet.pageSetup.fitToWidth, where).toBe(1);
        expect(sheet.pageSetup.fitToHeight, where).toBe(0);
        expect(sheet.headerFooter.oddFooter, where).toContain('Page &P of &N');
        expect(sheet.headerFooter.oddHeader, where).toContain('INTERNAL');
        if (sheet.name !== 'Document control') {
          expect(sheet.pageSetup.printTitlesRow, where).toBe('1:1');
          expect(sheet.getRow(1).getCell(1).border?.top?.style, where).toBe('thin');
        }
      }
    }
  });
});
