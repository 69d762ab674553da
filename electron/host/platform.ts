import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { extname, join } from 'node:path';
import type { Platform } from '../core/platform';

/** First free name in a folder: report.docx, report (2).docx, ... */
export function freeName(dir: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}

export function currentUser(): string {
  try {
    return userInfo().username || 'user';
  } catch {
    return 'user';
  }
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
    actor: opts.actor ?? currentUser(),
    now: opts.now ?? (() => new Date()),
    dialogs: {
      chooseNewWorkspace: async (suggested) => (mkdirSync(workspacesDir, { recursive: true }), freeName(workspacesDir, suggested)),
      chooseExistingWorkspace: async () => null,
      chooseSavePath: async (suggested) => (mkdirSync(exportsDir, { recursive: true }), freeName(exportsDir, suggested)),
    },
  };
}

export const exportsDirOf = (dataDir: string) => join(dataDir, 'exports');
