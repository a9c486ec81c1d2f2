// The tokenised document shared by every stage of the analysis.
import { tokenize, type Token } from './tokens';
import { splitParagraphs, splitSentences, type Paragraph, type Sentence, type QuoteRanges } from './sentences';

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
}

export function tokenizeDocument(text: string): { tokens: Token[]; paragraphs: Paragraph[] } {
  const tokens = tokenize(text);
  return { tokens, paragraphs: splitParagraphs(tokens) };
}

export function buildDoc(text: string, tokens: Token[], paragraphs: Paragraph[], quotes: QuoteRanges): Doc {
  const sentences = splitSentences(text, tokens, paragraphs, quotes);
  const sentenceOf = new Int32Array(tokens.length);
  for (let s = 0; s < sentences.length; s++) {
    for (let i = sentences[s].first; i < sentences[s].last; i++) sentenceOf[i] = s;
  }
  return { text, tokens, paragraphs, sentences, sentenceOf };
}

/** True when token i is the first word of its sentence (quotation marks and brackets skipped). */
export function isSentenceInitial(doc: Doc, i: number): boolean {
  const s = doc.sentences[doc.sentenceOf[i]];
  for (let k = s.first; k < i; k++) {
    const t = doc.tokens[k];
    if (t.kind === 'word' || t.kind === 'number') return false;
  }
  return true;
}
