#!/usr/bin/env node
// Bundles the CLI and the loopback host (electron/cli/index.ts and everything it imports from the
// repo) into out/cli/index.mjs, so `isms-workbench` starts as plain JavaScript instead of compiling
// TypeScript on every run (issue 7, item 5). The runtime dependencies stay in node_modules (native
// better-sqlite3, pdfkit's font files); anything else the sources import is bundled.
// out/cli/inputs.json lists the source files, so bin/isms-workbench.mjs can tell a stale bundle.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outDir = join(root, 'out/cli');

export async function buildCli({ quiet = false } = {}) {
  const started = Date.now();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['electron/cli/index.ts'],
    outdir: outDir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    // The export modules are imported on first use (electron/core/export/index.ts): separate chunks.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    external: Object.keys(pkg.dependencies ?? {}),
    metafile: true,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    // The bundle sits two folders below the root, as electron/cli/index.ts does, so the paths it
    // computes from import.meta.dirname (migrations, out/renderer) are the same either way.
    banner: { js: '// Built by scripts/build-cli.mjs from electron/cli/index.ts: do not edit.' },
  });
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/'));
  writeFileSync(join(outDir, 'inputs.json'), `${JSON.stringify({ builtAt: new Date().toISOString(), inputs }, null, 1)}\n`);
  if (!quiet) console.log(`built out/cli/index.mjs from ${inputs.length} source files in ${Date.now() - started} ms`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) await buildCli();
