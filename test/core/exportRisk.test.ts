import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { openHarness, type Harness } from './helpers';
import { readDocx, readXlsx } from '../utils/office';
import { heatMapPng } from '../../electron/core/export/png';

let h: Harness;
beforeEach(async () => void (h = await openHarness('Acme Ltd')));
afterEach(() => h.cleanup());

async function seed() {
  const owner = await h.client.call('people.create', { name: 'Rita Owner' });
  const asset = await h.client.call('risk.assetCreate', { name: 'Customer database', type: 'information', ownerId: owner.id, confidentiality: 4, integrity: 3, availability: 2 });
  const threats = await h.client.call('risk.threatList', {});
  const controls = await h.client.call('controls.list', {});
  const ref = (r: string) => controls.find((c) => c.ref === r)!.id;
  const high = await h.client.call('risk.create', {
    title: 'Database stolen by an intruder',
    assetId: asset.id,
    threatId: threats.find((t) => t.name === 'Unauthorised access to systems')!.id,
    affectsC: true,
    ownerId: owner.id,
    likelihood: 4,
    impact: 5,
    treatment: 'modify',
    controlIds: [ref('8.5'), ref('8.24')],
    residualLikelihood: 2,
    residualImpact: 3,
  });
  const low = await h.client.call('risk.create', { title: 'Printer jams', basis: 'event', event: 'The printer jams before an audit', affectsA: true, likelihood: 1, impact: 1, treatment: 'retain' });
  await h.client.call('risk.actionCreate', { riskId: high.id, title: 'Turn on multi-factor sign-in', ownerId: owner.id, dueDate: '2026-12-15', status: 'in-progress', cost: 800, controlId: ref('8.5') });
  await h.client.call('risk.approvePlan', { riskId: high.id, decidedById: owner.id, decision: 'approved', note: 'ok' });
  await h.client.call('controls.update', { id: ref('7.14'), applicable: false, exclusionReason: 'All equipment is leased and wiped by the lessor' });
  return { owner, high, low };
}

const file = (name: string) => join(h.dir, name);

describe('6.1 exports', () => {
  it('risk register XLSX: one row per risk, read back, with conditional formatting on the level columns', async () => {
    const { high, low } = await seed();
    await h.client.call('export.document', { id: 'risk-register', path: file('reg.xlsx') });
    const wb = await readXlsx(file('reg.xlsx'));
    const ws = wb.getWorksheet('Risk register')!;
    expect(ws.getRow(3).values).toContain('Level');
    const rows = [4, 5].map((n) => ws.getRow(n));
    // Prioritised: the critical one first.
    expect(rows.map((r) => r.getCell(1).value)).toEqual([high.ref, low.ref]);
    expect([rows[0].getCell(2).value, rows[0].getCell(4).value, rows[0].getCell(7).value, rows[0].getCell(11).value, rows[0].getCell(12).value, rows[0].getCell(13).value]).toEqual([
      'Database stolen by an intruder',
      'Customer database',
      'C',
      20,
      'Critical',
      'Modify (mitigate)',
    ]);
    expect(rows[0].getCell(14).value).toBe('8.5 Secure authentication\n8.24 Use of cryptography');
    expect(rows[0].getCell(17).value).toBe('Medium');
    expect(String(rows[0].getCell(18).value)).toContain('approved by Rita Owner');
    expect(rows[1].getCell(3).value).toBe('The printer jams before an audit');
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(['L4:L5', 'Q4:Q5']);
    expect(cf[0].rules.map((r) => [r.type, r.style.fill.bgColor.argb])).toEqual([
      ['expression', 'FF2F9E44'],
      ['expression', 'FFF2C200'],
      ['expression', 'FFF08C00'],
      ['expression', 'FFE03131'],
    ]);
    expect(cf[1].rules.map((r) => (r as unknown as { formulae: string[] }).formulae[0])).toEqual(['Q4="Low"', 'Q4="Medium"', 'Q4="High"', 'Q4="Critical"']);
  });

  it('SoA DOCX and XLSX: all 93 controls, automatic risk justification, exclusion reason, version', async () => {
    const { high } = await seed();
    await h.client.call('export.document', { id: 'soa-xlsx', path: file('soa.xlsx') });
    const ws = (await readXlsx(file('soa.xlsx'))).getWorksheet('Statement of Applicability')!;
    const rows = Array.from({ length: 93 }, (_v, i) => ws.getRow(4 + i));
    expect(rows.map((r) => r.getCell(1).value)).toHaveLength(93);
    const byRef = (r: string) => rows.find((row) => row.getCell(1).value === r)!;
    expect([byRef('8.24').getCell(4).value, byRef('8.24').getCell(5).value]).toEqual(['Yes', `Risk assessment result\nTreats risk: ${high.ref}`]);
    expect([byRef('7.14').getCell(4).value, byRef('7.14').getCell(5).value]).toEqual(['No', 'All equipment is leased and wiped by the lessor']);
    expect(byRef('5.1').getCell(4).value).toBe('Not decided');
    expect(String(ws.getRow(2).getCell(1).value)).toMatch(/^Version 1\.\d+, 2026-11-29/);

    await h.client.call('export.document', { id: 'soa', path: file('soa.docx') });
    const doc = await readDocx(file('soa.docx'));
    expect(doc.paragraphs).toContain('Statement of Applicability');
    expect(doc.paragraphs).toContain('Information security roles and responsibilities');
    expect(doc.paragraphs).toContain('Protection of information systems during audit testing');
    expect(doc.text).toContain(`Treats risk: ${high.ref}`);
    expect(doc.paragraphs.some((p) => p.startsWith('93 controls: 2 applicable, 1 excluded, 90 not decided yet.'))).toBe(true);
  });

  it('risk report DOCX embeds both heat maps as PNG images; method and treatment plan DOCX carry their content', async () => {
    const { high } = await seed();
    await h.client.call('export.document', { id: 'risk-report', path: file('report.docx') });
    const report = await readDocx(file('report.docx'));
    const images = Object.keys(report.zip.files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'));
    expect(images).toHaveLength(2);
    const png = await report.zip.file(images[0])!.async('nodebuffer');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(report.paragraphs).toContain('2 Inherent risk heat map');
    expect(report.paragraphs).toContain('3 Residual risk heat map');
    expect(report.text).toContain(high.ref);

    await h.client.call('export.document', { id: 'risk-method', path: file('method.docx') });
    const method = await readDocx(file('method.docx'));
    expect(method.paragraphs).toContain('Almost certain');
    expect(method.paragraphs.some((p) => p.includes('may be accepted by the risk owner'))).toBe(true);

    await h.client.call('export.document', { id: 'treatment-plan', path: file('plan.docx') });
    const plan = await readDocx(file('plan.docx'));
    expect(plan.paragraphs).toContain('Turn on multi-factor sign-in');
    expect(plan.paragraphs).toContain('In progress');
    expect(plan.text).toContain('Approved by Rita Owner');
    expect(plan.paragraphs.some((p) => p.startsWith('1 actions: 0 done, 1 in progress'))).toBe(true);
  });

  it('the heat map PNG has the grid size of the method and the colour of each level at each cell centre', () => {
    const colours = [
      ['2F9E44', 'F2C200', 'F08C00'],
      ['F2C200', 'F08C00', 'E03131'],
      ['F08C00', 'E03131', 'E03131'],
    ];
    const png = heatMapPng({ counts: [[0, 0, 0], [0, 0, 0], [0, 0, 0]], colours });
    expect(png.readUInt32BE(16)).toBe(50 + 3 * 90 + 10);
    expect(png.readUInt32BE(20)).toBe(3 * 90 + 50 + 10);
    // Decode the single IDAT chunk and read pixels.
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
