import type { Commitment } from '../../../../shared/contract/leadership';
import type { Acknowledgement, Recipient, VersionMeta } from '../../../../shared/contract/policies';
import { RACI_LABEL, RACI_VALUES, type RaciValue } from '../../../../shared/raci';
import type { RichDoc } from '../../../../shared/richtext';
import type { LeadershipContent, RaciContent } from '../../services/documentCatalog';
import { heading, para, titled, type Block, type Cell, type Section } from '../model';
import { richBlocks } from './richBlocks';
import { refColumn } from './refs';

const COMMITMENT_STATUS: Record<Commitment['status'], string> = { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'In place' };

/** 5.1: who top management are, what they committed to, and the evidence that shows it. */
export function leadershipSections(c: LeadershipContent): Section[] {
  const evidence = c.commitments.flatMap((k) => k.evidence.map((e) => ({ k, e })));
  return [
    {
      blocks: [
        heading('Top management'),
        c.topManagement.length
          ? { type: 'table', sheet: 'Top management', columns: [{ header: 'Name', weight: 2 }, { header: 'Job title', weight: 2 }, { header: 'Role accepted on', weight: 0, kind: 'date' }], rows: c.topManagement.map((t) => [t.name, t.jobTitle, t.acceptedOn ?? 'Not yet']) }
          : para('Nobody has been named as top management yet (assign the top management role in 5.3).'),
        heading('Commitments'),
        c.commitments.length
          ? {
              type: 'table',
              sheet: 'Commitments',
              columns: [...refColumn(c.commitments), { header: 'Commitment', weight: 5 }, { header: 'Status', weight: 1 }, { header: 'Owner', weight: 1.5 }, { header: 'Evidence items', weight: 0, kind: 'number' }],
              rows: c.commitments.map((k) => [...refColumn(c.commitments, k), titled(k.title, k.description), COMMITMENT_STATUS[k.status], k.ownerName ?? 'Not assigned', k.evidence.length]),
            }
          : para('No commitments recorded.'),
        heading('Evidence'),
        evidence.length
          ? {
              type: 'table',
              sheet: 'Evidence',
              columns: [...refColumn(evidence.map((x) => x.e)), { header: 'Commitment', weight: 2 }, { header: 'Evidence', weight: 4 }, { header: 'Dated', weight: 0, kind: 'date' }, { header: 'File and SHA-256 fingerprint', weight: 3 }],
              rows: evidence.map(({ k, e }) => [...refColumn(evidence.map((x) => x.e), e), k.title, e.description, e.evidenceDate ?? '', e.attachment ? { lines: [[{ text: e.attachment.name, bold: true }], [{ text: e.attachment.sha256 }]] } : 'No file']),
            }
          : para('No evidence recorded yet.'),
        para('Files are kept inside the workspace; the fingerprint proves a file is the one recorded.', true),
      ],
    },
  ];
}

const FILL: Record<RaciValue, string> = { R: 'DCE9F7', A: 'F9D9A8', C: 'E2F0D9', I: 'EDEDED' };

/** 5.3: the matrix on landscape pages, then the roles with their holders. */
export function raciSections(c: RaciContent): Section[] {
  const legend = RACI_VALUES.map((v) => `${v} = ${RACI_LABEL[v]}`).join(', ');
  const matrix: Block = {
    type: 'table',
    sheet: 'RACI matrix',
    columns: [...refColumn(c.matrix.activities), { header: 'Activity', weight: 1 }, ...c.matrix.roles.map((r) => ({ header: r.name, weight: 0, kind: 'mark' as const }))],
    rows: c.matrix.activities.map((a) => [
      ...refColumn(c.matrix.activities, a),
      titled(a.name, a.description),
      ...c.matrix.roles.map((r): Cell => {
        const v = a.cells.find((x) => x.roleId === r.id)?.value;
        return v ? { lines: [[{ text: v, bold: v === 'A' }]], fill: FILL[v], center: true } : '';
      }),
    ]),
  };
  return [
    {
      landscape: true,
      blocks: [
        heading('RACI matrix'),
        para(`Who does what in the information security management system. Every activity has exactly one accountable role. ${legend}.`),
        c.matrix.activities.length ? matrix : para('No activities recorded yet.'),
      ],
    },
    {
      landscape: true,
      blocks: [
        heading('Roles, responsibilities and authorities'),
        c.roles.length
          ? {
              type: 'table',
              sheet: 'Roles',
              columns: [...refColumn(c.roles), { header: 'Role', weight: 1.5 }, { header: 'Responsibilities', weight: 4 }, { header: 'Authorities', weight: 3 }, { header: 'Held by', weight: 2 }, { header: 'Accepted on', weight: 0, kind: 'date' }],
              rows: c.roles.map((r) => [
                ...refColumn(c.roles, r),
                titled(r.name, r.mayApprove ? 'May approve documents' : ''),
                r.responsibilities,
                r.authorities,
                r.assignments.map((a) => a.personName).join('\n') || 'Nobody yet',
                r.assignments.map((a) => a.acceptedOn ?? 'Not yet').join('\n'),
              ]),
            }
          : para('No roles recorded yet.'),
      ],
    },
  ];
}

/** 5.2: the published text of a policy. */
export function policySections(content: RichDoc): Section[] {
  return [{ blocks: richBlocks(content) }];
}

/** 5.2 record: who confirmed reading each published version, and who has not yet. */
export function acknowledgementSections(input: { versions: Array<{ version: VersionMeta; recipients: Recipient[]; acknowledgements: Acknowledgement[] }> }): Section[] {
  const blocks = input.versions.flatMap(({ version, recipients, acknowledgements }): Block[] => {
    const done = recipients.filter((r) => r.acknowledgedOn).length;
    const listed = new Set(recipients.map((r) => r.personId));
    const others = acknowledgements.filter((a) => !a.personId || !listed.has(a.personId));
    const rows: Cell[][] = [
      ...recipients.map((r) => [r.name, r.unitName ?? '', r.via.map((v) => (v === 'direct' ? 'Named directly' : v)).join(', '), r.acknowledgedOn ? 'Acknowledged' : 'Outstanding', r.acknowledgedOn ?? '', acknowledgements.find((a) => a.personId === r.personId)?.note ?? '']),
      ...others.map((a) => [a.personName, '', 'No longer on the distribution list', 'Acknowledged', a.acknowledgedOn, a.note]),
    ];
    return [
      heading(`Version ${version.version}${version.status === 'published' ? ' (in force)' : ' (superseded)'}`),
      para(`Published on ${version.publishedOn ?? '—'}. ${done} of ${recipients.length} people on the distribution list have acknowledged this version.`),
      rows.length
        ? {
            type: 'table',
            sheet: `Version ${version.version}`,
            columns: [{ header: 'Person', weight: 2 }, { header: 'Unit', weight: 1.5 }, { header: 'On the list through', weight: 2 }, { header: 'Status', weight: 1 }, { header: 'Acknowledged on', weight: 0, kind: 'date' }, { header: 'Note', weight: 2 }],
            rows,
          }
        : para('Nobody is on the distribution list yet.'),
    ];
  });
  return [{ landscape: true, blocks: blocks.length ? blocks : [para('No version has been published yet.')] }];
}
