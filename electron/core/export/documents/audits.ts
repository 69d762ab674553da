import { AUDIT_CLAUSE_TITLES } from '../../../../shared/auditRequirements';
import type { AuditDetail, AuditMethod, AuditStatus, Coverage, Finding, FindingVerdict, TeamRole, Verdict } from '../../../../shared/contract/audits';
import { NC_STATUS_LABEL } from '../../../../shared/ncStates';
import type { AuditProgrammeContent } from '../../services/documentCatalog';
import { dash, heading, para, titled, type Block, type Cell, type Section } from '../model';

const METHOD: Record<AuditMethod, string> = { 'on-site': 'On-site', remote: 'Remote', 'document-review': 'Document review', interview: 'Interview', observation: 'Observation', sampling: 'Sampling' };
const ROLE: Record<TeamRole, string> = { 'lead-auditor': 'Lead auditor', auditor: 'Auditor', 'technical-expert': 'Technical expert', observer: 'Observer' };
const STATUS: Record<AuditStatus, string> = { planned: 'Planned', 'in-progress': 'Fieldwork in progress', reported: 'Reported', cancelled: 'Cancelled' };
export const VERDICT: Record<Verdict, string> = { conforming: 'Conforming', major: 'Major nonconformity', minor: 'Minor nonconformity', observation: 'Observation', ofi: 'Opportunity for improvement' };
const FILL: Record<Verdict, string> = { conforming: 'D3F9D8', major: 'FFC9C9', minor: 'FFE8CC', observation: 'D0EBFF', ofi: 'E5DBFF' };
const SEVERITY: FindingVerdict[] = ['major', 'minor', 'observation', 'ofi'];
const COVERAGE: Record<Coverage['clauses'][number]['state'], string> = { 'not-planned': 'Not planned', planned: 'Planned, not yet audited', audited: 'Audited' };
const COVERAGE_FILL: Record<Coverage['clauses'][number]['state'], string> = { 'not-planned': 'FFC9C9', planned: 'FFF3BF', audited: 'D3F9D8' };

const pairs = (rows: Array<[string, string]>): Block => ({ type: 'table', columns: [{ header: 'Field', weight: 1.2 }, { header: 'Value', weight: 4 }], rows: rows.map(([k, v]) => [{ lines: [[{ text: k, bold: true }]] }, dash(v)]) });
const verdictCell = (v: Verdict | null): Cell => (v ? { lines: [[{ text: VERDICT[v], bold: v === 'major' || v === 'minor' }]], fill: FILL[v] } : 'No verdict');
const dates = (a: { startDate: string; endDate: string }) => (a.startDate === a.endDate ? a.startDate : `${a.startDate}\nto ${a.endDate}`);
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const scopeText = (a: Pick<AuditDetail, 'scopeClauses' | 'items'>) =>
  [...a.scopeClauses.map((c) => `Clause ${c} ${AUDIT_CLAUSE_TITLES[c]}`), ...a.items.filter((i) => i.kind === 'control').map((i) => `Annex A ${i.title}`)].join('\n');

function followUp(f: Finding): string {
  if (!f.ncId) return f.verdict === 'major' || f.verdict === 'minor' ? 'No nonconformity raised yet' : '—';
  return `${f.ncRef}: ${NC_STATUS_LABEL[f.ncStatus!]}; ${f.actionCount} corrective action${f.actionCount === 1 ? '' : 's'}, ${f.openActions} open`;
}

/** The audit report (9.2 f): plan, summary, findings by severity, checklist results, evidence with hashes, conclusions, distribution. */
export function auditReportSections(a: AuditDetail): Section[] {
  const findings = [...a.findings].sort((x, y) => SEVERITY.indexOf(x.verdict) - SEVERITY.indexOf(y.verdict) || x.ref.localeCompare(y.ref, undefined, { numeric: true }));
  const evidence = a.items.flatMap((i) => i.evidence.map((e) => ({ e, item: i })));
  const count = (v: Verdict) => a.items.filter((i) => i.verdict === v).length;
  const open = a.items.filter((i) => !i.verdict).length;
  const blocks: Block[] = [
    heading('1 Audit plan'),
    pairs([
      ['Audit', `${a.ref} ${a.title}`],
      ['Programme', `${a.programmeRef} ${a.programmeTitle}`],
      ['Objectives', a.objectives],
      ['Scope', scopeText(a)],
      ['Criteria', a.criteria],
      ['Locations', a.locations],
      ['Dates', dates(a)],
      ['Methods', a.methods.map((m) => METHOD[m]).join(', ')],
      ['Auditees', a.auditees],
      ['Status', `${STATUS[a.status]}${a.reportedOn ? ` on ${a.reportedOn}` : ''}`],
    ]),
    heading('Audit team and independence', 2),
    a.team.length
      ? {
          type: 'table',
          columns: [{ header: 'Name', weight: 1.5 }, { header: 'Role', weight: 1.2 }, { header: 'Independence', weight: 4 }],
          rows: a.team.map((m) => [titled(m.name, m.jobTitle), ROLE[m.role], m.conflicts.length ? titled('Not independent of the scope; justified', `Owns or answers for: ${m.conflicts.join('; ')}\nJustification: ${m.justification}`) : 'Independent of the scope: owns and answers for nothing in it'] as Cell[]),
        }
      : para('No audit team is recorded.'),
    heading('2 Summary'),
    para(a.summary || 'No summary written.'),
    {
      type: 'table',
      columns: [{ header: 'Checklist items', weight: 2 }, { header: 'Conforming', weight: 0, kind: 'number' }, { header: 'Major NC', weight: 0, kind: 'number' }, { header: 'Minor NC', weight: 0, kind: 'number' }, { header: 'Observations', weight: 0, kind: 'number' }, { header: 'OFIs', weight: 0, kind: 'number' }, { header: 'No verdict', weight: 0, kind: 'number' }],
      rows: [[`${a.items.length} items`, count('conforming'), count('major'), count('minor'), count('observation'), count('ofi'), open]],
    },
    heading('3 Findings by severity'),
    findings.length
      ? {
          type: 'table',
          sheet: 'Findings',
          columns: [{ header: 'Id', weight: 0, kind: 'code' }, { header: 'Grade', weight: 1.4 }, { header: 'Finding and evidence seen', weight: 4 }, { header: 'Requirement', weight: 1.6 }, { header: 'Follow-up (10.2)', weight: 2 }],
          rows: findings.map((f) => [f.ref, verdictCell(f.verdict), titled(f.title, f.statement), f.requirement, followUp(f)]),
        }
      : para('The audit raised no findings.'),
    heading('4 Checklist results'),
    {
      type: 'table',
      sheet: 'Checklist',
      columns: [{ header: '#', weight: 0, kind: 'number' }, { header: 'Item', weight: 2.5 }, { header: 'Verdict', weight: 1.3 }, { header: 'What was seen', weight: 3.5 }, { header: 'Interviewees and documents sampled', weight: 2 }],
      rows: a.items.map((i, n) => [n + 1, titled(i.title, i.requirementRef), verdictCell(i.verdict), i.notes, [i.interviewees ? `Interviewed: ${i.interviewees}` : '', i.documentsSampled ? `Sampled: ${i.documentsSampled}` : ''].filter(Boolean).join('\n')]),
    },
    heading('5 Evidence'),
    para('Every file is stored inside the workspace. Its SHA-256 was computed when it arrived; recomputing it over a copy proves the copy unchanged ("Verify trail" in the workbench re-checks them all).'),
    evidence.length
      ? {
          type: 'table',
          sheet: 'Evidence',
          columns: [{ header: 'File', weight: 2 }, { header: 'Item', weight: 2 }, { header: 'Effective', weight: 1, kind: 'date' }, { header: 'Expires', weight: 1, kind: 'date' }, { header: 'Added', weight: 1.3 }, { header: 'SHA-256', weight: 3, kind: 'code' }],
          rows: evidence.map(({ e, item }) => [titled(e.attachment.name, `${e.attachment.size.toLocaleString('en-GB')} bytes${e.description ? `\n${e.description}` : ''}`), item.title, e.effectiveOn, e.expiresOn ?? '', `${e.attachment.createdAt.slice(0, 16).replace('T', ' ')} UTC\nby ${e.attachment.createdBy}`, e.attachment.sha256]),
        }
      : para('No evidence files were attached.'),
    heading('6 Conclusions'),
    para(a.conclusions || 'No conclusions written yet.'),
    heading('7 Distribution'),
    para(a.distribution || 'Not stated.'),
  ];
  return [{ landscape: true, blocks }];
}

/** 9.2.2: the programme over its cycle, its audits, and what the cycle covers so far. */
export function auditProgrammeSections(c: AuditProgrammeContent): Section[] {
  if (!c.programmes.length) return [{ blocks: [heading('1 Audit programme'), para('No audit programme has been set up yet.')] }];
  const blocks: Block[] = [];
  c.programmes.forEach(({ programme: p, audits, coverage }, n) => {
    if (n > 0) blocks.push({ type: 'pageBreak' });
    blocks.push(
      heading(`${p.ref} ${p.title}`),
      pairs([
        ['Cycle', `${p.startYear} to ${p.endYear}`],
        ['Objectives', p.objectives],
        ['Frequency', p.frequency],
        ['Methods', p.methods.map((m) => METHOD[m]).join(', ')],
        ['Responsibilities', p.responsibilities],
        ['Reporting', p.reporting],
      ]),
      heading('Audits', 2),
      audits.length
        ? {
            type: 'table',
            sheet: `${p.ref} audits`,
            columns: [{ header: 'Id', weight: 0, kind: 'code' }, { header: 'Audit', weight: 2.5 }, { header: 'Scope', weight: 2.5 }, { header: 'Dates', weight: 1.4 }, { header: 'Lead auditor', weight: 1.3 }, { header: 'Status', weight: 1.2 }, { header: 'Findings', weight: 1.6 }],
            rows: audits.map((a) => [a.ref, a.title, a.scope, dates(a), a.leadAuditor ?? '', STATUS[a.status], `${a.findingCounts.major} major, ${a.findingCounts.minor} minor, ${plural(a.findingCounts.observation, 'observation')}, ${plural(a.findingCounts.ofi, 'OFI')}`]),
          }
        : para('No audits planned yet.'),
      heading('Coverage of the cycle', 2),
      para(`Planned: ${coverage.total - coverage.notPlanned} of ${coverage.total} areas (clauses 4-10 and the Annex A controls the Statement of Applicability marks applicable). Audited: ${coverage.total - coverage.notAudited} of ${coverage.total}.${coverage.controls.length ? '' : ' No control is marked applicable yet, so no control is counted.'}`),
      {
        type: 'table',
        sheet: `${p.ref} coverage`,
        columns: [{ header: 'Area', weight: 3 }, { header: 'State', weight: 1.5 }, { header: 'Audits', weight: 1.5 }],
        rows: [...coverage.clauses, ...coverage.controls].map((r) => [r.label, { lines: [[{ text: COVERAGE[r.state] }]], fill: COVERAGE_FILL[r.state] }, r.audits.join(', ')]),
      },
    );
  });
  return [{ landscape: true, blocks }];
}
