import { Document, Packer, Paragraph } from 'docx';
import type { Issue } from '../../../../shared/contract/context';
import { xmlSafe, docStyles, footer, heading, landscapeA4, para, portraitA4, registerTable, titlePage, type DocumentHeader } from './common';

export interface ContextRegisterData {
  header: DocumentHeader;
  issues: Issue[];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function issueTable(issues: Issue[]) {
  return registerTable<Issue>(
    [
      { header: '#', width: 4, value: (_r, i) => String(i + 1) },
      { header: 'Issue', width: 22, value: (r) => (r.description ? `${r.title}\n${r.description}` : r.title) },
      { header: 'Category', width: 10, value: (r) => cap(r.category) },
      { header: 'SWOT', width: 9, value: (r) => cap(r.swot) },
      { header: 'Effect on the ISMS', width: 25, value: (r) => r.effect },
      { header: 'Impact', width: 7, value: (r) => cap(r.impact) },
      { header: 'Owner', width: 10, value: (r) => r.ownerName ?? '' },
      { header: 'Source', width: 7, value: (r) => r.source },
      { header: 'Review by', width: 6, value: (r) => r.reviewDate ?? '' },
    ],
    issues,
  );
}

/** 4.1 register as DOCX: title page, then external and internal issues as tables. */
export async function buildContextRegisterDocx(data: ContextRegisterData): Promise<Buffer> {
  const external = data.issues.filter((i) => i.kind === 'external');
  const internal = data.issues.filter((i) => i.kind === 'internal');
  const section = (title: string, rows: Issue[]) =>
    rows.length ? [heading(title), issueTable(rows)] : [heading(title), para('None recorded yet.')];
  const doc = new Document({
    creator: 'ISMS Workbench',
    title: `${data.header.title} - ${xmlSafe(data.header.organisation)}`,
    styles: docStyles,
    sections: [
      { properties: portraitA4, footers: { default: footer(data.header) }, children: titlePage(data.header) },
      {
        properties: landscapeA4,
        footers: { default: footer(data.header) },
        children: [
          heading('Summary'),
          para(
            `This register lists the ${data.issues.length} internal and external issues that ${data.header.organisation} has identified as ` +
              `relevant to its purpose and able to affect what its information security management system achieves ` +
              `(${external.length} external, ${internal.length} internal).`,
          ),
          ...section('External issues', external),
          new Paragraph({}),
          ...section('Internal issues', internal),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
