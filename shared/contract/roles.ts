import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Empty, Id, IdInput, IsoDate, LIMITS, Ok, optionalText, PARTIAL, patchOf, Ref, REFERENCES, requiredText, Stamps, updateOf } from './common';
import { RACI_VALUES } from '../raci';

const ROLE_TEXT = 5_000;

export const RoleFields = z.object({
  name: requiredText('Role name'),
  description: optionalText('Description', LIMITS.shortText),
  responsibilities: optionalText('Responsibilities', ROLE_TEXT),
  authorities: optionalText('Authorities', ROLE_TEXT),
  /** 7.5: holders may approve controlled documents (top management always may). Left out: unchanged. */
  mayApprove: z.boolean({ error: 'Approver must be true or false.' }).optional(),
});
export type RoleFields = z.input<typeof RoleFields>;

export const Assignment = z.object({
  id: Id,
  roleId: Id,
  personId: Id,
  personName: z.string(),
  acceptedOn: z.string().nullable(),
  note: z.string(),
});
export type Assignment = z.infer<typeof Assignment>;

export const Role = RoleFields.extend({
  id: Id,
  ref: Ref,
  key: z.string().nullable(),
  sortOrder: z.number().int(),
  mayApprove: z.boolean(),
  assignments: z.array(Assignment),
  /** Activities of the RACI matrix this role is accountable for. */
  accountableFor: z.number().int(),
}).extend(Stamps.shape);
export type Role = z.infer<typeof Role>;

export const RaciCellInput = z.object({ roleId: Id, value: z.enum(RACI_VALUES, { error: 'Use R, A, C or I, or leave the cell empty.' }).nullable() });
const Cells = z.array(RaciCellInput).max(200, { error: 'Too many roles in one row.' });

export const ActivityFields = z.object({
  name: requiredText('Activity'),
  description: optionalText('Description', LIMITS.shortText),
});

export const RaciActivity = ActivityFields.extend({
  id: Id,
  ref: Ref,
  key: z.string().nullable(),
  sortOrder: z.number().int(),
  cells: z.array(z.object({ roleId: Id, value: z.enum(RACI_VALUES) })),
});
export type RaciActivity = z.infer<typeof RaciActivity>;

export const RaciMatrix = z.object({
  roles: z.array(z.object({ id: Id, key: z.string().nullable(), name: z.string() })),
  activities: z.array(RaciActivity),
});
export type RaciMatrix = z.infer<typeof RaciMatrix>;

const AcceptedOn = IsoDate.nullable().default(null);
const AssignmentFields = z.object({ acceptedOn: AcceptedOn, note: optionalText('Note', LIMITS.shortText) });
const ACCEPTED_RULE = { path: 'acceptedOn', text: 'Acceptance cannot be dated in the future.' };
const ONE_ACCOUNTABLE = 'Every activity has exactly one accountable (A) role.';

export const rolesContract = {
  'roles.list': query({
    doc: 'The role catalogue (5.3) with the people assigned; the shipped roles are in every workspace from the start.',
    input: Empty,
    output: z.array(Role),
  }),
  'roles.create': method({ doc: 'Add a role to the catalogue.', input: RoleFields, output: Role }),
  'roles.update': method({ doc: `Change a role. ${PARTIAL}`, input: updateOf(RoleFields.shape), output: Role }),
  'roles.delete': method({
    doc: `Remove a role that is not accountable for any activity (top management stays); its assignments and RACI cells go with it. ${REFERENCES}`,
    input: DeleteInput,
    output: Ok,
  }),
  'roles.assign': method({
    doc: 'Assign a person to a role, optionally recording when they accepted it.',
    input: AssignmentFields.extend({ roleId: Id, personId: Id }),
    output: Assignment,
    rules: [ACCEPTED_RULE],
  }),
  'roles.assignmentUpdate': method({
    doc: `Record or clear the acceptance of a role, or change its note. ${PARTIAL}`,
    input: patchOf(AssignmentFields.shape).extend({ id: Id }),
    output: Assignment,
    rules: [ACCEPTED_RULE],
  }),
  'roles.unassign': method({ doc: 'Take a person off a role.', input: IdInput, output: Ok }),
  'roles.getRaci': query({ doc: 'The RACI matrix: ISMS activities by role.', input: Empty, output: RaciMatrix }),
  'roles.activityCreate': method({
    doc: 'Add an activity to the RACI matrix; it needs exactly one accountable role.',
    input: ActivityFields.extend({ cells: Cells }),
    output: RaciActivity,
    rules: [{ path: 'cells', text: ONE_ACCOUNTABLE }],
  }),
  'roles.activityUpdate': method({ doc: `Rename or describe an activity. ${PARTIAL}`, input: updateOf(ActivityFields.shape), output: RaciActivity }),
  'roles.activityDelete': method({ doc: `Remove an activity and its cells from the matrix. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'roles.raciSave': method({
    doc: 'Replace whole rows of the RACI matrix at once; every row must keep exactly one accountable role, or nothing is saved.',
    input: z.object({ rows: z.array(z.object({ activityId: Id, cells: Cells })).min(1).max(500) }),
    output: RaciMatrix,
    rules: [
      { path: 'rows.0.cells', text: `${ONE_ACCOUNTABLE} The refusal names the row (rows.N.cells).` },
      { path: 'rows', text: 'Each activity can appear only once.' },
    ],
  }),
};
