// The analysis worker of the desktop extension (worker_threads): dist/worker.js.
import { parentPort } from 'node:worker_threads';
import { answer, transferList, type AnalysisRequest } from './protocol';

// Loaded by the extension host itself (workerHost.ts, hostEngine) when the worker cannot run:
// then there is no parent port and this module only lends its engine.
export { analyze } from '../../core/analyze';

const port = parentPort;
port?.on('message', (request: AnalysisRequest) => {
  const response = answer(request);
  port.postMessage(response, transferList(response));
});
