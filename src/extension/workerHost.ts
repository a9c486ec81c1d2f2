// Starts the analysis worker on the desktop: a worker_threads Worker running dist/worker.js.
// (The web build swaps this module for workerHost.web.ts: see scripts/build.mjs.)
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { WorkerLike } from './analysisWorker';

export function startWorker(extensionUri: vscode.Uri): WorkerLike {
  const worker = new Worker(path.join(extensionUri.fsPath, 'dist', 'worker.js'));
  // The extension host must be able to exit while the worker waits for work.
  worker.unref();
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => void worker.on('message', listener),
    onError: (listener) => {
      worker.on('error', listener);
      worker.on('exit', (code) => listener(new Error(`the analysis worker stopped (exit code ${code})`)));
    },
    terminate: () => void worker.terminate(),
  };
}
