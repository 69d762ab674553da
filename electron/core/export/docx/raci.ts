import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { RaciMatrix, Role } from '../../../../shared/contract/roles';
import { RACI_LABEL, RACI_VALUES } from '../../../../shared/raci';
import { docStyles, footer, heading, landscapeA4, para, portraitA4, registerTable, titlePage, type Column, type DocumentHeader } from './common';

export interface RaciDocData {
  header: DocumentHeader;
  matrix: RaciMatrix;
  roles: Role[];
}

type Row = RaciMatrix['activities'][number];

/** Activity column plus one narrow column per role, sharing what is left of the width. */
function matrixColumns(matrix: RaciMatrix): Column<Row>[] {
  const activityWidth = matrix.roles.length > 8 ? 24 : 34;
  const roleWidth = Math.max(3, Math.floor((100 - activityWidth) / Math.max(1, matrix.roles.length)));
  return [
    { header: 'Activity', width: activityWidth, value: (a) => (a.description ? `${a.name}\n${a.description}` : a.name) },
    ...matrix.roles.map((r) => ({ header: r.name, width: roleWidth, value: (a: Row) => a.cells.find((c) => c.roleId === r.id)?.value ?? '' })),
  ];
}

function rolesTable(roles: Role[]) {
  return registerTable<Role>(
    [
      { header: 'Role', width: 16, value: (r) => r.name },
      { header: 'Responsibilities', width: 32, value: (r) => r.responsibilities },
      { header: 'Authorities', width: 28, value: (r) => r.authorities },
      { header: 'Held by', width: 24, value: (r) => r.assignments.map((a) => (a.acceptedOn ? `${a.personName} (accepted ${a.acceptedOn})` : `${a.personName} (not yet accepted)`)).join('\n') || 'Nobody yet' },
    ],
    roles,
  );
}

/** 5.3 as DOCX: the RACI matrix on landscape pages, then the roles with their holders. */
export async function buildRaciDocx(d: RaciDocData): Promise<Buffer> {
  const legend = RACI_VALUES.map((v) => `${v} = ${RACI_LABEL[v]}`).join('   ');
  const doc = new Document({
    creator: 'ISMS Workbench',
    title: `${d.header.title} - ${d.header.organisation}`,
    styles: docStyles,
    sections: [
      { properties: portraitA4, footers: { default: footer(d.header) }, children: titlePage(d.header) },
      {
        properties: landscapeA4,
        footers: { default: footer(d.header) },
        children: [
          heading('RACI matrix'),
          para(`Who does what in the information security management system of ${d.header.organisation}. Every activity has exactly one accountable role. ${legend}.`),
          d.matrix.activities.length ? registerTable(matrixColumns(d.matrix), d.matrix.activities) : para('No activities recorded yet.'),
          // The role table is long: start it on its own page rather than leave its heading behind.
          new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, spacing: { after: 120 }, children: [new TextRun('Roles, responsibilities and authorities')] }),
          d.roles.length ? rolesTable(d.roles) : para('No roles recorded yet.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
