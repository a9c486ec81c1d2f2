// Lets mocha load TypeScript test files directly: each .ts file is transpiled
// with esbuild (already a dev dependency for bundling) when it is required.
'use strict';
const { transformSync } = require('esbuild');
const fs = require('fs');

require.extensions['.ts'] = function (module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    loader: 'ts',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    sourcefile: filename,
  });
  module._compile(code, filename);
};
