import { z } from 'zod';
import { method, query } from './define';

/**
 * Asset inventory import from CSV or XLSX (issue 11, item 2 "importable"). Same shape as people.import:
 * a dry run reports every row, a real run writes every row or none. A row whose Id (ASSET-012) or
 * name matches an asset already in the inventory updates it; any other row creates one.
 */
export const ASSET_IMPORT_FIELDS = ['ref', 'name', 'kind', 'type', 'group', 'description', 'owner', 'custodian', 'location', 'classification', 'confidentiality', 'integrity', 'availability'] as const;
export type AssetImportField = (typeof ASSET_IMPORT_FIELDS)[number];
export const ASSET_IMPORT_FIELD_LABEL: Record<AssetImportField, string> = {
  ref: 'Id',
  name: 'Name',
  kind: 'Kind',
  type: 'Type',
  group: 'Group',
  description: 'Description',
  owner: 'Owner',
  custodian: 'Custodian',
  location: 'Location',
  classification: 'Classification',
  confidentiality: 'Confidentiality',
  integrity: 'Integrity',
  availability: 'Availability',
};

/** 5 MiB of file; an inventory of ten thousand rows fits well inside. */
export const ASSET_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const ASSET_IMPORT_MAX_ROWS = 10_000;

const Mapping = z
  .object(Object.fromEntries(ASSET_IMPORT_FIELDS.map((f) => [f, z.string().max(200).nullable().optional()])) as Record<AssetImportField, z.ZodOptional<z.ZodNullable<z.ZodString>>>)
  .strict();

export const AssetImportInput = z.object({
  fileName: z.string().trim().min(1, { error: 'Give the file name.' }).max(260),
  /** The file's bytes, base64. */
  data: z
    .string()
    .max(Math.ceil(ASSET_IMPORT_MAX_BYTES / 3) * 4 + 4, { error: 'The file is larger than 5 MB.' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file data is not base64.' }),
  /** Which header goes to which field; fields left out are guessed from the headers, null means "no column". */
  mapping: Mapping.optional(),
  /** true: check only and report row by row; false: write everything or nothing. */
  dryRun: z.boolean().default(true),
});
export type AssetImportInput = z.input<typeof AssetImportInput>;

/** One problem, with the column it was found in (the header as written in the file). */
export const AssetImportProblem = z.object({ column: z.string(), message: z.string() });
export type AssetImportProblem = z.infer<typeof AssetImportProblem>;

export const AssetImportRow = z.object({
  /** Line in the file (CSV) or row in the sheet, counting the header as 1. */
  line: z.number().int(),
  /** What a real import would do with this row. */
  action: z.enum(['create', 'update', 'error']),
  name: z.string(),
  /** The existing asset a row updates. */
  ref: z.string().nullable(),
  type: z.string(),
  owner: z.string(),
  confidentiality: z.number().int().nullable(),
  integrity: z.number().int().nullable(),
  availability: z.number().int().nullable(),
  /** For an update, the fields that would change. */
  changes: z.array(z.string()),
  errors: z.array(AssetImportProblem),
  /** Worth a look but not blocking (a classification no asset uses yet). */
  warnings: z.array(AssetImportProblem),
});
export type AssetImportRow = z.infer<typeof AssetImportRow>;

export const AssetImportResult = z.object({
  headers: z.array(z.string()),
  mapping: z.object(Object.fromEntries(ASSET_IMPORT_FIELDS.map((f) => [f, z.string().nullable()])) as Record<AssetImportField, z.ZodNullable<z.ZodString>>),
  /** Headers of the file that no field reads. */
  ignored: z.array(z.string()),
  rows: z.array(AssetImportRow),
  createCount: z.number().int(),
  updateCount: z.number().int(),
  errorCount: z.number().int(),
  /** Set when the import was written (dryRun false). */
  written: z.object({ created: z.number().int(), updated: z.number().int() }).nullable(),
});
export type AssetImportResult = z.infer<typeof AssetImportResult>;

export const AssetImportTemplate = z.object({ name: z.string(), mime: z.string(), dataBase64: z.string() });

export const assetImportContract = {
  'risk.assetImport': method({
    doc: 'Import or update assets from a CSV or XLSX file: a dry run reports per row what would be created or updated and every problem with its line and column; a real run writes all rows in one transaction or none.',
    input: AssetImportInput,
    output: AssetImportResult,
  }),
  'risk.assetImportTemplate': query({
    doc: 'A template for the asset import (CSV or XLSX) with the columns, two example rows and, in the XLSX, the values this workspace accepts.',
    input: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
    output: AssetImportTemplate,
  }),
};
