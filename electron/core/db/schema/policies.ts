import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { orgUnits, people } from './people';

/** 5.2: a policy is the thing people talk about; its text lives in versions. */
export const policies = sqliteTable(
  'policies',
  {
    ...recordColumns(),
  ...refColumn(),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['information-security', 'topic'] }).notNull(),
    templateKey: text('template_key'),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    reviewMonths: integer('review_months').notNull().default(12),
    reviewDate: text('review_date'),
  },
  (t) => [index('policies_kind').on(t.kind), index('policies_review').on(t.reviewDate)],
);

/**
 * One version of a policy's text. The status moves through the table in shared/policyStates.ts;
 * from publication on, content and content_sha256 never change again.
 */
export const policyVersions = sqliteTable(
  'policy_versions',
  {
    ...recordColumns(),
    policyId: text('policy_id')
      .notNull()
      .references(() => policies.id, { onDelete: 'restrict' }),
    major: integer('major').notNull(),
    minor: integer('minor').notNull(),
    status: text('status', { enum: ['draft', 'in-review', 'approved', 'published', 'superseded'] }).notNull(),
    /** The structured document as JSON (shared/richtext.ts), never HTML. */
    content: text('content').notNull(),
    changeNote: text('change_note').notNull().default(''),
    authorId: text('author_id').references(() => people.id, { onDelete: 'set null' }),
    approverId: text('approver_id').references(() => people.id, { onDelete: 'set null' }),
    /** Names as they were when approved: the record of who approved survives the person leaving the register. */
    authorName: text('author_name'),
    approverName: text('approver_name'),
    approvedOn: text('approved_on'),
    /** Why someone without an approving role approved (issue #8); empty otherwise. */
    approvalReason: text('approval_reason').notNull().default(''),
    publishedOn: text('published_on'),
    supersededOn: text('superseded_on'),
    contentSha256: text('content_sha256'),
  },
  (t) => [index('policy_versions_policy').on(t.policyId), uniqueIndex('policy_versions_number').on(t.policyId, t.major, t.minor)],
);

/** Who a policy goes to: a person or a whole unit (with its sub-units). */
export const policyDistribution = sqliteTable(
  'policy_distribution',
  {
    ...recordColumns(),
    policyId: text('policy_id')
      .notNull()
      .references(() => policies.id, { onDelete: 'restrict' }),
    personId: text('person_id').references(() => people.id, { onDelete: 'restrict' }),
    unitId: text('unit_id').references(() => orgUnits.id, { onDelete: 'restrict' }),
  },
  (t) => [
    index('policy_distribution_policy').on(t.policyId),
    uniqueIndex('policy_distribution_person').on(t.policyId, t.personId),
    uniqueIndex('policy_distribution_unit').on(t.policyId, t.unitId),
  ],
);

/** Who confirmed reading which published version, and when. The name is kept should the person be removed. */
export const policyAcknowledgements = sqliteTable(
  'policy_acknowledgements',
  {
    ...recordColumns(),
  ...refColumn(),
    versionId: text('version_id')
      .notNull()
      .references(() => policyVersions.id, { onDelete: 'restrict' }),
    personId: text('person_id').references(() => people.id, { onDelete: 'set null' }),
    personName: text('person_name').notNull(),
    acknowledgedOn: text('acknowledged_on').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('policy_ack_version').on(t.versionId), uniqueIndex('policy_ack_person').on(t.versionId, t.personId)],
);
