import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { expectError, openHarness, type Harness } from './helpers';
import { readDocx, readXlsx } from '../utils/office';
import { fillRiskSample } from '../utils/sampleRisk';
import { heatMapPng } from '../../electron/core/export/png';

const PDFTOTEXT = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;

let h: Harness;

async function seed() {
  const ceo = await h.client.call('people.create', { name: 'Carla Chief' });
  const owner = await h.client.call('people.create', { name: 'Rita Owner' });
  const other = await h.client.call('people.create', { name: 'Omar Other' });
  const top = (await h.client.call('roles.list', {})).find((r) => r.key === 'top-management')!;
  await h.client.call('roles.assign', { roleId: top.id, personId: ceo.id, acceptedOn: '2026-11-20' });
  return { ceo, owner, ...(await fillRiskSample(h.client.call, owner, other)) };
}

const file = (name: string) => join(h.dir, name);
const exportTo = (id: 'risk-method' | 'risk-register' | 'risk-report' | 'treatment-plan' | 'soa' | 'soa-xlsx', name: string, variant: 'approved' | 'draft' = 'approved') =>
  h.client.call('export.document', { id, path: file(name), variant });
const pdfText = (name: string) => execFileSync('pdftotext', ['-layout', file(name), '-'], { encoding: 'utf8' });
const values = (row: { values: unknown }) => (row.values as unknown[]).slice(1);

describe('6.1 exports on the document model', { timeout: 60_000 }, () => {
  beforeEach(async () => void (h = await openHarness('Acme Ltd')));
  afterEach(() => h.cleanup());

  it('every 6.1 document is a controlled document with a DOCX or XLSX and a PDF beside it', async () => {
    const docs = (await h.client.call('export.list', {})).filter((d) => ['6.1', '8.2', '8.3'].includes(d.clauseId));
    expect(docs.map((d) => [d.id, d.documentKey, d.formats.includes('pdf')])).toEqual([
      ['risk-method', 'risk-method', true],
      ['risk-register', 'risk-register', true],
      ['risk-report', 'risk-report', true],
      ['treatment-plan', 'treatment-plan', true],
      ['soa', 'soa', true],
      ['soa-xlsx', 'soa', true],
    ]);
    const records = await h.client.call('documents.list', {});
    expect(records.filter((r) => r.docId.startsWith('ISMS-6.1') || r.docId === 'ISMS-8.2').map((r) => [r.docId, r.version, r.status])).toEqual([
      ['ISMS-6.1.2', '1.0 draft', 'draft'],
      ['ISMS-6.1.2-REG', '1.0 draft', 'draft'],
      ['ISMS-6.1.3', '1.0 draft', 'draft'],
      ['ISMS-6.1.3-SOA', '1.0 draft', 'draft'],
      ['ISMS-8.2', '1.0 draft', 'draft'],
    ]);
  });

  it('risk register XLSX: control sheet, both tables read back, levels coloured by conditional formatting, print-ready', async () => {
    const { theft, lost } = await seed();
    await exportTo('risk-register', 'reg.xlsx');
    const book = await readXlsx(file('reg.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Document control', 'Risk register', 'Treatment']);
    const control = book.getWorksheet('Document control')!;
    expect(values(control.getRow(5))).toEqual(['Document id', 'ISMS-6.1.2-REG']);
    const reg = book.getWorksheet('Risk register')!;
    expect(values(reg.getRow(1))).toEqual(['Id', 'Risk and scenario', 'Asset, threat and vulnerability', 'CIA', 'Owner', 'Likelihood', 'Impact', 'Score', 'Level', 'Comes from (4.1, 4.2)']);
    // Prioritised: the critical one first; numbers in their own numeric cells.
    expect(reg.getRow(2).getCell(1).value).toBe(theft.ref);
    expect([2, 3, 4, 5, 6, 7, 8, 9].map((c) => reg.getRow(2).getCell(c).text)).toEqual([
      'Payroll data stolen through a compromised account\nAn attacker signs in with stolen credentials and exports employee bank details.',
      'Asset: Payroll database\nThreat: Unauthorised access to systems\nVulnerability: Weak authentication',
      'CI',
      'Rita Owner',
      '4',
      '5',
      '20',
      'Critical',
    ]);
    expect(reg.getRow(2).getCell(8).value).toBe(20);
    expect(reg.getRow(5).getCell(3).value).toBe('Event-based');
    const cf = (reg as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(['I2:I5']);
    expect(cf[0].rules.map((r) => [r.type, r.formulae[0], r.style.fill.bgColor.argb])).toEqual([
      ['expression', 'I2="Low"', 'FF2F9E44'],
      ['expression', 'I2="Medium"', 'FFF2C200'],
      ['expression', 'I2="High"', 'FFF08C00'],
      ['expression', 'I2="Critical"', 'FFE03131'],
    ]);
    const treatment = book.getWorksheet('Treatment')!;
    const lostRow = [2, 3, 4, 5].map((n) => treatment.getRow(n)).find((r) => r.getCell(1).value === lost.ref)!;
    expect([lostRow.getCell(5).text, lostRow.getCell(8).text, lostRow.getCell(10).text]).toEqual(['8.1 User end point devices', 'Low', '2026-11-29: accepted by Omar Other\nReview by 2027-05-31']);
    for (const sheet of [reg, treatment]) {
      expect(sheet.pageSetup.orientation).toBe('landscape');
      expect([sheet.pageSetup.paperSize, sheet.pageSetup.fitToWidth, sheet.pageSetup.fitToHeight, sheet.pageSetup.printTitlesRow]).toEqual([9, 1, 0, '1:1']);
      expect(sheet.headerFooter.oddHeader).toContain('ISMS-6.1.2-REG');
      expect(sheet.headerFooter.oddFooter).toContain('Page &P of &N');
    }
  });

  it('SoA: approval freezes it; a later change shows in the draft and is noted on the approved copy', async () => {
    const { ceo, theft, control } = await seed();
    const draft = await h.client.call('documents.get', { key: 'soa' });
    expect([draft.docId, draft.version, draft.status]).toEqual(['ISMS-6.1.3-SOA', '1.0 draft', 'draft']);
    // A future approval date is refused and nothing is recorded.
    expectError(await h.client.raw('documents.approve', { key: 'soa', approverId: ceo.id, approvedOn: '2027-01-01' }), 'VALIDATION');
    expect((await h.client.call('documents.get', { key: 'soa' })).history).toEqual([]);
    const approved = await h.client.call('documents.approve', { key: 'soa', approverId: ceo.id, approvedOn: '2026-11-29' });
    expect([approved.version, approved.status, approved.nextReview]).toEqual(['1.0', 'approved', '2027-11-29']);

    await exportTo('soa-xlsx', 'soa-1.xlsx');
    const ws = (await readXlsx(file('soa-1.xlsx'))).getWorksheet('Statement of Applicability')!;
    const rows = Array.from({ length: 93 }, (_v, i) => ws.getRow(2 + i));
    const byRef = (r: string) => rows.find((row) => row.getCell(1).value === r)!;
    expect(rows.filter((r) => /^\d\.\d+$/.test(String(r.getCell(1).value)))).toHaveLength(93);
    expect([byRef('8.24').getCell(4).value, byRef('8.24').getCell(5).value]).toEqual(['Yes', `Risk assessment result\nTreats risk: ${theft.ref}`]);
    expect([byRef('7.14').getCell(4).value, byRef('7.14').getCell(5).value]).toEqual(['No', 'All equipment is leased and wiped by the lessor.']);
    expect(byRef('5.2').getCell(4).value).toBe('Not decided');
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.headerFooter.oddHeader).toContain('version 1.0');

    // Change the SoA after approval: the approved copy stays as approved, the draft shows the change.
    await h.client.call('controls.update', { id: control('5.2'), applicable: true, reasons: ['business'], justification: 'Roles are written down.' });
    expect((await h.client.call('documents.get', { key: 'soa' })).version).toBe('1.1 draft');
    await exportTo('soa', 'soa.docx');
    const doc = await readDocx(file('soa.docx'));
    expect(doc.paragraphs).toContain('ISMS-6.1.3-SOA');
    expect(doc.paragraphs).toContain('Carla Chief');
    expect(doc.text).not.toContain('Roles are written down.');
    expect(doc.paragraphs.some((p) => p.startsWith('The workspace has changed since version 1.0 was approved on 2026-11-29.'))).toBe(true);
    expect(doc.paragraphs.some((p) => p.startsWith('93 controls: 4 applicable, 1 excluded, 88 not decided yet.'))).toBe(true);
    await exportTo('soa', 'soa-draft.docx', 'draft');
    const next = await readDocx(file('soa-draft.docx'));
    expect(next.text).toContain('Roles are written down.');
    expect(next.paragraphs).toContain('1.1 draft');
  });

  it('risk report DOCX embeds both heat maps as PNG images; method and treatment plan carry their content', async () => {
    const { theft } = await seed();
    await exportTo('risk-report', 'report.docx');
    const report = await readDocx(file('report.docx'));
    const images = Object.keys(report.zip.files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'));
    expect(images).toHaveLength(2);
    const png = await report.zip.file(images[0])!.async('nodebuffer');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(report.paragraphs).toEqual(expect.arrayContaining(['ISMS-8.2', '2 Inherent risk heat map', '3 Residual risk heat map', 'Inherent risk: 4 risks by likelihood and impact', 'Residual risk: 2 risks by likelihood and impact']));
    const comparison = report.paragraphs.find((p) => p.startsWith('Assessment after the hosting move (2026-11-28) compared with Initial assessment (2026-11-20): 4 new'));
    // Says what risen and fallen are measured on (the runs compare residual levels, not inherent ones).
    expect(comparison).toContain('its residual level, or its inherent level while no residual is estimated');
    expect(report.text).toContain(theft.ref);

    await exportTo('risk-method', 'method.docx');
    const method = await readDocx(file('method.docx'));
    expect(method.paragraphs).toEqual(expect.arrayContaining(['ISMS-6.1.2', 'Almost certain', '3.3 Risk matrix', 'Critical']));
    expect(method.paragraphs).toContain('Risks at level Low or Medium may be accepted by the risk owner. Risks at level High or Critical must be treated; accepting one without treatment requires a recorded justification and the risk owner\'s decision.');

    await exportTo('treatment-plan', 'plan.docx');
    const plan = await readDocx(file('plan.docx'));
    expect(plan.paragraphs).toEqual(expect.arrayContaining(['ISMS-6.1.3', 'Turn on multi-factor sign-in for payroll', 'In progress, overdue', 'Done', '2026-11-29: approved by Rita Owner']));
    expect(plan.paragraphs).toContain('3 actions: 1 done, 1 in progress, 1 planned, 0 cancelled; 1 overdue on 2026-11-29. Planned cost of the actions not cancelled: 2,300.');
    // Costs are shown as amounts (1,500, not 1500) in the DOCX, and stay numbers in the workbook.
    expect(plan.paragraphs).toContain('1,500');
    expect(plan.paragraphs).not.toContain('1500');
    await exportTo('treatment-plan', 'plan.xlsx');
    const actions = (await readXlsx(file('plan.xlsx'))).getWorksheet('Actions')!;
    const costColumn = (actions.getRow(1).values as unknown[]).indexOf('Cost');
    const costs = [2, 3, 4].map((n) => actions.getRow(n).getCell(costColumn));
    expect(costs.map((c) => c.value).sort()).toEqual([0, 1500, 800]);
    expect(costs.every((c) => c.numFmt === '#,##0')).toBe(true);
  });

  it.skipIf(!PDFTOTEXT)('a PDF beside every DOCX: the same control block and content, page numbers', async () => {
    const { theft } = await seed();
    for (const [id, name] of [['risk-method', 'method.pdf'], ['risk-report', 'report.pdf'], ['treatment-plan', 'plan.pdf'], ['soa', 'soa.pdf'], ['risk-register', 'reg.pdf']] as const) {
      await exportTo(id, name);
      expect(existsSync(file(name))).toBe(true);
    }
    expect(pdfText('method.pdf')).toMatch(/ISMS-6\.1\.2[\s\S]*Page 1 of 4[\s\S]*Document control[\s\S]*3\.3 Risk matrix/);
    expect(pdfText('report.pdf')).toMatch(/Inherent risk: 4 risks by likelihood and impact[\s\S]*Residual risk: 2 risks/);
    expect(pdfText('plan.pdf')).toContain('In progress, overdue');
    expect(pdfText('soa.pdf')).toMatch(/8\.34 +Protection of information/);
    expect(pdfText('reg.pdf')).toContain(theft.ref);
    expect(pdfText('reg.pdf')).toContain('DRAFT');
  });

});

describe('heat map picture', () => {
  it('the heat map PNG has the grid size of the method and the colour of each level at each cell centre', () => {
    const colours = [
      ['2F9E44', 'F2C200', 'F08C00'],
      ['F2C200', 'F08C00', 'E03131'],
      ['F08C00', 'E03131', 'E03131'],
    ];
    const png = heatMapPng({ counts: [[0, 0, 0], [0, 0, 0], [0, 0, 0]], colours });
    expect(png.readUInt32BE(16)).toBe(50 + 3 * 90 + 10);
    expect(png.readUInt32BE(20)).toBe(3 * 90 + 50 + 10);
    const len = png.readUInt32BE(33);
    const raw = inflateSync(png.subarray(41, 41 + len));
    const width = png.readUInt32BE(16);
    const pixel = (x: number, y: number) => raw.subarray(y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 4 + x * 3).toString('hex').toUpperCase();
    // Likelihood 1 is the bottom row; impact 1 the left column.
    expect(pixel(50 + 45, 10 + 2 * 90 + 45)).toBe('2F9E44');
    expect(pixel(50 + 2 * 90 + 45, 10 + 45)).toBe('E03131');
    expect(pixel(50 + 2 * 90 + 45, 10 + 2 * 90 + 45)).toBe('F08C00');
  });
});
