// The `news-lens` command: `analyze FILE` and `check PATH...`.
// run() is the whole program with injected output streams, so tests call it in-process.
import * as path from 'node:path';
import { analyze as coreAnalyze } from '../core/analyze';
import type { Analysis, AnalyzeOptions } from '../core/types';
import { version as packageVersion } from '../../package.json';
import { parseArgs, USAGE, type CliOptions } from './args';
import { collectFiles, readArticle } from './files';
import {
  analysisJson,
  analysisText,
  checkJson,
  checkLines,
  checkSarif,
  summarize,
  summaryLine,
  type FileResult,
} from './report';

export const VERSION: string = packageVersion;

export interface CliIo {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  /** Folder that relative paths are resolved against. */
  readonly cwd: string;
}

export interface CliDeps {
  /** The engine; tests inject a fake one. */
  readonly analyze?: (text: string, options: AnalyzeOptions) => Analysis;
}

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_ERROR = 2;

function optionsFor(file: string, cli: CliOptions): AnalyzeOptions {
  const ext = path.extname(file).toLowerCase();
  return {
    rules: cli.rules,
    extraVagueSources: cli.extraVagueSources,
    format: ext === '.md' || ext === '.markdown' ? 'markdown' : 'plaintext',
  };
}

type AnalyzeOutcome = { ok: true; analysis: Analysis } | { ok: false; message: string };

function safeAnalyze(engine: NonNullable<CliDeps['analyze']>, text: string, options: AnalyzeOptions): AnalyzeOutcome {
  try {
    return { ok: true, analysis: engine(text, options) };
  } catch (err) {
    // The engine is meant to be total; if it is not, say so and go on with the next file.
    return { ok: false, message: `internal error in the analyser: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export async function run(argv: readonly string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`${VERSION}\n`);
      return EXIT_CLEAN;
    case 'error':
      io.stderr(`news-lens: ${parsed.message}\n\n${USAGE}`);
      return EXIT_ERROR;
  }
  const cli = parsed.options;
  const engine = deps.analyze ?? coreAnalyze;
  const err = (file: string, message: string) => io.stderr(`news-lens: ${file}: ${message}\n`);
  const notices = (file: string, analysis: Analysis) => {
    for (const n of analysis.notices) err(file, n.message);
  };

  if (cli.command === 'analyze') {
    const file = cli.paths[0];
    const read = await readArticle(file, io.cwd, cli.maxSize);
    if (read.kind !== 'ok') {
      err(file, read.kind === 'skipped' ? `cannot analyse: ${read.message}` : read.message);
      return EXIT_ERROR;
    }
    const outcome = safeAnalyze(engine, read.text, optionsFor(file, cli));
    if (!outcome.ok) {
      err(file, outcome.message);
      return EXIT_ERROR;
    }
    notices(file, outcome.analysis);
    io.stdout(
      cli.format === 'json'
        ? JSON.stringify(analysisJson(file, outcome.analysis, read.text), null, 2) + '\n'
        : analysisText(file, outcome.analysis, read.text),
    );
    return EXIT_CLEAN;
  }

  // check
  const collected = await collectFiles(cli.paths, io.cwd);
  for (const e of collected.errors) err(e.path, e.message);
  if (collected.files.length === 0 && collected.errors.length === 0) {
    io.stderr(`news-lens: no article files found (looked for .txt, .md, .markdown, .article, .news)\n`);
  }
  const results: FileResult[] = [];
  let skipped = 0;
  let failed = collected.errors.length;
  for (const file of collected.files) {
    const read = await readArticle(file, io.cwd, cli.maxSize);
    if (read.kind === 'skipped') {
      err(file, `skipped: ${read.message}`);
      skipped++;
      continue;
    }
    if (read.kind === 'error') {
      err(file, read.message);
      failed++;
      continue;
    }
    const outcome = safeAnalyze(engine, read.text, optionsFor(file, cli));
    if (!outcome.ok) {
      err(file, outcome.message);
      failed++;
      continue;
    }
    notices(file, outcome.analysis);
    const result: FileResult = { file, text: read.text, analysis: outcome.analysis };
    results.push(result);
    if (cli.format === 'text') {
      const lines = checkLines(result);
      if (lines.length > 0) io.stdout(lines.join('\n') + '\n');
    }
  }
  const summary = summarize(results, skipped, failed);
  if (cli.format === 'text') {
    io.stdout((summary.problems > 0 ? '\n' : '') + summaryLine(summary) + '\n');
  } else if (cli.format === 'json') {
    io.stdout(JSON.stringify(checkJson(results, summary), null, 2) + '\n');
  } else {
    io.stdout(JSON.stringify(checkSarif(results, VERSION), null, 2) + '\n');
  }
  if (failed > 0) return EXIT_ERROR;
  return summary.problems > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;
}

if (require.main === module) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // `news-lens check . | head`: the reader went away; stop quietly.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const io: CliIo = {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`news-lens: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT_ERROR;
    },
  );
}
