import { z } from 'zod';
import { method, query } from './define';
import { Empty, Id } from './common';
import { NoPath } from './workspace';

export const EXPORT_DOCS = [
  'context-register',
  'stakeholder-register',
  'scope-statement',
  'policy',
  'raci-matrix',
  'raci-matrix-xlsx',
  'risk-method',
  'risk-register',
  'risk-report',
  'treatment-plan',
  'soa',
  'soa-xlsx',
] as const;
export type ExportDocId = (typeof EXPORT_DOCS)[number];

export const ExportDoc = z.object({
  id: z.enum(EXPORT_DOCS),
  title: z.string(),
  format: z.enum(['docx', 'xlsx', 'pdf']),
  clauseId: z.string(),
  /** Documents about one record (a policy) need its id as recordId; null for whole registers. */
  record: z.enum(['policy']).nullable(),
});

export const exportContract = {
  'export.list': query({
    doc: 'The documents this workspace can export.',
    input: Empty,
    output: z.array(ExportDoc),
    needsWorkspace: false,
  }),
  'export.document': method({
    doc: 'Write one document; the app asks where to save it. A policy needs the policy’s id as recordId.',
    input: z.object({
      id: z.enum(EXPORT_DOCS, { error: 'Unknown document.' }),
      recordId: Id.optional(),
      path: NoPath,
    }),
    output: z.object({ saved: z.boolean(), path: z.string().nullable(), bytes: z.number().int() }),
  }),
};
