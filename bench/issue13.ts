// Issue 13 figures for `npm run bench`: the extension host's thread per edit with the analysis in
// the worker, edit → updated analysis, the CLI's --jobs 1 vs 2 on a generated corpus (and its
// memory as the corpus grows), and cold start (load the bundle, analyse the first 1 MB).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/core/analyze';
import { WorkerAnalyzer } from '../src/extension/analysisWorker';
import { startWorker } from '../src/extension/workerHost';

const MB = 1_000_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface HostFigures {
  /** Event-loop time the host spends on one edit (text out, analysis in), ms. */
  busyMs: number;
  /** Post → analysis received, ms (add the debounce for edit → diagnostics). */
  latencyMs: number;
}

/** One worker (dist/worker.js), five one-character edits of a 1 MB text; the host's busy time from eventLoopUtilization. */
export async function hostThreadPerEdit(root: string, text: string): Promise<HostFigures> {
  const analyzer = new WorkerAnalyzer(() => startWorker({ fsPath: root } as never), (m) => process.stderr.write(m + '\n'), () => analyze);
  await analyzer.analyze('doc', text, {}); // start the worker, warm it up
  const busy: number[] = [];
  const latency: number[] = [];
  for (let i = 0; i < 5; i++) {
    const at = Math.floor(((i + 1) * text.length) / 7);
    const elu0 = performance.eventLoopUtilization();
    const t0 = performance.now();
    // What the extension does per edit: the document's text (a copy, as getText() makes) posted to the worker.
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    await analyzer.analyze('doc', edited, {});
    latency.push(performance.now() - t0);
    busy.push(performance.eventLoopUtilization(elu0).active);
  }
  analyzer.dispose();
  return { busyMs: median(busy), latencyMs: median(latency) };
}

/** A folder of `count` articles made from the sample: paragraphs rotated and numbers changed, so no two are alike. */
export function makeCorpus(sample: string, count: number): string {
  const dir = mkdtempSync(join(os.tmpdir(), 'news-lens-corpus-'));
  const paragraphs = sample.split(/\n\s*\n/);
  for (let i = 0; i < count; i++) {
    const k = i % paragraphs.length;
    const body = [...paragraphs.slice(k), ...paragraphs.slice(0, k)].join('\n\n').replace(/\d+/g, (n) => String(Number(n) + i));
    const sub = join(dir, String(Math.floor(i / 500)));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `article-${i}.txt`), body);
  }
  return dir;
}

export interface CliRun {
  wallMs: number;
  maxRssMB: number;
}

/** `node [nodeArgs] dist/cli.js analyze DIR --format jsonl --jobs N` in a child process: wall time and peak RSS (/usr/bin/time). */
export function cliRun(root: string, dir: string, jobs: number, nodeArgs: readonly string[] = []): CliRun {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...nodeArgs, join(root, 'dist', 'cli.js'), 'analyze', dir, '--format', 'jsonl', '--jobs', String(jobs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`news-lens exited ${r.status}: ${r.stderr.slice(-500)}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { wallMs, maxRssMB: kb / 1024 };
}

export function removeCorpus(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Cold start in a fresh process: load dist/cli.js (the engine and its word lists), then analyse 1 MB. */
export function coldStart(root: string, file: string): { loadMs: number; firstMBMs: number; processMs: number } {
  const script = `
    const t0 = performance.now();
    const { run } = require(${JSON.stringify(join(root, 'dist', 'cli.js'))});
    const t1 = performance.now();
    run(['analyze', ${JSON.stringify(file)}, '--format', 'json'], { stdout() {}, stderr() {}, cwd: process.cwd() }).then(() => {
      const t2 = performance.now();
      process.stdout.write(JSON.stringify({ start: t0, load: t1 - t0, first: t2 - t1 }));
    });`;
  const runs: { start: number; load: number; first: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(JSON.parse(r.stdout));
  }
  return { loadMs: median(runs.map((r) => r.load)), firstMBMs: median(runs.map((r) => r.first)), processMs: median(runs.map((r) => r.start + r.load + r.first)) };
}

export { MB };
