/**
 * Runs @doyensec/electronegativity 1.10.3 (docs/security.md). Its TypeScript parser
 * (@typescript-eslint/typescript-estree 4) needs the TypeScript 4.2 that electronegativity ships;
 * npm hoists the parser next to the project's TypeScript 7, which it cannot use. This preload sends
 * the parser's `require('typescript')` to the bundled 4.2 and leaves everything else alone.
 */
const Module = require('node:module');
const path = require('node:path');

const bundled = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'node_modules', 'typescript');
const original = Module._resolveFilename;
Module._resolveFilename = function resolve(request, parent, ...rest) {
  if (request === 'typescript' && parent && parent.filename && parent.filename.includes(`${path.sep}@typescript-eslint${path.sep}`)) {
    return original.call(this, bundled, parent, ...rest);
  }
  return original.call(this, request, parent, ...rest);
};
