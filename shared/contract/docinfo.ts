import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Empty, Id, IsoDate, LIMITS, Ok, optionalText, PARTIAL, patchOf, Ref, REFERENCES, requiredText, Stamps } from './common';
import { MANDATORY_KEYS } from '../docinfo';

/**
 * 7.5 documented information (issue 12, item 7). The register joins two kinds of rows: the
 * documents the workbench writes and controls (documents.list), and entries for documents and
 * records kept elsewhere or of external origin (laws, contracts, supplier certificates, a paper
 * visitor book). The checklist of mandatory documented information is worked out from both.
 */

export const ENTRY_KINDS = ['document', 'record'] as const;
export const ENTRY_ORIGINS = ['internal', 'external'] as const;
export const ENTRY_ORIGIN_LABEL: Record<(typeof ENTRY_ORIGINS)[number], string> = { internal: 'Our own', external: 'External origin' };
export const ENTRY_TYPES = ['policy', 'procedure', 'plan', 'register', 'record', 'report', 'law', 'contract', 'certificate', 'standard', 'other'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];
export const ENTRY_TYPE_LABEL: Record<EntryType, string> = {
  policy: 'Policy',
  procedure: 'Procedure or work instruction',
  plan: 'Plan',
  register: 'Register or list',
  record: 'Record',
  report: 'Report',
  law: 'Law or regulation',
  contract: 'Contract or agreement',
  certificate: 'Certificate',
  standard: 'Standard or external guidance',
  other: 'Other',
};
export const ENTRY_STATUSES = ['draft', 'approved', 'obsolete'] as const;
export const ENTRY_STATUS_LABEL: Record<(typeof ENTRY_STATUSES)[number], string> = { draft: 'Draft', approved: 'Approved / in force', obsolete: 'Obsolete (kept for retention)' };

export const EntryFields = z.object({
  title: requiredText('Title'),
  kind: z.enum(ENTRY_KINDS, { error: 'Choose document or record.' }).default('document'),
  origin: z.enum(ENTRY_ORIGINS, { error: 'Choose our own or of external origin.' }).default('internal'),
  type: z.enum(ENTRY_TYPES, { error: 'Choose a type.' }).default('other'),
  ownerId: Id.nullable().default(null),
  version: optionalText('Version', 30),
  status: z.enum(ENTRY_STATUSES, { error: 'Choose draft, approved or obsolete.' }).default('approved'),
  approvedOn: IsoDate.nullable().default(null),
  approvedBy: optionalText('Approved by', LIMITS.name),
  reviewOn: IsoDate.nullable().default(null),
  classification: optionalText('Classification', 60),
  retention: optionalText('Retention', LIMITS.shortText),
  /** Where it is kept: a path, a system, a URL, a cabinet. Required: an entry is only useful if it can be found. */
  location: requiredText('Where it is kept', LIMITS.shortText),
  /** The mandatory item of the checklist this entry provides, when it is kept outside the workbench. */
  satisfies: z.enum(MANDATORY_KEYS, { error: 'Choose an item of the mandatory documents checklist.' }).nullable().default(null),
  notes: optionalText('Notes', LIMITS.longText),
});
export type EntryInput = z.input<typeof EntryFields>;

export const DocumentEntry = EntryFields.extend({
  id: Id,
  ref: Ref,
  ownerName: z.string().nullable(),
}).extend(Stamps.shape);
export type DocumentEntry = z.infer<typeof DocumentEntry>;

/** One row of the 7.5 register, whichever kind it is. */
export const RegisterRow = z.object({
  /** 'workspace' rows are controlled by the workbench (key names them); 'entry' rows are DOC-nnn entries. */
  source: z.enum(['workspace', 'entry']),
  key: z.string(),
  /** ISMS-4.3, ISMS-5.2-01 or DOC-004. */
  docId: z.string(),
  title: z.string(),
  clauseId: z.string().nullable(),
  kind: z.enum(ENTRY_KINDS),
  origin: z.enum(ENTRY_ORIGINS),
  typeLabel: z.string(),
  ownerName: z.string().nullable(),
  version: z.string(),
  /** draft, approved, changed (approved, changed since), obsolete. */
  status: z.enum(['draft', 'approved', 'changed', 'obsolete']),
  approvedOn: z.string().nullable(),
  approverName: z.string().nullable(),
  reviewOn: z.string().nullable(),
  reviewOverdue: z.boolean(),
  classification: z.string(),
  retention: z.string(),
  location: z.string(),
});
export type RegisterRow = z.infer<typeof RegisterRow>;

export const CHECK_STATUSES = ['approved', 'external', 'changed', 'draft', 'missing'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];
export const CHECK_STATUS_LABEL: Record<CheckStatus, string> = {
  approved: 'In place, approved',
  external: 'Kept elsewhere (register entry)',
  changed: 'Approved, but changed since: approve again',
  draft: 'Started, not approved yet',
  missing: 'Missing',
};

export const ChecklistItem = z.object({
  key: z.enum(MANDATORY_KEYS),
  clause: z.string(),
  title: z.string(),
  status: z.enum(CHECK_STATUSES),
  /** What was found, in words: "ISMS-4.3 version 1.0 approved on 2026-11-02 by Ann". */
  evidence: z.string(),
  /** Where to go to make or approve it. */
  route: z.string(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

const EntryUpdate = patchOf(EntryFields.shape).extend({ id: Id });

export const docinfoContract = {
  'docinfo.register': query({ doc: 'The 7.5 register: every document the workbench controls and every DOC entry kept elsewhere, with owner, version, status, approval, review date, classification, retention and location.', input: Empty, output: z.array(RegisterRow) }),
  'docinfo.checklist': query({ doc: 'The mandatory documented information, each item found from the workspace (an approved document, or a register entry that provides it) or listed as missing.', input: Empty, output: z.array(ChecklistItem) }),
  'docinfo.entryList': query({ doc: 'Every DOC entry: documents and records kept outside the workbench or of external origin.', input: Empty, output: z.array(DocumentEntry) }),
  'docinfo.entryGet': query({ doc: 'One DOC entry.', input: z.object({ id: Id }), output: DocumentEntry }),
  'docinfo.entryCreate': method({
    doc: 'Record a document or record kept elsewhere or of external origin: title, kind, origin, type, owner, version, status, approval, review date, classification, retention, where it is kept, and the checklist item it provides.',
    input: EntryFields,
    output: DocumentEntry,
    rules: [{ path: 'approvedOn', text: 'An approval date cannot be in the future.' }],
  }),
  'docinfo.entryUpdate': method({ doc: `Change a DOC entry. ${PARTIAL}`, input: EntryUpdate, output: DocumentEntry, rules: [{ path: 'approvedOn', text: 'An approval date cannot be in the future.' }] }),
  'docinfo.entryDelete': method({ doc: `Delete a DOC entry. ${REFERENCES}`, input: DeleteInput, output: Ok }),
  'docinfo.retentionSet': method({
    doc: 'Set how long documents the workbench controls are kept (their retention), for the keys given or, with onlyUnset, for every one that has none yet.',
    input: z.object({
      keys: z.array(z.string().trim().min(1).max(100)).max(500).default([]),
      onlyUnset: z.boolean().default(false),
      retention: requiredText('Retention', LIMITS.shortText),
    }),
    output: z.object({ updated: z.number().int() }),
  }),
};
