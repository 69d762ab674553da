#!/usr/bin/env node
// npm run dist: the installers for this operating system with electron-builder (issue 7, item 6):
// AppImage and deb on Linux, NSIS on Windows, dmg on macOS (build/electron-builder.yml). Needs the
// Electron runtime (node_modules/electron/dist, downloaded from GitHub) and better-sqlite3 built for
// Electron; where they cannot be had, it stops with one line saying why instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const electronDir = join(root, 'node_modules/electron');
const runtimeDir = join(electronDir, 'dist');
const stop = (why) => {
  console.error(`npm run dist: ${why}`);
  process.exit(1);
};
const run = (args, env = {}) => spawnSync(args[0], args.slice(1), { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

const target = { linux: '--linux', win32: '--win', darwin: '--mac' }[process.platform];
if (!target) stop(`electron-builder makes installers for Linux, Windows and macOS, not ${process.platform}.`);
if (!existsSync(join(electronDir, 'package.json'))) stop('the electron dev dependency is not installed; run npm install first.');

if (!existsSync(join(runtimeDir, 'version')) && !process.env.ISMS_DIST_NO_DOWNLOAD) {
  // Once, quietly: the same download npm start tries (install scripts are off for electron, see package.json allowScripts).
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, stdio: 'ignore', timeout: 300_000 });
}
if (!existsSync(join(runtimeDir, 'version'))) {
  stop('the Electron runtime is not installed (node_modules/electron/dist) and could not be downloaded from GitHub here, so no installer can be built on this machine.');
}

const abi = readFileSync(join(electronDir, 'abi_version'), 'utf8').trim();
if (!existsSync(join(root, 'build/native', `electron-${abi}`, 'better_sqlite3.node'))) {
  if (!run([process.execPath, join(root, 'scripts/rebuild-native-electron.mjs')])) stop(`better-sqlite3 could not be built for Electron (ABI ${abi}); see the lines above.`);
}
if (!run(['npm', 'run', '--silent', 'build'])) stop('the app did not build (npm run build); see the lines above.');
const builder = [process.execPath, join(root, 'node_modules/electron-builder/cli.js'), '--config', 'build/electron-builder.yml', target, `-c.electronDist=${runtimeDir}`];
if (!run(builder, { ELECTRON_ABI: abi })) stop('electron-builder failed; see the lines above.');
console.log('npm run dist: installers written to dist/');
