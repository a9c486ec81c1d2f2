// The analysis worker of the web extension (a Web Worker): dist/web/worker.js.
import { answer, type AnalysisRequest } from './protocol';

interface WorkerScope {
  onmessage: ((event: { data: AnalysisRequest }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(answer(event.data));
