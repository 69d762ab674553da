import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Boundary, BoundaryKind, Interface, Statement } from '../../../../shared/contract/scope';
import { docStyles, footer, heading, para, portraitA4, registerTable, titlePage, xmlSafe, type DocumentHeader } from './common';

export interface ScopeStatementData {
  header: DocumentHeader;
  /** The version to print: the newest approved one, else the current draft; null when none is saved. */
  statement: Statement | null;
  draftText: string;
  boundaries: Boundary[];
  interfaces: Interface[];
}

const KIND_TITLE: Record<BoundaryKind, string> = {
  unit: 'Organisational units',
  location: 'Locations',
  process: 'Processes and services',
  asset: 'Information and asset types',
};
const DIRECTION = { inbound: 'Into the ISMS', outbound: 'Out of the ISMS', both: 'Both ways' } as const;

/** The statement's own paragraphs; lines starting "- " become bullets. */
function statementParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) =>
      line.startsWith('- ')
        ? new Paragraph({ bullet: { level: 0 }, children: [new TextRun(xmlSafe(line.slice(2)))] })
        : new Paragraph({ spacing: { after: 120 }, children: [new TextRun(xmlSafe(line))] }),
    );
}

function controlTable(s: Statement | null) {
  const rows: Array<[string, string]> = s
    ? [
        ['Version', String(s.version)],
        ['Status', s.status === 'approved' ? 'Approved' : 'Draft, not yet approved'],
        ['Approved by', s.approverName ?? ''],
        ['Approved on', s.approvedOn ?? ''],
        ['Last changed', s.updatedAt.slice(0, 10)],
      ]
    : [['Status', 'Generated draft, not yet saved or approved']];
  return registerTable<[string, string]>(
    [
      { header: 'Document control', width: 30, value: (r) => r[0] },
      { header: '', width: 70, value: (r) => r[1] },
    ],
    rows,
  );
}

export async function buildScopeStatementDocx(data: ScopeStatementData): Promise<Buffer> {
  const included = (kind: BoundaryKind) => data.boundaries.filter((b) => b.kind === kind && b.included);
  const exclusions = data.boundaries.filter((b) => !b.included);
  const inScope = (['process', 'unit', 'location', 'asset'] as BoundaryKind[]).flatMap((kind) =>
    included(kind).length
      ? [heading(KIND_TITLE[kind], 2), registerTable<Boundary>([{ header: 'Name', width: 40, value: (b) => b.name }, { header: 'Notes', width: 60, value: (b) => b.notes }], included(kind))]
      : [],
  );
  const body = [
    heading('Document control'),
    controlTable(data.statement),
    heading('Scope statement'),
    ...statementParagraphs(data.statement?.text ?? data.draftText),
    heading('In scope'),
    ...(inScope.length ? inScope : [para('Nothing has been recorded as in scope yet.')]),
    heading('Exclusions'),
    exclusions.length
      ? registerTable<Boundary>(
          [
            { header: 'Excluded', width: 30, value: (b) => b.name },
            { header: 'Kind', width: 15, value: (b) => KIND_TITLE[b.kind] },
            { header: 'Justification', width: 55, value: (b) => b.justification },
          ],
          exclusions,
        )
      : para('No exclusions.'),
    heading('Interfaces and dependencies'),
    data.interfaces.length
      ? registerTable<Interface>(
          [
            { header: 'Who', width: 25, value: (i) => i.counterpart },
            { header: 'What crosses the boundary', width: 45, value: (i) => i.crossing },
            { header: 'Direction', width: 15, value: (i) => DIRECTION[i.direction] },
            { header: 'Notes', width: 15, value: (i) => i.notes },
          ],
          data.interfaces,
        )
      : para('No interfaces recorded.'),
  ];
  const doc = new Document({
    creator: 'ISMS Workbench',
    title: `${data.header.title} - ${xmlSafe(data.header.organisation)}`,
    styles: docStyles,
    sections: [
      { properties: portraitA4, footers: { default: footer(data.header) }, children: titlePage(data.header) },
      { properties: portraitA4, footers: { default: footer(data.header) }, children: body },
    ],
  });
  return Packer.toBuffer(doc);
}
