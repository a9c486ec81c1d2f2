// The tokenised document shared by every stage of the analysis.
import type { SpanText } from '../types';
import { tokenize, type Token } from './tokens';
import { splitParagraphs, splitSentences, type Paragraph, type Sentence, type QuoteRanges } from './sentences';

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** Token index of each sentence's first word or number (quotation marks and brackets skipped), or -1. */
  readonly firstWordOf: Int32Array;
}

export function tokenizeDocument(text: string): { tokens: Token[]; paragraphs: Paragraph[] } {
  const tokens = tokenize(text);
  return { tokens, paragraphs: splitParagraphs(tokens) };
}

export function buildDoc(text: string, tokens: Token[], paragraphs: Paragraph[], quotes: QuoteRanges): Doc {
  const sentences = splitSentences(text, tokens, paragraphs, quotes);
  const sentenceOf = new Int32Array(tokens.length);
  const firstWordOf = new Int32Array(sentences.length).fill(-1);
  for (let s = 0; s < sentences.length; s++) {
    for (let i = sentences[s].first; i < sentences[s].last; i++) {
      sentenceOf[i] = s;
      if (firstWordOf[s] < 0 && (tokens[i].kind === 'word' || tokens[i].kind === 'number')) firstWordOf[s] = i;
    }
  }
  return { text, tokens, paragraphs, sentences, sentenceOf, firstWordOf };
}

/** True when token i is the first word of its sentence (quotation marks and brackets skipped). */
export function isSentenceInitial(doc: Doc, i: number): boolean {
  return doc.firstWordOf[doc.sentenceOf[i]] === i;
}

/** "BRUSSELS, March 3 — Ministers met": token i is the dash that ends a dateline, where the story's first sentence starts. */
export function isDatelineDash(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  if (toks[i]?.text !== '—' && toks[i]?.text !== '–' && toks[i]?.text !== '--') return false;
  for (let k = i - 1; k >= 0 && k > i - 12; k--) {
    if (toks[k].lineBreakBefore || k === 0) return toks[k].upper;
  }
  return false;
}

/** How far local searches (clauses, attributions, antecedents) look, in tokens: keeps them linear on run-on text. */
export const LOCAL_WINDOW = 120;

const lowerCache = new WeakMap<Doc, string[]>();

/** Every token's text in lower case, computed once per document (words already lower case are shared). */
export function lowerTokens(doc: Doc): string[] {
  let lower = lowerCache.get(doc);
  if (!lower) {
    lower = doc.tokens.map((t) => (t.cap || t.upper || t.kind !== 'word' ? t.text.toLowerCase() : t.text));
    lowerCache.set(doc, lower);
  }
  return lower;
}

/** The text span of tokens [first, lastExclusive). */
/** The text of tokens [first, lastExclusive), as written (spaces between them included). */
export function tokenText(doc: Doc, first: number, lastExclusive: number): string {
  return doc.text.slice(doc.tokens[first].start, doc.tokens[lastExclusive - 1].end);
}

export function tokenSpan(doc: Doc, first: number, lastExclusive: number): SpanText {
  const start = doc.tokens[first].start;
  const end = doc.tokens[lastExclusive - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}
