#!/usr/bin/env node
// npm's prepare step (after `npm install` / `npm ci`): builds the CLI and loopback host bundle
// (out/cli) and the renderer (out/renderer), so `isms-workbench call` starts from JavaScript and
// `isms-workbench serve` works straight after install (issue 7, item 5). Needs no display and no
// network. Where the build tools are absent (an install without dev dependencies) it says so and
// leaves the install alone; the CLI then explains what is missing when it starts.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));

const missing = ['esbuild', 'vite'].filter((name) => {
  try {
    require.resolve(`${name}/package.json`);
    return false;
  } catch {
    return true;
  }
});
if (missing.length) {
  console.log(`prepare: ${missing.join(' and ')} not installed (dev dependencies), so the CLI and renderer were not built; run npm install with dev dependencies, then npm run build:cli and npm run build:renderer.`);
  process.exit(0);
}

const started = Date.now();
const { buildCli } = await import('./build-cli.mjs');
await buildCli();
const vite = spawnSync(process.execPath, [join(dirname(require.resolve('vite/package.json')), 'bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (vite.status !== 0) {
  console.error('prepare: the renderer did not build (see above).');
  process.exit(1);
}
console.log(`prepare: built the CLI (out/cli) and the renderer (out/renderer) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
