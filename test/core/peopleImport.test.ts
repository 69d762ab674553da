import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../electron/core/services/tableFile';
import { guessMapping } from '../../electron/core/services/peopleImport';
import { expectError, openHarness, rowCount, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => void (h = await openHarness()));
afterEach(() => h.cleanup());

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const csv = (text: string, more: { dryRun?: boolean; mapping?: Record<string, string | null>; fileName?: string } = {}) =>
  h.client.raw('people.import', { fileName: more.fileName ?? 'staff.csv', data: b64(text), dryRun: more.dryRun ?? true, mapping: more.mapping });

const GOOD = 'Full name;E-mail;Job title;Department\n"Lee, Ana";ana@example.org;Driver;Transport\nBo Chen;bo@example.org;"Planner ""night""";Transport\nCy Diaz;;Clerk;Finance\n';

describe('people import: dry run, then all or nothing', () => {
  it('guesses the mapping, reports every row and the units it would create, and writes nothing on a dry run', async () => {
    const env = await csv(GOOD);
    if (!env.ok) throw new Error(env.error.message);
    const r = env.value as { mapping: unknown; rows: { name: string; jobTitle: string; errors: string[] }[]; newUnits: string[]; errorCount: number; created: unknown };
    expect(r.mapping).toEqual({ name: 'Full name', email: 'E-mail', jobTitle: 'Job title', unit: 'Department' });
    expect(r.rows.map((x) => x.name)).toEqual(['Lee, Ana', 'Bo Chen', 'Cy Diaz']);
    expect(r.rows[1]!.jobTitle).toBe('Planner "night"');
    expect(r.newUnits).toEqual(['Transport', 'Finance']);
    expect(r.errorCount).toBe(0);
    expect(r.created).toBeNull();
    expect(rowCount(h.sqlite(), 'people')).toBe(0);
  });

  it('commits people and new units in one go, reusing existing units whatever their case', async () => {
    const finance = await h.client.call('people.unitCreate', { name: 'FINANCE' });
    const env = await csv(GOOD, { dryRun: false });
    if (!env.ok) throw new Error(env.error.message);
    expect((env.value as { created: unknown }).created).toEqual({ people: 3, units: 1 });
    const list = await h.client.call('people.list', { limit: 50 });
    expect(list.items.map((p) => [p.name, p.unitName])).toEqual([
      ['Bo Chen', 'Transport'],
      ['Cy Diaz', 'FINANCE'],
      ['Lee, Ana', 'Transport'],
    ]);
    expect(list.items.find((p) => p.name === 'Cy Diaz')!.unitId).toBe(finance.id);
    expect(list.items.every((p) => /^PER-\d{3}$/.test(p.ref))).toBe(true);
  });

  it('reports per-row errors (missing name, bad email, duplicates in the file and in the register) and then writes nothing', async () => {
    await h.client.call('people.create', { name: 'Existing', email: 'old@example.org' });
    const text = 'name,email,unit\n,nobody@example.org,Ops\nAl,not-an-email,Ops\nBea,bea@example.org,Ops\nBen,BEA@example.org,Ops\nOld,old@example.org,\nGood,good@example.org,Ops\n';
    const dry = await csv(text);
    if (!dry.ok) throw new Error(dry.error.message);
    const rows = (dry.value as { rows: { line: number; errors: string[] }[] }).rows;
    expect(rows.map((r) => [r.line, r.errors.length > 0])).toEqual([
      [2, true],
      [3, true],
      [4, false],
      [5, true],
      [6, true],
      [7, false],
    ]);
    expect(rows[0]!.errors.join()).toMatch(/Name is required/);
    expect(rows[1]!.errors.join()).toMatch(/valid email/);
    expect(rows[3]!.errors.join()).toMatch(/also on line 4/);
    expect(rows[4]!.errors.join()).toMatch(/already in the people register/);

    const before = rowCount(h.sqlite(), 'change_log');
    const err = expectError(await csv(text, { dryRun: false }), 'VALIDATION');
    expect(err.message).toMatch(/4 of 6 rows have errors; nothing was imported/);
    expect((err.details as { rows: { line: number }[] }).rows.map((r) => r.line)).toEqual([2, 3, 5, 6]);
    expect(rowCount(h.sqlite(), 'people')).toBe(1);
    expect(rowCount(h.sqlite(), 'org_units')).toBe(0);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(before);
  });

  it('uses a mapping the user chose, and refuses a mapping to a column the file lacks or without names', async () => {
    const text = 'Who,Contact\nAna,ana@example.org\n';
    expect(expectError(await csv(text), 'VALIDATION').details).toEqual({ field: 'mapping.name' });
    const ok = await csv(text, { mapping: { name: 'Who', email: 'Contact' } });
    expect(ok.ok && (ok.value as { rows: { email: string }[] }).rows[0]!.email).toBe('ana@example.org');
    expect(expectError(await csv(text, { mapping: { name: 'Nope' } }), 'VALIDATION').details).toEqual({ field: 'mapping.name' });
  });

  it('reads the first sheet of an XLSX workbook', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Staff');
    sheet.addRow(['Name', 'Email', 'Unit']);
    sheet.addRow(['Xia Lo', 'xia@example.org', 'Warehouse']);
    sheet.addRow([]);
    sheet.addRow([{ richText: [{ text: 'Yan ' }, { text: 'Ma' }] }, '', 'Warehouse']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const env = await h.client.raw('people.import', { fileName: 'staff.xlsx', data: bytes.toString('base64'), dryRun: false });
    if (!env.ok) throw new Error(env.error.message);
    expect((env.value as { rows: { line: number; name: string }[] }).rows.map((r) => [r.line, r.name])).toEqual([
      [2, 'Xia Lo'],
      [4, 'Yan Ma'],
    ]);
    expect((await h.client.call('people.list', { limit: 10 })).total).toBe(2);
  });

  it('refuses files that are not CSV or XLSX, empty, broken or too big, and input that is not base64', async () => {
    expectError(await csv('', {}), 'UNSUPPORTED_FILE');
    expectError(await csv('name\n"unclosed', {}), 'UNSUPPORTED_FILE');
    expectError(await csv('a\u0000b', {}), 'UNSUPPORTED_FILE');
    expectError(await csv('name\nAna', { fileName: 'staff.pdf' }), 'UNSUPPORTED_FILE');
    expectError(await csv('name\nAna', { fileName: 'staff.xls' }), 'UNSUPPORTED_FILE');
    expectError(await csv('name\nAna', { fileName: 'fake.xlsx' }), 'UNSUPPORTED_FILE');
    expectError(await h.client.raw('people.import', { fileName: 'x.xlsx', data: b64(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])) }), 'UNSUPPORTED_FILE');
    expectError(await h.client.raw('people.import', { fileName: 'x.csv', data: '***not base64***' }), 'VALIDATION');
    expectError(await h.client.raw('people.import', { fileName: 'x.csv', data: 'A'.repeat(8_000_000) }), 'VALIDATION');
    expectError(await h.client.raw('people.import', { fileName: '', data: b64('name\nA') }), 'VALIDATION');
    expectError(await h.client.raw('people.import', { fileName: 'x.csv', data: b64('name\nA'), mapping: { name: 'name', extra: 'x' } }), 'VALIDATION');
    expectError(await csv('name\n', { dryRun: false }), 'VALIDATION');
    expect(rowCount(h.sqlite(), 'people')).toBe(0);
  });
});

describe('CSV parser and header guesses', () => {
  it('handles quotes, doubled quotes, newlines in quotes, CRLF, a BOM, tabs and blank lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","he said ""hi"""\r\n\r\n"multi\nline",z').rows).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"'],
      ['multi\nline', 'z'],
    ]);
    expect(parseCsv('a,b\n1,2\n\n"3\n4",5\n6,7').lines).toEqual([1, 2, 4, 6]);
    expect(parseCsv('a\tb\n1\t2').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('guesses common header names and leaves unknown ones unmapped', () => {
    expect(guessMapping(['Employee Name', 'Mail', 'Position', 'Team', 'Other'])).toEqual({ name: 'Employee Name', email: 'Mail', jobTitle: 'Position', unit: 'Team' });
    expect(guessMapping(['x', 'y'])).toEqual({ name: null, email: null, jobTitle: null, unit: null });
  });
});
