// What every claim rule sees: the document, its quotes, and helpers to build claims.
import type { ClaimReason, RuleCode, SpanText } from '../types';
import { LOCAL_WINDOW, type Doc } from '../text/document';
import { tokenIndexAt } from '../text/tokens';
import { scanTriggers, type TriggerPattern } from './triggers';
import type { QuoteRecord } from '../quotes/index';

export interface ClaimContext {
  readonly doc: Doc;
  readonly quotes: readonly QuoteRecord[];
  /** Sentence index -> true when an identified source stands behind something in it. */
  readonly attributedSentence: Uint8Array;
  /** Token index -> true when inside a direct quotation or a reported clause with an identified source. */
  readonly attributedToken: Uint8Array;
  /** Token index range [0, headlineEnd) is the headline. */
  readonly headlineEnd: number;
  readonly extraVagueSources: readonly string[];
}

/** A rule's finding before severity and messages are applied. */
export interface Finding {
  readonly code: RuleCode;
  readonly reason: ClaimReason;
  readonly start: number;
  readonly end: number;
  readonly trigger: SpanText;
  readonly message: string;
}

const IDENTIFIED = new Set(['named', 'pronoun', 'role', 'identified-unnamed']);

export function buildClaimContext(doc: Doc, quotes: readonly QuoteRecord[], extraVagueSources: readonly string[]): ClaimContext {
  const attributedSentence = new Uint8Array(doc.sentences.length);
  const attributedToken = new Uint8Array(doc.tokens.length);
  for (const q of quotes) {
    const identified = q.sourceKind !== null && IDENTIFIED.has(q.sourceKind);
    if (q.quote.kind === 'direct' || identified) {
      for (let k = q.first; k < q.last; k++) attributedToken[k] = 1;
    }
    if (identified) {
      attributedSentence[doc.sentenceOf[q.first]] = 1;
      attributedSentence[doc.sentenceOf[Math.max(q.first, q.last - 1)]] = 1;
    }
  }
  let headlineEnd = 0;
  if (doc.paragraphs.length > 1) {
    const p = doc.paragraphs[0];
    const lastTok = doc.tokens[p.last - 1];
    // A first paragraph of one short line without final punctuation is a headline. (Counted in
    // characters of that one line, so CRLF and LF files agree.)
    let oneLine = true;
    for (let k = p.first + 1; k < p.last && oneLine; k++) if (doc.tokens[k].lineBreakBefore) oneLine = false;
    if (oneLine && !/^[.!?"”]$/.test(lastTok.text) && lastTok.end - doc.tokens[p.first].start < 160) headlineEnd = p.last;
  }
  return { doc, quotes, attributedSentence, attributedToken, headlineEnd, extraVagueSources };
}


/** The sentence around token i. */
export function sentenceSpan(doc: Doc, i: number): { start: number; end: number } {
  const s = doc.sentences[doc.sentenceOf[i]];
  return { start: s.start, end: s.end };
}

/**
 * The clause around token i that a claim covers: its sentence, cut at semicolons and dashes, and
 * cut before a later stretch that someone named stands behind ("Allegedly, X pleaded …, but he
 * replied "…"" -> "Allegedly, X pleaded …").
 */
export function clauseSpan(ctx: ClaimContext, i: number): { start: number; end: number } {
  const { doc } = ctx;
  const toks = doc.tokens;
  const s = doc.sentences[doc.sentenceOf[i]];
  let first = s.first;
  let last = s.last;
  if (i - first > LOCAL_WINDOW) first = i - LOCAL_WINDOW;
  if (last - i > LOCAL_WINDOW) last = i + LOCAL_WINDOW;
  for (let k = i - 1; k > first; k--) {
    if (toks[k].text === ';' || isClauseBreak(doc, k)) { first = k + 1; break; }
  }
  for (let k = i + 1; k < last; k++) {
    if (toks[k].text === ';' || isClauseBreak(doc, k)) { last = k; break; }
    if (ctx.attributedToken[k] && !ctx.attributedToken[i]) {
      // Back up to the clause break before the attributed part.
      let b = k - 1;
      while (b > i && toks[b].text !== ',') b--;
      last = b > i ? b : k;
      break;
    }
  }
  while (last > first + 1 && /^[,;:]$/.test(toks[last - 1].text)) last--;
  return { start: toks[first].start, end: toks[last - 1].end };
}

const CONCESSIVE = new Set(['although', 'though', 'whereas', 'while', 'but']);

/** A comma that opens a contrasting clause: ", although …", ", while …", ", but …". */
export function isClauseBreak(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  const next = doc.tokens[k + 1];
  return t !== undefined && t.text === ',' && next !== undefined && CONCESSIVE.has(next.text.toLowerCase());
}

/** Sentence index of a text offset (binary search over sentences). */
export function sentenceAtOffset(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (doc.sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * One finding per pattern match that stays within a sentence and is not inside words someone
 * named stands behind (nor, with `wholeSentence`, in a sentence where someone is named as the
 * source): the claim is the clause around the match.
 */
export function clauseFindings(
  ctx: ClaimContext,
  patterns: readonly TriggerPattern[],
  finding: Pick<Finding, 'code' | 'reason'>,
  message: (trigger: string) => string,
  wholeSentence = false,
): Finding[] {
  const { doc } = ctx;
  const out: Finding[] = [];
  scanTriggers(doc, patterns, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const tok = tokenIndexAt(doc.tokens, start);
    const lastTok = tokenIndexAt(doc.tokens, end) - 1;
    if (tok >= doc.tokens.length || lastTok < tok || doc.sentenceOf[tok] !== doc.sentenceOf[lastTok]) return;
    if (ctx.attributedToken[tok] || wholeSentence && ctx.attributedSentence[doc.sentenceOf[tok]]) return;
    const clause = clauseSpan(ctx, tok);
    out.push({
      ...finding, start: Math.min(clause.start, start), end: Math.max(clause.end, end),
      trigger: { start, end, text: m[0] }, message: message(m[0].replace(/\s+/g, ' ')),
    });
  });
  return out;
}
