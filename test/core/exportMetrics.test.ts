import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { openHarness, topManager, type Harness } from './helpers';
import { readDocx, readXlsx } from '../utils/office';

let h: Harness;
beforeEach(async () => {
  h = await openHarness('Acme Ltd');
  h.setNow('2026-12-01T09:00:00.000Z');
});
afterEach(() => h.cleanup());

async function seed() {
  const rita = await h.client.call('people.create', { name: 'Rita Owner' });
  const m = await h.client.call('metrics.addFromLibrary', { key: 'patching-within-sla' });
  await h.client.call('metrics.update', { id: m.id, ownerId: rita.id, collectFrom: '2026-08-01' });
  const first = await h.client.call('metrics.record', { metricId: m.id, period: '2026-08', values: { in_time: 19, released: 20 }, comment: '' });
  await h.client.call('metrics.record', { metricId: m.id, period: '2026-09', values: { in_time: 18, released: 20 }, comment: '' });
  await h.client.call('metrics.record', { metricId: m.id, period: '2026-10', values: { in_time: 14, released: 20 }, comment: 'Change freeze' });
  await h.client.call('metrics.supersede', { id: first.id, values: { in_time: 20, released: 20 }, comment: 'One patch was logged late' });
  const empty = await h.client.call('metrics.addFromLibrary', { key: 'mfa-coverage' });
  return { rita, m, empty };
}

/** The size of each PNG in a DOCX's media folder. */
async function pictures(doc: Awaited<ReturnType<typeof readDocx>>) {
  const names = Object.keys(doc.zip.files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'));
  return Promise.all(names.map(async (n) => (await doc.zip.file(n)!.async('nodebuffer')).subarray(16, 24)));
}

describe('export: monitoring and measurement results (9.1)', () => {
  it('writes the summary, the breach, each definition with its trend chart as a picture, and the values; PDF beside the DOCX', async () => {
    await seed();
    const docx = join(h.dir, 'results.docx');
    expect(await h.client.call('export.document', { id: 'monitoring-results', path: docx })).toMatchObject({ saved: true, format: 'docx' });
    const doc = await readDocx(docx);
    const p = doc.paragraphs;
    expect(p[p.indexOf('Document id') + 1]).toBe('ISMS-9.1');
    expect(p).toContain('Monitoring and measurement results');
    expect(p).toContain('MET-001 Critical patches installed within the agreed time');
    // Summary row: the latest value (70 %) is red against "green at 95, red below 85".
    expect(doc.text).toMatch(/October 2026\n70%\n100%\nBreached\nDown \(worse\)/);
    expect(p).toContain('Green at 95% or more, red below 85%, amber between');
    expect(p.join('\n')).toMatch(/Corrects an earlier entry/);
    expect(p).toContain('No values recorded yet.');
    // One chart (the metric without values has none): a real PNG, drawn at its own size.
    const sizes = await pictures(doc);
    expect(sizes).toHaveLength(1);
    expect([sizes[0]!.readUInt32BE(0), sizes[0]!.readUInt32BE(4)]).toEqual([960, 380]);
    expect(doc.xml).toMatch(/descr="Trend of Critical patches installed within the agreed time: 2026-08 100%, 2026-09 90%, 2026-10 70%; target 100%\."/);

    const pdf = join(h.dir, 'results.pdf');
    await h.client.call('export.document', { id: 'monitoring-results', path: pdf });
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/Subtype \/Image/);
    if (spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0) {
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('ISMS-9.1');
      expect(text).toContain('Critical patches installed within the agreed time');
      expect(text).toContain('Breached');
    }
  });

  it('writes every recorded value, corrections and superseded entries included, to a workbook', async () => {
    const { m } = await seed();
    const path = join(h.dir, 'values.xlsx');
    await h.client.call('export.document', { id: 'metric-values', path });
    const wb = await readXlsx(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Document control', 'Metrics', 'All values']);
    const sheet = wb.getWorksheet('All values')!;
    const rows: unknown[][] = [];
    sheet.eachRow((r, n) => n > 1 && rows.push((r.values as unknown[]).slice(1)));
    expect(rows.map((r) => [r[0], r[2], r[4], r[9]])).toEqual([
      [m.ref, '2026-08', 95, 'Superseded'],
      [m.ref, '2026-08', 100, 'Yes (a correction)'],
      [m.ref, '2026-09', 90, 'Yes'],
      [m.ref, '2026-10', 70, 'Yes'],
    ]);
    expect(String(rows[0]![3])).toBe('in_time = 19\nreleased = 20');
    expect(rows[3]![10]).toBe('Change freeze');
    expect(wb.getWorksheet('Metrics')!.getRow(3).getCell(3).value).toBe('in_time / released * 100');
  });

  it('is a controlled document: approval freezes it, a new value makes the draft differ', async () => {
    const { m } = await seed();
    const ceo = await topManager(h.client, 'Ann Approver');
    await h.client.call('documents.approve', { key: 'monitoring-results', approverId: ceo.id, approvedOn: '2026-12-01' });
    expect(await h.client.call('documents.get', { key: 'monitoring-results' })).toMatchObject({ docId: 'ISMS-9.1', status: 'approved', version: '1.0' });
    await h.client.call('metrics.record', { metricId: m.id, period: '2026-11', values: { in_time: 20, released: 20 } });
    expect(await h.client.call('documents.get', { key: 'monitoring-results' })).toMatchObject({ status: 'changed' });
    const approved = join(h.dir, 'approved.docx');
    await h.client.call('export.document', { id: 'monitoring-results', path: approved });
    expect((await readDocx(approved)).text).not.toContain('November 2026');
    const draft = join(h.dir, 'draft.docx');
    await h.client.call('export.document', { id: 'monitoring-results', path: draft, variant: 'draft' });
    expect((await readDocx(draft)).text).toContain('November 2026');
  });

  it('draws the chart with the bands of the criteria and coloured points', async () => {
    const { metricChartPng } = await import('../../electron/core/export/metricChart');
    const png = metricChartPng({ points: [{ period: '2026-Q1', value: 50, status: 'red' }, { period: '2026-Q2', value: 99, status: 'green' }], target: 100, direction: 'higher', greenAt: 95, redAt: 80 });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Decode the (unfiltered, RGB) image data and look for the band and point colours.
    const chunks: Buffer[] = [];
    for (let at = 8; at < png.length; ) {
      const len = png.readUInt32BE(at);
      if (png.subarray(at + 4, at + 8).toString('latin1') === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + len));
      at += 12 + len;
    }
    const raw = inflateSync(Buffer.concat(chunks));
    const hex = new Set<string>();
    for (let i = 0; i + 3 <= raw.length; i += 3) hex.add(raw.subarray(i, i + 3).toString('hex'));
    for (const colour of ['eaf4e2', 'fff6db', 'fbe3e3', 'c62828', '2e7d32', '1f4e79']) expect([...hex].some((h) => h === colour) || raw.includes(Buffer.from(colour, 'hex')), colour).toBe(true);
  });
});
