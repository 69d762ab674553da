import { z } from 'zod';
import { method } from './define';
import { Id, IdInput, LIMITS, Ok, Ref, Stamps, optionalText, page, pageQuery, requiredText } from './common';

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
  'people.list': method({
    doc: 'Page through the people register, with search and sort.',
    input: PeopleQuery,
    output: page(Person),
  }),
  'people.get': method({ doc: 'One person.', input: IdInput, output: Person }),
  'people.create': method({ doc: 'Add a person to the register.', input: PersonFields, output: Person }),
  'people.update': method({
    doc: 'Change a person.',
    input: PersonFields.extend({ id: Id }),
    output: Person,
  }),
  'people.delete': method({
    doc: 'Remove a person. Records that name them as owner keep the record and lose the link.',
    input: IdInput,
    output: Ok,
  }),
  'people.unitList': method({
    doc: 'Every organisation unit, by name.',
    input: z.object({}).strict().default({}),
    output: z.array(Unit),
  }),
  'people.unitCreate': method({ doc: 'Add an organisation unit.', input: UnitFields, output: Unit }),
  'people.unitUpdate': method({
    doc: 'Change an organisation unit.',
    input: UnitFields.extend({ id: Id }),
    output: Unit,
  }),
  'people.unitDelete': method({
    doc: 'Remove an organisation unit that has no members and no sub-units.',
    input: IdInput,
    output: Ok,
  }),
};
