// Starts the analysis worker on the desktop: a worker_threads Worker running dist/worker.js.
// (The web build swaps this module for workerHost.web.ts: see scripts/build.mjs.)
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { Engine, WorkerLike } from './analysisWorker';

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

/**
 * The engine for analysing on the host's thread, when the worker cannot start or has died: the
 * same dist/worker.js, whose module exports `analyze` (its message loop runs only in a worker).
 * Loaded on first use, so activation never loads the engine and its word lists.
 */
export function hostEngine(extensionUri: vscode.Uri): Engine {
  const file = path.join(extensionUri.fsPath, 'dist', 'worker.js');
  return (require(file) as { analyze: Engine }).analyze;
}
