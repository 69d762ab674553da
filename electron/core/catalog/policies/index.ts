import type { PolicyTemplateKey, PolicyTemplate } from '../../../../shared/contract/policies';
import type { PolicyTemplateDef } from './types';
import { informationSecurityPolicy } from './informationSecurity';
import { accessControlPolicy } from './accessControl';
import { acceptableUsePolicy } from './acceptableUse';
import { backupPolicy } from './backup';
import { cryptographyPolicy } from './cryptography';
import { supplierSecurityPolicy } from './supplierSecurity';
import { incidentManagementPolicy } from './incidentManagement';
import { remoteWorkingPolicy } from './remoteWorking';
import { clearDeskScreenPolicy } from './clearDeskScreen';
import { classificationPolicy } from './classification';

/** The template library, written by us (never ISO text). Control ids in `controls` are facts. */
export const POLICY_TEMPLATES: Record<PolicyTemplateKey, PolicyTemplateDef> = {
  'information-security': informationSecurityPolicy,
  'access-control': accessControlPolicy,
  'acceptable-use': acceptableUsePolicy,
  backup: backupPolicy,
  cryptography: cryptographyPolicy,
  'supplier-security': supplierSecurityPolicy,
  'incident-management': incidentManagementPolicy,
  'remote-working': remoteWorkingPolicy,
  'clear-desk-screen': clearDeskScreenPolicy,
  classification: classificationPolicy,
};

export function listTemplates(): PolicyTemplate[] {
  return Object.values(POLICY_TEMPLATES).map(({ key, title, kind, summary, controls }) => ({ key, title, kind, summary, controls }));
}

export { fillPlaceholders, fillText, remainingPlaceholders, PLACEHOLDERS, type PlaceholderValues } from './fill';
