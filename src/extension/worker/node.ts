// The analysis worker of the desktop extension (worker_threads): dist/worker.js.
import { parentPort } from 'node:worker_threads';
import { answer, type AnalysisRequest } from './protocol';

const port = parentPort;
port?.on('message', (request: AnalysisRequest) => port.postMessage(answer(request)));
