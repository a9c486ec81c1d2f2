// Messages between the extension and its analysis worker (dist/worker.js on the desktop,
// dist/web/worker.js in the browser). Plain data: options and the Analysis are structured-cloned.
import { analyze } from '../../core/analyze';
import type { Analysis, AnalyzeOptions } from '../../core/types';

export interface AnalysisRequest {
  readonly id: number;
  readonly text: string;
  readonly options: AnalyzeOptions;
}

export type AnalysisResponse =
  | { readonly id: number; readonly analysis: Analysis; readonly ms: number }
  | { readonly id: number; readonly error: string };

/** What the worker does with one request. Never throws. */
export function answer(request: AnalysisRequest): AnalysisResponse {
  const started = Date.now();
  try {
    return { id: request.id, analysis: analyze(request.text, request.options), ms: Date.now() - started };
  } catch (err) {
    return { id: request.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}
