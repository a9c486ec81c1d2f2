// The eval harness with the learned type classifier switched on:
//   node -r ./test/register-ts.js scripts/train/eval-model.ts MODEL.json [eval arguments...]
// (same report as `node dist/eval.js`, without the baseline).
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import type { TypeModel } from '../../src/core/entities/learned/classifier';
import { runEval } from '../eval/run';

const [modelFile, ...rest] = process.argv.slice(2);
const typeModel = JSON.parse(readFileSync(modelFile, 'utf8')) as TypeModel;
runEval([...rest, '--no-baseline'], { stdout: (s) => void process.stdout.write(s), stderr: (s) => void process.stderr.write(s), cwd: process.cwd() },
  { analyze: (text) => analyze(text, { typeModel }), baseline: () => () => [] }).then((code) => { process.exitCode = code; });
