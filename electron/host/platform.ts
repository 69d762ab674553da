import { existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Platform } from '../core/platform';
import { readSettings } from '../core/services/settings';

/** First free name in a folder: report.docx, report (2).docx, ... */
export function freeName(dir: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Who is working, in order: a name given for this run (--user, or a test's), the ISMS_USER variable,
 * the name remembered in this machine's settings. Never the OS login: covers and stamps would say "root".
 * Empty when none is known: reads work, writes are refused until user.set gives a name.
 */
export function resolveUser(dataDir: string, given?: string, env: NodeJS.ProcessEnv = process.env): Pick<Platform, 'actor' | 'actorSource'> {
  const clean = (v: string | undefined) => v?.trim().slice(0, 200) || undefined;
  const option = clean(given);
  if (option) return { actor: option, actorSource: 'option' };
  const fromEnv = clean(env.ISMS_USER);
  if (fromEnv) return { actor: fromEnv, actorSource: 'environment' };
  const saved = readSettings(dataDir).userName;
  return saved ? { actor: saved, actorSource: 'settings' } : { actor: '' };
}

/**
 * Browser mode has no native dialogs: new workspaces go to the data folder's workspaces/, exports
 * to its exports/ (offered for download by the host), and opening asks for a path in the page.
 */
export function hostPlatform(opts: { dataDir: string; migrationsFolder: string; actor?: string; now?: () => Date }): Platform {
  const workspacesDir = join(opts.dataDir, 'workspaces');
  const exportsDir = join(opts.dataDir, 'exports');
  return {
    dataDir: opts.dataDir,
    migrationsFolder: opts.migrationsFolder,
    ...resolveUser(opts.dataDir, opts.actor),
    now: opts.now ?? (() => new Date()),
    dialogs: {
      chooseNewWorkspace: async (suggested) => (mkdirSync(workspacesDir, { recursive: true }), freeName(workspacesDir, suggested)),
      chooseExistingWorkspace: async () => null,
      chooseSavePath: async (suggested) => (mkdirSync(exportsDir, { recursive: true }), freeName(exportsDir, suggested)),
    },
  };
}

export const exportsDirOf = (dataDir: string) => join(dataDir, 'exports');
