import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestInput } from '../utils/platform';
import { expectError, fieldsOf, openHarness, topManager, type Harness } from './helpers';
import { readDocx, readXlsx } from '../utils/office';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Audit Co')));
afterEach(() => h.cleanup());

const call = <M extends Parameters<Harness['client']['call']>[0]>(m: M, i: TestInput<M>) => h.client.call(m, i);
const file = (name: string) => join(h.dir, name);
const EVIDENCE = 'Access review 2026-Q3: 4 leavers still active';

async function reportedAudit() {
  const lead = await call('people.create', { name: 'Lena Lead', jobTitle: 'Internal auditor' });
  const c = (await call('controls.list', { search: '5.15' })).find((x) => x.ref === '5.15')!;
  await call('controls.update', { id: c.id, applicable: true, justification: 'Access is controlled' });
  const p = await call('audits.programmeCreate', { title: 'Audit programme 2026-2028', startYear: 2026, endYear: 2028, methods: ['on-site'], frequency: 'Every area once in the cycle.' });
  const audit = await call('audits.create', { programmeId: p.id, title: 'Planning audit', scopeClauses: ['6'], scopeControlIds: [c.id], startDate: '2026-11-25', endDate: '2026-11-26', auditees: 'ISMS manager' });
  await call('audits.teamAdd', { auditId: audit.id, personId: lead.id, role: 'lead-auditor' });
  for (const i of audit.items) {
    const minor = i.requirementId === '6.1.2';
    await call('audits.itemRecord', { id: i.id, verdict: minor ? 'minor' : 'conforming', notes: minor ? 'Two risks in the register have no owner.' : 'Seen and in order.' });
  }
  const item = audit.items.find((i) => i.requirementId === '6.1.2')!;
  const ev = await call('audits.evidenceAdd', { itemId: item.id, description: 'Register extract', effectiveOn: '2026-09-30', file: { name: 'access-review.txt', mime: 'text/plain', dataBase64: Buffer.from(EVIDENCE).toString('base64') } });
  return { audit, p, lead, ev };
}

describe('export: 9.2 audit report and programme', () => {
  it('writes the report with the plan, the findings by severity and each evidence file with its SHA-256; a draft until reported, final after', async () => {
    const { audit, ev } = await reportedAudit();
    const hash = createHash('sha256').update(EVIDENCE).digest('hex');
    expect(ev.attachment.sha256).toBe(hash);
    await call('export.document', { id: 'audit-report', recordId: audit.id, path: file('draft.docx') });
    const draft = await readDocx(file('draft.docx'));
    expect(draft.text).toContain('Working copy');
    expect((await draft.part('word/header1.xml')) + (await draft.part('word/header2.xml')) + (await draft.part('word/header3.xml'))).toContain('DRAFT');
    await call('audits.update', { id: audit.id, summary: 'Two days on site.', conclusions: 'The ISMS conforms in the areas audited, with one minor nonconformity.', distribution: 'Top management; ISMS manager', status: 'reported' });
    expect(await call('export.document', { id: 'audit-report', recordId: audit.id, path: file('report.docx') })).toMatchObject({ saved: true, format: 'docx' });
    const doc = await readDocx(file('report.docx'));
    const para = doc.paragraphs;
    const after = (label: string) => para[para.indexOf(label) + 1];
    expect([after('Document id'), after('Version'), after('Status'), after('Approved by'), after('Approval date')]).toEqual(['ISMS-9.2-AUD-001', 'Final', 'Reported', 'Lena Lead', '2026-11-29']);
    for (const s of ['1 Audit plan', 'Clause 6 Planning', 'Annex A 5.15 Access control', 'Lena Lead', 'Independent of the scope', '3 Findings by severity', 'FND-001', 'Minor nonconformity', 'Two risks in the register have no owner.', 'ISO/IEC 27001:2022 clause 6.1.2', '5 Evidence', 'access-review.txt', hash, '2026-09-30', '6 Conclusions', 'with one minor nonconformity', '7 Distribution', 'Top management; ISMS manager']) {
      expect(doc.text, s).toContain(s);
    }
    expect(doc.xml).not.toContain('DRAFT');
    await call('export.document', { id: 'audit-report', recordId: audit.id, path: file('report.pdf') });
    expect(readFileSync(file('report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(fieldsOf(expectError(await h.client.raw('export.document', { id: 'audit-report', path: file('x.docx') }), 'VALIDATION'))).toEqual(['recordId']);
  });

  it('writes the programme under document control as DOCX and XLSX with its audits and coverage', async () => {
    await reportedAudit();
    const boss = await topManager(h.client, 'Bea Boss');
    await call('documents.approve', { key: 'audit-programme', approverId: boss.id });
    await call('export.document', { id: 'audit-programme', path: file('programme.docx') });
    const doc = await readDocx(file('programme.docx'));
    for (const s of ['ISMS-9.2', 'Audit programme 2026-2028', 'Every area once in the cycle.', 'AUD-001', 'Planning audit', 'Lena Lead', 'Coverage of the cycle', 'Clause 6 Planning', 'Audited', 'Clause 4 Context of the organisation', 'Not planned', '5.15 Access control']) expect(doc.text, s).toContain(s);
    expect(doc.xml).not.toContain('DRAFT');
    await call('export.document', { id: 'audit-programme-xlsx', path: file('programme.xlsx') });
    const book = await readXlsx(file('programme.xlsx'));
    const text = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().map((v) => JSON.stringify(v ?? ''))).join(' ');
    expect(book.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['APR-001 audits', 'APR-001 coverage']));
    for (const s of ['AUD-001', 'Planning audit', 'Not planned', 'Audited']) expect(text, s).toContain(s);
  });
});
