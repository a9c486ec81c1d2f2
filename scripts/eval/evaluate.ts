// Runs the engine (and the compromise baseline) over gold documents and scores them.
// No file I/O here: the caller loads the documents and passes the systems in.
import type { Analysis } from '../../src/core/types';
import { toGoldShape } from '../../src/core/format';
import type { GoldDoc, Layer } from './gold';
import { LAYERS } from './gold';
import {
  addClaimScores,
  addEntityScores,
  addQuoteScores,
  EMPTY_CLAIM_SCORES,
  EMPTY_ENTITY_SCORES,
  EMPTY_QUOTE_SCORES,
  scoreClaims,
  scoreEntities,
  scoreQuotes,
  type ClaimErrors,
  type ClaimScores,
  type EntityErrors,
  type EntityScores,
  type EvalEntity,
  type QuoteErrors,
  type QuoteScores,
} from './metrics';

export interface SystemScores {
  /** Present when the document annotates the layer (and the system covers it). */
  readonly entities?: EntityScores;
  readonly quotes?: QuoteScores;
  readonly claims?: ClaimScores;
}

export interface SystemErrors {
  readonly entities?: EntityErrors;
  readonly quotes?: QuoteErrors;
  readonly claims?: ClaimErrors;
}

export interface DocResult {
  readonly id: string;
  readonly file: string;
  readonly text: string;
  /** Size of the text in UTF-8 bytes. */
  readonly bytes: number;
  readonly annotated: readonly Layer[];
  readonly newsLens: SystemScores;
  readonly newsLensErrors: SystemErrors;
  /** Entities only; absent when the baseline was not run. */
  readonly compromise?: SystemScores;
  readonly compromiseErrors?: SystemErrors;
}

export interface Timing {
  readonly bytes: number;
  readonly ms: number;
}

export interface EvalResult {
  readonly docs: readonly DocResult[];
  readonly total: { readonly newsLens: Required<SystemScores>; readonly compromise?: { readonly entities: EntityScores } };
  /** Number of documents that annotate each layer. */
  readonly layerFiles: Readonly<Record<Layer, number>>;
  readonly throughput: { readonly newsLens: Timing; readonly compromise?: Timing };
}

export interface Systems {
  readonly analyze: (text: string) => Analysis;
  /** The baseline's entity mentions; omit to skip the baseline. */
  readonly baseline?: (text: string) => EvalEntity[];
  /** Clock in milliseconds (injectable for tests). */
  readonly now?: () => number;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

const WARM_UP = 'Warm-up. John Smith, a spokesman for Acme Corp. in London, said "it works", reportedly.';

export function evaluate(docs: readonly GoldDoc[], systems: Systems): EvalResult {
  const now = systems.now ?? (() => performance.now());
  // One call each before timing, so lazy set-up (lexicons, compromise's model) is not counted.
  systems.analyze(WARM_UP);
  systems.baseline?.(WARM_UP);

  let ours: Timing = { bytes: 0, ms: 0 };
  let theirs: Timing = { bytes: 0, ms: 0 };
  let totalEntities = EMPTY_ENTITY_SCORES;
  let totalQuotes = EMPTY_QUOTE_SCORES;
  let totalClaims = EMPTY_CLAIM_SCORES;
  let baselineEntities = EMPTY_ENTITY_SCORES;
  const layerFiles: Record<Layer, number> = { entities: 0, quotes: 0, claims: 0 };
  const results: DocResult[] = [];

  for (const doc of docs) {
    const bytes = utf8Length(doc.text);
    const t0 = now();
    const analysis = systems.analyze(doc.text);
    const t1 = now();
    ours = { bytes: ours.bytes + bytes, ms: ours.ms + (t1 - t0) };
    const pred = toGoldShape(analysis, doc.text);
    for (const l of LAYERS) if (doc.annotated.includes(l)) layerFiles[l]++;

    const scores: { entities?: EntityScores; quotes?: QuoteScores; claims?: ClaimScores } = {};
    const errors: { entities?: EntityErrors; quotes?: QuoteErrors; claims?: ClaimErrors } = {};
    if (doc.annotated.includes('entities')) {
      const r = scoreEntities(pred.entities, doc.entities);
      scores.entities = r.scores;
      errors.entities = r.errors;
      totalEntities = addEntityScores(totalEntities, r.scores);
    }
    if (doc.annotated.includes('quotes')) {
      const r = scoreQuotes(pred.quotes, doc.quotes);
      scores.quotes = r.scores;
      errors.quotes = r.errors;
      totalQuotes = addQuoteScores(totalQuotes, r.scores);
    }
    if (doc.annotated.includes('claims')) {
      const r = scoreClaims(pred.claims, doc.claims);
      scores.claims = r.scores;
      errors.claims = r.errors;
      totalClaims = addClaimScores(totalClaims, r.scores);
    }

    let compromise: SystemScores | undefined;
    let compromiseErrors: SystemErrors | undefined;
    if (systems.baseline) {
      const b0 = now();
      const mentions = systems.baseline(doc.text);
      const b1 = now();
      theirs = { bytes: theirs.bytes + bytes, ms: theirs.ms + (b1 - b0) };
      compromise = {};
      compromiseErrors = {};
      if (doc.annotated.includes('entities')) {
        const r = scoreEntities(mentions, doc.entities);
        compromise = { entities: r.scores };
        compromiseErrors = { entities: r.errors };
        baselineEntities = addEntityScores(baselineEntities, r.scores);
      }
    }

    results.push({
      id: doc.id,
      file: doc.file,
      text: doc.text,
      bytes,
      annotated: doc.annotated,
      newsLens: scores,
      newsLensErrors: errors,
      compromise,
      compromiseErrors,
    });
  }

  return {
    docs: results,
    total: {
      newsLens: { entities: totalEntities, quotes: totalQuotes, claims: totalClaims },
      compromise: systems.baseline ? { entities: baselineEntities } : undefined,
    },
    layerFiles,
    throughput: { newsLens: ours, compromise: systems.baseline ? theirs : undefined },
  };
}

/** Megabytes (10^6 bytes of UTF-8) per second, or null when too fast to measure. */
export function mbPerSecond(t: Timing): number | null {
  return t.ms <= 0 ? null : t.bytes / 1e6 / (t.ms / 1000);
}
