import type { Issue } from '../../../../shared/contract/context';
import { ATTITUDE_INFO, DECISION_LABEL, PARTY_TYPE_LABEL, QUADRANT_INFO, QUADRANTS } from '../../../../shared/contract/parties';
import type { Boundary, BoundaryKind, Interface } from '../../../../shared/contract/scope';
import type { ContextContent, PartiesContent, ProcessesContent, ScopeContent } from '../../services/documentCatalog';
import { heading, para, titled, type Block, type Column, type Section } from '../model';
import { refColumn } from './refs';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** 4.1: external issues under their PESTLE headings, then internal ones. */
export function contextSections(c: ContextContent, organisation: string): Section[] {
  const external = c.issues.filter((i) => i.kind === 'external');
  const internal = c.issues.filter((i) => i.kind === 'internal');
  const columns: Column[] = [
    ...refColumn(c.issues),
    { header: 'Category', weight: 1.2 },
    { header: 'Issue', weight: 5 },
    { header: 'SWOT', weight: 1 },
    { header: 'Effect on the ISMS', weight: 5 },
    { header: 'Impact', weight: 1 },
    { header: 'Owner', weight: 2 },
    { header: 'Source', weight: 2 },
    { header: 'Review by', weight: 1, kind: 'date' },
  ];
  // One table per kind, rows already in PESTLE order (then the internal headings), so widths agree.
  const part = (title: string, issues: Issue[]): Block[] =>
    issues.length
      ? [heading(title), { type: 'table', sheet: title, columns, rows: issues.map((i) => [...refColumn(c.issues, i), cap(i.category), titled(i.title, i.description), cap(i.swot), i.effect, cap(i.impact), i.ownerName ?? '', i.source, i.reviewDate ?? '']) }]
      : [heading(title), para('None recorded yet.')];
  return [
    {
      landscape: true,
      blocks: [
        heading('Summary'),
        para(
          `This register lists the ${c.issues.length} internal and external issues that ${organisation} has identified as relevant to its purpose and able to affect what its information security management system achieves (${external.length} external, ${internal.length} internal). External issues follow the PESTLE headings: political, economic, social, technological, legal and environmental.`,
        ),
        ...part('External issues', external),
        ...part('Internal issues', internal),
      ],
    },
  ];
}

/** 4.2: the parties with their scores, then their requirements and what the ISMS does about them. */
export function partiesSections(c: PartiesContent): Section[] {
  const partyColumns: Column[] = [
    ...refColumn(c.parties),
    { header: 'Interested party', weight: 3 },
    { header: 'Type', weight: 1.5 },
    { header: 'Why they matter', weight: 4 },
    { header: 'Interest', weight: 0, kind: 'number' },
    { header: 'Influence', weight: 0, kind: 'number' },
    { header: 'Quadrant', weight: 1.5 },
    { header: 'Trust', weight: 0, kind: 'number' },
    { header: 'Agreement', weight: 0, kind: 'number' },
    { header: 'Attitude', weight: 1.5 },
    { header: 'Review by', weight: 1, kind: 'date' },
  ];
  const requirementColumns: Column[] = [
    ...refColumn(c.requirements),
    { header: 'Interested party', weight: 2 },
    { header: 'Requirement', weight: 5 },
    { header: 'Type', weight: 1.2 },
    { header: 'ISMS decision', weight: 1.5 },
    { header: 'Policy', weight: 2 },
    { header: 'How addressed, or why not', weight: 5 },
  ];
  return [
    {
      landscape: true,
      blocks: [
        heading('Interested parties'),
        para('Interest, influence, trust and agreement are scored from 1 (low) to 5 (high). A score of 3 or more counts as high for the quadrant; a 3 in trust or agreement means the attitude is unclear.', true),
        {
          type: 'table',
          sheet: 'Parties',
          columns: partyColumns,
          rows: c.parties.map((p) => [...refColumn(c.parties, p), titled(p.name, p.contact), PARTY_TYPE_LABEL[p.type], p.relevance, p.interest, p.influence, QUADRANT_INFO[p.quadrant].label, p.trust, p.agreement, ATTITUDE_INFO[p.attitude].label, p.reviewDate ?? '']),
        },
        heading('Requirements'),
        c.requirements.length
          ? {
              type: 'table',
              sheet: 'Requirements',
              columns: requirementColumns,
              rows: c.requirements.map((r) => [...refColumn(c.requirements, r), r.partyName, r.text, cap(r.type), DECISION_LABEL[r.decision], r.policyTitle ?? '', r.how]),
            }
          : para('No requirements recorded yet.'),
        heading('Engagement by quadrant', 2),
        { type: 'list', items: QUADRANTS.map((q) => [{ text: `${QUADRANT_INFO[q].label}: `, bold: true }, { text: QUADRANT_INFO[q].strategy }]) },
      ],
    },
  ];
}

const KIND_TITLE: Record<BoundaryKind, string> = { unit: 'Organisational units', location: 'Locations', process: 'Processes and services', asset: 'Information and asset types' };
const DIRECTION = { inbound: 'Into the ISMS', outbound: 'Out of the ISMS', both: 'Both ways' } as const;

/** 4.3: the statement as approved (or drafted), what is in and out, and the interfaces. */
export function scopeSections(c: ScopeContent): Section[] {
  const text = c.statement?.text ?? c.draftText;
  const statement: Block[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (bullets.length) statement.push({ type: 'list', items: bullets.map((b) => [{ text: b }]) });
    bullets = [];
  };
  for (const line of text.split(/\r?\n/).filter((l) => l.trim())) {
    if (line.startsWith('- ')) bullets.push(line.slice(2));
    else (flush(), statement.push(para(line)));
  }
  flush();
  const included = (kind: BoundaryKind) => c.boundaries.filter((b) => b.kind === kind && b.included);
  const inScope = (['process', 'unit', 'location', 'asset'] as BoundaryKind[]).flatMap((kind): Block[] =>
    included(kind).length ? [heading(KIND_TITLE[kind], 2), { type: 'table', sheet: KIND_TITLE[kind], columns: [...refColumn(c.boundaries), { header: 'Name', weight: 2 }, { header: 'Notes', weight: 3 }], rows: included(kind).map((b) => [...refColumn(c.boundaries, b), b.name, b.notes]) }] : [],
  );
  const exclusions = c.boundaries.filter((b) => !b.included);
  return [
    {
      blocks: [
        heading('Scope statement'),
        ...(c.statement ? [] : [para('No statement has been saved yet; this is the text the workbench drafts from the recorded boundaries.', true)]),
        ...statement,
        heading('In scope'),
        ...(inScope.length ? inScope : [para('Nothing has been recorded as in scope yet.')]),
        heading('Exclusions'),
        exclusions.length
          ? { type: 'table', sheet: 'Exclusions', columns: [...refColumn(exclusions), { header: 'Excluded', weight: 2 }, { header: 'Kind', weight: 1.5 }, { header: 'Justification', weight: 4 }], rows: exclusions.map((b: Boundary) => [...refColumn(exclusions, b), b.name, KIND_TITLE[b.kind], b.justification]) }
          : para('No exclusions.'),
        heading('Interfaces and dependencies'),
        c.interfaces.length
          ? {
              type: 'table',
              sheet: 'Interfaces',
              columns: [...refColumn(c.interfaces), { header: 'Who', weight: 2 }, { header: 'What crosses the boundary', weight: 4 }, { header: 'Direction', weight: 1.2 }, { header: 'Notes', weight: 2 }],
              rows: c.interfaces.map((i: Interface) => [...refColumn(c.interfaces, i), i.counterpart, i.crossing, DIRECTION[i.direction], i.notes]),
            }
          : para('No interfaces recorded.'),
      ],
    },
  ];
}

/** 4.4: each process with its owner, inputs, outputs and the processes it feeds. */
export function processesSections(c: ProcessesContent): Section[] {
  const name = new Map(c.processes.map((p) => [p.id, p.name]));
  const names = (ids: string[]) => ids.map((id) => name.get(id) ?? '').filter(Boolean).join('\n');
  return [
    {
      landscape: true,
      blocks: [
        heading('ISMS processes'),
        para('The processes that make up the information security management system, who owns each, what goes in and comes out, and how they feed each other.'),
        c.processes.length
          ? {
              type: 'table',
              sheet: 'Processes',
              columns: [
                ...refColumn(c.processes),
                { header: 'Process', weight: 4 },
                { header: 'Clause', weight: 0, kind: 'code' },
                { header: 'Owner', weight: 1.5 },
                { header: 'Inputs', weight: 3 },
                { header: 'Outputs', weight: 3 },
                { header: 'Feeds', weight: 2 },
                { header: 'Fed by', weight: 2 },
              ],
              rows: c.processes.map((p) => [...refColumn(c.processes, p), titled(p.name, p.description), p.clauseRef, p.ownerName ?? 'Not assigned', p.inputs, p.outputs, names(p.feeds), names(p.fedBy)]),
            }
          : para('No processes recorded yet.'),
      ],
    },
  ];
}
