// Messages between the extension and its analysis worker (dist/worker.js on the desktop,
// dist/web/worker.js in the browser). The request is plain data (structured-cloned). The
// Analysis comes back as UTF-8 JSON in transferred buffers (no copy), in three parts: the small
// head (length, entities, claims, notices) is parsed when it arrives, because diagnostics need
// it at once; mentions and quotes, most of a large article's analysis, are parsed the first time
// something reads them (a hover, a tree). Structured-cloning tens of thousands of small objects
// cost the extension host's thread several times more than parsing their JSON.
import { analyze } from '../../core/analyze';
import type { Analysis, AnalyzeOptions } from '../../core/types';

export interface AnalysisRequest {
  readonly id: number;
  readonly text: string;
  readonly options: AnalyzeOptions;
}

export interface PackedAnalysis {
  readonly head: Uint8Array;
  readonly mentions: Uint8Array;
  readonly quotes: Uint8Array;
}

export type AnalysisResponse =
  | { readonly id: number; readonly packed: PackedAnalysis; readonly ms: number }
  | { readonly id: number; readonly error: string };

/** The buffers of a response, to transfer rather than copy. */
export function transferList(response: AnalysisResponse): ArrayBuffer[] {
  return 'packed' in response ? [response.packed.head.buffer, response.packed.mentions.buffer, response.packed.quotes.buffer] as ArrayBuffer[] : [];
}

export function pack(analysis: Analysis): PackedAnalysis {
  const encoder = new TextEncoder();
  const { mentions, quotes, ...head } = analysis;
  return { head: encoder.encode(JSON.stringify(head)), mentions: encoder.encode(JSON.stringify(mentions)), quotes: encoder.encode(JSON.stringify(quotes)) };
}

/** The Analysis of a packed one: the head now, mentions and quotes when first read. */
export function unpack(packed: PackedAnalysis): Analysis {
  const decoder = new TextDecoder();
  const analysis = JSON.parse(decoder.decode(packed.head)) as Record<string, unknown>;
  for (const key of ['mentions', 'quotes'] as const) {
    const bytes = packed[key];
    let value: unknown;
    Object.defineProperty(analysis, key, {
      enumerable: true,
      get: () => (value ??= JSON.parse(decoder.decode(bytes))),
    });
  }
  return analysis as unknown as Analysis;
}

/** What the worker does with one request. Never throws. */
export function answer(request: AnalysisRequest): AnalysisResponse {
  const started = Date.now();
  try {
    return { id: request.id, packed: pack(analyze(request.text, request.options)), ms: Date.now() - started };
  } catch (err) {
    return { id: request.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}
