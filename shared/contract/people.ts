import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Id, IdInput, LIMITS, Ok, optionalText, page, pageQuery, PARTIAL, Ref, REFERENCES, requiredText, Stamps, updateOf } from './common';

const Email = z
  .string()
  .trim()
  .max(LIMITS.name, { error: 'Email must be at most 200 characters.' })
  .refine((v) => v === '' || z.email().safeParse(v).success, { error: 'Enter a valid email address, or leave it empty.' })
  .default('');

export const PersonFields = z.object({
  name: requiredText('Name'),
  email: Email,
  jobTitle: optionalText('Job title', LIMITS.name),
  unitId: Id.nullable().default(null),
});
export type PersonFields = z.input<typeof PersonFields>;

export const Person = PersonFields.extend({ id: Id, ref: Ref, unitName: z.string().nullable() }).extend(Stamps.shape);
export type Person = z.infer<typeof Person>;

export const UnitFields = z.object({
  name: requiredText('Unit name'),
  description: optionalText('Description', LIMITS.shortText),
  parentId: Id.nullable().default(null),
});
export type UnitFields = z.input<typeof UnitFields>;

export const Unit = UnitFields.extend({ id: Id, ref: Ref, memberCount: z.number().int() }).extend(Stamps.shape);
export type Unit = z.infer<typeof Unit>;

export const PeopleQuery = pageQuery(['name', 'ref', 'email', 'jobTitle', 'unitName'] as const).extend({
  unitId: Id.optional(),
});

export const peopleContract = {
  'people.list': query({
    doc: 'Page through the people register, with search and sort.',
    input: PeopleQuery,
    output: page(Person),
  }),
  'people.get': query({ doc: 'One person.', input: IdInput, output: Person }),
  'people.create': method({ doc: 'Add a person to the register.', input: PersonFields, output: Person }),
  'people.update': method({
    doc: `Change a person. ${PARTIAL}`,
    input: updateOf(PersonFields.shape),
    output: Person,
  }),
  'people.delete': method({
    doc: `Remove a person. Records that name them (as owner, author, approver...) keep the record and lose the link; approvals and acknowledgements keep the name recorded at the time; their role assignments and places on distribution lists go. ${REFERENCES}`,
    input: DeleteInput,
    output: Ok,
  }),
  'people.unitList': query({
    doc: 'Every organisation unit, by name.',
    input: z.object({}).strict().default({}),
    output: z.array(Unit),
  }),
  'people.unitCreate': method({ doc: 'Add an organisation unit.', input: UnitFields, output: Unit }),
  'people.unitUpdate': method({
    doc: `Change an organisation unit. ${PARTIAL}`,
    input: updateOf(UnitFields.shape),
    output: Unit,
    rules: [{ path: 'parentId', text: 'A unit cannot sit below itself, directly or through its sub-units.' }],
  }),
  'people.unitDelete': method({
    doc: `Remove an organisation unit. Its members leave it, its sub-units move to the top level and it leaves the distribution lists it is on. ${REFERENCES}`,
    input: DeleteInput,
    output: Ok,
  }),
};
