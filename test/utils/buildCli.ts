import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * vitest globalSetup for the node tests: builds out/cli from the current sources first (about 0.3 s),
 * so the CLI tests run the built CLI, as a user does after npm install, and never a stale one.
 */
export default function buildCli() {
  const root = resolve(import.meta.dirname, '../..');
  const run = spawnSync(process.execPath, [resolve(root, 'scripts/build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Building the CLI failed:\n${run.stderr}${run.stdout}`);
}
