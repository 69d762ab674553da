import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Empty, Id, IdInput, IsoDate, LIMITS, Ok, PARTIAL, Ref, requiredText, Stamps } from './common';
import { patchOf, text } from './patch';
import { AttachmentMeta, AttachmentUpload } from './attachments';

export const AUDIENCES = ['everyone', 'chosen'] as const;

const Link = z
  .string({ error: 'Link must be text.' })
  .trim()
  .max(2000, { error: 'Link must be at most 2000 characters.' })
  .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), { error: 'Give a web address starting with http:// or https://, or leave it empty.' });
const rating = z.number({ error: 'Effectiveness is a whole number from 1 to 5.' }).int({ error: 'Effectiveness is a whole number from 1 to 5.' }).min(1, { error: 'Effectiveness starts at 1.' }).max(5, { error: 'Effectiveness is at most 5.' });
const score = z.number({ error: 'A quiz score is a whole number from 0 to 100.' }).int({ error: 'A quiz score is a whole number from 0 to 100.' }).min(0, { error: 'A quiz score starts at 0.' }).max(100, { error: 'A quiz score is at most 100.' });
const ids = (what: string) => z.array(Id).max(500, { error: `At most 500 ${what}.` });

const CampaignShape = {
  topic: requiredText('Topic'),
  description: text('Description', LIMITS.longText),
  heldOn: IsoDate,
  /** Everyone in the people register, or the roles and people chosen. */
  audience: z.enum(AUDIENCES, { error: 'Choose everyone, or chosen roles and people.' }),
  roleIds: ids('roles'),
  personIds: ids('people'),
  materialText: text('Material', LIMITS.longText),
  materialLink: Link,
  effectiveness: rating.nullable(),
  effectivenessNote: text('How effectiveness was judged', LIMITS.longText),
};
const CampaignBase = z.object({
  ...CampaignShape,
  description: CampaignShape.description.default(''),
  audience: CampaignShape.audience.default('everyone'),
  roleIds: CampaignShape.roleIds.default([]),
  personIds: CampaignShape.personIds.default([]),
  materialText: CampaignShape.materialText.default(''),
  materialLink: CampaignShape.materialLink.default(''),
  effectiveness: CampaignShape.effectiveness.default(null),
  effectivenessNote: CampaignShape.effectivenessNote.default(''),
});
const audienceRule = (v: { audience?: string; roleIds?: string[]; personIds?: string[] }, ctx: z.RefinementCtx) => {
  if (v.audience === 'chosen' && !(v.roleIds?.length || v.personIds?.length)) ctx.addIssue({ code: 'custom', path: ['roleIds'], message: 'Choose at least one role or person, or make the campaign for everyone.' });
};
export const CampaignCheck = CampaignBase.superRefine(audienceRule);
export const CampaignFields = CampaignBase.extend({ materialFile: AttachmentUpload.nullable().default(null) }).superRefine(audienceRule);
export type CampaignFields = z.input<typeof CampaignBase>;
/** materialFile: a new file replaces the old one; null removes it; left out keeps it. */
export const CampaignPatch = patchOf(CampaignShape).extend({ id: Id, materialFile: AttachmentUpload.nullable().optional() });

export const Campaign = CampaignBase.extend({
  id: Id,
  ref: Ref,
  materialFile: AttachmentMeta.nullable(),
  /** People the campaign is meant for: everyone in the register, or the holders of the chosen roles and the chosen people. */
  audienceSize: z.number().int(),
  attended: z.number().int(),
  /** Average quiz score of those who took it, or null. */
  averageScore: z.number().nullable(),
}).extend(Stamps.shape);
export type Campaign = z.infer<typeof Campaign>;

export const Attendance = z.object({ id: Id, personId: Id, personName: z.string(), quizScore: z.number().int().nullable() });
export type Attendance = z.infer<typeof Attendance>;
export const CampaignDetail = Campaign.extend({
  attendance: z.array(Attendance),
  /** People of the audience not recorded as attending. */
  missing: z.array(z.object({ personId: Id, personName: z.string() })),
});
export type CampaignDetail = z.infer<typeof CampaignDetail>;

export const AttendanceSave = z.object({
  campaignId: Id,
  /** The whole attendance list: who was reached, with a quiz score where there was a quiz. */
  rows: z.array(z.object({ personId: Id, quizScore: score.nullable().default(null) })).max(5000, { error: 'At most 5,000 people at once.' }),
});

export const Coverage = z.object({
  year: z.number().int(),
  inScope: z.number().int(),
  reached: z.number().int(),
  /** People in the register not reached by any campaign held this calendar year, with their last campaign. */
  notReached: z.array(z.object({ personId: Id, personRef: z.string(), personName: z.string(), unitName: z.string().nullable(), lastReachedOn: z.string().nullable() })),
});
export type Coverage = z.infer<typeof Coverage>;

const CAMPAIGN_RULES = [{ path: 'roleIds', text: 'A campaign for chosen people names at least one role or person.' }];

export const awarenessContract = {
  'awareness.campaignList': query({ doc: 'Awareness campaigns (7.3), newest first, with audience size, attendance and average quiz score.', input: Empty, output: z.array(Campaign) }),
  'awareness.campaignGet': query({ doc: 'One campaign with its attendance and who of its audience was not reached.', input: IdInput, output: CampaignDetail }),
  'awareness.campaignCreate': method({ doc: 'Record an awareness campaign: topic, audience (everyone, or chosen roles and people), date, material as text, a link or a file, and an effectiveness rating.', input: CampaignFields, output: CampaignDetail, rules: CAMPAIGN_RULES }),
  'awareness.campaignUpdate': method({ doc: `Change a campaign. ${PARTIAL} A new material file replaces the old one; null removes it.`, input: CampaignPatch, output: CampaignDetail, rules: CAMPAIGN_RULES }),
  'awareness.campaignDelete': method({ doc: 'Delete a campaign with its audience, attendance and material file.', input: DeleteInput, output: Ok }),
  'awareness.attendanceSave': method({ doc: 'Save who a campaign reached, with quiz scores (replaces the list; all or nothing).', input: AttendanceSave, output: CampaignDetail, rules: [{ path: 'rows', text: 'Each person is listed once.' }] }),
  'awareness.coverage': query({ doc: 'Who in the people register has not been reached by an awareness campaign this calendar year (or the year given).', input: z.object({ year: z.number().int().min(2000).max(2100).optional() }), output: Coverage }),
};
