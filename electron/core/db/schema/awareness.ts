import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { people } from './people';
import { roles } from './roles';
import { attachments } from './attachments';

/** 7.3: an awareness campaign (briefing, e-learning, poster run) with its material and how well it worked. */
export const awarenessCampaigns = sqliteTable(
  'awareness_campaigns',
  {
    ...recordColumns(),
    ...refColumn(),
    topic: text('topic').notNull(),
    description: text('description').notNull().default(''),
    heldOn: text('held_on').notNull(),
    /** 'everyone' in the people register, or 'chosen' roles and people (awareness_audience). */
    audience: text('audience').notNull().default('everyone'),
    materialText: text('material_text').notNull().default(''),
    materialLink: text('material_link').notNull().default(''),
    materialAttachmentId: text('material_attachment_id').references(() => attachments.id, { onDelete: 'restrict' }),
    effectiveness: integer('effectiveness'),
    effectivenessNote: text('effectiveness_note').notNull().default(''),
  },
  (t) => [index('awareness_campaigns_held').on(t.heldOn)],
);

/** The roles and people a campaign with a chosen audience is meant for (one of the two per row). */
export const awarenessAudience = sqliteTable(
  'awareness_audience',
  {
    ...recordColumns(),
    campaignId: text('campaign_id').notNull().references(() => awarenessCampaigns.id, { onDelete: 'cascade' }),
    roleId: text('role_id').references(() => roles.id, { onDelete: 'cascade' }),
    personId: text('person_id').references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [index('awareness_audience_campaign').on(t.campaignId)],
);

/** Who was reached by a campaign, with the quiz score when there was one. */
export const awarenessAttendance = sqliteTable(
  'awareness_attendance',
  {
    ...recordColumns(),
    campaignId: text('campaign_id').notNull().references(() => awarenessCampaigns.id, { onDelete: 'cascade' }),
    personId: text('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    quizScore: integer('quiz_score'),
  },
  (t) => [uniqueIndex('awareness_attendance_pair').on(t.campaignId, t.personId), index('awareness_attendance_person').on(t.personId)],
);
