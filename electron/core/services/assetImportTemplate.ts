import { ASSET_TYPES } from '../../../shared/contract/risk';
import type { Workspace } from '../db/open';
import { people } from '../db/schema';
import { getMethod } from './riskMethod';
import { TYPE_WORDS } from './assetImport';

const csvCell = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The asset import template: the columns the import reads, with this workspace's C/I/A scale lengths
 * in the headers, and two example rows. The XLSX adds a sheet of the values each column accepts.
 */
export async function assetImportTemplate(ws: Workspace, format: 'csv' | 'xlsx') {
  const m = getMethod(ws).assetScales;
  const headers = ['Id', 'Name', 'Kind', 'Type', 'Group', 'Description', 'Owner', 'Custodian', 'Location', 'Classification', `Confidentiality (1-${m.c.length})`, `Integrity (1-${m.i.length})`, `Availability (1-${m.a.length})`];
  const top = (n: number) => String(n);
  const examples = [
    ['', 'Customer records', 'information', 'information', 'Sales', 'Names, addresses and order history of customers', '', '', 'CRM service', '', top(m.c.length), top(Math.min(2, m.i.length)), top(Math.min(2, m.a.length))],
    ['', 'Office file server', 'supporting', 'hardware', 'IT', 'Holds shared folders for all teams', '', '', 'Server room', '', top(Math.min(2, m.c.length)), top(m.i.length), top(m.a.length)],
  ];
  if (format === 'csv') {
    const text = `\uFEFF${[headers, ...examples].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
    return { name: 'asset-import-template.csv', mime: 'text/csv', dataBase64: Buffer.from(text, 'utf8').toString('base64') };
  }
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  const sheet = book.addWorksheet('Assets');
  sheet.addRow(headers).font = { bold: true };
  for (const r of examples) sheet.addRow(r);
  sheet.columns.forEach((c, i) => (c.width = i === 5 ? 40 : 18));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const values = book.addWorksheet('Accepted values');
  values.addRow(['Column', 'Accepted values']).font = { bold: true };
  values.addRow(['Id', 'Empty for a new asset; the id of an asset in the inventory (ASSET-001) to update it. Without an id, a row whose name matches an asset updates it.']);
  values.addRow(['Kind', 'information, supporting (empty: information for information assets, supporting for the others)']);
  values.addRow(['Type', ASSET_TYPES.map((t) => TYPE_WORDS[t][0]).join(', ')]);
  values.addRow(['Owner, Custodian', 'The name or email of a person in the people register']);
  const scaleRow = (label: string, s: typeof m.c) => values.addRow([label, s.map((x, i) => `${i + 1} = ${x.label}`).join('; ')]);
  scaleRow('Confidentiality', m.c);
  scaleRow('Integrity', m.i);
  scaleRow('Availability', m.a);
  values.addRow(['Empty cells', 'Keep the current value of an asset being updated; take the default for a new asset.']);
  const names = ws.db.select({ name: people.name }).from(people).all().map((p) => p.name);
  if (names.length) values.addRow(['People in the register', names.slice(0, 200).join(', ')]);
  values.getColumn(1).width = 22;
  values.getColumn(2).width = 100;
  return { name: 'asset-import-template.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', dataBase64: Buffer.from(await book.xlsx.writeBuffer()).toString('base64') };
}
