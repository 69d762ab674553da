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

// Electronegativity writes its CSV header and its rows with two asynchronous fs.writeFile calls
// (flag 'w', then flag 'a'); when the header lands second it overwrites the start of the first row
// (seen in CI). Writing synchronously keeps the order they were called in.
const fs = require('node:fs');
fs.writeFile = function writeFileInOrder(file, data, options, callback) {
  if (typeof options === 'function') [callback, options] = [options, undefined];
  try {
    fs.writeFileSync(file, data, options);
  } catch (err) {
    if (callback) return process.nextTick(callback, err);
    throw err;
  }
  if (callback) process.nextTick(callback, null);
};
