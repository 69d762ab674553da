#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into build/native/electron-<abi>/, apart from the Node
// build that tests and the loopback host use (DESIGN.md, Data). Needs network access to fetch a
// prebuilt binary or Electron's headers; it cannot run on machines without it.
import { cpSync, mkdirSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));
const electronVersion = require('electron/package.json').version;
const abi = require('node-abi').getAbi(electronVersion, 'electron');
const work = mkdtempSync(join(tmpdir(), 'isms-native-'));
const pkg = join(work, 'better-sqlite3');
cpSync(join(root, 'node_modules/better-sqlite3'), pkg, { recursive: true });
rmSync(join(pkg, 'build'), { recursive: true, force: true });

const opts = { cwd: pkg, stdio: 'inherit' };
const prebuilt = spawnSync('npx', ['--yes', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion], opts).status === 0;
const built = prebuilt || spawnSync('npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], opts).status === 0;
if (!built) {
  console.error(`Could not build better-sqlite3 for Electron ${electronVersion} (ABI ${abi}): no network access to GitHub or electronjs.org?`);
  process.exit(1);
}
const out = join(root, 'build/native', `electron-${abi}`);
mkdirSync(out, { recursive: true });
copyFileSync(join(pkg, 'build/Release/better_sqlite3.node'), join(out, 'better_sqlite3.node'));
rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ${electronVersion} written to ${out}`);
