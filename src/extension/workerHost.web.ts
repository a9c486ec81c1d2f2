// Starts the analysis worker in the browser (vscode.dev, github.dev): a Web Worker running
// dist/web/worker.js from the extension's own URI. Creating it throws where the web extension
// host cannot start workers (an extension served from a remote server); the caller then
// analyses on its own thread.
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { Engine, WorkerLike } from './analysisWorker';
import type { AnalysisResponse } from './worker/protocol';

interface WebWorker {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}
declare const Worker: new (url: string) => WebWorker;

export function startWorker(extensionUri: vscode.Uri): WorkerLike {
  const url = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js').toString();
  const worker = new Worker(url);
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => {
      worker.onmessage = (event) => listener(event.data as AnalysisResponse);
    },
    onError: (listener) => {
      worker.onerror = (event) => listener(new Error(event.message ?? 'the analysis worker failed'));
    },
    terminate: () => worker.terminate(),
  };
}

/** The engine for analysing on the host's thread when no Web Worker can start: bundled here. */
export function hostEngine(_extensionUri: vscode.Uri): Engine {
  return analyze;
}
