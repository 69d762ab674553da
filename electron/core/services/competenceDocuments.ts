import type { Audit, Matrix, PersonGaps, Plan, RoleRequirement, Training } from '../../../shared/contract/competence';
import type { CampaignDetail } from '../../../shared/contract/awareness';
import type { Workspace } from '../db/open';
import { people } from '../db/schema';
import type { DocumentType } from './documentControl';
import { listRequirements, readMatrix } from './competence';
import { gapsByPerson } from './competenceGaps';
import { listAudits } from './skillAudits';
import { listPlans, listTraining } from './training';
import { allCampaigns } from './awareness';

/**
 * The 7.2 and 7.3 documents under document control: what each freezes when approved. Nothing that
 * depends on the day it is read (overdue plans, who was not reached this year) is captured; those
 * are worked out when the document is printed.
 */
export interface CompetenceContent {
  requirements: RoleRequirement[];
  matrix: Matrix;
  audits: Audit[];
  plans: Omit<Plan, 'overdue'>[];
  training: Training[];
  gaps: PersonGaps[];
}
export const COMPETENCE_DOC: DocumentType<CompetenceContent> = {
  key: 'competence-evidence',
  docId: 'ISMS-7.2',
  title: 'Competence evidence',
  clauseId: '7.2',
  subtitle: 'Competence requirements, skills matrix, skills audits and training, clause 7.2',
  capture: (ws) => ({
    requirements: listRequirements(ws),
    matrix: readMatrix(ws),
    audits: listAudits(ws),
    plans: listPlans(ws).map(({ overdue: _o, ...p }) => p),
    training: listTraining(ws),
    gaps: gapsByPerson(ws),
  }),
};

export interface AwarenessContent {
  campaigns: CampaignDetail[];
  people: Array<{ id: string; ref: string; name: string }>;
}
export const AWARENESS_DOC: DocumentType<AwarenessContent> = {
  key: 'awareness-record',
  docId: 'ISMS-7.3',
  title: 'Awareness record',
  clauseId: '7.3',
  subtitle: 'Awareness campaigns, attendance, effectiveness and coverage, clause 7.3',
  capture: (ws: Workspace) => ({
    campaigns: allCampaigns(ws),
    people: ws.db.select({ id: people.id, ref: people.ref, name: people.name }).from(people).orderBy(people.name).all(),
  }),
};

export const COMPETENCE_DOCUMENT_TYPES = [COMPETENCE_DOC, AWARENESS_DOC];
