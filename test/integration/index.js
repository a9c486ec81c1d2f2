// Entry point loaded by VS Code's extension host when the window is opened with
// extensionTestsPath (code-server launcher: test/integration/code-server.test.js; desktop:
// test/integration/run-electron.js). Must export run(): Promise<void>; rejecting fails the run.
// Besides mocha's spec output, prints one `NEWS_LENS_RESULT {json}` line per test so the
// launcher can report each in-host test to node:test (CI then counts them in `# pass N`).
'use strict';
const path = require('path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
  const grep = process.env.NEWS_LENS_TEST_GREP;
  if (grep) mocha.grep(grep);
  mocha.addFile(path.join(__dirname, 'suite/extension.test.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    const emit = (test, state, err) =>
      console.log(`NEWS_LENS_RESULT ${JSON.stringify({
        title: test.fullTitle(), state, duration: test.duration || 0,
        error: err ? String(err.stack || err.message || err).split('\n').slice(0, 8).join('\n') : undefined,
      })}`);
    runner.on('pass', (test) => emit(test, 'passed'));
    runner.on('fail', (test, err) => emit(test, 'failed', err));
    runner.on('pending', (test) => emit(test, 'skipped'));
  });
};
