import type { Workspace } from './db/open';

/** A file type offered in a save or open dialog. */
export interface FileKind {
  name: string;
  extensions: string[];
}

/**
 * What the core needs from whoever runs it (Electron, the loopback host, the CLI, tests).
 * The core never imports electron: dialogs, paths and the clock come in through here.
 */
export interface Platform {
  /** Where settings (the recent list) live; in browser mode also where new workspaces and exports go. */
  dataDir: string;
  migrationsFolder: string;
  /**
   * Who is working (shared/contract/user.ts): stamped on every write. Empty until a name is given;
   * writes are refused until then. Changed by user.set while workspaces are open.
   */
  actor: string;
  /** Where the name came from: the settings file, a --user option or the ISMS_USER variable. */
  actorSource?: 'settings' | 'option' | 'environment';
  now: () => Date;
  nativeBinding?: string;
  dialogs: {
    /** Returns a path for a new workspace, or null when the user cancels. */
    chooseNewWorkspace(suggestedName: string): Promise<string | null>;
    chooseExistingWorkspace(): Promise<string | null>;
    chooseSavePath(suggestedName: string, kind: FileKind): Promise<string | null>;
  };
  /** false for the CLI: scripted calls do not fill the user's recent list. */
  recordRecent?: boolean;
  /** Writes a line about an unexpected failure to the app's log (electron/core/log.ts); optional in tests. */
  log?: (what: string, err: unknown) => void;
  /** Called after a workspace was opened, created or closed (window title, recent menu). */
  onWorkspaceChanged?: (workspace: Workspace | null) => void;
}

/**
 * The one open workspace of a window (or of a host process). Switching always succeeds: the next
 * workspace is installed first and the previous one closed after, so a failure to close (a
 * read-only file, a full disk) is returned for reporting and never leaves the app without a usable
 * session or holding a file it cannot use (issue 10, item 3).
 */
export class Session {
  current: Workspace | null = null;
  /** The last file refused because another computer's lock is beside it; "open anyway" reopens it without asking again. */
  takeOverCandidate: string | null = null;
  /** An encrypted workspace waiting for its password: opened without it, or locked when idle (core/autoLock.ts). */
  pendingUnlock: { path: string } | null = null;
  /** Platform time (ms) of the last call that was not a lock-state poll. */
  lastActivity = 0;
  idleTimer: ReturnType<typeof setInterval> | undefined;

  /** Returns the error closing the previous workspace raised, or null. */
  replace(next: Workspace | null): unknown {
    const previous = this.current;
    this.current = next;
    if (!previous || previous === next) return null;
    try {
      previous.close();
      return null;
    } catch (err) {
      return err ?? new Error('close failed');
    }
  }
}

export interface HandlerContext {
  platform: Platform;
  session: Session;
}

export interface WorkspaceContext extends HandlerContext {
  ws: Workspace;
}

export const WORKSPACE_FILE: { name: string; extensions: string[] } = { name: 'ISMS workspace', extensions: ['isms'] };
