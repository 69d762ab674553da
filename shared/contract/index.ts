import type { z } from 'zod';
import type { MethodSpec } from './define';
import { workspaceContract } from './workspace';
import { peopleContract } from './people';
import { contextContract } from './context';
import { partiesContract } from './parties';
import { scopeContract } from './scope';
import { attachmentsContract } from './attachments';
import { leadershipContract } from './leadership';
import { policiesContract } from './policies';
import { rolesContract } from './roles';
import { riskContract } from './risk';
import { controlsContract } from './controls';
import { readinessContract } from './readiness';
import { exportContract } from './export';
import { searchContract } from './search';
import { peopleImportContract } from './peopleImport';
import { assetImportContract } from './assetImport';
import { userContract } from './user';
import { documentsContract } from './documents';
import { trailContract } from './trail';
import { backupContract } from './backup';
import { metricsContract } from './metrics';
import { objectivesContract } from './objectives';
import { resourcesContract } from './resources';
import { docinfoContract } from './docinfo';
import { improvementContract } from './improvement';
import { competenceContract } from './competence';
import { awarenessContract } from './awareness';
import { auditsContract } from './audits';
import { reviewsContract } from './reviews';
import { communicationContract } from './communication';
import { suppliersContract } from './suppliers';

/** Every method the renderer, the loopback host and the CLI may call, merged from the areas. */
export const contract = {
  ...workspaceContract,
  ...peopleContract,
  ...peopleImportContract,
  ...contextContract,
  ...partiesContract,
  ...scopeContract,
  ...attachmentsContract,
  ...leadershipContract,
  ...policiesContract,
  ...rolesContract,
  ...riskContract,
  ...assetImportContract,
  ...controlsContract,
  ...readinessContract,
  ...exportContract,
  ...searchContract,
  ...userContract,
  ...documentsContract,
  ...trailContract,
  ...backupContract,
  ...metricsContract,
  ...objectivesContract,
  ...resourcesContract,
  ...docinfoContract,
  ...improvementContract,
  ...competenceContract,
  ...awarenessContract,
  ...auditsContract,
  ...reviewsContract,
  ...communicationContract,
  ...suppliersContract,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (parsed, defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export { INVOKE_CHANNEL, EVENT_CHANNEL } from '../channels';

export { method } from './define';
export type { MethodSpec } from './define';
