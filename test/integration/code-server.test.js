// node:test launcher: runs the mocha suite in test/integration/suite INSIDE code-server's Node
// extension host (the suite can require('vscode')), the way @vscode/test-electron does on a
// desktop. The page URL carries extensionDevelopmentPath (the project, so dist/ must be built)
// and extensionTestsPath (test/integration/index.js); the workbench forwards the suite's console
// through window.codeAutomationLog and its result through window.codeAutomationExit(code).
// Each in-host mocha test becomes a node:test subtest, so CI counts them in `# pass N`.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const h = require('../e2e/harness');

const SUITE_TIMEOUT = Number(process.env.E2E_SUITE_TIMEOUT_MS || 120_000);

test('extension-host suite (code-server, VS Code 1.100)', { timeout: SUITE_TIMEOUT + 30_000 }, async (t) => {
  assert.ok(fs.existsSync(path.join(h.ROOT, 'dist/extension.js')), 'dist/extension.js missing: run `npm run build` first');
  const t0 = Date.now();
  const ws = h.makeWorkspace();
  const log = [];
  const results = [];
  let server;
  let browser;
  let timer;
  try {
    server = await h.startCodeServer({ extraDirs: [ws.dir] });
    let done;
    const exitCode = new Promise((resolve) => (done = resolve));
    const payload = h.devExtensionPayload(server, { testsPath: path.join(__dirname, 'index.js') });
    ({ browser } = await h.openWorkbench(server, {
      folder: ws.dir,
      payload,
      beforeGoto: async (page) => {
        await page.exposeFunction('codeAutomationLog', (_type, args) => {
          const line = util.format(...args);
          const m = /^NEWS_LENS_RESULT (\{.*\})$/.exec(line.trim());
          if (m) results.push(JSON.parse(m[1]));
          else {
            log.push(line);
            if (process.env.E2E_VERBOSE) console.log(line);
          }
        });
        await page.exposeFunction('codeAutomationExit', (code) => done(code));
      },
    }));
    t.diagnostic(`workbench up in ${Date.now() - t0} ms`);
    const code = await Promise.race([
      exitCode,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`extension-host suite did not finish within ${SUITE_TIMEOUT} ms`)), SUITE_TIMEOUT))),
    ]);
    t.diagnostic(`suite finished in ${Date.now() - t0} ms with exit code ${code}`);

    for (const r of results) {
      await t.test(r.title, { skip: r.state === 'skipped' }, () => {
        if (r.state === 'failed') throw new Error(r.error);
      });
    }
    if (code !== 0 && !results.some((r) => r.state === 'failed')) {
      throw new Error(`extension-host suite exited with ${code} and no failed test:\n${log.slice(-40).join('\n')}`);
    }
    assert.ok(results.length > 0, `no test ran in the extension host:\n${log.slice(-40).join('\n')}`);
  } finally {
    clearTimeout(timer); // a pending timer would keep the process alive
    h.writeArtifact('extension-host.log', log.join('\n'));
    await browser?.close().catch(() => {});
    await server?.stop();
    ws.cleanup();
  }
});
