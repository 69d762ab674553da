import { AUDIT_KIND_LABEL, AUDIT_RESULT_LABEL, LEVEL_LABEL } from '../../../../shared/competence';
import type { AwarenessContent, CompetenceContent } from '../../services/competenceDocuments';
import { heading, para, titled, type Block, type Cell, type Section } from '../model';
import { plural } from '../../readiness/types';

const SOURCE: Record<string, string> = { 'self-assessment': 'Self-assessment', manager: 'Manager', 'skills-audit': 'Skills audit', training: 'Training', certificate: 'Certificate' };
const files = (evidence: { attachment: { name: string; sha256: string } }[]): Cell => (evidence.length ? { lines: evidence.flatMap((e) => [[{ text: e.attachment.name, bold: true }], [{ text: e.attachment.sha256 }]]) } : 'No file');
const gapList = (gaps: { skillName: string; actual: number; required: number }[]) => (gaps.length ? gaps.map((g) => `${g.skillName}: ${g.actual} of ${g.required}`).join('\n') : 'None');

/** 7.2: what each role needs, what people can do, the audits that checked it and the training that closed the gaps. */
export function competenceSections(c: CompetenceContent, today: string): Section[] {
  const m = c.matrix;
  const level = new Map(m.entries.map((e) => [`${e.personId}:${e.skillId}`, e.level]));
  const withGaps = c.gaps.filter((g) => g.gaps.length > 0);
  const blocks: Block[] = [
    heading('Summary'),
    para(
      `${plural(new Set(c.requirements.map((r) => r.roleId)).size, 'role')} with competence requirements; ${plural(m.people.length, 'person', 'people')} in the skills matrix across ${plural(m.skills.length, 'skill')}. Kept as evidence: ${plural(c.audits.length, 'skills audit')} and ${plural(c.training.length, 'training record')}. On ${today}, ${withGaps.length} of the ${plural(c.gaps.length, 'person', 'people')} holding a role fall short of what it needs.`,
    ),
    para(`Levels: ${[1, 2, 3, 4, 5].map((n) => `${n} ${LEVEL_LABEL[n]!.toLowerCase()}`).join(', ')}; a skill never assessed counts as 0.`, true),
    heading('Competence requirements per role'),
    c.requirements.length
      ? { type: 'table', sheet: 'Requirements', columns: [{ header: 'Role', weight: 2 }, { header: 'Skill', weight: 3 }, { header: 'Level needed', weight: 0, kind: 'number' }], rows: c.requirements.map((r) => [r.roleName, r.skillName, r.requiredLevel]) }
      : para('No role has competence requirements yet.'),
    heading('Gaps per person'),
    c.gaps.length
      ? {
          type: 'table',
          sheet: 'Gaps',
          columns: [{ header: 'Person', weight: 2 }, { header: 'Roles', weight: 2 }, { header: 'Gaps (level now of level needed)', weight: 3 }, { header: 'Training planned', weight: 2 }],
          rows: c.gaps.map((p) => [p.personName, p.roles.join(', '), gapList(p.gaps), p.plans.length ? p.plans.map((x) => `${x.ref} to level ${x.targetLevel} by ${x.dueDate}`).join('\n') : '']),
        }
      : para('Nobody holds a role yet.'),
    heading('Skills audits'),
    c.audits.length
      ? {
          type: 'table',
          sheet: 'Skills audits',
          columns: [{ header: 'Id', weight: 0, kind: 'code' }, { header: 'Date', weight: 0, kind: 'date' }, { header: 'Person and role', weight: 2.4 }, { header: 'Assessor', weight: 1.4 }, { header: 'Result', weight: 1.3 }, { header: 'Gaps found', weight: 2.4 }, { header: 'Notes', weight: 2.4 }, { header: 'Evidence and SHA-256', weight: 2.6 }],
          rows: c.audits.map((a) => [
            a.ref,
            a.auditedOn,
            titled(`${a.personName}`, `${a.roleName}\n${AUDIT_KIND_LABEL[a.kind]}`),
            a.assessorName,
            AUDIT_RESULT_LABEL[a.result],
            `${gapList(a.gaps)}${a.priorAuditRef ? `\nAgainst ${a.priorAuditRef}: closed ${a.closedGaps.map((g) => g.skillName).join(', ') || 'none'}` : ''}`,
            a.notes,
            files(a.evidence),
          ]),
        }
      : para('No skills audits recorded yet.'),
    heading('Training plans'),
    c.plans.length
      ? {
          type: 'table',
          sheet: 'Training plans',
          columns: [{ header: 'Id', weight: 0, kind: 'code' }, { header: 'Person', weight: 2 }, { header: 'Skill', weight: 3 }, { header: 'Level now', weight: 0, kind: 'number' }, { header: 'Target', weight: 0, kind: 'number' }, { header: 'Due', weight: 0, kind: 'date' }, { header: 'Status', weight: 1.2 }],
          rows: c.plans.map((p) => [p.ref, p.personName, p.skillName, p.currentLevel, p.targetLevel, p.dueDate, `${p.status.charAt(0).toUpperCase()}${p.status.slice(1)}${p.status === 'planned' && p.dueDate < today ? ' (overdue)' : ''}`]),
        }
      : para('No training planned.'),
    heading('Training records'),
    c.training.length
      ? {
          type: 'table',
          sheet: 'Training records',
          columns: [{ header: 'Id', weight: 0, kind: 'code' }, { header: 'Completed', weight: 0, kind: 'date' }, { header: 'Person', weight: 1.6 }, { header: 'Training', weight: 3 }, { header: 'Level reached', weight: 1.8 }, { header: 'Evidence and SHA-256', weight: 2.6 }],
          rows: c.training.map((t) => [t.ref, t.completedOn, t.personName, titled(t.title, [t.provider, t.planRef ? `Carries out ${t.planRef}` : ''].filter(Boolean).join('\n')), t.skillName ? `${t.skillName}${t.levelReached ? `: ${t.levelReached}` : ''}` : '', files(t.evidence)]),
        }
      : para('No training recorded yet.'),
    heading('Skills matrix'),
    m.people.length && m.skills.length
      ? {
          type: 'table',
          sheet: 'Skills matrix',
          columns: [{ header: 'Person', weight: 1 }, ...m.skills.map((s) => ({ header: s.name, weight: 0, kind: 'mark' as const }))],
          rows: m.people.map((p) => [titled(p.name, p.roles.join(', ')), ...m.skills.map((s): Cell => (level.has(`${p.id}:${s.id}`) ? { lines: [[{ text: String(level.get(`${p.id}:${s.id}`)) }]], center: true } : ''))]),
        }
      : para('The people register or the skills catalogue is empty.'),
    heading('Where each level comes from', 2),
    m.entries.length
      ? { type: 'table', sheet: 'Matrix sources', columns: [{ header: 'Person', weight: 2 }, { header: 'Skill', weight: 3 }, { header: 'Level', weight: 0, kind: 'number' }, { header: 'Assessed', weight: 0, kind: 'date' }, { header: 'Source', weight: 1.4 }, { header: 'Note', weight: 2 }], rows: m.entries.map((e) => [e.personName, e.skillName, e.level, e.assessedOn, SOURCE[e.source] ?? e.source, e.note]) }
      : para('No levels recorded yet.'),
  ];
  return [{ landscape: true, blocks }];
}

const AUDIENCE = (c: AwarenessContent['campaigns'][number]) => (c.audience === 'everyone' ? `Everyone (${c.audienceSize})` : `Chosen roles and people (${c.audienceSize})`);

/** 7.3: the campaigns, who each reached and how well it worked, and who has not been reached this year. */
export function awarenessSections(c: AwarenessContent, today: string): Section[] {
  const year = today.slice(0, 4);
  const reached = new Set(c.campaigns.filter((k) => k.heldOn.startsWith(year)).flatMap((k) => k.attendance.map((a) => a.personId)));
  const missed = c.people.filter((p) => !reached.has(p.id));
  const blocks: Block[] = [
    heading('Summary'),
    para(`${plural(c.campaigns.length, 'awareness campaign')} recorded. In ${year}, campaigns reached ${c.people.length - missed.length} of the ${c.people.length} people in the people register (as of ${today}).`),
    heading('Campaigns'),
    c.campaigns.length
      ? {
          type: 'table',
          sheet: 'Campaigns',
          columns: [{ header: 'Id', weight: 0, kind: 'code' }, { header: 'Held', weight: 0, kind: 'date' }, { header: 'Topic', weight: 3 }, { header: 'Audience', weight: 1.4 }, { header: 'Material', weight: 2.4 }, { header: 'Reached', weight: 1 }, { header: 'Quiz average', weight: 0, kind: 'number' }, { header: 'Effectiveness (1-5)', weight: 1.6 }],
          rows: c.campaigns.map((k) => [
            k.ref,
            k.heldOn,
            titled(k.topic, k.description),
            AUDIENCE(k),
            [k.materialText, k.materialLink, k.materialFile ? `File: ${k.materialFile.name} (SHA-256 ${k.materialFile.sha256})` : ''].filter(Boolean).join('\n'),
            `${k.attended} of ${k.audienceSize}`,
            k.averageScore ?? '',
            k.effectiveness ? `${k.effectiveness}${k.effectivenessNote ? `\n${k.effectivenessNote}` : ''}` : 'Not rated',
          ]),
        }
      : para('No campaigns recorded yet.'),
    heading(`Not reached in ${year}`),
    missed.length ? { type: 'table', sheet: `Not reached ${year}`, columns: [{ header: 'Id', weight: 0, kind: 'code' }, { header: 'Person', weight: 3 }], rows: missed.map((p) => [p.ref, p.name]) } : para(`Everyone in the people register was reached in ${year}.`),
    heading('Attendance'),
  ];
  if (c.campaigns.length === 0) blocks.push(para('No attendance recorded yet.'));
  for (const k of c.campaigns) {
    blocks.push(heading(`${k.ref} ${k.topic} (${k.heldOn})`, 2));
    blocks.push(k.attendance.length ? { type: 'table', sheet: `Attendance ${k.ref}`, columns: [{ header: 'Person', weight: 3 }, { header: 'Quiz score', weight: 0, kind: 'number' }], rows: k.attendance.map((a) => [a.personName, a.quizScore ?? '']) } : para('Nobody recorded as attending.'));
    if (k.missing.length) blocks.push(para(`Not reached from its audience: ${k.missing.map((p) => p.personName).join(', ')}.`, true));
  }
  return [{ landscape: true, blocks }];
}
