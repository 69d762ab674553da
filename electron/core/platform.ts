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
  actor: string;
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
  /** Called after a workspace was opened, created or closed (window title, recent menu). */
  onWorkspaceChanged?: (workspace: Workspace | null) => void;
}

/** The one open workspace of a window (or of a host process). */
export class Session {
  current: Workspace | null = null;
  /** An encrypted workspace waiting for its password: opened without it, or locked when idle (core/autoLock.ts). */
  pendingUnlock: { path: string } | null = null;
  /** Platform time (ms) of the last call that was not a lock-state poll. */
  lastActivity = 0;
  idleTimer: ReturnType<typeof setInterval> | undefined;

  replace(next: Workspace | null) {
    this.current?.close();
    this.current = next;
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
