// The extension's side of analysis off the extension host's thread: one worker, reused. The
// host posts a document's text and options and receives its Analysis. Per document at most one
// request waits: a newer one for the same document replaces it (the waiting promise settles with
// undefined), and the one the worker is running finishes (its result is checked against the
// document's version by the caller). If the worker cannot start or dies, analysis goes on in the
// host's own thread (the in-thread fallback), with a line in the output channel.
import type { Analysis, AnalyzeOptions } from '../core/types';
import { unpack, type AnalysisRequest, type AnalysisResponse } from './worker/protocol';

/** The little of a Worker (worker_threads or Web Worker) the client needs. */
export interface WorkerLike {
  post(message: AnalysisRequest): void;
  onMessage(listener: (message: AnalysisResponse) => void): void;
  onError(listener: (error: Error) => void): void;
  terminate(): void;
}

export interface Analyzer {
  /** The analysis of `text`, or undefined when a newer request for the same key replaced this one. Rejects if the engine threw. */
  analyze(key: string, text: string, options: AnalyzeOptions): Promise<Analysis | undefined>;
  /** True while the worker is analysing something for `key` or has something waiting for it. */
  isBusy(key: string): boolean;
  /** Forgets the request waiting for `key` (its promise settles with undefined): its document closed. */
  cancel(key: string): void;
  readonly inThread: boolean;
  dispose(): void;
}

interface Pending {
  readonly key: string;
  readonly text: string;
  readonly options: AnalyzeOptions;
  readonly resolve: (a: Analysis | undefined) => void;
  readonly reject: (e: Error) => void;
}

/** The analysis engine itself: `analyze` of src/core. */
export type Engine = (text: string, options: AnalyzeOptions) => Analysis;

/** Analysis on the calling thread (the fallback, and the unit tests' engine). */
export function inThreadAnalyzer(engine: Engine): Analyzer {
  return {
    inThread: true,
    analyze: async (_key, text, options) => engine(text, options),
    isBusy: () => false,
    cancel: () => undefined,
    dispose: () => undefined,
  };
}

export class WorkerAnalyzer implements Analyzer {
  private worker: WorkerLike | undefined;
  private readonly waiting = new Map<string, Pending>();
  private running: (Pending & { id: number }) | undefined;
  private nextId = 1;
  private fallback: Analyzer | undefined;

  private started = false;
  private disposed = false;

  /**
   * The worker starts with the first analysis, not at activation. `loadEngine` gives the engine
   * for the in-thread fallback; it is called only when the fallback first analyses something, so
   * the extension host loads the engine and its data only if the worker cannot do the work.
   */
  constructor(
    private readonly start: () => WorkerLike,
    private readonly log: (message: string) => void,
    private readonly loadEngine: () => Engine,
  ) {}

  private hostThreadAnalyzer(): Analyzer {
    return inThreadAnalyzer((text, options) => this.loadEngine()(text, options));
  }

  private ensureStarted(): void {
    if (this.started) return;
    this.started = true;
    try {
      const worker = this.start();
      this.worker = worker;
      worker.onMessage((m) => this.received(m));
      worker.onError((e) => this.failed(e));
    } catch (err) {
      this.failed(err instanceof Error ? err : new Error(String(err)));
    }
  }

  get inThread(): boolean {
    return this.fallback !== undefined;
  }

  analyze(key: string, text: string, options: AnalyzeOptions): Promise<Analysis | undefined> {
    // After deactivation (a configuration lookup may still finish and ask): nothing to analyse for.
    if (this.disposed) return Promise.resolve(undefined);
    this.ensureStarted();
    if (this.fallback) return this.fallback.analyze(key, text, options);
    return new Promise((resolve, reject) => {
      this.waiting.get(key)?.resolve(undefined);
      // Re-inserted at the end: documents take turns in the order they were last asked for.
      this.waiting.delete(key);
      this.waiting.set(key, { key, text, options, resolve, reject });
      this.pump();
    });
  }

  isBusy(key: string): boolean {
    return this.running?.key === key || this.waiting.has(key);
  }

  cancel(key: string): void {
    // The request the worker is running cannot be stopped; its result is dropped by the caller.
    this.waiting.get(key)?.resolve(undefined);
    this.waiting.delete(key);
  }

  private pump(): void {
    if (this.running || !this.worker) return;
    const next = this.waiting.values().next();
    if (next.done) return;
    this.waiting.delete(next.value.key);
    this.running = { ...next.value, id: this.nextId++ };
    this.worker.post({ id: this.running.id, text: next.value.text, options: next.value.options });
  }

  private received(message: AnalysisResponse): void {
    const running = this.running;
    if (!running || running.id !== message.id) return;
    this.running = undefined;
    if ('error' in message) running.reject(new Error(message.error));
    else running.resolve(unpack(message.packed));
    this.pump();
  }

  private failed(error: Error): void {
    if (this.fallback) return;
    this.log(`The analysis worker is not available (${error.message}); analysing on the extension host's thread instead.`);
    this.fallback = this.hostThreadAnalyzer();
    try {
      this.worker?.terminate();
    } catch {
      // already gone
    }
    this.worker = undefined;
    // The request the worker was running when it died is not run again on the host's thread: if
    // that text is what ended the worker (out of memory), it would take the extension host down
    // too. Its document says it could not be analysed; the requests that waited go on here.
    this.running?.reject(new Error(`the analysis worker stopped while analysing this document (${error.message})`));
    const pending = [...this.waiting.values()];
    this.running = undefined;
    this.waiting.clear();
    for (const p of pending) this.fallback.analyze(p.key, p.text, p.options).then(p.resolve, p.reject);
  }

  dispose(): void {
    this.disposed = true;
    this.started = true;
    for (const p of this.waiting.values()) p.resolve(undefined);
    this.waiting.clear();
    this.running?.resolve(undefined);
    this.running = undefined;
    // So that the worker's exit is not taken for a crash.
    this.fallback = this.fallback ?? this.hostThreadAnalyzer();
    this.worker?.terminate();
    this.worker = undefined;
  }
}
