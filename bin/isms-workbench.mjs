#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx isms-workbench` works from a plain checkout.
import { register } from 'tsx/esm/api';

// `isms-workbench methods | head`: a reader that closes the pipe early ends the CLI quietly (issue 7).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

register();
const { main } = await import('../electron/cli/index.ts');
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
