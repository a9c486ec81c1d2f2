// Accuracy must not regress: the development set's totals stay at or above the figures reached
// (thresholds a little under the measured values; raise them when the engine improves).
// Skipped when the shared evaluation corpus is not beside the project.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { runEval } from '../../scripts/eval/run';

const DEV = path.resolve(__dirname, '..', '..', '..', 'shared', 'eval', 'dev');

/** Measured 2026-11-26 (docs/accuracy.md); each threshold sits about one point below. */
const FLOORS = {
  entityF1: 0.915,
  linking: 0.935,
  directF1: 0.97,
  directSpeaker: 0.95,
  indirectF1: 0.895,
  indirectSpeaker: 0.975,
  claimF1: 0.84,
};

describe('accuracy on the development set (no regression)', function () {
  this.timeout(60_000);
  let total: any;
  before(async function () {
    if (!fs.existsSync(DEV)) this.skip();
    let out = '';
    const code = await runEval(['--json', '--no-baseline', DEV], { stdout: (c) => { out += c; }, stderr: () => undefined, cwd: process.cwd() }, {
      analyze: (t) => analyze(t),
      baseline: () => () => [],
    });
    assert.equal(code, 0);
    total = JSON.parse(out).total.newsLens;
  });

  it('entity mentions (exact span and type) and linking', () => {
    assert.ok(total.entities.exact.f1 >= FLOORS.entityF1, `entity F1 ${total.entities.exact.f1}`);
    assert.ok(total.entities.linking.accuracy >= FLOORS.linking, `linking ${total.entities.linking.accuracy}`);
  });

  it('direct quotes and their speakers', () => {
    assert.ok(total.quotes.directExact.f1 >= FLOORS.directF1, `direct F1 ${total.quotes.directExact.f1}`);
    assert.ok(total.quotes.directSpeaker.accuracy >= FLOORS.directSpeaker, `speaker ${total.quotes.directSpeaker.accuracy}`);
  });

  it('reported speech and its speakers', () => {
    assert.ok(total.quotes.indirect.f1 >= FLOORS.indirectF1, `indirect F1 ${total.quotes.indirect.f1}`);
    assert.ok(total.quotes.indirectSpeaker.accuracy >= FLOORS.indirectSpeaker, `speaker ${total.quotes.indirectSpeaker.accuracy}`);
  });

  it('claims', () => {
    assert.ok(total.claims.claims.f1 >= FLOORS.claimF1, `claim F1 ${total.claims.claims.f1}`);
  });
});
