import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { AssetImportResult } from '../../shared/contract/assetImport';
import { guessAssetMapping } from '../../electron/core/services/assetImport';
import { expectError, openHarness, rowCount, type Harness } from './helpers';

/** Asset inventory import (issue 11, item 2): dry run per row with line and column, then all or nothing. */
let h: Harness;
beforeEach(async () => void (h = await openHarness()));
afterEach(() => h.cleanup());

const FIX = join(import.meta.dirname, '../fixtures/assetImport');
const file = (name: string) => readFileSync(join(FIX, name));
const send = (fileName: string, bytes: Buffer | string, more: { dryRun?: boolean; mapping?: Record<string, string | null> } = {}) =>
  h.client.raw('risk.assetImport', { fileName, data: Buffer.from(bytes).toString('base64'), dryRun: more.dryRun ?? true, mapping: more.mapping });
const ok = (env: Awaited<ReturnType<typeof send>>) => {
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
  return env.value as AssetImportResult;
};

async function people() {
  await h.client.call('people.create', { name: 'Ana Lee', email: 'ana@example.org' });
  await h.client.call('people.create', { name: 'Bo Chen', email: 'bo@example.org' });
}

describe('asset import', () => {
  it('reads a semicolon CSV with a BOM and quoted cells: a dry run says what it would create and update, and writes nothing', async () => {
    await people();
    const backup = await h.client.call('risk.assetCreate', { name: 'Backup service', type: 'service', classification: 'Internal', confidentiality: 1 });
    const before = rowCount(h.sqlite(), 'change_log');
    const r = ok(await send('inventory.csv', file('good-semicolon-bom.csv')));
    expect(r.mapping).toMatchObject({ name: 'Asset name', type: 'Type', owner: 'Owner', confidentiality: 'Confidentiality (1-4)', integrity: 'Integrity', availability: 'Availability', location: 'Location', ref: null });
    expect(r.rows.map((x) => [x.line, x.action, x.name, x.ref, x.type, x.confidentiality, x.integrity, x.availability])).toEqual([
      [2, 'create', 'Payroll data', null, 'information', 3, 3, 2],
      [3, 'create', 'Laptops; staff', null, 'hardware', 2, 2, 1],
      [4, 'update', 'Backup service', backup.ref, 'service', 4, 1, 3],
    ]);
    expect(r.rows[2]!.changes.sort()).toEqual(['availability', 'confidentiality', 'location']);
    expect(r.rows[0]!.warnings).toEqual([{ column: 'Classification', message: 'No asset is classified "Confidential" yet: check the spelling.' }]);
    expect([r.createCount, r.updateCount, r.errorCount, r.written]).toEqual([2, 1, 0, null]);
    expect(rowCount(h.sqlite(), 'assets')).toBe(1);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(before);

    const done = ok(await send('inventory.csv', file('good-semicolon-bom.csv'), { dryRun: false }));
    expect(done.written).toEqual({ created: 2, updated: 1 });
    const list = (await h.client.call('risk.assetList', { limit: 10, sort: 'ref', dir: 'asc' })).items;
    expect(list.map((a) => [a.name, a.kind, a.ownerName, a.location, a.confidentiality])).toEqual([
      ['Backup service', 'information', null, 'Cloud', 4],
      ['Payroll data', 'information', 'Ana Lee', 'HR system', 3],
      ['Laptops; staff', 'supporting', 'Bo Chen', 'Offices, all', 2],
    ]);
    // Importing the same file again only updates, and finds nothing to change.
    const again = ok(await send('inventory.csv', file('good-semicolon-bom.csv')));
    expect(again.rows.map((x) => [x.action, x.changes])).toEqual([
      ['update', []],
      ['update', []],
      ['update', []],
    ]);
  });

  it('reports every problem with its line and column, and then writes nothing at all', async () => {
    await people();
    await h.client.call('risk.assetCreate', { name: 'Mail server', classification: 'Internal' });
    const r = ok(await send('bad.csv', file('bad.csv')));
    const problems = r.rows.map((x) => [x.line, x.action, x.errors.map((e) => `${e.column}: ${e.message}`)]);
    expect(problems).toEqual([
      [2, 'error', ['Owner: Nobody called "Nobody Known" is in the people register. Add the person first, or import the people register.', 'Confidentiality: "5" is not on this workspace\'s confidentiality scale: use 1 to 4 (1 Public, 2 Internal, 3 Confidential, 4 Secret).']],
      [3, 'error', ['Type: "gadget" is not an asset type. Use one of: information, hardware, software, network, people, site, service, organisation.', 'Integrity: "4" is not on this workspace\'s integrity scale: use 1 to 3 (1 Low, 2 Medium, 3 High).']],
      [4, 'error', ['Name: Name is required.']],
      [5, 'error', ['Name: The same asset is also on line 3.']],
      [6, 'error', ['Name: The same asset is also on line 2.']],
    ]);
    expect(r.rows[3]!.warnings.map((w) => w.column)).toEqual(['Classification']);
    expect(r.errorCount).toBe(5);

    const before = rowCount(h.sqlite(), 'change_log');
    const err = expectError(await send('bad.csv', file('bad.csv'), { dryRun: false }), 'VALIDATION');
    expect(err.message).toMatch(/^5 of 5 rows have problems; nothing was imported\. Line 2, Owner:/);
    expect((err.details as { rows: { line: number }[] }).rows.map((x) => x.line)).toEqual([2, 3, 4, 5, 6]);
    expect(rowCount(h.sqlite(), 'assets')).toBe(1);
    expect(rowCount(h.sqlite(), 'change_log')).toBe(before);
  });

  it('follows the workspace scales: a C scale of 2 levels refuses 3, and a label counts as its number', async () => {
    await h.client.call('risk.methodUpdate', { assetScales: { c: [{ label: 'Open' }, { label: 'Restricted' }] } });
    const r = ok(await send('a.csv', 'Name,C,I,A\nOne,3,1,1\nTwo,restricted,1,1\n'));
    expect(r.rows[0]!.errors[0]!.message).toMatch(/use 1 to 2 \(1 Open, 2 Restricted\)/);
    expect(r.rows[1]!.confidentiality).toBe(2);
  });

  it('updates by id, refuses an unknown id, an ambiguous name and a rename onto another asset', async () => {
    const a = await h.client.call('risk.assetCreate', { name: 'Router' });
    const b = await h.client.call('risk.assetCreate', { name: 'Switch' });
    await h.client.call('risk.assetCreate', { name: 'Twin' });
    await h.client.call('risk.assetCreate', { name: 'twin' });
    const r = ok(await send('a.csv', `Id,Name,Group\n${a.ref},Core router,Network\nASSET-999,X,\n${b.ref},Core router,\n,Twin,\n`));
    expect(r.rows.map((x) => [x.action, x.errors.map((e) => e.column)])).toEqual([
      ['update', []],
      ['error', ['Id']],
      ['error', ['Name']],
      ['error', ['Name']],
    ]);
    expect(r.rows[0]!.changes.sort()).toEqual(['group', 'name']);
    expect(r.rows[2]!.errors[0]!.message).toBe('"Core router" is also on line 2.');
    ok(await send('a.csv', `Id,Name,Group\n${a.ref},Core router,Network\n`, { dryRun: false }));
    expect((await h.client.call('risk.assetGet', { id: a.id })).name).toBe('Core router');
  });

  it('reads the first sheet of an XLSX workbook, and its own template round-trips', async () => {
    await people();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Inventory');
    sheet.addRow(['Name', 'Type', 'Owner', 'Confidentiality', 'Integrity', 'Availability']);
    sheet.addRow(['HR files', 'information', 'Bo Chen', 2, 3, 1]);
    sheet.addRow([]);
    sheet.addRow([{ richText: [{ text: 'Door ' }, { text: 'badges' }] }, 'hardware', 'bo@example.org', 1, 'Medium', 2]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const r = ok(await send('inventory.xlsx', bytes, { dryRun: false }));
    expect(r.rows.map((x) => [x.line, x.name, x.integrity])).toEqual([
      [2, 'HR files', 3],
      [4, 'Door badges', 2],
    ]);
    expect(r.written).toEqual({ created: 2, updated: 0 });

    for (const format of ['csv', 'xlsx'] as const) {
      const t = await h.client.call('risk.assetImportTemplate', { format });
      expect(t.name).toBe(`asset-import-template.${format}`);
      const dry = ok(await send(t.name, Buffer.from(t.dataBase64, 'base64')));
      expect(dry.ignored).toEqual([]);
      expect(dry.rows.map((x) => [x.action, x.name, x.errors])).toEqual([
        ['create', 'Customer records', []],
        ['create', 'Office file server', []],
      ]);
    }
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load(Buffer.from((await h.client.call('risk.assetImportTemplate', {})).dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(xlsx.worksheets.map((s) => s.name)).toEqual(['Assets', 'Accepted values']);
    expect(xlsx.getWorksheet('Assets')!.getRow(1).getCell(11).value).toBe('Confidentiality (1-4)');
  });

  it('refuses broken, empty, unknown and fake files with UNSUPPORTED_FILE, and bad input with VALIDATION', async () => {
    expect(expectError(await send('broken.csv', file('broken.csv')), 'UNSUPPORTED_FILE').message).toMatch(/quoted value is never closed/);
    expectError(await send('x.csv', ''), 'UNSUPPORTED_FILE');
    expectError(await send('x.pdf', 'Name\nA'), 'UNSUPPORTED_FILE');
    expectError(await send('x.xlsx', 'Name\nA'), 'UNSUPPORTED_FILE');
    expectError(await send('x.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9])), 'UNSUPPORTED_FILE');
    expectError(await send('x.csv', 'a\u0000b'), 'UNSUPPORTED_FILE');
    expectError(await h.client.raw('risk.assetImport', { fileName: 'x.csv', data: '***' }), 'VALIDATION');
    expect(expectError(await send('x.csv', 'Colour,Size\nred,big\n'), 'VALIDATION').details).toEqual({ field: 'mapping.name' });
    expect(expectError(await send('x.csv', 'Name\nA\n', { mapping: { name: 'Nope' } }), 'VALIDATION').details).toEqual({ field: 'mapping.name' });
    expectError(await send('x.csv', 'Name\n', { dryRun: false }), 'VALIDATION');
    expect(rowCount(h.sqlite(), 'assets')).toBe(0);
  });

  it('guesses headers whatever their case, spacing or scale hint', () => {
    expect(guessAssetMapping(['Asset ID', 'ASSET NAME', 'asset_type', 'C (1-4)', 'Other'])).toMatchObject({ ref: 'Asset ID', name: 'ASSET NAME', type: 'asset_type', confidentiality: 'C (1-4)', owner: null });
  });
});
