import type Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { AppError } from '../../../shared/errors';

/**
 * Applies drizzle-kit's migrations with the guards drizzle lacks (DESIGN.md, Data): all pending
 * migrations in one transaction, foreign keys off around it and checked before commit, and the
 * schema version kept in PRAGMA user_version so a newer file is refused before anything runs.
 * Records are also written to drizzle's own table, so drizzle-kit tooling still understands the file.
 */
export const MIGRATIONS_TABLE = '__drizzle_migrations';

export function loadMigrations(migrationsFolder: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder });
}

export function schemaVersionOf(sqlite: Database.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

export interface MigrateResult {
  from: number;
  to: number;
}

export function migrate(sqlite: Database.Database, migrations: MigrationMeta[], upTo = migrations.length): MigrateResult {
  const from = schemaVersionOf(sqlite);
  if (from > migrations.length) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `This workspace was saved by a newer version of ISMS Workbench (schema ${from}; this version knows ${migrations.length}). Update the app to open it.`,
      { fileVersion: from, appVersion: migrations.length },
    );
  }
  const pending = migrations.slice(from, upTo);
  if (pending.length === 0) return { from, to: from };

  sqlite.pragma('foreign_keys = OFF');
  try {
    const run = sqlite.transaction(() => {
      sqlite.exec(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric)`);
      const record = sqlite.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" (hash, created_at) VALUES (?, ?)`);
      for (const m of pending) {
        for (const statement of m.sql) if (statement.trim()) sqlite.exec(statement);
        record.run(m.hash, m.folderMillis);
      }
      const broken = sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) {
        throw new AppError('INTERNAL', 'Upgrading the workspace would break links between records; nothing was changed.', {
          violations: broken.length,
        });
      }
      sqlite.pragma(`user_version = ${from + pending.length}`);
    });
    run.immediate();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return { from, to: from + pending.length };
}
