import { eq } from 'drizzle-orm';
import type { Reference } from '../../../shared/contract/common';
import type { Workspace } from '../db/open';
import { awarenessAttendance, awarenessAudience, awarenessCampaigns, personSkills, roleSkills, skillAudits, skills, trainingPlans, trainingRecords } from '../db/schema';

/*
 * What deleting a person or a role does to the 7.2 and 7.3 records (services/references.ts lists
 * them with the rest). The rows marked deleted go through their foreign keys (ON DELETE CASCADE),
 * logged by the write helper; an assessor loses the link and the audit keeps the name.
 */
const ref = (kind: string, id: string, label: string, effect: Reference['effect']): Reference => ({ kind, id, label, effect });

export function competencePersonReferences(ws: Workspace, personId: string): Reference[] {
  const db = ws.db;
  return [
    ...db.select({ id: personSkills.id, skill: skills.name }).from(personSkills).innerJoin(skills, eq(personSkills.skillId, skills.id)).where(eq(personSkills.personId, personId)).all().map((r) => ref('competence.level', r.id, `Level in "${r.skill}" in the skills matrix`, 'deleted')),
    ...db.select({ id: skillAudits.id, ref: skillAudits.ref }).from(skillAudits).where(eq(skillAudits.personId, personId)).all().map((r) => ref('competence.audit', r.id, `Skills audit ${r.ref} of this person`, 'deleted')),
    ...db.select({ id: skillAudits.id, ref: skillAudits.ref }).from(skillAudits).where(eq(skillAudits.assessorId, personId)).all().map((r) => ref('competence.audit', r.id, `Assessor of skills audit ${r.ref} (the name stays on the record)`, 'unlinked')),
    ...db.select({ id: trainingPlans.id, ref: trainingPlans.ref }).from(trainingPlans).where(eq(trainingPlans.personId, personId)).all().map((r) => ref('competence.plan', r.id, `Training plan ${r.ref}`, 'deleted')),
    ...db.select({ id: trainingRecords.id, ref: trainingRecords.ref }).from(trainingRecords).where(eq(trainingRecords.personId, personId)).all().map((r) => ref('competence.training', r.id, `Training record ${r.ref}`, 'deleted')),
    ...db.select({ id: awarenessAttendance.id, ref: awarenessCampaigns.ref }).from(awarenessAttendance).innerJoin(awarenessCampaigns, eq(awarenessAttendance.campaignId, awarenessCampaigns.id)).where(eq(awarenessAttendance.personId, personId)).all().map((r) => ref('awareness.attendance', r.id, `Attended awareness campaign ${r.ref}`, 'deleted')),
    ...db.select({ id: awarenessAudience.id, ref: awarenessCampaigns.ref }).from(awarenessAudience).innerJoin(awarenessCampaigns, eq(awarenessAudience.campaignId, awarenessCampaigns.id)).where(eq(awarenessAudience.personId, personId)).all().map((r) => ref('awareness.audience', r.id, `In the audience of awareness campaign ${r.ref}`, 'deleted')),
  ];
}

export function competenceRoleReferences(ws: Workspace, roleId: string): Reference[] {
  const db = ws.db;
  return [
    ...db.select({ id: roleSkills.id, skill: skills.name }).from(roleSkills).innerJoin(skills, eq(roleSkills.skillId, skills.id)).where(eq(roleSkills.roleId, roleId)).all().map((r) => ref('competence.requirement', r.id, `Needs the skill "${r.skill}"`, 'deleted')),
    ...db.select({ id: skillAudits.id, ref: skillAudits.ref }).from(skillAudits).where(eq(skillAudits.roleId, roleId)).all().map((r) => ref('competence.audit', r.id, `Skills audit ${r.ref} against this role`, 'deleted')),
    ...db.select({ id: awarenessAudience.id, ref: awarenessCampaigns.ref }).from(awarenessAudience).innerJoin(awarenessCampaigns, eq(awarenessAudience.campaignId, awarenessCampaigns.id)).where(eq(awarenessAudience.roleId, roleId)).all().map((r) => ref('awareness.audience', r.id, `In the audience of awareness campaign ${r.ref}`, 'deleted')),
  ];
}

