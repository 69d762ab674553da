#!/usr/bin/env node
// npm start: the desktop app when the Electron runtime is (or can be made) available, otherwise the
// same app in the browser through the loopback host. See README.md, "Running".
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts }).status === 0;

function electronBinary() {
  try {
    const path = require('electron'); // the package exports the runtime's path once downloaded
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function browserMode(reason) {
  console.log(`${reason} Starting ISMS Workbench in browser mode instead (npm run serve).`);
  if (!run('npm', ['run', '--silent', 'build:renderer'], { stdio: ['ignore', 'ignore', 'inherit'] })) process.exit(1);
  const host = spawn(process.execPath, [join(root, 'bin/isms-workbench.mjs'), 'serve', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  host.on('exit', (code) => process.exit(code ?? 0));
}

let binary = electronBinary();
if (!binary) {
  // First start: fetch the runtime where the network allows it (quietly; we report in one line).
  spawnSync(process.execPath, [join(root, 'node_modules/electron/install.js')], { cwd: root, stdio: 'ignore', timeout: 180_000 });
  binary = electronBinary();
}
if (!binary) {
  browserMode('The Electron runtime is not installed and could not be downloaded here.');
} else {
  const abi = spawnSync(binary, ['-e', 'console.log(process.versions.modules)'], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8' }).stdout?.trim();
  if (abi && !existsSync(join(root, 'build/native', `electron-${abi}`, 'better_sqlite3.node'))) {
    run(process.execPath, [join(root, 'scripts/rebuild-native-electron.mjs')]);
  }
  if (!run('npx', ['electron-vite', 'build'])) process.exit(1);
  const app = spawn(binary, [root], { cwd: root, stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
}
