// `npm run eval`: argument parsing, loading gold files, printing the report.
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Analysis } from '../../src/core/types';
import type { EvalEntity } from './metrics';
import { evaluate, type EvalResult } from './evaluate';
import { LAYERS, parseGold, type GoldDoc, type Layer } from './gold';
import { errorReport, jsonReport, textReport, withRates } from './report';
import { BEFORE_FILE, loadBefore, quoteLines, STANDARD_SETS, threeSetTable, type ScoredSet } from './sets';

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
  --split=NAME         Keep only gold files whose "split" is NAME (e.g. test).
  -h, --help           Show this help.

With no PATH it scores the standard sets: the development set in full (per
file, as above), then entity totals on three sets side by side (dev, GUM test
from ../shared/train/gum, GENTLE from ../shared/train/gentle) for the engine
before the current work (scripts/eval/before.json), the engine now and
compromise, then the same for the unseen-news check set (test/fixtures/unseen),
and quote totals on it and on the conventions set (test/fixtures/conventions).
`;

interface EvalArgs {
  readonly paths: string[];
  readonly json: boolean;
  readonly errors: Layer[] | null;
  readonly baselineErrors: boolean;
  readonly baseline: boolean;
  readonly split: string | null;
}

export function parseEvalArgs(argv: readonly string[]): EvalArgs | 'help' | { error: string } {
  const paths: string[] = [];
  let json = false;
  let errors: Layer[] | null = null;
  let baselineErrors = false;
  let baseline = true;
  let split: string | null = null;
  for (const arg of argv) {
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--json') json = true;
    else if (arg === '--no-baseline') baseline = false;
    else if (arg === '--baseline-errors') baselineErrors = true;
    else if (arg === '--errors') errors = [...LAYERS];
    else if (arg.startsWith('--split=') && arg.length > '--split='.length) split = arg.slice('--split='.length);
    else if (arg.startsWith('--errors=')) {
      const list = arg.slice('--errors='.length).split(',').map((s) => s.trim()).filter(Boolean);
      const bad = list.filter((l) => !(LAYERS as readonly string[]).includes(l));
      if (bad.length > 0 || list.length === 0) return { error: `invalid --errors layers '${arg.slice(9)}' (expected ${LAYERS.join(', ')})` };
      errors = list as Layer[];
    } else if (arg.startsWith('-')) return { error: `unknown option '${arg}'` };
    else paths.push(arg);
  }
  if (baselineErrors && !baseline) return { error: '--baseline-errors needs the baseline (drop --no-baseline)' };
  return { paths, json, errors, baselineErrors, baseline, split };
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

interface Loaded {
  readonly docs: GoldDoc[];
  readonly broken: number;
}

/** Reads and checks the gold files named by `paths`; null (after saying why) when none can be read. */
async function loadDocs(paths: readonly string[], split: string | null, io: EvalIo): Promise<Loaded | null> {
  const source = paths.join(', ');
  let files: string[];
  try {
    files = await goldFiles(paths, io.cwd);
  } catch (err) {
    io.stderr(`eval: cannot read ${source}: ${err instanceof Error ? err.message : String(err)}\n`);
    return null;
  }
  const docs: GoldDoc[] = [];
  let broken = 0;
  for (const file of files) {
    const shown = path.relative(io.cwd, file) || file;
    try {
      const { doc, warnings } = parseGold(JSON.parse(await fs.readFile(file, 'utf8')), shown);
      if (split !== null && doc.split !== split) continue;
      for (const w of warnings) io.stderr(`eval: ${shown}: warning: ${w}\n`);
      docs.push(doc);
    } catch (err) {
      io.stderr(`eval: ${shown}: ${err instanceof Error ? err.message : String(err)}\n`);
      broken++;
    }
  }
  if (docs.length === 0 && broken === 0) {
    io.stderr(`eval: no gold files (*.json${split === null ? '' : `, split ${split}`}) in ${source}\n`);
    return null;
  }
  return { docs, broken };
}

/** Scores documents; the engine is meant to be total, so a throw scores that document as empty and is counted. */
function score(docs: readonly GoldDoc[], io: EvalIo, deps: EvalDeps, baseline: boolean): { result: EvalResult; failures: number } {
  let failures = 0;
  const safeAnalyze = (text: string): Analysis => {
    try {
      return deps.analyze(text);
    } catch (err) {
      failures++;
      const id = docs.find((d) => d.text === text)?.id ?? '(warm-up)';
      io.stderr(`eval: ${id}: analyze() threw: ${err instanceof Error ? err.message : String(err)} (scored as empty)\n`);
      return { version: 1, length: text.length, entities: [], mentions: [], quotes: [], claims: [], notices: [] };
    }
  };
  const result = evaluate(docs, { analyze: safeAnalyze, baseline: baseline ? deps.baseline() : undefined });
  return { result, failures };
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
  const standard = args.paths.length === 0;
  const paths = standard ? [STANDARD_SETS[0].folder] : args.paths;
  const source = paths.join(', ');
  const loaded = await loadDocs(paths, args.split, io);
  if (!loaded) return 2;
  const { result, failures } = score(loaded.docs, io, deps, args.baseline);
  let bad = loaded.broken + failures;

  // The other standard sets: totals only (GUM test and GENTLE are never read document by document).
  const sets: ScoredSet[] = [];
  if (standard) {
    sets.push({ set: STANDARD_SETS[0], files: loaded.docs.length, result });
    for (const set of STANDARD_SETS.slice(1)) {
      if (!existsSync(path.resolve(io.cwd, set.folder))) {
        io.stderr(`eval: ${set.name} not scored: ${set.folder} is missing\n`);
        continue;
      }
      const more = await loadDocs([set.folder], set.split, io);
      if (!more) {
        bad++;
        continue;
      }
      const scored = score(more.docs, io, deps, args.baseline && set.use !== 'quotes');
      bad += more.broken + scored.failures;
      sets.push({ set, files: more.docs.length, result: scored.result });
    }
  }
  const before = standard ? loadBefore(path.join(io.cwd, BEFORE_FILE)) : null;

  if (args.json) {
    const report = jsonReport(result, source, args.errors !== null) as Record<string, unknown>;
    if (standard) {
      report.sets = Object.fromEntries(sets.map((s) => [s.set.name, { files: s.files, split: s.set.split, total: withRates(s.result.total) }]));
      if (before) report.before = withRates(before);
    }
    io.stdout(JSON.stringify(report, null, 2) + '\n');
  } else {
    io.stdout(textReport(result, source));
    if (standard) {
      io.stdout('\n' + threeSetTable(sets, before));
      const quotes = quoteLines(sets, before);
      if (quotes) io.stdout('\n' + quotes);
    }
    if (args.errors) io.stdout('\nErrors of News Lens\n\n' + errorReport(result, args.errors));
    if (args.baselineErrors) io.stdout('\nErrors of compromise (entities)\n\n' + errorReport(result, ['entities'], 'compromise'));
  }
  return bad > 0 ? 2 : 0;
}
