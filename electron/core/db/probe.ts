import Database from 'better-sqlite3';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import { refusal } from './fileCheck';
import { migrate, MIGRATIONS_TABLE } from './migrate';

/**
 * The SQLite half of the read-only probe (issue 10): run on the locked connection before anything
 * may write. The file must pass SQLite's own quick check, and its tables, columns, indexes, views
 * and triggers must be exactly what our migrations create for its schema version: a dropped table or
 * column, a lowered user_version or a planted trigger is refused here instead of failing later.
 */
interface SchemaObject {
  type: string;
  name: string;
  sql: string;
}

const references = new Map<string, Map<string, SchemaObject>>();

function objectsOf(sqlite: Database.Database): Map<string, SchemaObject> {
  const rows = sqlite
    .prepare("SELECT type, name, coalesce(sql, '') AS sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name")
    .all() as SchemaObject[];
  return new Map(rows.map((r) => [`${r.type}:${r.name}`, r]));
}

/** What a workspace of schema `version` looks like: our migrations applied to an empty database. */
function referenceSchema(migrations: MigrationMeta[], version: number, nativeBinding?: string): Map<string, SchemaObject> {
  const key = `${version}:${migrations.map((m) => m.hash).join(',')}`;
  const cached = references.get(key);
  if (cached) return cached;
  const memory = new Database(':memory:', { nativeBinding });
  try {
    migrate(memory, migrations, version);
    const objects = objectsOf(memory);
    references.set(key, objects);
    return objects;
  } finally {
    memory.close();
  }
}

const ORDER: Record<string, number> = { table: 0, view: 1, index: 2, trigger: 3 };
/** Tables first, so "a table is missing" is reported rather than the index that went with it. */
const ordered = (m: Map<string, SchemaObject>) => [...m].sort(([, a], [, b]) => (ORDER[a.type] ?? 9) - (ORDER[b.type] ?? 9));

function describe(o: SchemaObject): string {
  return `${o.type} "${o.name}"`;
}

/** The first difference between the file's schema and the reference, in words, or null. */
function schemaDifference(actual: Map<string, SchemaObject>, expected: Map<string, SchemaObject>): { reason: 'schema-mismatch' | 'foreign-object'; what: string } | null {
  for (const [key, o] of ordered(expected)) {
    if (!actual.has(key)) return { reason: 'schema-mismatch', what: `the ${describe(o)} is missing` };
  }
  for (const [key, o] of ordered(actual)) {
    const want = expected.get(key);
    if (!want) {
      // A trigger or view we did not create can change or hide data behind the app's back.
      const foreign = o.type === 'trigger' || o.type === 'view';
      return { reason: foreign ? 'foreign-object' : 'schema-mismatch', what: `it contains a ${describe(o)} that the app did not create` };
    }
    if (want.sql !== o.sql) return { reason: 'schema-mismatch', what: `the ${describe(o)} has been changed (for example a column was added or dropped)` };
  }
  return null;
}

export function probeSchema(sqlite: Database.Database, migrations: MigrationMeta[], version: number, path: string, nativeBinding?: string) {
  const check = sqlite.pragma('quick_check(20)') as Array<{ quick_check: string }>;
  if (check.length !== 1 || check[0].quick_check !== 'ok') {
    throw refusal('damaged', 'This workspace file is damaged (SQLite found errors inside it). Use a backup copy.', {
      path,
      problems: check.slice(0, 5).map((r) => r.quick_check.slice(0, 200)),
    });
  }

  const actual = objectsOf(sqlite);
  if (actual.has(`table:${MIGRATIONS_TABLE}`)) {
    const applied = (sqlite.prepare(`SELECT count(*) AS n FROM "${MIGRATIONS_TABLE}"`).get() as { n: number }).n;
    if (applied !== version) {
      throw refusal(
        'version-mismatch',
        `This workspace says it is schema ${version}, but ${applied} upgrades were applied to it. Its version number was changed outside the app.`,
        { path, fileVersion: version, applied },
      );
    }
  }
  const difference = schemaDifference(actual, referenceSchema(migrations, version, nativeBinding));
  if (difference) {
    throw refusal(difference.reason, `This workspace's structure is not what ISMS Workbench wrote: ${difference.what}. It may have been edited outside the app.`, {
      path,
      fileVersion: version,
    });
  }

  const meta = (sqlite.prepare('SELECT count(*) AS n FROM workspace_meta').get() as { n: number }).n;
  if (meta !== 1) {
    throw refusal('missing-metadata', 'This workspace has no organisation record (or more than one); it is damaged or incomplete.', { path, rows: meta });
  }
}
