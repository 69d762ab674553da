import type { Handlers } from './types';
import { workspaceHandlers } from './workspace';
import { peopleHandlers } from './people';
import { contextHandlers } from './context';
import { partiesHandlers } from './parties';
import { scopeHandlers } from './scope';
import { attachmentsHandlers } from './attachments';
import { leadershipHandlers } from './leadership';
import { policiesHandlers } from './policies';
import { rolesHandlers } from './roles';
import { riskHandlers } from './risk';
import { controlsHandlers } from './controls';
import { readinessHandlers } from './readiness';
import { exportHandlers } from './export';
import { userHandlers } from './user';
import { documentsHandlers } from './documents';
import { searchHandlers } from './search';
import { trailHandlers } from './trail';
import { backupHandlers } from './backup';
import { metricsHandlers } from './metrics';
import { objectivesHandlers, resourcesHandlers } from './objectives';
import { improvementHandlers } from './improvement';
import { competenceHandlers } from './competence';
import { awarenessHandlers } from './awareness';
import { communicationHandlers, suppliersHandlers } from './suppliers';
import { docinfoHandlers } from './docinfo';
import { auditsHandlers } from './audits';
import { reviewsHandlers } from './reviews';

/** One handler per contract method, merged from the areas; a method without one fails typechecking. */
export const handlers: Handlers = {
  ...workspaceHandlers,
  ...peopleHandlers,
  ...contextHandlers,
  ...partiesHandlers,
  ...scopeHandlers,
  ...attachmentsHandlers,
  ...leadershipHandlers,
  ...policiesHandlers,
  ...rolesHandlers,
  ...riskHandlers,
  ...controlsHandlers,
  ...readinessHandlers,
  ...exportHandlers,
  ...userHandlers,
  ...documentsHandlers,
  ...searchHandlers,
  ...trailHandlers,
  ...backupHandlers,
  ...metricsHandlers,
  ...objectivesHandlers,
  ...resourcesHandlers,
  ...improvementHandlers,
  ...competenceHandlers,
  ...awarenessHandlers,
  ...communicationHandlers,
  ...suppliersHandlers,
  ...docinfoHandlers,
  ...auditsHandlers,
  ...reviewsHandlers,
};

export type { Handlers } from './types';
