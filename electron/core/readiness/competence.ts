import type { DueItem } from '../../../shared/contract/readiness';
import type { Workspace } from '../db/open';
import { gapsByPerson } from '../services/competenceGaps';
import { coverage } from '../services/awareness';
import { plural, type Criterion, type ReadinessArea } from './types';

const one = (ws: Workspace, q: string, ...args: unknown[]) => (ws.sqlite.prepare(q).get(...args) as { n: number }).n;

/** Audits before appointment that found gaps, due for the audit after appointment and not yet followed by one. */
const FOLLOW_UPS = `select a.id, a.ref, a.follow_up_on as due, p.name as person, r.name as role from skill_audits a
  join people p on p.id = a.person_id join roles r on r.id = a.role_id
  where a.result in ('gaps', 'gaps-remain') and a.follow_up_on is not null
  and not exists (select 1 from skill_audits b where b.person_id = a.person_id and b.role_id = a.role_id and b.kind = 'post-appointment' and b.audited_on >= a.audited_on and b.id <> a.id)`;

/** 7.2: requirements per role, people checked against them, gaps closed by training, evidence kept. */
export function competenceCriteria(ws: Workspace, today: string): Criterion[] {
  const rolesWithNeeds = one(ws, 'select count(distinct role_id) as n from role_skills');
  const heldWithout = one(ws, 'select count(distinct ra.role_id) as n from role_assignments ra where not exists (select 1 from role_skills rs where rs.role_id = ra.role_id)');
  const holders = one(ws, 'select count(*) as n from role_assignments ra where exists (select 1 from role_skills rs where rs.role_id = ra.role_id)');
  const unaudited = one(ws, 'select count(*) as n from role_assignments ra where exists (select 1 from role_skills rs where rs.role_id = ra.role_id) and not exists (select 1 from skill_audits a where a.person_id = ra.person_id and a.role_id = ra.role_id)');
  const people = gapsByPerson(ws);
  const gaps = people.flatMap((p) => p.gaps.map((g) => ({ p, g })));
  const unplanned = gaps.filter(({ p, g }) => !p.plans.some((x) => x.skillId === g.skillId)).length;
  const overdue = one(ws, "select count(*) as n from training_plans where status = 'planned' and due_date < ?", today);
  const followUpsLate = one(ws, `select count(*) as n from (${FOLLOW_UPS}) where due < ?`, today);
  const evidence = one(ws, 'select count(*) as n from competence_evidence');
  return [
    { label: '7.2 a) The competence each ISMS role needs is set (skills and levels)', met: rolesWithNeeds > 0 && heldWithout === 0, detail: rolesWithNeeds === 0 ? 'No role has competence requirements yet' : heldWithout ? `${plural(heldWithout, 'role')} held without requirements` : plural(rolesWithNeeds, 'role') },
    { label: '7.2 b) Every role holder has been audited against the role', met: holders > 0 && unaudited === 0, detail: holders === 0 ? 'Nobody holds a role with requirements' : unaudited ? `${unaudited} of ${holders} not audited` : undefined },
    { label: '7.2 b) Every role holder is competent for the role (no open gaps)', met: holders > 0 && gaps.length === 0, detail: gaps.length ? `${plural(gaps.length, 'gap')} open across ${plural(new Set(gaps.map((x) => x.p.personId)).size, 'person', 'people')}` : undefined },
    { label: '7.2 c) Every gap of a role holder has training planned', met: holders > 0 && unplanned === 0, detail: gaps.length ? `${plural(gaps.length, 'gap')}, ${unplanned} without a plan` : undefined },
    { label: '7.2 c) No training plan is overdue', met: holders > 0 && overdue === 0, detail: overdue ? `${plural(overdue, 'plan')} overdue` : undefined },
    { label: '7.2 c) Audits after appointment check that training closed the gaps, none late', met: holders > 0 && followUpsLate === 0, detail: followUpsLate ? `${followUpsLate} late` : undefined },
    { label: '7.2 d) Evidence of competence is kept (certificates, audit notes)', met: evidence > 0, detail: plural(evidence, 'evidence file') },
  ];
}

/** 7.3: campaigns with material, attendance and a rating, and everyone reached this year. */
export function awarenessCriteria(ws: Workspace, today: string): Criterion[] {
  const year = today.slice(0, 4);
  const total = one(ws, 'select count(*) as n from awareness_campaigns');
  const thisYear = one(ws, 'select count(*) as n from awareness_campaigns where held_on between ? and ?', `${year}-01-01`, `${year}-12-31`);
  const noMaterial = one(ws, "select count(*) as n from awareness_campaigns where material_text = '' and material_link = '' and material_attachment_id is null");
  const noAttendance = one(ws, 'select count(*) as n from awareness_campaigns c where held_on <= ? and not exists (select 1 from awareness_attendance a where a.campaign_id = c.id)', today);
  const unrated = one(ws, 'select count(*) as n from awareness_campaigns c where effectiveness is null and exists (select 1 from awareness_attendance a where a.campaign_id = c.id)');
  const cov = coverage(ws, Number(year));
  return [
    { label: `7.3 Awareness campaigns are held (${year})`, met: thisYear > 0, detail: `${plural(thisYear, 'campaign')} this year, ${total} in all` },
    { label: '7.3 Each campaign keeps its material', met: total > 0 && noMaterial === 0, detail: noMaterial ? `${noMaterial} without material` : undefined },
    { label: '7.3 Attendance is recorded for each campaign held', met: total > 0 && noAttendance === 0, detail: noAttendance ? `${noAttendance} without attendance` : undefined },
    { label: '7.3 The effectiveness of each campaign is rated', met: total > 0 && unrated === 0, detail: unrated ? `${unrated} not rated` : undefined },
    { label: `7.3 Everyone in the people register was reached in ${year}`, met: cov.inScope > 0 && cov.notReached.length === 0, detail: `${cov.reached} of ${cov.inScope} reached` },
  ];
}

function due(ws: Workspace, today: string, horizon: string): DueItem[] {
  const items: DueItem[] = [];
  for (const p of ws.sqlite
    .prepare("select t.ref, t.due_date as due, p.name as person, s.name as skill, t.target_level as level from training_plans t join people p on p.id = t.person_id join skills s on s.id = t.skill_id where t.status = 'planned' and t.due_date <= ? order by t.due_date limit 100")
    .all(horizon) as { ref: string; due: string; person: string; skill: string; level: number }[]) {
    items.push({ clauseId: '7.2', text: `Training ${p.ref}: ${p.person}, ${p.skill} to level ${p.level}`, date: p.due, overdue: p.due < today, route: '/clause/7.2?tab=training' });
  }
  for (const a of ws.sqlite.prepare(`select * from (${FOLLOW_UPS}) where due <= ? order by due limit 100`).all(horizon) as { id: string; ref: string; due: string; person: string; role: string }[]) {
    items.push({ clauseId: '7.2', text: `Audit after appointment: ${a.person} as ${a.role} (gaps found in ${a.ref})`, date: a.due, overdue: a.due < today, route: `/clause/7.2?tab=audits&open=audit:${a.id}` });
  }
  const cov = coverage(ws, Number(today.slice(0, 4)));
  if (cov.inScope > 0 && cov.notReached.length > 0) {
    items.push({ clauseId: '7.3', text: `${plural(cov.notReached.length, 'person', 'people')} not reached by awareness this year`, date: `${cov.year}-12-31`, overdue: false, route: '/clause/7.3?tab=coverage' });
  }
  return items;
}

export const competenceReadiness: ReadinessArea = {
  criteria: {
    '7.2': (ws, today) => competenceCriteria(ws, today),
    '7.3': (ws, today) => awarenessCriteria(ws, today),
  },
  due,
};
