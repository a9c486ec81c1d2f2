// The analysis worker of the web extension (a Web Worker): dist/web/worker.js.
import { answer, transferList, type AnalysisRequest } from './protocol';

interface WorkerScope {
  onmessage: ((event: { data: AnalysisRequest }) => void) | null;
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  const response = answer(event.data);
  scope.postMessage(response, transferList(response));
};
