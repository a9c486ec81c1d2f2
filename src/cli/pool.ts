// Where the CLI's files are analysed: in-process (--jobs 1, a single file, tests with a fake
// engine) or on a pool of worker threads that each take the next file as soon as they are free.
// forEachOrdered keeps a bounded window of files in flight and hands results on in input order,
// so the output is the same whatever the number of jobs and memory stays flat.
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { runJob, type Engine, type FileJob, type JobResult } from './job';

export interface Runner {
  run(job: FileJob): Promise<JobResult>;
  close(): Promise<void>;
}

/** The number of cores this process may use (the default of --jobs). */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export function inProcessRunner(engine: Engine): Runner {
  return { run: (job) => runJob(job, engine), close: async () => undefined };
}

/** The worker script: dist/cli-worker.js next to the bundled CLI, or the TypeScript source under the tests. */
function spawnWorker(): Worker {
  if (__filename.endsWith('.ts')) {
    const register = path.resolve(__dirname, '..', '..', 'test', 'register-ts.js');
    const source = path.join(__dirname, 'worker.ts');
    return new Worker(`require(${JSON.stringify(register)}); require(${JSON.stringify(source)});`, { eval: true });
  }
  return new Worker(path.join(__dirname, 'cli-worker.js'));
}

/** What a worker posts: that it is ready, then one result per job. */
export type WorkerMessage = { ready: true } | { id: number; result: JobResult };

interface Queued {
  id: number;
  job: FileJob;
  resolve: (r: JobResult) => void;
}

interface Slot {
  worker: Worker;
  busy?: Queued;
  /** True once the worker said it is ready (it loaded): an error before that means it cannot start. */
  ready: boolean;
}

export class WorkerPool implements Runner {
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private nextId = 0;
  /** Set when a worker could not start (its script missing, say): files are analysed in-process. */
  private fallback: Runner | undefined;

  /**
   * `engine` analyses in-process when no worker can start; `log` says so, once. `spawn` starts
   * one worker (tests pass their own).
   */
  constructor(
    readonly size: number,
    private readonly engine: Engine,
    private readonly log: (message: string) => void = () => undefined,
    private readonly spawn: () => Worker = spawnWorker,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const slot: Slot = { worker: this.spawn(), ready: false };
    slot.worker.on('message', (m: WorkerMessage) => {
      if ('ready' in m) {
        slot.ready = true;
        return;
      }
      const busy = slot.busy;
      slot.busy = undefined;
      slot.worker.unref();
      if (busy && busy.id === m.id) busy.resolve(m.result);
      this.pump();
    });
    slot.worker.on('error', (e: Error) => {
      const busy = slot.busy;
      slot.busy = undefined;
      const i = this.slots.indexOf(slot);
      if (i < 0) return; // closed
      if (!slot.ready) {
        // It never started: another would not either. Analyse here instead, with one message.
        this.useFallback(e, busy);
        return;
      }
      // A worker that dies (out of memory on one file, say) fails that file only; a new one takes its place.
      busy?.resolve({ kind: 'error', message: `internal error in the analyser: ${e.message}` });
      this.slots[i] = this.start();
      this.pump();
    });
    // Idle workers must not keep the process alive (a busy one does: see pump).
    slot.worker.unref();
    return slot;
  }

  private useFallback(error: Error, busy: Queued | undefined): void {
    if (!this.fallback) {
      this.log(`the worker threads could not start (${error.message}); analysing in this thread instead`);
      this.fallback = inProcessRunner(this.engine);
    }
    const fallback = this.fallback;
    const slots = this.slots.splice(0);
    const waiting = [...(busy ? [busy] : []), ...slots.flatMap((s) => (s.busy ? [s.busy] : [])), ...this.queue.splice(0)];
    for (const s of slots) void s.worker.terminate();
    for (const q of waiting) void fallback.run(q.job).then(q.resolve);
  }

  run(job: FileJob): Promise<JobResult> {
    if (this.fallback) return this.fallback.run(job);
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const next = this.queue.shift()!;
      slot.busy = next;
      slot.worker.ref();
      slot.worker.postMessage({ id: next.id, job: next.job });
    }
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Runs `work` on each item, at most `window` at a time, and calls `emit` with each result in the
 * items' order (a result that is ready early waits for the ones before it).
 */
export async function forEachOrdered<T, R>(items: Iterable<T>, window: number, work: (item: T) => Promise<R>, emit: (item: T, result: R) => void): Promise<void> {
  const inFlight: { item: T; result: Promise<R> }[] = [];
  for (const item of items) {
    inFlight.push({ item, result: work(item) });
    if (inFlight.length >= window) {
      const first = inFlight.shift()!;
      emit(first.item, await first.result);
    }
  }
  while (inFlight.length > 0) {
    const first = inFlight.shift()!;
    emit(first.item, await first.result);
  }
}
