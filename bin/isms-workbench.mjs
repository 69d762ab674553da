#!/usr/bin/env node
// isms-workbench: runs the built CLI (out/cli/index.mjs, made by `npm install` through the prepare
// step, or `npm run build:cli`). In a development checkout where that bundle is missing or older than
// its sources, it runs the TypeScript sources through tsx instead, and says so (issue 7, item 5).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const BUILT = join(root, 'out/cli/index.mjs');

// `isms-workbench methods | head`: a reader that closes the pipe early ends the CLI quietly (issue 7).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

/** Why the bundle cannot be used as it is, or null when it is there and newer than every source it was built from. */
function bundleProblem() {
  if (!existsSync(BUILT)) return 'the built CLI (out/cli/index.mjs) is missing';
  // Only a checkout with sources can be stale; an installed copy without them uses the bundle as is.
  if (!existsSync(join(root, 'electron/cli/index.ts'))) return null;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(root, 'out/cli/inputs.json'), 'utf8')).inputs;
  } catch {
    return 'the built CLI has no list of its sources (out/cli/inputs.json)';
  }
  const builtAt = statSync(BUILT).mtimeMs;
  for (const input of inputs) {
    const file = join(root, input);
    if (!existsSync(file)) return `${input}, which the built CLI was made from, is gone`;
    if (statSync(file).mtimeMs > builtAt) return `${input} changed after the CLI was built`;
  }
  return null;
}

async function loadMain() {
  const problem = bundleProblem();
  if (!problem) return (await import(BUILT)).main;
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    // No tsx (an install without dev dependencies): the bundle is all there is.
    if (existsSync(BUILT)) return (await import(BUILT)).main;
    process.stderr.write(`isms-workbench: ${problem}, and tsx (a dev dependency) is not installed to run the sources. Run \`npm run build:cli\`.\n`);
    process.exit(1);
  }
  process.stderr.write(`isms-workbench: ${problem}; running from the TypeScript sources (slower start). \`npm run build:cli\` builds it.\n`);
  register();
  return (await import('../electron/cli/index.ts')).main;
}

const main = await loadMain();
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  const code = err && typeof err === 'object' && 'code' in err ? err.code : '';
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${err.message}\nRun isms-workbench help for the commands.\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`${err?.stack ?? err}\n`);
    process.exitCode = 1;
  }
}
