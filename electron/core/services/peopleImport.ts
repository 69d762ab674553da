import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { PersonFields } from '../../../shared/contract/people';
import { IMPORT_FIELDS, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type ImportField, type ImportRow, type PeopleImportInput, type PeopleImportResult } from '../../../shared/contract/peopleImport';
import type { Workspace } from '../db/open';
import { orgUnits, people } from '../db/schema';
import { write } from '../db/write';
import { readTableFile } from './tableFile';

/** Header names we recognise for each field, lower case, without spaces, dashes or underscores. */
const HEADER_GUESSES: Record<ImportField, string[]> = {
  name: ['name', 'fullname', 'person', 'employee', 'employeename', 'displayname'],
  email: ['email', 'emailaddress', 'mail'],
  jobTitle: ['jobtitle', 'title', 'role', 'position', 'function'],
  unit: ['unit', 'department', 'dept', 'team', 'orgunit', 'organisationunit', 'organizationunit', 'division'],
};
const norm = (h: string) => h.toLowerCase().replace(/[\s_\-.]/g, '');

export function guessMapping(headers: string[]): Record<ImportField, string | null> {
  const out = {} as Record<ImportField, string | null>;
  for (const f of IMPORT_FIELDS) out[f] = headers.find((h) => HEADER_GUESSES[f].includes(norm(h))) ?? null;
  return out;
}

/**
 * people.import: read the file, map its columns, check every row as the people form would, and
 * report. With dryRun false and no row in error, every unit and person is written in one
 * transaction; with any error, nothing is written and the report says which rows to fix.
 */
export async function importPeople(ws: Workspace, input: z.output<typeof PeopleImportInput>): Promise<PeopleImportResult> {
  const bytes = Buffer.from(input.data, 'base64');
  if (bytes.length === 0) throw new AppError('UNSUPPORTED_FILE', 'The file is empty.');
  if (bytes.length > IMPORT_MAX_BYTES) throw new AppError('UNSUPPORTED_FILE', 'The file is larger than 5 MB.');
  const table = await readTableFile(input.fileName, bytes);
  if (table.rows.length === 0) throw new AppError('UNSUPPORTED_FILE', 'The file has no rows.');
  const headers = table.rows[0]!;
  if (table.rows.length - 1 > IMPORT_MAX_ROWS) throw new AppError('UNSUPPORTED_FILE', `The file has more than ${IMPORT_MAX_ROWS} rows; split it.`);

  const chosen = Object.entries(input.mapping ?? {}).filter(([, v]) => v !== undefined);
  const mapping = { ...guessMapping(headers), ...Object.fromEntries(chosen) } as Record<ImportField, string | null>;
  for (const f of IMPORT_FIELDS) {
    const h = mapping[f];
    if (h !== null && !headers.includes(h)) throw new AppError('VALIDATION', `The file has no column "${h}".`, { field: `mapping.${f}` });
  }
  if (!mapping.name) throw new AppError('VALIDATION', 'Say which column holds the names: no column is called Name.', { field: 'mapping.name' });

  const col = (f: ImportField) => (mapping[f] === null ? -1 : headers.indexOf(mapping[f]!));
  const existingEmails = new Set(ws.db.select({ email: people.email }).from(people).all().map((p) => p.email.toLowerCase()).filter(Boolean));
  const units = new Map(ws.db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).all().map((u) => [u.name.toLowerCase(), u.id]));
  const seenEmails = new Map<string, number>();
  const newUnits = new Map<string, string>();

  const rows: ImportRow[] = table.rows.slice(1).map((values, i) => {
    const cell = (f: ImportField) => (col(f) >= 0 ? (values[col(f)] ?? '') : '');
    const row: ImportRow = { line: table.lines[i + 1]!, name: cell('name'), email: cell('email'), jobTitle: cell('jobTitle'), unit: cell('unit'), errors: [] };
    const parsed = PersonFields.safeParse({ name: row.name, email: row.email, jobTitle: row.jobTitle, unitId: null });
    if (!parsed.success) row.errors.push(...parsed.error.issues.map((x) => x.message));
    const email = row.email.toLowerCase();
    if (email && existingEmails.has(email)) row.errors.push(`${row.email} is already in the people register.`);
    else if (email && seenEmails.has(email)) row.errors.push(`${row.email} is also on line ${seenEmails.get(email)}.`);
    if (email && !seenEmails.has(email)) seenEmails.set(email, row.line);
    if (row.unit.length > 200) row.errors.push('Unit name must be at most 200 characters.');
    else if (row.unit && !units.has(row.unit.toLowerCase()) && !newUnits.has(row.unit.toLowerCase())) newUnits.set(row.unit.toLowerCase(), row.unit);
    return row;
  });
  const errorCount = rows.filter((r) => r.errors.length).length;
  const result: PeopleImportResult = { headers, mapping, rows, newUnits: [...newUnits.values()], errorCount, created: null };
  if (input.dryRun) return result;
  if (errorCount > 0) {
    throw new AppError('VALIDATION', `${errorCount} of ${rows.length} rows have errors; nothing was imported. Fix them and try again.`, {
      rows: rows.filter((r) => r.errors.length).map((r) => ({ line: r.line, errors: r.errors })),
    });
  }
  if (rows.length === 0) throw new AppError('VALIDATION', 'The file has a header but no people.');
  write(ws, (w) => {
    for (const [key, name] of newUnits) units.set(key, w.insert(orgUnits, { name, description: '', parentId: null }).id);
    for (const r of rows) {
      const fields = PersonFields.parse({ name: r.name, email: r.email, jobTitle: r.jobTitle, unitId: r.unit ? units.get(r.unit.toLowerCase())! : null });
      w.insert(people, fields);
    }
  });
  return { ...result, created: { people: rows.length, units: newUnits.size } };
}
