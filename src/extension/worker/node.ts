// The analysis worker of the desktop extension (worker_threads): dist/worker.js.
import { parentPort } from 'node:worker_threads';
import { answer, transferList, type AnalysisRequest } from './protocol';

const port = parentPort;
port?.on('message', (request: AnalysisRequest) => {
  const response = answer(request);
  port.postMessage(response, transferList(response));
});
