// The `news-lens` command: `analyze FILE` and `check PATH...`.
// run() is the whole program with injected output streams, so tests call it in-process.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze as coreAnalyze } from '../core/analyze';
import { formatProblem, parseConfigText, parsePackageJsonConfig } from '../core/config/file';
import { ConfigResolver, type ConfigHost, type FoundConfig } from '../core/config/lookup';
import { fileOptions, mergeOptions } from '../core/config/merge';
import type { Analysis, AnalyzeOptions, RuleCode } from '../core/types';
import { version as packageVersion } from '../../package.json';
import { parseArgs, USAGE, type CliOptions } from './args';
import { collectFiles, decodeArticle, decodedRead, describeError, formatSize, readArticle, type ReadResult } from './files';
import { readRegularFile } from './safeRead';
import { analyseRead, type FileJob, type JobOutput, type JobResult } from './job';
import { defaultJobs, forEachOrdered, inProcessRunner, WorkerPool, type Runner } from './pool';
import { progressBar } from './progress';
import { SpeakerTally, speakersCsv, speakersJson, speakersText } from './speakers';
import {
  analysisJson,
  analysisText,
  checkJson,
  checkLines,
  checkSarif,
  summarize,
  summaryLine,
  type FileResult,
  type RuleHelp,
} from './report';

export const VERSION: string = packageVersion;

export interface CliIo {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  /** Folder that relative paths are resolved against. */
  readonly cwd: string;
  /** Reads standard input (for the path "-"): all of it, or stops once it has more than `limit` bytes (0 = no limit). */
  readonly stdin?: (limit: number) => Promise<Uint8Array>;
  /** A progress bar for `total` files (only when stderr is a terminal). */
  readonly progress?: (total: number) => Progress;
}

export interface Progress {
  tick(): void;
  /** Writes a message to stderr without breaking the bar. */
  log(message: string): void;
  stop(): void;
}

export interface CliDeps {
  /** The engine; tests inject a fake one. */
  readonly analyze?: (text: string, options: AnalyzeOptions) => Analysis;
}

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_ERROR = 2;

/** What `-` is called in messages when --stdin-filename is not given. */
export const STDIN_NAME = '<stdin>';

function formatOf(file: string): 'markdown' | 'plaintext' {
  const ext = path.extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plaintext';
}

/** The engine options for one file: its configuration file (if any), then the command-line flags on top. */
function optionsFor(file: string, cli: CliOptions, config: FoundConfig | undefined): AnalyzeOptions {
  const flags: AnalyzeOptions = {
    rules: cli.rules, extraVagueSources: cli.extraVagueSources,
    ...(cli.allowedPhrases.length > 0 ? { allowedPhrases: cli.allowedPhrases } : {}),
  };
  return { ...(config ? mergeOptions(config.options, flags) : flags), format: formatOf(file) };
}

const nodeConfigHost: ConfigHost<string> = {
  key: (dir) => dir,
  parent: (dir) => (path.dirname(dir) === dir ? undefined : path.dirname(dir)),
  async read(dir, name) {
    try {
      return await readRegularFile(path.join(dir, name));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
      throw new Error(describeError(err));
    }
  },
  display: (dir, name) => path.join(dir, name),
};

/** Finds the configuration for each file, and reports each configuration file's problems once. */
class Configs {
  private readonly resolver = new ConfigResolver(nodeConfigHost);
  private readonly reported = new Set<string>();
  private explicit: FoundConfig | undefined;
  errors = 0;

  constructor(
    private readonly cli: CliOptions,
    private readonly io: CliIo,
  ) {}

  /** Reads --config FILE; false when it cannot be read (reported). */
  async init(): Promise<boolean> {
    if (this.cli.config === undefined) return true;
    const file = path.resolve(this.io.cwd, this.cli.config);
    let text: string;
    try {
      text = await readRegularFile(file);
    } catch (err) {
      this.io.stderr(`news-lens: ${this.cli.config}: ${describeError(err)} (--config)\n`);
      return false;
    }
    const isPackage = path.basename(file) === 'package.json';
    const parsed = isPackage ? parsePackageJsonConfig(text) : parseConfigText(text);
    if (!parsed) {
      this.io.stderr(`news-lens: ${this.cli.config}: has no "news-lens" key (--config)\n`);
      return false;
    }
    this.explicit = {
      file: this.cli.config,
      packageJson: isPackage,
      parsed,
      options: fileOptions(parsed.config),
      messages: parsed.problems.map((p) => formatProblem(this.cli.config as string, p)),
      hasErrors: parsed.problems.some((p) => p.severity === 'error'),
    };
    this.report(this.explicit);
    return true;
  }

  /** The configuration for an article in folder `dir` (absolute). */
  async forFolder(dir: string): Promise<FoundConfig | undefined> {
    if (this.cli.noConfig) return undefined;
    if (this.cli.config !== undefined) return this.explicit;
    const found = await this.resolver.find(dir);
    if (found) this.report(found);
    return found;
  }

  private report(config: FoundConfig): void {
    if (this.reported.has(config.file)) return;
    this.reported.add(config.file);
    for (const m of config.messages) this.io.stderr(`news-lens: ${m}\n`);
    if (config.hasErrors) this.errors++;
  }
}

/** Rule pages next to the CLI (docs/rules in the package), as file URIs and Markdown for SARIF. */
function ruleHelp(): RuleHelp | undefined {
  // dist/cli.js and src/cli/main.ts are one or two folders below the package root.
  for (const up of ['..', path.join('..', '..')]) {
    const dir = path.resolve(__dirname, up, 'docs', 'rules');
    try {
      readFileSync(path.join(dir, 'NL001.md'));
    } catch {
      continue;
    }
    const page = (code: RuleCode) => path.join(dir, `${code}.md`);
    return {
      uri: (code) => pathToFileURL(page(code)).href,
      markdown: (code) => {
        try {
          return readFileSync(page(code), 'utf8');
        } catch {
          return undefined;
        }
      },
    };
  }
  return undefined;
}

/** Reads standard input as an article: the same checks as a file (size, binary, UTF-8). */
async function readStdin(io: CliIo, maxSize: number): Promise<ReadResult> {
  if (!io.stdin) return { kind: 'error', message: 'standard input is not available' };
  let bytes: Uint8Array;
  try {
    bytes = await io.stdin(maxSize);
  } catch (err) {
    return { kind: 'error', message: describeError(err) };
  }
  if (maxSize > 0 && bytes.length > maxSize) {
    return { kind: 'skipped', message: `over the size limit of ${formatSize(maxSize)} (--max-size)` };
  }
  return decodedRead(decodeArticle(bytes));
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

  const configs = new Configs(cli, io);
  if (!(await configs.init())) return EXIT_ERROR;
  /** The display name and the configuration of a path ("-" is standard input). */
  const source = async (p: string) => {
    const isStdin = p === '-';
    const name = isStdin ? (cli.stdinFilename ?? STDIN_NAME) : p;
    const dir = isStdin && !cli.stdinFilename ? io.cwd : path.dirname(path.resolve(io.cwd, name));
    const read = () => (isStdin ? readStdin(io, cli.maxSize) : readArticle(p, io.cwd, cli.maxSize));
    return { name, read, options: optionsFor(name, cli, await configs.forFolder(dir)) };
  };

  if (cli.command === 'analyze' && cli.format !== 'jsonl') {
    const { name: file, read: readIt, options } = await source(cli.paths[0]);
    const read = await readIt();
    if (read.kind !== 'ok') {
      err(file, read.kind === 'skipped' ? `cannot analyse: ${read.message}` : read.message);
      return EXIT_ERROR;
    }
    const outcome = safeAnalyze(engine, read.text, options);
    if (!outcome.ok) {
      err(file, outcome.message);
      return EXIT_ERROR;
    }
    if (read.notice) err(file, read.notice);
    notices(file, outcome.analysis);
    io.stdout(
      cli.format === 'json'
        ? JSON.stringify(analysisJson(file, outcome.analysis, read.text), null, 2) + '\n'
        : analysisText(file, outcome.analysis, read.text),
    );
    return configs.errors > 0 ? EXIT_ERROR : EXIT_CLEAN;
  }

  // check, speakers and analyze --format jsonl: many files, on worker threads with --jobs.
  const output: JobOutput = cli.command === 'speakers' ? 'speakers' : cli.command === 'analyze' ? 'jsonl' : 'analysis';
  const corpus = cli.command !== 'check';
  const useStdin = cli.paths.includes('-');
  const collected = await collectFiles(cli.paths.filter((p) => p !== '-'), io.cwd, { gitignore: !cli.noIgnore });
  for (const e of collected.errors) err(e.path, e.message);
  if (collected.files.length === 0 && collected.errors.length === 0 && !useStdin) {
    io.stderr(`news-lens: no article files found (looked for .txt, .md, .markdown, .article, .news)\n`);
  }
  const results: FileResult[] = [];
  const tally = new SpeakerTally();
  let skipped = 0;
  let failed = collected.errors.length;
  const progress = collected.files.length > 1 ? io.progress?.(collected.files.length + (useStdin ? 1 : 0)) : undefined;
  const report = (file: string, message: string) => (progress ? progress.log(`news-lens: ${file}: ${message}\n`) : err(file, message));
  const handle = (file: string, result: JobResult) => {
    progress?.tick();
    if (result.kind !== 'ok') {
      if (result.kind === 'skipped') skipped++;
      else failed++;
      report(file, result.kind === 'skipped' ? `skipped: ${result.message}` : result.message);
      return;
    }
    for (const n of result.notices) report(file, n);
    if (result.line !== undefined) io.stdout(result.line + '\n');
    if (result.speakers) tally.add(file, result.speakers);
    if (result.analysis && result.text !== undefined) {
      const fileResult: FileResult = { file, text: result.text, analysis: result.analysis };
      results.push(fileResult);
      if (cli.format === 'text') {
        const lines = checkLines(fileResult);
        if (lines.length > 0) io.stdout(lines.join('\n') + '\n');
      }
    }
  };
  const jobFor = async (arg: string): Promise<FileJob> => {
    const { name, options } = await source(arg);
    return { name, cwd: io.cwd, options, maxSize: cli.maxSize, output };
  };
  if (useStdin) {
    const job = await jobFor('-');
    handle(job.name, analyseRead(job, await readStdin(io, cli.maxSize), engine));
  }
  // A fake engine (tests) or a single file: no workers.
  const workers = deps.analyze ? 1 : Math.min(cli.jobs ?? defaultJobs(), collected.files.length);
  const runner: Runner = workers > 1 ? new WorkerPool(workers, engine, (m) => io.stderr(`news-lens: ${m}\n`)) : inProcessRunner(engine);
  try {
    await forEachOrdered(collected.files, workers > 1 ? workers * 2 : 1, async (f) => runner.run(await jobFor(f)), (_f, r) => handle(_f, r));
  } finally {
    await runner.close();
    progress?.stop();
  }

  if (corpus) {
    if (cli.command === 'speakers') {
      if (cli.format === 'json') io.stdout(JSON.stringify(speakersJson(tally), null, 2) + '\n');
      else if (cli.format === 'csv') io.stdout(speakersCsv(tally));
      else io.stdout(speakersText(tally));
    }
    return failed > 0 || skipped > 0 || configs.errors > 0 ? EXIT_ERROR : EXIT_CLEAN;
  }
  const summary = summarize(results, skipped, failed);
  if (cli.format === 'text') {
    io.stdout((summary.problems > 0 ? '\n' : '') + summaryLine(summary) + '\n');
  } else if (cli.format === 'json') {
    io.stdout(JSON.stringify(checkJson(results, summary), null, 2) + '\n');
  } else {
    io.stdout(JSON.stringify(checkSarif(results, VERSION, ruleHelp()), null, 2) + '\n');
  }
  if (failed > 0 || configs.errors > 0) return EXIT_ERROR;
  if (cli.maxWarnings === undefined) return summary.problems > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;
  const { error: errors, warning: warnings } = summary.bySeverity;
  if (warnings > cli.maxWarnings) {
    io.stderr(`news-lens: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${cli.maxWarnings}\n`);
  }
  return errors > 0 || warnings > cli.maxWarnings ? EXIT_PROBLEMS : EXIT_CLEAN;
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
    stdin: async (limit) => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        total += (chunk as Buffer).length;
        if (limit > 0 && total > limit) break;
      }
      return Buffer.concat(chunks);
    },
  };
  if (process.stderr.isTTY) Object.assign(io, { progress: (total: number) => progressBar(process.stderr, total) });
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
