// A worker thread of `news-lens ... --jobs N`: reads, analyses and shapes the files it is sent,
// one at a time (src/cli/job.ts). Bundled as dist/cli-worker.js.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { runJobSync, type FileJob } from './job';
import type { WorkerMessage } from './pool';

const port = parentPort;
if (port) {
  port.on('message', (message: { id: number; job: FileJob }) => {
    port.postMessage({ id: message.id, result: runJobSync(message.job, analyze) } satisfies WorkerMessage);
  });
  // Loaded: an error from now on is a file's, not a worker that cannot start (see pool.ts).
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
