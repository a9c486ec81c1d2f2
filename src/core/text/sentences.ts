// Paragraphs and sentences over the token stream.
// A blank line always ends a paragraph. Inside a paragraph a sentence ends at . ! ? (after any
// closing quotation marks or brackets) when the next word starts a new sentence, never inside a
// direct quotation, and at a line break when the line before reads like a heading or caption.
import type { Token } from './tokens';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Token index range [first, last). */
  readonly first: number;
  readonly last: number;
  readonly paragraph: number;
}

export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  /** Sentence index range [firstSentence, lastSentence). */
  firstSentence: number;
  lastSentence: number;
}

/** Token-index ranges [first, last] (inclusive) of direct quotations, sorted, non-overlapping. */
export type QuoteRanges = readonly (readonly [number, number])[];

export function splitParagraphs(tokens: readonly Token[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i].paragraphBreakBefore) {
      if (i > first) {
        paragraphs.push({
          start: tokens[first].start, end: tokens[i - 1].end, first, last: i,
          firstSentence: 0, lastSentence: 0,
        });
      }
      first = i;
    }
  }
  return paragraphs;
}

const TERMINALS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›', '“', '«', '‹', '‘', "''", '〞', '〟', '＂']);
/** Words that, after an abbreviation such as "U.S.", show that a new sentence has begun. */
const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'But', 'And',
  'However', 'In', 'On', 'At', 'His', 'Her', 'Their', 'Its', 'There', 'Some', 'Many', 'Meanwhile', 'Officials',
]);
const LINE_END_CONTINUES = new Set([',', ';', ':', '-', '–', '—', '(', '/', '&']);

/** True when a line break after token `i` (last token of its line) also ends the sentence. */
function lineBreakEndsSentence(text: string, tokens: readonly Token[], lineStartTok: number, i: number): boolean {
  const last = tokens[i];
  if (LINE_END_CONTINUES.has(last.text)) return false;
  const lineLength = last.end - tokens[lineStartTok].start;
  // Lines of wrapped prose are long; headings, captions, datelines and list items are short.
  if (lineLength < 60) return true;
  const next = tokens[i + 1];
  return next !== undefined && /^[-*•#>\d]/.test(text.slice(next.start, next.end));
}

export function splitSentences(
  text: string,
  tokens: readonly Token[],
  paragraphs: Paragraph[],
  quotes: QuoteRanges,
): Sentence[] {
  const sentences: Sentence[] = [];
  let q = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    para.firstSentence = sentences.length;
    let first = para.first;
    let lineStart = para.first;
    const close = (lastExclusive: number) => {
      if (lastExclusive > first) {
        sentences.push({ start: tokens[first].start, end: tokens[lastExclusive - 1].end, first, last: lastExclusive, paragraph: p });
      }
      first = lastExclusive;
    };
    for (let i = para.first; i < para.last; i++) {
      while (q < quotes.length && quotes[q][1] < i) q++;
      const insideQuote = q < quotes.length && quotes[q][0] < i && i < quotes[q][1];
      const tok = tokens[i];
      const next = i + 1 < para.last ? tokens[i + 1] : undefined;
      if (next && next.lineBreakBefore) {
        if (!insideQuote && lineBreakEndsSentence(text, tokens, lineStart, i)) {
          close(i + 1);
        }
        lineStart = i + 1;
        continue;
      }
      if (!next) continue;
      // A quotation that ends a sentence: `… "a disaster." Critics agreed.`
      const closesQuote = q < quotes.length && quotes[q][1] === i;
      if (closesQuote && TERMINALS.has(tokens[i - 1]?.text ?? '') && next.spaceBefore && (next.cap || next.kind === 'quote')) {
        close(i + 1);
        continue;
      }
      if (insideQuote) continue;
      if (tok.abbrev && /^(?:\p{L}\.)+$/u.test(tok.text) && tok.text.length > 2 && next.spaceBefore && SENTENCE_OPENERS.has(next.text)) {
        close(i + 1);
        continue;
      }
      // (Sentence-ending marks are punctuation tokens: words are answered without a set lookup.)
      if (tok.kind !== 'punct' || !TERMINALS.has(tok.text)) continue;
      // Take closing quotation marks and brackets into this sentence.
      let j = i + 1;
      while (j < para.last && CLOSERS.has(tokens[j].text) && !tokens[j].spaceBefore) j++;
      // A closing mark that ends a quotation ending in "." ends the sentence only if a capital follows.
      const after = j < para.last ? tokens[j] : undefined;
      if (!after) continue;
      if (!after.spaceBefore && after.kind !== 'quote') continue;
      const startsSentence = after.cap || after.kind === 'number' || after.kind === 'quote' || after.text === '(' || after.text === '—';
      if (!startsSentence) continue;
      const prevWord = tokens[i - 1];
      if (tok.text === '.' && prevWord && prevWord.end === tok.start && /^\p{Lu}$/u.test(prevWord.text)) continue;
      close(j);
      i = j - 1;
    }
    close(para.last);
    para.lastSentence = sentences.length;
  }
  return sentences;
}
