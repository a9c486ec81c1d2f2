// `npm run eval`: argument parsing, loading gold files, printing the report.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Analysis } from '../../src/core/types';
import type { EvalEntity } from './metrics';
import { evaluate } from './evaluate';
import { LAYERS, parseGold, type GoldDoc, type Layer } from './gold';
import { errorReport, jsonReport, textReport } from './report';

export interface EvalIo {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  readonly cwd: string;
}

export interface EvalDeps {
  readonly analyze: (text: string) => Analysis;
  /** Loaded lazily: only when the baseline runs. */
  readonly baseline: () => (text: string) => EvalEntity[];
}

export const EVAL_USAGE = `Usage: npm run eval -- [PATH...] [options]
       node dist/eval.js [PATH...] [options]

Scores News Lens against gold files (../shared/eval/FORMAT.md). PATH is a gold
file or a folder of *.json gold files; default: ../shared/eval/dev from the
current folder.

Options:
  --json               Machine-readable results on stdout.
  --errors[=LAYERS]    List false positives / negatives per file (all layers, or
                       a comma list of entities, quotes, claims).
  --baseline-errors    List the compromise baseline's entity errors.
  --no-baseline        Do not run the compromise baseline.
  -h, --help           Show this help.
`;

interface EvalArgs {
  readonly paths: string[];
  readonly json: boolean;
  readonly errors: Layer[] | null;
  readonly baselineErrors: boolean;
  readonly baseline: boolean;
}

export function parseEvalArgs(argv: readonly string[]): EvalArgs | 'help' | { error: string } {
  const paths: string[] = [];
  let json = false;
  let errors: Layer[] | null = null;
  let baselineErrors = false;
  let baseline = true;
  for (const arg of argv) {
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--json') json = true;
    else if (arg === '--no-baseline') baseline = false;
    else if (arg === '--baseline-errors') baselineErrors = true;
    else if (arg === '--errors') errors = [...LAYERS];
    else if (arg.startsWith('--errors=')) {
      const list = arg.slice('--errors='.length).split(',').map((s) => s.trim()).filter(Boolean);
      const bad = list.filter((l) => !(LAYERS as readonly string[]).includes(l));
      if (bad.length > 0 || list.length === 0) return { error: `invalid --errors layers '${arg.slice(9)}' (expected ${LAYERS.join(', ')})` };
      errors = list as Layer[];
    } else if (arg.startsWith('-')) return { error: `unknown option '${arg}'` };
    else paths.push(arg);
  }
  if (baselineErrors && !baseline) return { error: '--baseline-errors needs the baseline (drop --no-baseline)' };
  return { paths, json, errors, baselineErrors, baseline };
}

/** Gold files named by the arguments: folders give their *.json files (not recursive), sorted. */
async function goldFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const st = await fs.stat(abs);
    if (st.isDirectory()) {
      const names = (await fs.readdir(abs)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
      files.push(...names.map((n) => path.join(abs, n)));
    } else files.push(abs);
  }
  return files;
}

export async function runEval(argv: readonly string[], io: EvalIo, deps: EvalDeps): Promise<number> {
  const args = parseEvalArgs(argv);
  if (args === 'help') {
    io.stdout(EVAL_USAGE);
    return 0;
  }
  if ('error' in args) {
    io.stderr(`eval: ${args.error}\n\n${EVAL_USAGE}`);
    return 2;
  }
  const paths = args.paths.length > 0 ? args.paths : [path.join('..', 'shared', 'eval', 'dev')];
  const source = paths.join(', ');
  let files: string[];
  try {
    files = await goldFiles(paths, io.cwd);
  } catch (err) {
    io.stderr(`eval: cannot read ${source}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  if (files.length === 0) {
    io.stderr(`eval: no gold files (*.json) in ${source}\n`);
    return 2;
  }

  const docs: GoldDoc[] = [];
  let broken = 0;
  for (const file of files) {
    const shown = path.relative(io.cwd, file) || file;
    try {
      const { doc, warnings } = parseGold(JSON.parse(await fs.readFile(file, 'utf8')), shown);
      for (const w of warnings) io.stderr(`eval: ${shown}: warning: ${w}\n`);
      docs.push(doc);
    } catch (err) {
      io.stderr(`eval: ${shown}: ${err instanceof Error ? err.message : String(err)}\n`);
      broken++;
    }
  }

  // The engine is meant to be total; if it throws on a document, score that document as empty and say so.
  let engineFailures = 0;
  const safeAnalyze = (text: string): Analysis => {
    try {
      return deps.analyze(text);
    } catch (err) {
      engineFailures++;
      const id = docs.find((d) => d.text === text)?.id ?? '(warm-up)';
      io.stderr(`eval: ${id}: analyze() threw: ${err instanceof Error ? err.message : String(err)} (scored as empty)\n`);
      return { version: 1, length: text.length, entities: [], mentions: [], quotes: [], claims: [], notices: [] };
    }
  };
  const result = evaluate(docs, { analyze: safeAnalyze, baseline: args.baseline ? deps.baseline() : undefined });
  if (args.json) {
    io.stdout(JSON.stringify(jsonReport(result, source, args.errors !== null), null, 2) + '\n');
  } else {
    io.stdout(textReport(result, source));
    if (args.errors) io.stdout('\nErrors of News Lens\n\n' + errorReport(result, args.errors));
    if (args.baselineErrors) io.stdout('\nErrors of compromise (entities)\n\n' + errorReport(result, ['entities'], 'compromise'));
  }
  return broken > 0 || engineFailures > 0 ? 2 : 0;
}
