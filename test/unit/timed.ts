// analyze() with a time limit, in a worker thread that is terminated when the limit passes:
// a test of hostile input fails in bounded time instead of hanging the suite. The limit is a
// generous sanity bound (linear-time input of these sizes takes milliseconds); the real
// measurements of scaling are in the benchmark (`npm run bench`).
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../../src/core/types';

export type Timed = { readonly analysis: Analysis; readonly ms: number } | { readonly timedOut: true; readonly limitMs: number };

export class TimedAnalyzer {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;

  private start(): Promise<void> {
    // A worker gets a 4 MB stack by default; Node's main thread (the CLI, VS Code's extension
    // host) has about 1 MB. Use the smaller one so that a deep recursion or a huge spread
    // (`push(...list)`) fails here as it would for a user.
    const worker = new Worker(join(__dirname, 'analyze-worker.js'), { resourceLimits: { stackSizeMb: 1 } });
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', () => resolve());
    });
    return this.ready;
  }

  /** Analyses `text` in the worker; resolves with the analysis, or `timedOut` after `limitMs` (the worker is then replaced). */
  async run(text: string, options: AnalyzeOptions, limitMs: number): Promise<Timed> {
    if (!this.worker) await this.start();
    else await this.ready;
    const worker = this.worker as Worker;
    return new Promise<Timed>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        worker.removeAllListeners('error');
        this.worker = undefined;
        void worker.terminate();
        resolve({ timedOut: true, limitMs });
      }, limitMs);
      worker.once('error', (err) => {
        clearTimeout(timer);
        this.worker = undefined;
        reject(err);
      });
      worker.once('message', (m: { ms: number; analysis: Analysis }) => {
        clearTimeout(timer);
        worker.removeAllListeners('error');
        resolve(m);
      });
      worker.postMessage({ text, options });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}

/** "finished in 12 ms" or "did not finish within 2000 ms": for assertion messages. */
export function describeTimed(t: Timed): string {
  return 'timedOut' in t ? `did not finish within ${t.limitMs} ms (stopped)` : `finished in ${t.ms.toFixed(0)} ms`;
}
