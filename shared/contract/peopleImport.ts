import { z } from 'zod';
import { method } from './define';

/** What a column of the file can be mapped to; `unit` is created when no unit of that name exists. */
export const IMPORT_FIELDS = ['name', 'email', 'jobTitle', 'unit'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const IMPORT_FIELD_LABEL: Record<ImportField, string> = { name: 'Name', email: 'Email', jobTitle: 'Job title', unit: 'Unit' };

/** 5 MiB of file (about 7 MB of base64): tens of thousands of rows, far more than one organisation needs. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;

// A field left out is guessed from the headers; null means "no column" (no default, or it would hide the guess).
const Mapping = z.object(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, z.string().max(200).nullable().optional()])) as Record<ImportField, z.ZodOptional<z.ZodNullable<z.ZodString>>>).strict();

export const PeopleImportInput = z.object({
  fileName: z.string().trim().min(1, { error: 'Give the file name.' }).max(260),
  /** The file's bytes, base64. */
  data: z
    .string()
    .max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4, { error: 'The file is larger than 5 MB.' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file data is not base64.' }),
  /** Which header goes to which field; fields left out are guessed from the headers. */
  mapping: Mapping.optional(),
  /** true: check only and report row by row; false: write everything or nothing. */
  dryRun: z.boolean().default(true),
});
export type PeopleImportInput = z.input<typeof PeopleImportInput>;

export const ImportRow = z.object({
  /** Line in the file (CSV) or row in the sheet, counting the header as 1. */
  line: z.number().int(),
  name: z.string(),
  email: z.string(),
  jobTitle: z.string(),
  unit: z.string(),
  errors: z.array(z.string()),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const PeopleImportResult = z.object({
  headers: z.array(z.string()),
  mapping: z.object(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, z.string().nullable()])) as Record<ImportField, z.ZodNullable<z.ZodString>>),
  rows: z.array(ImportRow),
  /** Units named in the file that do not exist yet and would be created. */
  newUnits: z.array(z.string()),
  errorCount: z.number().int(),
  /** Set when the import was written (dryRun false). */
  created: z.object({ people: z.number().int(), units: z.number().int() }).nullable(),
});
export type PeopleImportResult = z.infer<typeof PeopleImportResult>;

export const peopleImportContract = {
  'people.import': method({
    doc: 'Import people and units from a CSV or XLSX file: a dry run reports every row’s errors; a real run writes all rows in one transaction or none.',
    input: PeopleImportInput,
    output: PeopleImportResult,
  }),
};
