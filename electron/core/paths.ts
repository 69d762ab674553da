import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'ISMS Workbench';

/**
 * Where settings (the recent list, the window's place) live on this machine, shared by the desktop
 * app, the loopback host and the CLI. ISMS_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.ISMS_DATA_DIR) return env.ISMS_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'isms-workbench');
}
