import { z } from 'zod';
import { method, query } from './define';
import { ApprovalInput, BULK, bulkIds, DeleteInput, Id, IdInput, IsoDate, LIMITS, Ok, optionalText, PARTIAL, Ref, REFERENCES, requiredText, Stamps, updateOf } from './common';

export const BOUNDARY_KINDS = ['unit', 'location', 'process', 'asset'] as const;
export type BoundaryKind = (typeof BOUNDARY_KINDS)[number];
export const DIRECTIONS = ['inbound', 'outbound', 'both'] as const;

const BoundaryBase = z.object({
  kind: z.enum(BOUNDARY_KINDS, { error: 'Choose unit, location, process or asset type.' }),
  name: requiredText('Name'),
  notes: optionalText('Notes', LIMITS.shortText * 2),
  included: z.boolean({ error: 'Say whether it is in scope.' }).default(true),
  justification: optionalText('Justification', LIMITS.longText),
});

/** An exclusion without a reason is refused: an auditor will ask for one. */
const withJustification = <T extends z.ZodType<z.output<typeof BoundaryBase>>>(schema: T) =>
  schema.superRefine((v, ctx) => {
    if (!v.included && !v.justification.trim()) {
      ctx.addIssue({ code: 'custom', path: ['justification'], message: 'An exclusion needs a justification: why is it outside the ISMS, and why does that not weaken it?' });
    }
  });

export const BoundaryFields = withJustification(BoundaryBase);
export type BoundaryFields = z.input<typeof BoundaryBase>;
/** Partial: the service checks the justification rule on the entry as it will be saved. */
export const BoundaryUpdate = updateOf(BoundaryBase.shape);
export const Boundary = BoundaryBase.extend({ id: Id, ref: Ref }).extend(Stamps.shape);
export type Boundary = z.infer<typeof Boundary>;

export const InterfaceFields = z.object({
  counterpart: requiredText('Who'),
  partyId: Id.nullable().default(null),
  crossing: requiredText('What crosses the boundary', LIMITS.shortText * 2),
  direction: z.enum(DIRECTIONS, { error: 'Choose inbound, outbound or both.' }).default('both'),
  notes: optionalText('Notes', LIMITS.shortText * 2),
});
export type InterfaceFields = z.input<typeof InterfaceFields>;
export const Interface = InterfaceFields.extend({ id: Id, ref: Ref, partyName: z.string().nullable() }).extend(Stamps.shape);
export type Interface = z.infer<typeof Interface>;

export const STATEMENT_STATUSES = ['draft', 'approved'] as const;
export const Statement = z
  .object({
    id: Id,
    /** "major.minor", as for policies; each approved scope statement is a new major version. */
    version: z.string(),
    major: z.number().int(),
    minor: z.number().int(),
    text: z.string(),
    status: z.enum(STATEMENT_STATUSES),
    approverId: Id.nullable(),
    approverName: z.string().nullable(),
    approvedOn: z.string().nullable(),
  })
  .extend(Stamps.shape);
export type Statement = z.infer<typeof Statement>;

export const ProcessFields = z.object({
  name: requiredText('Process name'),
  description: optionalText('Description', LIMITS.longText),
  ownerId: Id.nullable().default(null),
  inputs: optionalText('Inputs', LIMITS.longText),
  outputs: optionalText('Outputs', LIMITS.longText),
  clauseRef: optionalText('Clause', 20),
  feeds: z.array(Id).max(100, { error: 'A process can feed at most 100 others.' }).default([]),
});
export type ProcessFields = z.input<typeof ProcessFields>;
export const IsmsProcess = ProcessFields.extend({ id: Id, ref: Ref, ownerName: z.string().nullable(), fedBy: z.array(Id) }).extend(Stamps.shape);
export type IsmsProcess = z.infer<typeof IsmsProcess>;

const Empty = z.object({}).strict().default({});

const JUSTIFICATION_RULE = [{ path: 'justification', text: 'An exclusion (included: false) needs a justification.' }];
const NO_SELF_FEED = [{ path: 'feeds', text: 'A process cannot feed itself.' }];

export const scopeContract = {
  'scope.boundaryList': query({ doc: 'Units, locations, processes and asset types in or out of scope (4.3).', input: Empty, output: z.array(Boundary) }),
  'scope.boundaryCreate': method({ doc: 'Add a unit, location, process or asset type, in scope or excluded.', input: BoundaryFields, output: Boundary, rules: JUSTIFICATION_RULE }),
  'scope.boundaryUpdate': method({ doc: `Change a scope boundary entry. ${PARTIAL}`, input: BoundaryUpdate, output: Boundary, rules: JUSTIFICATION_RULE }),
  'scope.boundaryDelete': method({ doc: 'Delete a scope boundary entry.', input: IdInput, output: Ok }),
  'scope.interfaceList': query({ doc: 'Interfaces and dependencies with other organisations.', input: Empty, output: z.array(Interface) }),
  'scope.interfaceCreate': method({ doc: 'Add an interface or dependency.', input: InterfaceFields, output: Interface }),
  'scope.interfaceUpdate': method({ doc: `Change an interface or dependency. ${PARTIAL}`, input: updateOf(InterfaceFields.shape), output: Interface }),
  'scope.interfaceDelete': method({ doc: `Delete an interface or dependency. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'scope.statementDraft': query({ doc: 'A scope statement in plain language, generated from the boundaries and interfaces (not saved).', input: Empty, output: z.object({ text: z.string() }) }),
  'scope.statementList': query({ doc: 'Every version of the scope statement, newest first.', input: Empty, output: z.array(Statement) }),
  'scope.statementSave': method({
    doc: 'Save the statement text: changes the current draft, or starts a new draft version after an approval.',
    input: z.object({ text: requiredText('Scope statement', LIMITS.longText) }),
    output: Statement,
  }),
  'scope.statementApprove': method({
    doc: 'Approve the current draft: records the approver and the date (today when approvedOn is left out), and freezes the statement with its boundaries and interfaces as document ISMS-4.3 (documents.get).',
    input: z.object({
      /** The draft being approved (scope.statementList); left out, the current draft. */
      versionId: Id.optional(),
      approverId: Id,
      /** Left out: today. */
      approvedOn: IsoDate.optional(),
      major: z.boolean().default(false),
      changeNote: optionalText('What changed', LIMITS.shortText),
      /** Needed when the approver holds no approving role. */
      reason: optionalText('Reason', LIMITS.shortText),
    }),
    output: Statement,
    rules: [{ path: 'approvedOn', text: 'An approval cannot be dated in the future.' }],
  }),
  'scope.processList': query({ doc: 'The ISMS processes (4.4) with owners, inputs, outputs and what they feed.', input: Empty, output: z.array(IsmsProcess) }),
  'scope.processCreate': method({ doc: 'Add an ISMS process.', input: ProcessFields, output: IsmsProcess }),
  'scope.processUpdate': method({
    doc: `Change an ISMS process; feeds, when given, replaces the list of processes it feeds. ${PARTIAL}`,
    input: updateOf(ProcessFields.shape),
    output: IsmsProcess,
    rules: NO_SELF_FEED,
  }),
  'scope.processUpdateMany': method({
    doc: `Set the owner of many ISMS processes at once (null clears it). ${BULK}`,
    input: z.object({ ids: bulkIds, ownerId: Id.nullable() }),
    output: z.object({ updated: z.number().int() }),
  }),
  'scope.processDelete': method({ doc: `Delete an ISMS process and its links to other processes. ${REFERENCES}`, input: DeleteInput, output: Ok }),
};

