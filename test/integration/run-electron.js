#!/usr/bin/env node
// `npm run test:electron`: the same in-extension-host suite (test/integration/suite) in DESKTOP
// VS Code through @vscode/test-electron. Needs internet on first run (it downloads VS Code into
// .vscode-test/) and a display (on Linux without one: `xvfb-run -a npm run test:electron`).
// Not run in CI, which has no internet: CI runs the same suite in code-server instead
// (`npm run test:integration`).
//   VSCODE_VERSION=stable npm run test:electron   another VS Code version (default 1.100.3,
//                                                 the one code-server 4.100.3 bundles)
'use strict';
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');
const { ROOT, makeWorkspace } = require('../e2e/harness');

async function main() {
  const ws = makeWorkspace();
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || '1.100.3',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [ws.dir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    ws.cleanup();
  }
}

main().catch((err) => {
  console.error(`test:electron failed: ${err && err.message ? err.message : err}`);
  process.exit(1);
});
