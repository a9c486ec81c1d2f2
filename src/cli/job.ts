// One article of a corpus run, from its path to what the command needs of it: read, decode,
// analyse, and shape the result (the JSON line of `analyze --format jsonl`, the speakers of
// `speakers`, the analysis for `check`). The same function runs in-process (--jobs 1, tests)
// and in the worker threads of --jobs N, so both give the same output byte for byte.
import type { Analysis, AnalyzeOptions } from '../core/types';
import { readArticle, readArticleSync, type ReadResult } from './files';
import { analysisJson } from './report';
import { articleSpeakers, type ArticleSpeaker } from './speakers';

export type JobOutput = 'analysis' | 'jsonl' | 'speakers';

/** Plain data, so it can be posted to a worker. */
export interface FileJob {
  /** The path as given or found (shown in messages and output); read relative to cwd. */
  readonly name: string;
  readonly cwd: string;
  readonly options: AnalyzeOptions;
  /** Bytes; 0 = no limit. */
  readonly maxSize: number;
  readonly output: JobOutput;
}

export type JobResult =
  | { readonly kind: 'skipped' | 'error'; readonly message: string }
  | {
      readonly kind: 'ok';
      /** Messages about the file (its encoding, the analysis's notices), in order. */
      readonly notices: readonly string[];
      /** output 'analysis': the analysis and the text it was made of. */
      readonly analysis?: Analysis;
      readonly text?: string;
      /** output 'jsonl': the line, without its newline. */
      readonly line?: string;
      /** output 'speakers': who is quoted in this article. */
      readonly speakers?: readonly ArticleSpeaker[];
    };

export type Engine = (text: string, options: AnalyzeOptions) => Analysis;

/** The result of a file whose text is already read (or standard input). Never throws. */
export function analyseRead(job: FileJob, read: ReadResult, engine: Engine): JobResult {
  if (read.kind !== 'ok') return read;
  let analysis: Analysis;
  try {
    analysis = engine(read.text, job.options);
  } catch (err) {
    // The engine is meant to be total; if it is not, say so and go on with the next file.
    return { kind: 'error', message: `internal error in the analyser: ${err instanceof Error ? err.message : String(err)}` };
  }
  const notices = [...(read.notice ? [read.notice] : []), ...analysis.notices.map((n) => n.message)];
  switch (job.output) {
    case 'jsonl':
      return { kind: 'ok', notices, line: JSON.stringify(analysisJson(job.name, analysis, read.text)) };
    case 'speakers':
      return { kind: 'ok', notices, speakers: articleSpeakers(analysis) };
    default:
      return { kind: 'ok', notices, analysis, text: read.text };
  }
}

/** Reads and analyses one file. Never throws. */
export async function runJob(job: FileJob, engine: Engine): Promise<JobResult> {
  return analyseRead(job, await readArticle(job.name, job.cwd, job.maxSize), engine);
}

/** runJob with a synchronous read: for the worker threads, where nothing else waits on the thread. */
export function runJobSync(job: FileJob, engine: Engine): JobResult {
  return analyseRead(job, readArticleSync(job.name, job.cwd, job.maxSize), engine);
}
