// Evaluation harness entry point (bundled to dist/eval.js; run with `npm run eval`).
// Scores the engine against the gold files; see scripts/eval/run.ts for the options.
import { analyze } from '../src/core/analyze';
import { compromiseEntities } from './eval/baseline';
import { runEval } from './eval/run';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // `npm run eval -- --json | head`: the reader went away; stop quietly.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

runEval(
  process.argv.slice(2),
  {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
  },
  { analyze: (text) => analyze(text), baseline: () => compromiseEntities },
).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`eval: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
