import type Database from 'better-sqlite3';
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/errors';

/**
 * Encryption at rest (issue 10, item 6), through better-sqlite3-multiple-ciphers installed under
 * the name better-sqlite3 (../shared/TOOLCHAIN.md). The whole file is encrypted in SQLCipher 4
 * format, so any SQLCipher 4 tool can open it with the password.
 *
 * Key derivation is SQLCipher 4's own: PBKDF2-HMAC-SHA512 with 256,000 iterations and a random
 * 16-byte salt per file, kept in the file's first 16 bytes (readable before the key, as SQLCipher
 * needs). We chose it over our own scrypt so that the file stays openable by standard SQLCipher
 * tools with just the password (docs/security.md). The password goes to SQLite and nowhere else:
 * it is never stored, logged, put in an error or kept by the core after the key is set.
 */
const SQLITE_MAGIC = 'SQLite format 3\0';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 1024;

/** A password as SQL text; single quotes doubled, so any character is allowed. */
const literal = (password: string) => `'${password.replace(/'/g, "''")}'`;

function selectCipher(sqlite: Database.Database) {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
}

/**
 * Sets the key on a fresh connection, before anything reads the file. A wrong key is only noticed
 * by the first read, so this checks one at once and answers WRONG_PASSWORD without writing.
 */
export function applyKey(sqlite: Database.Database, password: string) {
  selectCipher(sqlite);
  sqlite.pragma(`key = ${literal(password)}`);
  try {
    sqlite.prepare('select count(*) from sqlite_master').get();
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') throw wrongPassword();
    throw err;
  }
}

/**
 * What lets the app check "current password" before a change without keeping the password: a
 * random salt and a scrypt hash of it, held in memory while the workspace is open, never written.
 * (The open connection holds the file exclusively, so a second connection cannot test the key.)
 */
export interface PasswordVerifier {
  salt: Buffer;
  hash: Buffer;
}

const scrypt = (password: string, salt: Buffer) => scryptSync(password, salt, 32, { N: 2 ** 14, r: 8, p: 1 });

export function makeVerifier(password: string): PasswordVerifier {
  const salt = randomBytes(16);
  return { salt, hash: scrypt(password, salt) };
}

export function checkPassword(verifier: PasswordVerifier, candidate: string) {
  if (!timingSafeEqual(scrypt(candidate, verifier.salt), verifier.hash)) throw wrongPassword();
}

export const wrongPassword = () =>
  new AppError('WRONG_PASSWORD', 'That password is not right for this workspace. Nothing was changed; try again.', { reason: 'wrong' });

export const passwordNeeded = (path: string) =>
  new AppError('WRONG_PASSWORD', 'This workspace is encrypted. Enter its password to open it.', { reason: 'required', path });

/** Encrypts, re-encrypts or (with null) decrypts the open database in place. */
export function rekey(sqlite: Database.Database, next: string | null) {
  // Multiple-ciphers cannot rekey in WAL mode; the journal goes back to WAL right after.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode = DELETE');
  try {
    if (next !== null) selectCipher(sqlite);
    sqlite.pragma(`rekey = ${next === null ? "''" : literal(next)}`);
  } finally {
    sqlite.pragma('journal_mode = WAL');
  }
}

/** True when the file starts like a plain SQLite database (not encrypted). */
export function isPlainSqlite(path: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/**
 * An encrypted SQLCipher file is whole pages of what looks like random bytes; a file that is not
 * a plain database but has that shape may be an encrypted workspace, so the user is asked for its
 * password (and a wrong one, or a foreign file, then gets WRONG_PASSWORD with nothing changed).
 */
export function mayBeEncrypted(path: string): boolean {
  const { size } = statSync(path);
  return size >= 1024 && size % 512 === 0 && !isPlainSqlite(path);
}
