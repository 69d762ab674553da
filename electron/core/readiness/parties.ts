import { and, asc, isNotNull, lte, sql } from 'drizzle-orm';
import type { Workspace } from '../db/open';
import { parties, partyRequirements } from '../db/schema';
import { plural, type Criterion, type ReadinessArea } from './types';

export const MIN_PARTY_TYPES = 3;

export interface PartyCounts {
  parties: number;
  types: number;
  withoutRequirement: number;
  requirements: number;
  undecided: number;
  overdue: number;
}

export function partyCounts(ws: Workspace, today: string): PartyCounts {
  const p = parties;
  const row = ws.db
    .select({
      parties: sql<number>`count(*)`,
      types: sql<number>`count(distinct ${p.type})`,
      withoutRequirement: sql<number>`coalesce(sum(not exists (select 1 from "party_requirements" as "r" where "r"."party_id" = "parties"."id")), 0)`,
      overdue: sql<number>`coalesce(sum(${p.reviewDate} < ${today}), 0)`,
    })
    .from(p)
    .get()!;
  const req = ws.db
    .select({ requirements: sql<number>`count(*)`, undecided: sql<number>`coalesce(sum(${partyRequirements.decision} = 'undecided'), 0)` })
    .from(partyRequirements)
    .get()!;
  return { ...row, ...req };
}

/** 4.2: parties of several kinds, each with requirements, each requirement decided. */
export function partyCriteria(c: PartyCounts): Criterion[] {
  return [
    { label: 'Interested parties identified', met: c.parties > 0, detail: plural(c.parties, 'party', 'parties') },
    { label: `Parties of at least ${MIN_PARTY_TYPES} different kinds considered`, met: c.types >= MIN_PARTY_TYPES, detail: plural(c.types, 'kind') },
    {
      label: 'Every party has at least one requirement recorded',
      met: c.parties > 0 && c.withoutRequirement === 0,
      detail: c.withoutRequirement ? `${plural(c.withoutRequirement, 'party', 'parties')} without requirements` : undefined,
    },
    {
      label: 'Every requirement says whether and how the ISMS addresses it',
      met: c.requirements > 0 && c.undecided === 0,
      detail: c.undecided ? `${plural(c.undecided, 'requirement')} not decided` : undefined,
    },
    { label: 'No party review is overdue', met: c.parties > 0 && c.overdue === 0, detail: c.overdue ? `${c.overdue} overdue` : undefined },
  ];
}

export const partiesReadiness: ReadinessArea = {
  criteria: { '4.2': (ws, today) => partyCriteria(partyCounts(ws, today)) },
  due: (ws, today, horizon) =>
    ws.db
      .select({ name: parties.name, reviewDate: parties.reviewDate })
      .from(parties)
      .where(and(isNotNull(parties.reviewDate), lte(parties.reviewDate, horizon)))
      .orderBy(asc(parties.reviewDate))
      .limit(200)
      .all()
      .map((p) => ({ clauseId: '4.2', text: `Review the interested party "${p.name}"`, date: p.reviewDate!, overdue: p.reviewDate! < today, route: '/clause/4.2' })),
};
