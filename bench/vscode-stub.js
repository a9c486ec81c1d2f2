// A stand-in for the `vscode` module, enough to load dist/extension.js and call activate()
// outside VS Code (bench/activation.js). Every property is a callable, constructible stub that
// returns another stub, so whatever the extension touches at activation works and costs ~nothing:
// what is measured is the extension's own work. Collections (textDocuments, visibleTextEditors,
// workspaceFolders) are empty, as in a window that has not opened an article yet.
'use strict';

const EMPTY_LISTS = new Set(['textDocuments', 'visibleTextEditors', 'workspaceFolders', 'all', 'tabGroups', 'selections']);

function stub(name) {
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a promise
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 0 : '');
      if (prop === 'toString' || prop === 'toJSON') return () => `stub:${name}`;
      if (typeof prop === 'string' && EMPTY_LISTS.has(prop)) return [];
      if (prop === 'length') return 0;
      if (prop === 'isTrusted') return true;
      if (prop === 'get') return () => undefined; // WorkspaceConfiguration.get: every setting at its default
      return stub(`${name}.${String(prop)}`);
    },
    apply() {
      return stub(`${name}()`);
    },
    construct() {
      return stub(`new ${name}`);
    },
    set() {
      return true;
    },
  });
}

// The API's top-level names, from @types/vscode: bundlers copy a module's own keys
// (esbuild's __toESM), so the stub must list them.
function apiNames() {
  const fs = require('fs');
  const dts = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set();
  for (const m of dts.matchAll(/^\s*export (?:declare )?(?:class|enum|namespace|const|function|let|var) (\w+)/gm)) names.add(m[1]);
  return names;
}

const api = {};
for (const name of apiNames()) api[name] = stub(name);
module.exports = api;
