import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The app's error log (issue 10, item 2): INTERNAL failures are written here, since the renderer
 * only ever sees "something went wrong". It holds what a developer needs (when, which call, the
 * error's kind and code, where in our code) and nothing about the client: file paths and quoted
 * values in messages are blanked, and the home folder never appears. One file, rotated at 1 MiB.
 */
export const LOG_FILE_NAME = 'isms-workbench.log';
const MAX_BYTES = 1024 * 1024;

export function logFilePath(dataDir: string): string {
  return join(dataDir, 'logs', LOG_FILE_NAME);
}

/** Removes what could name a client or hold their data: paths, quoted text, e-mail addresses. */
export function redact(text: string, home = homedir()): string {
  let out = text;
  if (home && home.length > 1) out = out.split(home).join('~');
  return out
    .replace(/(["'`])(?:(?!\1).){0,2000}\1/g, '$1…$1')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '<email>')
    // A path runs to the end of the clause: names with spaces ("Acme Corp.isms") go with it.
    .replace(/(?:[A-Za-z]:\\|\\\\|(?<![\w.])~?\/)[^\n"'(),;]*/g, '<path>');
}

/** One entry: stack frames keep our code locations; the message line is redacted. */
export function formatEntry(at: Date, what: string, err: unknown): string {
  const e = err instanceof Error ? err : new Error(typeof err === 'string' ? err : 'non-error value thrown');
  const code = (e as { code?: unknown }).code;
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .slice(0, 12)
    // Frames are locations in our code, not user data; only the home folder is hidden.
    .map((l) => `    ${l.trim().split(homedir()).join('~')}`);
  const head = `${at.toISOString()} ${redact(what).slice(0, 100)}: ${e.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${redact(e.message).slice(0, 300)}`;
  return [head, ...frames].join('\n') + '\n';
}

export interface ErrorLog {
  path: string;
  write(what: string, err: unknown): void;
}

export function createErrorLog(dataDir: string, now: () => Date = () => new Date(), echo?: (line: string) => void): ErrorLog {
  const path = logFilePath(dataDir);
  return {
    path,
    write(what, err) {
      const entry = formatEntry(now(), what, err);
      echo?.(entry.trimEnd());
      try {
        mkdirSync(join(dataDir, 'logs'), { recursive: true, mode: 0o700 });
        try {
          if (statSync(path).size > MAX_BYTES) renameSync(path, `${path}.1`);
        } catch {
          // No log yet.
        }
        appendFileSync(path, entry, { mode: 0o600 });
      } catch {
        // Logging must never turn into a second failure.
      }
    },
  };
}
