import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Empty, Id, IsoDate, LIMITS, Ok, optionalText, PARTIAL, patchOf, Ref, REFERENCES, requiredText, Stamps } from './common';

/** 7.1 resources (issue 12): budget and resource lines, each serving an objective or a treatment action. */

export const RESOURCE_KINDS = ['budget', 'people', 'tools', 'services', 'training', 'other'] as const;
export const RESOURCE_KIND_LABEL: Record<(typeof RESOURCE_KINDS)[number], string> = {
  budget: 'Budget',
  people: 'People and time',
  tools: 'Tools and technology',
  services: 'External services',
  training: 'Training',
  other: 'Other',
};
export const RESOURCE_STATUSES = ['requested', 'approved', 'provided'] as const;
export const RESOURCE_STATUS_LABEL: Record<(typeof RESOURCE_STATUSES)[number], string> = { requested: 'Requested', approved: 'Approved', provided: 'Provided' };

export const ResourceFields = z.object({
  title: requiredText('Resource'),
  kind: z.enum(RESOURCE_KINDS, { error: 'Choose budget, people, tools, services, training or other.' }).default('budget'),
  amount: z.number({ error: 'Amount must be a number.' }).finite({ error: 'Amount must be a finite number.' }).min(0, { error: 'Amount cannot be negative.' }).max(1e12).nullable().default(null),
  unit: optionalText('Unit', 50),
  status: z.enum(RESOURCE_STATUSES, { error: 'Choose requested, approved or provided.' }).default('requested'),
  ownerId: Id.nullable().default(null),
  neededBy: IsoDate.nullable().default(null),
  objectiveId: Id.nullable().default(null),
  treatmentActionId: Id.nullable().default(null),
  notes: optionalText('Notes', LIMITS.shortText * 4),
});
export type ResourceInput = z.input<typeof ResourceFields>;

export const ResourceLine = ResourceFields.extend({
  id: Id,
  ref: Ref,
  ownerName: z.string().nullable(),
  objective: z.object({ id: Id, ref: Ref, title: z.string() }).nullable(),
  treatmentAction: z.object({ id: Id, ref: Ref, title: z.string(), riskRef: Ref }).nullable(),
}).extend(Stamps.shape);
export type ResourceLine = z.infer<typeof ResourceLine>;

export const resourcesContract = {
  'competence.resourceList': query({ doc: 'Every 7.1 resource and budget line with the objective or treatment action it serves.', input: Empty, output: z.array(ResourceLine) }),
  'competence.resourceCreate': method({ doc: 'Add a resource or budget line: what, kind, amount and unit, status, owner, when it is needed, and the objective or treatment action it serves.', input: ResourceFields, output: ResourceLine }),
  'competence.resourceUpdate': method({ doc: `Change a resource line. ${PARTIAL}`, input: patchOf(ResourceFields.shape).extend({ id: Id }), output: ResourceLine }),
  'competence.resourceDelete': method({ doc: `Delete a resource line. ${REFERENCES}`, input: DeleteInput, output: Ok }),
};
