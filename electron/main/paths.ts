import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of the desktop app; the core receives them as arguments. */
export function appRoot(): string {
  return app.getAppPath();
}

export function rendererDir(): string {
  return join(appRoot(), 'out', 'renderer');
}

/** The window icon (Linux and Windows; macOS takes the bundle's icon.icns). Packed with the app: build/electron-builder.yml `files`. */
export function appIcon(): string {
  return join(appRoot(), 'resources', 'icon.png');
}

export function migrationsDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'migrations') : join(appRoot(), 'electron', 'core', 'db', 'migrations');
}

/**
 * better-sqlite3 built for Electron's ABI lives apart from the Node build used by tests and the
 * host (DESIGN.md, Data), so `npm test` and `npm start` never fight over one binary.
 * `npm run rebuild:electron` produces it; see build/README.md.
 */
export function sqliteNativeBinding(): string | undefined {
  const candidates = app.isPackaged
    ? [join(process.resourcesPath, 'native', 'better_sqlite3.node')]
    : [join(appRoot(), 'build', 'native', `electron-${process.versions.modules}`, 'better_sqlite3.node')];
  return candidates.find((p) => existsSync(p));
}
