import { z } from 'zod';
import { method, query } from './define';
import { Empty, Id } from './common';
import { NoPath } from './workspace';

export const EXPORT_DOCS = [
  'context-register',
  'stakeholder-register',
  'scope-statement',
  'isms-processes',
  'leadership-commitments',
  'policy',
  'policy-acknowledgements',
  'raci-matrix',
  'raci-matrix-xlsx',
  'objectives-plan',
  'communication-plan',
  'documented-information',
  'supplier-register',
  'risk-method',
  'risk-register',
  'risk-report',
  'treatment-plan',
  'soa',
  'soa-xlsx',
  'monitoring-results',
  'metric-values',
  'nonconformity-log',
  'nonconformity-report',
  'competence-evidence',
  'awareness-record',
  'audit-programme',
  'audit-programme-xlsx',
  'audit-report',
  'management-review',
  'management-review-minutes',
] as const;
export type ExportDocId = (typeof EXPORT_DOCS)[number];

export const EXPORT_FORMATS = ['docx', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportDoc = z.object({
  id: z.enum(EXPORT_DOCS),
  title: z.string(),
  /** The format written when none is asked for. */
  format: z.enum(EXPORT_FORMATS),
  /** Every format this document can be written in; PDF for all. */
  formats: z.array(z.enum(EXPORT_FORMATS)),
  clauseId: z.string(),
  /** The document-control record it prints (documents.get), or null for documents about one record. */
  documentKey: z.string().nullable(),
  /** Documents about one record (a policy) need its id as recordId; null for whole registers. */
  record: z.enum(['policy', 'nonconformity', 'audit', 'review']).nullable(),
});

export const exportContract = {
  'export.list': query({
    doc: 'The documents this workspace can export.',
    input: Empty,
    output: z.array(ExportDoc),
    needsWorkspace: false,
  }),
  'export.document': method({
    doc: 'Write one document; the app asks where to save it. The format follows the chosen file name’s extension or `format`; a name whose extension does not match is refused. `variant: "draft"` prints the live content (watermarked DRAFT) instead of the approved version. A policy, a nonconformity report, an audit report or management review minutes need the record’s id as recordId.',
    input: z.object({
      id: z.enum(EXPORT_DOCS, { error: 'Unknown document.' }),
      recordId: Id.optional(),
      path: NoPath,
      format: z.enum(EXPORT_FORMATS, { error: 'The format is docx, xlsx or pdf.' }).optional(),
      variant: z.enum(['approved', 'draft'], { error: 'Choose the approved version or the draft.' }).default('approved'),
    }),
    output: z.object({ saved: z.boolean(), path: z.string().nullable(), bytes: z.number().int(), format: z.enum(EXPORT_FORMATS) }),
  }),
};
