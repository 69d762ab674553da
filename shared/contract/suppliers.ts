import { z } from 'zod';
import { method, query } from './define';
import { DeleteInput, Empty, Id, IdInput, IsoDate, LIMITS, Ok, optionalText, PARTIAL, patchOf, Ref, REFERENCES, requiredText, Stamps } from './common';

/** 8.1 supplier register (issue 12): externally provided processes, products and services relevant to the ISMS. */

export const SUPPLY_KINDS = ['process', 'product', 'service'] as const;
export const SUPPLY_KIND_LABEL: Record<(typeof SUPPLY_KINDS)[number], string> = { process: 'Process', product: 'Product', service: 'Service' };
export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export const CRITICALITY_LABEL: Record<(typeof CRITICALITIES)[number], string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };
export const ASSESSMENT_RESULTS = ['not-assessed', 'satisfactory', 'needs-improvement', 'unsatisfactory'] as const;
export type AssessmentResult = (typeof ASSESSMENT_RESULTS)[number];
export const ASSESSMENT_RESULT_LABEL: Record<AssessmentResult, string> = {
  'not-assessed': 'Not assessed',
  satisfactory: 'Satisfactory',
  'needs-improvement': 'Needs improvement',
  unsatisfactory: 'Unsatisfactory',
};

export const CertificateFields = z.object({
  name: requiredText('Certificate', 150),
  issuer: optionalText('Issuer', LIMITS.name),
  number: optionalText('Certificate number', 100),
  validUntil: IsoDate.nullable().default(null),
});
export type CertificateInput = z.input<typeof CertificateFields>;

export const SupplierFields = z.object({
  name: requiredText('Supplier'),
  provides: optionalText('What they provide', LIMITS.shortText * 2),
  supplyKind: z.enum(SUPPLY_KINDS, { error: 'Choose process, product or service.' }).default('service'),
  criticality: z.enum(CRITICALITIES, { error: 'Choose low, medium, high or critical.' }).default('medium'),
  dataHandled: optionalText('Data they handle', LIMITS.shortText * 2),
  dataClassification: optionalText('Classification of the data', 100),
  contractRef: optionalText('Contract reference', LIMITS.name),
  securityClausesInContract: z.boolean({ error: 'Security clauses in the contract must be true or false.' }).default(false),
  securityClauses: optionalText('Security clauses', LIMITS.shortText * 4),
  /** The whole list: given on an update, it replaces the stored certificates. */
  certificates: z.array(CertificateFields).max(30, { error: 'At most 30 certificates.' }).default([]),
  lastAssessedOn: IsoDate.nullable().default(null),
  assessmentResult: z.enum(ASSESSMENT_RESULTS, { error: 'Choose satisfactory, needs improvement, unsatisfactory or not assessed.' }).default('not-assessed'),
  assessmentNotes: optionalText('Assessment notes', LIMITS.shortText * 4),
  ownerId: Id.nullable().default(null),
  nextReviewOn: IsoDate.nullable().default(null),
  /** The 4.2 interested party the supplier is. */
  partyId: Id.nullable().default(null),
  /** The 4.3 scope interfaces the supplier sits behind. */
  interfaceIds: z.array(Id).max(100, { error: 'At most 100 interfaces.' }).default([]),
  notes: optionalText('Notes', LIMITS.shortText * 4),
});
export type SupplierInput = z.input<typeof SupplierFields>;

export const Certificate = CertificateFields.extend({ id: Id });
export type Certificate = z.infer<typeof Certificate>;

export const Supplier = SupplierFields.extend({
  id: Id,
  ref: Ref,
  certificates: z.array(Certificate),
  ownerName: z.string().nullable(),
  party: z.object({ id: Id, ref: Ref, name: z.string() }).nullable(),
  interfaces: z.array(z.object({ id: Id, ref: Ref, counterpart: z.string() })),
}).extend(Stamps.shape);
export type Supplier = z.infer<typeof Supplier>;

const DATE_RULES = [
  { path: 'lastAssessedOn', text: 'Not in the future.' },
  { path: 'assessmentResult', text: 'A result other than not assessed needs the date of the assessment.' },
];

export const suppliersContract = {
  'suppliers.list': query({ doc: 'Every 8.1 supplier with certificates, owner, and the 4.2 party and 4.3 interfaces it is linked to, by id.', input: Empty, output: z.array(Supplier) }),
  'suppliers.get': query({ doc: 'One supplier.', input: IdInput, output: Supplier }),
  'suppliers.create': method({
    doc: 'Add a supplier: what they provide, criticality, the data they handle and its classification, contract and security clauses, certificates, last assessment and result, owner, next review, and links to 4.2 and 4.3.',
    input: SupplierFields,
    output: Supplier,
    rules: DATE_RULES,
  }),
  'suppliers.update': method({ doc: `Change a supplier. Certificates and interfaceIds, when given, replace the whole list. ${PARTIAL}`, input: patchOf(SupplierFields.shape).extend({ id: Id }), output: Supplier, rules: DATE_RULES }),
  'suppliers.delete': method({ doc: `Delete a supplier with its certificates. ${REFERENCES}`, input: DeleteInput, output: Ok }),
};
