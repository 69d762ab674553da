import ExcelJS from 'exceljs';
import type { RaciMatrix, Role } from '../../../../shared/contract/roles';
import { RACI_LABEL, RACI_VALUES, type RaciValue } from '../../../../shared/raci';
import type { DocumentHeader } from '../docx/common';
import { xmlSafe } from '../docx/common';

export interface RaciXlsxData {
  header: DocumentHeader;
  matrix: RaciMatrix;
  roles: Role[];
}

const FILL: Record<RaciValue, string> = { R: 'FFDCE9F7', A: 'FFF9D9A8', C: 'FFE2F0D9', I: 'FFF2F2F2' };
const HEADER_FILL = 'FF1F4E79';
const FONT = 'Calibri';

function styleHeader(row: ExcelJS.Row) {
  row.font = { name: FONT, bold: true, color: { argb: 'FFFFFFFF' } };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }));
}

function matrixSheet(wb: ExcelJS.Workbook, d: RaciXlsxData) {
  const ws = wb.addWorksheet('RACI matrix', { views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.addRow([xmlSafe(`${d.header.organisation}: RACI matrix`)]).font = { name: FONT, bold: true, size: 14 };
  ws.addRow([`Version ${d.header.version}, ${d.header.date}. ${RACI_VALUES.map((v) => `${v} = ${RACI_LABEL[v]}`).join(', ')}. Exactly one A per activity.`]).font = { name: FONT, italic: true, color: { argb: 'FF666666' } };
  const header = ws.addRow(['Activity', ...d.matrix.roles.map((r) => xmlSafe(r.name))]);
  styleHeader(header);
  header.height = 48;
  for (const a of d.matrix.activities) {
    const row = ws.addRow([xmlSafe(a.name), ...d.matrix.roles.map((r) => a.cells.find((c) => c.roleId === r.id)?.value ?? '')]);
    row.font = { name: FONT };
    row.eachCell((cell, col) => {
      cell.border = { top: { style: 'thin', color: { argb: 'FFBFBFBF' } }, bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } }, left: { style: 'thin', color: { argb: 'FFBFBFBF' } }, right: { style: 'thin', color: { argb: 'FFBFBFBF' } } };
      if (col === 1) return;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      const v = cell.value as RaciValue | '';
      if (v) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[v] } };
      if (v === 'A') cell.font = { name: FONT, bold: true };
    });
    row.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
  }
  ws.getColumn(1).width = 52;
  d.matrix.roles.forEach((_r, i) => (ws.getColumn(i + 2).width = 18));
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: d.matrix.roles.length + 1 } };
}

function rolesSheet(wb: ExcelJS.Workbook, roles: Role[]) {
  const ws = wb.addWorksheet('Roles', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Role', key: 'name', width: 26 },
    { header: 'Responsibilities', key: 'responsibilities', width: 60 },
    { header: 'Authorities', key: 'authorities', width: 50 },
    { header: 'Held by', key: 'holders', width: 34 },
    { header: 'Accepted', key: 'accepted', width: 20 },
  ];
  styleHeader(ws.getRow(1));
  for (const r of roles) {
    const row = ws.addRow({
      name: xmlSafe(r.name),
      responsibilities: xmlSafe(r.responsibilities),
      authorities: xmlSafe(r.authorities),
      holders: r.assignments.map((a) => xmlSafe(a.personName)).join('\n') || 'Nobody yet',
      accepted: r.assignments.map((a) => a.acceptedOn ?? 'not yet').join('\n'),
    });
    row.alignment = { wrapText: true, vertical: 'top' };
    row.font = { name: FONT };
  }
}

/** 5.3 as XLSX: the matrix (one A per row, coloured by letter) and the role catalogue with holders. */
export async function buildRaciXlsx(d: RaciXlsxData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ISMS Workbench';
  wb.created = new Date(`${d.header.date}T00:00:00Z`);
  matrixSheet(wb, d);
  rolesSheet(wb, d.roles);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
