import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { VersionMeta } from '../../../../shared/contract/policies';
import type { RichDoc } from '../../../../shared/richtext';
import { docStyles, footer, heading, para, portraitA4, registerTable, titlePage, xmlSafe, type DocumentHeader } from './common';
import { richDocToDocx, richTextNumbering } from './richtext';

export interface PolicyDocData {
  header: DocumentHeader;
  version: VersionMeta;
  owner: string | null;
  nextReview: string | null;
  /** Every published or superseded version, newest first, for the history table. */
  history: VersionMeta[];
  distribution: string[];
  content: RichDoc;
}

const dash = (v: string | null | undefined) => v || '—';

/** The document control table an auditor looks for first: which version, who wrote and approved it, when next reviewed. */
function documentControl(d: PolicyDocData) {
  const rows: [string, string][] = [
    ['Version', d.version.version],
    ['Status', 'Published'],
    ['Author', dash(d.version.authorName)],
    ['Owner', dash(d.owner)],
    ['Approved by', dash(d.version.approverName)],
    ['Approval date', dash(d.version.approvedOn)],
    ['Published on', dash(d.version.publishedOn)],
    ['Next review', dash(d.nextReview)],
    ['Distribution', d.distribution.length ? d.distribution.join(', ') : 'Not yet distributed'],
    ['Content fingerprint (SHA-256)', dash(d.version.contentSha256)],
  ];
  return registerTable<[string, string]>(
    [
      { header: 'Item', width: 30, value: (r) => r[0] },
      { header: 'Detail', width: 70, value: (r) => r[1] },
    ],
    rows,
  );
}

function historyTable(history: VersionMeta[]) {
  return registerTable<VersionMeta>(
    [
      { header: 'Version', width: 10, value: (v) => v.version },
      { header: 'Published', width: 14, value: (v) => dash(v.publishedOn) },
      { header: 'Approved by', width: 22, value: (v) => dash(v.approverName) },
      { header: 'Author', width: 20, value: (v) => dash(v.authorName) },
      { header: 'What changed', width: 34, value: (v) => dash(v.changeNote) },
    ],
    history,
  );
}

/** A published policy as DOCX: title page, document control, version history, then the policy text. */
export async function buildPolicyDocx(d: PolicyDocData): Promise<Buffer> {
  const doc = new Document({
    creator: 'ISMS Workbench',
    title: xmlSafe(`${d.header.title} - ${d.header.organisation}`),
    styles: docStyles,
    numbering: richTextNumbering,
    sections: [
      {
        properties: portraitA4,
        footers: { default: footer(d.header) },
        children: [
          ...titlePage(d.header),
          new Paragraph({ pageBreakBefore: true, children: [] }),
          heading('Document control'),
          documentControl(d),
          new Paragraph({}),
          heading('Version history', 2),
          d.history.length ? historyTable(d.history) : para('This is the first published version.'),
          new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: 'Only the published version above is in force. Printed copies are uncontrolled.', italics: true, size: 18, color: '666666' })] }),
        ],
      },
      { properties: portraitA4, footers: { default: footer(d.header) }, children: richDocToDocx(d.content) },
    ],
  });
  return Packer.toBuffer(doc);
}
