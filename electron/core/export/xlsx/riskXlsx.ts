import ExcelJS from 'exceljs';
import { IMPLEMENTATION_LABEL, type Control } from '../../../../shared/contract/controls';
import type { Risk } from '../../../../shared/contract/risk';
import { LEVEL_COLOR, LEVEL_LABEL, RISK_LEVELS } from '../../../../shared/contract/riskMethod';
import { xmlSafe, type DocumentHeader } from '../docx/common';
import { TREATMENT_TEXT } from '../docx/treatmentWords';
import { applicableText, justificationText } from '../docx/soa';

const FONT = 'Calibri';
const HEADER_FILL = 'FF1F4E79';

function sheetWithTitle(wb: ExcelJS.Workbook, name: string, h: DocumentHeader, columns: Partial<ExcelJS.Column>[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.addRow([xmlSafe(`${h.organisation}: ${h.title}`)]).font = { name: FONT, bold: true, size: 14 };
  ws.addRow([`Version ${h.version}, ${h.date}. Prepared by ${xmlSafe(h.preparedBy)}.`]).font = { name: FONT, italic: true, color: { argb: 'FF666666' } };
  const header = ws.addRow(columns.map((c) => c.header as string));
  header.font = { name: FONT, bold: true, color: { argb: 'FFFFFFFF' } };
  header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }));
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: columns.length } };
  return ws;
}

/**
 * Cells of a level column coloured by their value, as rules Excel and LibreOffice evaluate themselves
 * (so a level typed over in the workbook recolours). Expression rules: both programs read them alike.
 */
function levelFormatting(ws: ExcelJS.Worksheet, column: string, lastRow: number) {
  ws.addConditionalFormatting({
    ref: `${column}4:${column}${Math.max(4, lastRow)}`,
    rules: RISK_LEVELS.map((level, i) => ({
      type: 'expression',
      formulae: [`${column}4="${LEVEL_LABEL[level]}"`],
      priority: i + 1,
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${LEVEL_COLOR[level]}` } }, font: { bold: true } },
    })),
  });
}

const RISK_COLUMNS: Partial<ExcelJS.Column>[] = [
  { header: 'Id', width: 10 },
  { header: 'Risk', width: 40 },
  { header: 'Scenario', width: 50 },
  { header: 'Asset', width: 22 },
  { header: 'Threat', width: 24 },
  { header: 'Vulnerability', width: 24 },
  { header: 'C I A', width: 8 },
  { header: 'Owner', width: 18 },
  { header: 'Likelihood', width: 10 },
  { header: 'Impact', width: 10 },
  { header: 'Score', width: 8 },
  { header: 'Level', width: 10 },
  { header: 'Treatment', width: 18 },
  { header: 'Controls', width: 30 },
  { header: 'Residual likelihood', width: 10 },
  { header: 'Residual impact', width: 10 },
  { header: 'Residual level', width: 10 },
  { header: 'Plan approved', width: 22 },
  { header: 'Residual accepted', width: 22 },
  { header: 'Sources (4.1, 4.2)', width: 40 },
];

/** 6.1.2 register: one row per risk, levels coloured by conditional formatting. */
export async function buildRiskRegisterXlsx(h: DocumentHeader, risks: Risk[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ISMS Workbench';
  const ws = sheetWithTitle(wb, 'Risk register', h, RISK_COLUMNS);
  const decision = (d: Risk['approval']) => (d ? `${d.decision} by ${d.decidedByName} ${d.decidedAt.slice(0, 10)}${d.needsReapproval ? ', re-approval needed' : ''}` : '');
  for (const r of risks) {
    ws.addRow([
      r.ref,
      xmlSafe(r.title),
      xmlSafe(r.basis === 'event' ? r.event : r.description),
      xmlSafe(r.assetName ?? ''),
      xmlSafe(r.threatName ?? ''),
      xmlSafe(r.vulnerabilityName ?? ''),
      [r.affectsC ? 'C' : '', r.affectsI ? 'I' : '', r.affectsA ? 'A' : ''].filter(Boolean).join(' '),
      xmlSafe(r.ownerName ?? ''),
      r.likelihood,
      r.impact,
      r.inherentScore,
      LEVEL_LABEL[r.inherentLevel],
      TREATMENT_TEXT[r.treatment],
      xmlSafe(r.controls.map((c) => c.label).join('\n')),
      r.residualLikelihood,
      r.residualImpact,
      r.residualLevel ? LEVEL_LABEL[r.residualLevel] : '',
      xmlSafe(decision(r.approval)),
      xmlSafe(decision(r.acceptance)),
      xmlSafe([...r.issues, ...r.requirements].map((s) => s.label).join('\n')),
    ]).font = { name: FONT };
  }
  const last = 3 + risks.length;
  levelFormatting(ws, 'L', last);
  levelFormatting(ws, 'Q', last);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 6.1.3 d) as a workbook: one row per control. */
export async function buildSoaXlsx(h: DocumentHeader, controls: Control[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ISMS Workbench';
  const ws = sheetWithTitle(wb, 'Statement of Applicability', h, [
    { header: 'Control', width: 10 },
    { header: 'Title', width: 45 },
    { header: 'Theme', width: 16 },
    { header: 'Applicable', width: 12 },
    { header: 'Justification', width: 70 },
    { header: 'Implementation', width: 18 },
    { header: 'Owner', width: 18 },
  ]);
  for (const c of controls) {
    const row = ws.addRow([c.ref, xmlSafe(c.title), c.theme, applicableText(c), xmlSafe(justificationText(c)), c.applicable === false ? '' : IMPLEMENTATION_LABEL[c.status], xmlSafe(c.ownerName ?? '')]);
    row.font = { name: FONT };
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
