// Child process of the benchmark: loads the packaged bundle dist/extension.js the way VS Code's
// extension host does (a plain `require`), with bench/vscode-stub.js standing in for `vscode`, and
// calls activate() with a fake ExtensionContext. Prints {"loadMs", "activateMs", "subscriptions"}.
// A fresh process per run, so the module load is cold (no require cache).
'use strict';
const Module = require('node:module');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const stubPath = path.join(__dirname, 'vscode-stub.js');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? stubPath : resolve.call(this, request, ...rest);
};
const vscode = require('vscode');

const bundle = process.argv[2] || path.join(root, 'dist', 'extension.js');
const t0 = performance.now();
const extension = require(bundle);
const t1 = performance.now();
const context = {
  subscriptions: [],
  extensionUri: vscode.Uri.file(root),
  extensionPath: root,
  globalState: vscode.Memento,
  workspaceState: vscode.Memento,
  secrets: vscode.SecretStorage,
  extensionMode: 1,
  extension: { id: 'news-lens.news-lens', packageJSON: require(path.join(root, 'package.json')) },
  asAbsolutePath: (p) => path.join(root, p),
  storageUri: undefined,
  globalStorageUri: vscode.Uri.file(root),
  logUri: vscode.Uri.file(root),
};
extension.activate(context);
const t2 = performance.now();
process.stdout.write(JSON.stringify({ loadMs: t1 - t0, activateMs: t2 - t1, subscriptions: context.subscriptions.length }) + '\n');
// activate() may schedule work on timers (documents already open: none here); do not wait for it.
process.exit(0);
