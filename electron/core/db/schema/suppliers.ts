import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns, refColumn } from './common';
import { parties } from './parties';
import { people } from './people';
import { scopeInterfaces } from './scope';

/** 8.1: an external provider of a process, product or service relevant to the ISMS. */
export const suppliers = sqliteTable('suppliers', {
  ...recordColumns(),
  ...refColumn(),
  name: text('name').notNull(),
  provides: text('provides').notNull().default(''),
  supplyKind: text('supply_kind').notNull().default('service'),
  criticality: text('criticality').notNull().default('medium'),
  dataHandled: text('data_handled').notNull().default(''),
  dataClassification: text('data_classification').notNull().default(''),
  contractRef: text('contract_ref').notNull().default(''),
  securityClausesInContract: integer('security_clauses_in_contract', { mode: 'boolean' }).notNull().default(false),
  securityClauses: text('security_clauses').notNull().default(''),
  lastAssessedOn: text('last_assessed_on'),
  assessmentResult: text('assessment_result').notNull().default('not-assessed'),
  assessmentNotes: text('assessment_notes').notNull().default(''),
  ownerId: text('owner_id').references(() => people.id, { onDelete: 'set null' }),
  nextReviewOn: text('next_review_on'),
  partyId: text('party_id').references(() => parties.id, { onDelete: 'set null' }),
  notes: text('notes').notNull().default(''),
});

/** A certificate a supplier holds (ISO/IEC 27001, SOC 2...), with its expiry. */
export const supplierCertificates = sqliteTable(
  'supplier_certificates',
  {
    ...recordColumns(),
    supplierId: text('supplier_id').notNull().references(() => suppliers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    issuer: text('issuer').notNull().default(''),
    number: text('number').notNull().default(''),
    validUntil: text('valid_until'),
  },
  (t) => [index('supplier_certificates_supplier').on(t.supplierId)],
);

/** Which 4.3 interfaces a supplier sits behind. */
export const supplierInterfaces = sqliteTable(
  'supplier_interfaces',
  {
    ...recordColumns(),
    supplierId: text('supplier_id').notNull().references(() => suppliers.id, { onDelete: 'cascade' }),
    interfaceId: text('interface_id').notNull().references(() => scopeInterfaces.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('supplier_interfaces_pair').on(t.supplierId, t.interfaceId), index('supplier_interfaces_interface').on(t.interfaceId)],
);
