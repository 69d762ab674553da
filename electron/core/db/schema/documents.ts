import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './common';
import { people } from './people';

/**
 * 7.5 document control: one row per controlled document (a register, the scope statement, a policy).
 * Written the first time a document is approved or given an owner; until then the service reads the
 * defaults from its catalogue of document types, so reads never write.
 */
export const controlledDocuments = sqliteTable(
  'controlled_documents',
  {
    ...recordColumns(),
    /** Which document: an export key ('context-register') or 'policy:<uuid>' for one record. */
    key: text('key').notNull(),
    /** The stable identifier printed on every page, e.g. ISMS-4.1. */
    docId: text('doc_id').notNull(),
    title: text('title').notNull(),
    ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
    /** The owner's name as last set, kept should the person leave the register. */
    ownerName: text('owner_name'),
    reviewMonths: integer('review_months').notNull().default(12),
    /** null: the workspace's classification label applies. */
    classification: text('classification'),
    /** How long it is kept once superseded (7.5.3); empty until someone says. */
    retention: text('retention').notNull().default(''),
  },
  (t) => [uniqueIndex('controlled_documents_key').on(t.key), uniqueIndex('controlled_documents_doc_id').on(t.docId)],
);

/**
 * One approval event. Versions come from these rows only (1.0, 1.1, 2.0), and the snapshot is the
 * document's content exactly as approved, with its SHA-256, so an export of an approved version
 * never shows data that changed afterwards.
 */
export const documentApprovals = sqliteTable(
  'document_approvals',
  {
    ...recordColumns(),
    documentId: text('document_id')
      .notNull()
      .references(() => controlledDocuments.id, { onDelete: 'restrict' }),
    major: integer('major').notNull(),
    minor: integer('minor').notNull(),
    approverId: text('approver_id').references(() => people.id, { onDelete: 'set null' }),
    approverName: text('approver_name').notNull(),
    approvedOn: text('approved_on').notNull(),
    changeNote: text('change_note').notNull().default(''),
    /** Why someone without an approving role approved; empty when their role allows it. */
    reason: text('reason').notNull().default(''),
    snapshot: text('snapshot').notNull(),
    snapshotSha256: text('snapshot_sha256').notNull(),
  },
  (t) => [index('document_approvals_document').on(t.documentId), uniqueIndex('document_approvals_version').on(t.documentId, t.major, t.minor)],
);

/** One row per workspace: how its documents are labelled and branded. Absent means the defaults. */
export const documentSettings = sqliteTable('document_settings', {
  ...recordColumns(),
  classification: text('classification').notNull().default('Internal'),
  /** Six hex digits, no '#'. */
  accentColour: text('accent_colour').notNull().default('1F4E79'),
  footerText: text('footer_text').notNull().default(''),
  paperSize: text('paper_size', { enum: ['A4', 'Letter'] }).notNull().default('A4'),
  language: text('language').notNull().default('en-GB'),
  logo: blob('logo', { mode: 'buffer' }),
  logoMime: text('logo_mime'),
});
