// Evaluation metrics: span matching and precision/recall/F1. Pure functions,
// no I/O, exactly unit-tested (test/unit/eval.test.ts).

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** An entity mention, gold or predicted, in the shape of the gold files. */
export interface EvalEntity extends Span {
  readonly text: string;
  readonly type: 'PERSON' | 'ORG' | 'LOC' | 'MISC';
  readonly id: string;
}

export interface EvalQuote extends Span {
  readonly text: string;
  readonly kind: 'direct' | 'indirect';
  readonly speaker: string | null;
}

export interface EvalClaim extends Span {
  readonly text: string;
  readonly reason: string;
}

// ------------------------------------------------------------ counting

/** True positives, number predicted, number in gold. */
export interface Counts {
  readonly tp: number;
  readonly pred: number;
  readonly gold: number;
}

/** Correct out of total (an accuracy). */
export interface Ratio {
  readonly correct: number;
  readonly total: number;
}

export interface PRF {
  /** null when nothing was predicted. */
  readonly precision: number | null;
  /** null when there is nothing in gold. */
  readonly recall: number | null;
  /** 2tp / (pred + gold); null when both are empty. Equals the harmonic mean of P and R when both exist. */
  readonly f1: number | null;
}

export const ZERO: Counts = { tp: 0, pred: 0, gold: 0 };
export const ZERO_RATIO: Ratio = { correct: 0, total: 0 };

export function prf(c: Counts): PRF {
  return {
    precision: c.pred === 0 ? null : c.tp / c.pred,
    recall: c.gold === 0 ? null : c.tp / c.gold,
    f1: c.pred + c.gold === 0 ? null : (2 * c.tp) / (c.pred + c.gold),
  };
}

export function accuracy(r: Ratio): number | null {
  return r.total === 0 ? null : r.correct / r.total;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, pred: a.pred + b.pred, gold: a.gold + b.gold };
}

export function addRatios(a: Ratio, b: Ratio): Ratio {
  return { correct: a.correct + b.correct, total: a.total + b.total };
}

// ------------------------------------------------------------ matching

/** A one-to-one matching between predicted and gold items, by index. */
export interface Matching {
  /** [predicted index, gold index], sorted by predicted index. */
  readonly pairs: readonly (readonly [number, number])[];
  /** Predicted indices with no partner (false positives), ascending. */
  readonly unmatchedPred: readonly number[];
  /** Gold indices with no partner (false negatives), ascending. */
  readonly unmatchedGold: readonly number[];
}

export function counts(m: Matching): Counts {
  return { tp: m.pairs.length, pred: m.pairs.length + m.unmatchedPred.length, gold: m.pairs.length + m.unmatchedGold.length };
}

function finish(pairs: [number, number][], nPred: number, nGold: number): Matching {
  pairs.sort((a, b) => a[0] - b[0]);
  const usedPred = new Set(pairs.map((p) => p[0]));
  const usedGold = new Set(pairs.map((p) => p[1]));
  const unmatchedPred: number[] = [];
  const unmatchedGold: number[] = [];
  for (let i = 0; i < nPred; i++) if (!usedPred.has(i)) unmatchedPred.push(i);
  for (let j = 0; j < nGold; j++) if (!usedGold.has(j)) unmatchedGold.push(j);
  return { pairs, unmatchedPred, unmatchedGold };
}

/** The spans' key for exact matching: start and end, plus an optional label (e.g. the type). */
export function spanKey(s: Span, label?: string): string {
  return label === undefined ? `${s.start}:${s.end}` : `${s.start}:${s.end}:${label}`;
}

/**
 * Exact matching: a predicted item matches a gold item with the same key
 * (e.g. spanKey), one-to-one; duplicates pair up in order.
 */
export function matchExact<P, G>(pred: readonly P[], gold: readonly G[], predKey: (p: P) => string, goldKey: (g: G) => string): Matching {
  const free = new Map<string, number[]>();
  gold.forEach((g, j) => {
    const k = goldKey(g);
    const list = free.get(k);
    if (list) list.push(j);
    else free.set(k, [j]);
  });
  const pairs: [number, number][] = [];
  pred.forEach((p, i) => {
    const list = free.get(predKey(p));
    if (list && list.length > 0) pairs.push([i, list.shift() as number]);
  });
  return finish(pairs, pred.length, gold.length);
}

/** Number of UTF-16 code units two spans share (0 when they only touch). */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Lenient matching: any overlap counts, one-to-one, greedy by largest overlap
 * (ties: the earlier predicted item, then the earlier gold item). `compatible`
 * can restrict which pairs may match at all.
 */
export function matchOverlap<P extends Span, G extends Span>(
  pred: readonly P[],
  gold: readonly G[],
  compatible: (p: P, g: G) => boolean = () => true,
): Matching {
  const candidates: [number, number, number][] = [];
  // Sort gold by start once; for each prediction only gold spans starting before its end can overlap.
  const goldOrder = gold.map((_, j) => j).sort((a, b) => gold[a].start - gold[b].start || a - b);
  pred.forEach((p, i) => {
    for (const j of goldOrder) {
      const g = gold[j];
      if (g.start >= p.end) break;
      const o = overlap(p, g);
      if (o > 0 && compatible(p, g)) candidates.push([o, i, j]);
    }
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedPred = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedPred.has(i) || usedGold.has(j)) continue;
    usedPred.add(i);
    usedGold.add(j);
    pairs.push([i, j]);
  }
  return finish(pairs, pred.length, gold.length);
}

// ------------------------------------------------------------ layers

export const ENTITY_TYPES = ['PERSON', 'ORG', 'LOC', 'MISC'] as const;

export interface EntityScores {
  /** Exact span and type. */
  readonly exact: Counts;
  /** Exact span, any type. */
  readonly span: Counts;
  /** Exact span and type, per type (pred counted by predicted type, gold by gold type). */
  readonly byType: Readonly<Record<EvalEntity['type'], Counts>>;
  /** Of the exact (span and type) matches, how many have the gold id. */
  readonly linking: Ratio;
}

export interface EntityErrors {
  readonly falsePositives: readonly EvalEntity[];
  readonly falseNegatives: readonly EvalEntity[];
  /** Same span, different type: [predicted, gold]. Also counted in the false positives and negatives. */
  readonly wrongType: readonly (readonly [EvalEntity, EvalEntity])[];
  /** Exact matches whose id differs: [predicted, gold]. */
  readonly wrongId: readonly (readonly [EvalEntity, EvalEntity])[];
}

export function scoreEntities(pred: readonly EvalEntity[], gold: readonly EvalEntity[]): { scores: EntityScores; errors: EntityErrors } {
  const typed = (e: EvalEntity) => spanKey(e, e.type);
  const exact = matchExact(pred, gold, typed, typed);
  const span = matchExact(pred, gold, (e) => spanKey(e), (e) => spanKey(e));
  const byType = {} as Record<EvalEntity['type'], Counts>;
  for (const t of ENTITY_TYPES) {
    byType[t] = {
      tp: exact.pairs.filter(([, j]) => gold[j].type === t).length,
      pred: pred.filter((e) => e.type === t).length,
      gold: gold.filter((e) => e.type === t).length,
    };
  }
  const wrongId = exact.pairs.filter(([i, j]) => pred[i].id !== gold[j].id).map(([i, j]) => [pred[i], gold[j]] as const);
  const wrongType = span.pairs.filter(([i, j]) => pred[i].type !== gold[j].type).map(([i, j]) => [pred[i], gold[j]] as const);
  return {
    scores: {
      exact: counts(exact),
      span: counts(span),
      byType,
      linking: { correct: exact.pairs.length - wrongId.length, total: exact.pairs.length },
    },
    errors: {
      falsePositives: exact.unmatchedPred.map((i) => pred[i]),
      falseNegatives: exact.unmatchedGold.map((j) => gold[j]),
      wrongType,
      wrongId,
    },
  };
}

export interface QuoteScores {
  /** Direct quotes, exact span. */
  readonly directExact: Counts;
  /** Direct quotes, any overlap, one-to-one. */
  readonly directLenient: Counts;
  /** Speaker right on the leniently matched direct quotes (null == null is right). */
  readonly directSpeaker: Ratio;
  /** Indirect quotes, any overlap, one-to-one. */
  readonly indirect: Counts;
  readonly indirectSpeaker: Ratio;
}

export interface QuoteErrors {
  readonly direct: { readonly falsePositives: readonly EvalQuote[]; readonly falseNegatives: readonly EvalQuote[] };
  /** Leniently matched direct quotes whose span is not exact: [predicted, gold]. */
  readonly directBoundary: readonly (readonly [EvalQuote, EvalQuote])[];
  readonly indirect: { readonly falsePositives: readonly EvalQuote[]; readonly falseNegatives: readonly EvalQuote[] };
  /** Matched quotes (direct or indirect) with the wrong speaker: [predicted, gold]. */
  readonly wrongSpeaker: readonly (readonly [EvalQuote, EvalQuote])[];
}

export function scoreQuotes(pred: readonly EvalQuote[], gold: readonly EvalQuote[]): { scores: QuoteScores; errors: QuoteErrors } {
  const pd = pred.filter((q) => q.kind === 'direct');
  const gd = gold.filter((q) => q.kind === 'direct');
  const pi = pred.filter((q) => q.kind === 'indirect');
  const gi = gold.filter((q) => q.kind === 'indirect');
  const key = (q: EvalQuote) => spanKey(q);
  const exact = matchExact(pd, gd, key, key);
  const lenient = matchOverlap(pd, gd);
  const indirect = matchOverlap(pi, gi);
  const pairsOf = (m: Matching, p: readonly EvalQuote[], g: readonly EvalQuote[]) => m.pairs.map(([i, j]) => [p[i], g[j]] as const);
  const directPairs = pairsOf(lenient, pd, gd);
  const indirectPairs = pairsOf(indirect, pi, gi);
  const speakerOk = ([p, g]: readonly [EvalQuote, EvalQuote]) => p.speaker === g.speaker;
  return {
    scores: {
      directExact: counts(exact),
      directLenient: counts(lenient),
      directSpeaker: { correct: directPairs.filter(speakerOk).length, total: directPairs.length },
      indirect: counts(indirect),
      indirectSpeaker: { correct: indirectPairs.filter(speakerOk).length, total: indirectPairs.length },
    },
    errors: {
      direct: { falsePositives: lenient.unmatchedPred.map((i) => pd[i]), falseNegatives: lenient.unmatchedGold.map((j) => gd[j]) },
      directBoundary: directPairs.filter(([p, g]) => p.start !== g.start || p.end !== g.end),
      indirect: { falsePositives: indirect.unmatchedPred.map((i) => pi[i]), falseNegatives: indirect.unmatchedGold.map((j) => gi[j]) },
      wrongSpeaker: [...directPairs, ...indirectPairs].filter((pair) => !speakerOk(pair)).sort((a, b) => a[1].start - b[1].start),
    },
  };
}

/** Predicted claims with this reason are not scored: the gold format has no such claim type. */
export const UNSCORED_CLAIM_REASON = 'unattributed-quote';

export interface ClaimScores {
  /** Any overlap, one-to-one. Predicted unattributed-quote claims left out. */
  readonly claims: Counts;
  /** Reason right on the matched claims. */
  readonly reason: Ratio;
  /** How many predicted claims were left out as unattributed-quote. */
  readonly unscored: number;
}

export interface ClaimErrors {
  readonly falsePositives: readonly EvalClaim[];
  readonly falseNegatives: readonly EvalClaim[];
  readonly wrongReason: readonly (readonly [EvalClaim, EvalClaim])[];
}

export function scoreClaims(pred: readonly EvalClaim[], gold: readonly EvalClaim[]): { scores: ClaimScores; errors: ClaimErrors } {
  const scored = pred.filter((c) => c.reason !== UNSCORED_CLAIM_REASON);
  const m = matchOverlap(scored, gold);
  const pairs = m.pairs.map(([i, j]) => [scored[i], gold[j]] as const);
  const wrongReason = pairs.filter(([p, g]) => p.reason !== g.reason);
  return {
    scores: {
      claims: counts(m),
      reason: { correct: pairs.length - wrongReason.length, total: pairs.length },
      unscored: pred.length - scored.length,
    },
    errors: {
      falsePositives: m.unmatchedPred.map((i) => scored[i]),
      falseNegatives: m.unmatchedGold.map((j) => gold[j]),
      wrongReason,
    },
  };
}

export function addEntityScores(a: EntityScores, b: EntityScores): EntityScores {
  const byType = {} as Record<EvalEntity['type'], Counts>;
  for (const t of ENTITY_TYPES) byType[t] = addCounts(a.byType[t], b.byType[t]);
  return { exact: addCounts(a.exact, b.exact), span: addCounts(a.span, b.span), byType, linking: addRatios(a.linking, b.linking) };
}

export function addQuoteScores(a: QuoteScores, b: QuoteScores): QuoteScores {
  return {
    directExact: addCounts(a.directExact, b.directExact),
    directLenient: addCounts(a.directLenient, b.directLenient),
    directSpeaker: addRatios(a.directSpeaker, b.directSpeaker),
    indirect: addCounts(a.indirect, b.indirect),
    indirectSpeaker: addRatios(a.indirectSpeaker, b.indirectSpeaker),
  };
}

export function addClaimScores(a: ClaimScores, b: ClaimScores): ClaimScores {
  return { claims: addCounts(a.claims, b.claims), reason: addRatios(a.reason, b.reason), unscored: a.unscored + b.unscored };
}

export const EMPTY_ENTITY_SCORES: EntityScores = {
  exact: ZERO,
  span: ZERO,
  byType: { PERSON: ZERO, ORG: ZERO, LOC: ZERO, MISC: ZERO },
  linking: ZERO_RATIO,
};
export const EMPTY_QUOTE_SCORES: QuoteScores = {
  directExact: ZERO,
  directLenient: ZERO,
  directSpeaker: ZERO_RATIO,
  indirect: ZERO,
  indirectSpeaker: ZERO_RATIO,
};
export const EMPTY_CLAIM_SCORES: ClaimScores = { claims: ZERO, reason: ZERO_RATIO, unscored: 0 };
