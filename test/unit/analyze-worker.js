// Runs analyze() in a worker thread for test/unit/timed.ts, so a test can stop an analysis
// that takes too long (a non-linear step) instead of blocking the whole suite.
'use strict';
require('../register-ts.js');
const { parentPort } = require('node:worker_threads');
const { analyze } = require('../../src/core/analyze.ts');

parentPort.on('message', ({ text, options }) => {
  const started = performance.now();
  const analysis = analyze(text, options);
  parentPort.postMessage({ ms: performance.now() - started, analysis });
});
// Warm up (module loading, first compilation) before the timed runs.
analyze('"We are not there yet," Kerry said. Critics say 280,000 died.', {});
parentPort.postMessage({ ready: true });
