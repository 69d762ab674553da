import ExcelJS from 'exceljs';
import { ATTITUDE_INFO, DECISION_LABEL, PARTY_TYPE_LABEL, QUADRANT_INFO, type Party, type Requirement } from '../../../../shared/contract/parties';
import type { DocumentHeader } from '../docx/common';
import { xmlSafe } from '../docx/common';

export interface StakeholderRegisterData {
  header: DocumentHeader;
  parties: Party[];
  requirements: Requirement[];
}

const COLUMNS: Array<{ header: string; key: string; width: number }> = [
  { header: 'Interested party', key: 'party', width: 28 },
  { header: 'Type', key: 'type', width: 22 },
  { header: 'Contact', key: 'contact', width: 22 },
  { header: 'Interest (1-5)', key: 'interest', width: 10 },
  { header: 'Influence (1-5)', key: 'influence', width: 10 },
  { header: 'Quadrant', key: 'quadrant', width: 16 },
  { header: 'Engagement strategy', key: 'strategy', width: 40 },
  { header: 'Trust (1-5)', key: 'trust', width: 9 },
  { header: 'Agreement (1-5)', key: 'agreement', width: 10 },
  { header: 'Attitude', key: 'attitude', width: 14 },
  { header: 'Requirement', key: 'requirement', width: 48 },
  { header: 'Requirement type', key: 'requirementType', width: 14 },
  { header: 'ISMS decision', key: 'decision', width: 20 },
  { header: 'Policy', key: 'policy', width: 28 },
  { header: 'How addressed / why not', key: 'how', width: 48 },
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** 4.2 register as XLSX: one row per requirement (a party without any still gets a row). */
export async function buildStakeholderRegisterXlsx(data: StakeholderRegisterData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ISMS Workbench';
  book.title = `${data.header.title} - ${xmlSafe(data.header.organisation)}`;
  const sheet = book.addWorksheet('Stakeholder register', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = COLUMNS;
  const head = sheet.getRow(1);
  head.font = { name: 'Calibri', bold: true, color: { argb: 'FFFFFFFF' } };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  head.alignment = { vertical: 'middle', wrapText: true };
  head.height = 30;

  for (const p of data.parties) {
    const base = {
      party: xmlSafe(p.name),
      type: PARTY_TYPE_LABEL[p.type],
      contact: xmlSafe(p.contact),
      interest: p.interest,
      influence: p.influence,
      quadrant: QUADRANT_INFO[p.quadrant].label,
      strategy: QUADRANT_INFO[p.quadrant].strategy,
      trust: p.trust,
      agreement: p.agreement,
      attitude: ATTITUDE_INFO[p.attitude].label,
    };
    const reqs = data.requirements.filter((r) => r.partyId === p.id);
    if (reqs.length === 0) sheet.addRow({ ...base, requirement: '(no requirement recorded)' });
    for (const r of reqs) {
      sheet.addRow({ ...base, requirement: xmlSafe(r.text), requirementType: cap(r.type), decision: DECISION_LABEL[r.decision], policy: xmlSafe(r.policyTitle ?? ''), how: xmlSafe(r.how) });
    }
  }
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    row.alignment = { vertical: 'top', wrapText: true };
    row.font = { name: 'Calibri', size: 11 };
    // Not every office suite grows wrapped rows on open; size them from the longest cell.
    const lines = Math.max(1, ...COLUMNS.map((c, i) => Math.ceil(String(row.getCell(i + 1).value ?? '').length / (c.width - 2))));
    row.height = 15 * lines;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

  const about = book.addWorksheet('About');
  about.columns = [{ width: 18 }, { width: 60 }];
  for (const [k, v] of [
    ['Document', data.header.title],
    ['Organisation', data.header.organisation],
    ['Version', data.header.version],
    ['Date', data.header.date],
    ['Prepared by', data.header.preparedBy],
    ['Quadrants', 'Interest and influence scored 1-5; 3 or more counts as high.'],
    ['Attitudes', 'Trust and agreement scored 1-5; a 3 on either means unclear (fence-sitter).'],
  ]) {
    about.addRow([k, xmlSafe(v)]).getCell(1).font = { bold: true };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
