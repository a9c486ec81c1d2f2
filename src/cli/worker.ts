// A worker thread of `news-lens ... --jobs N`: reads, analyses and shapes the files it is sent,
// one at a time (src/cli/job.ts). Bundled as dist/cli-worker.js.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { runJob, type FileJob } from './job';

const port = parentPort;
if (port) {
  port.on('message', (message: { id: number; job: FileJob }) => {
    void runJob(message.job, analyze).then((result) => port.postMessage({ id: message.id, result }));
  });
}
