// Pairs quotation marks into direct-quotation spans, paragraph by paragraph, with a stack of open
// marks: each opening mark waits for a closing mark of its own convention.
//   English “…” and "…", British '…' and ‘…’ (double marks nested inside), German „…“,
//   Polish „…”, French «…» and « … », Danish »…«, Swedish »…», single guillemets ‹…› and ›…‹,
//   low single ‚…‘, CJK 〝…〞 and 〝…〟, fullwidth ＂…＂, TeX ``…'' and `…', and a quotation
//   opened with “ and closed with ".
// Apostrophes are never marks: inside a word the tokenizer keeps them in the word (don't,
// o'clock); at a word's edge they are told apart by context ('Tis, rock 'n' roll, the '90s, the
// Joneses' car).
// Multi-paragraph quotes follow the newspaper convention (the opening mark repeated at each
// paragraph, the closing mark only at the end). A mark still open at the end of its paragraph
// otherwise is closed there and reported, so that it never swallows the rest of the article.
import type { Token } from '../text/tokens';
import type { Paragraph } from '../text/sentences';
import { LEADING_ELISIONS } from './elisions';

export interface MarkedQuote {
  /** Token index of the opening mark and of the closing mark (or of the paragraph's last token). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** The quote goes on in the next paragraph (no closing mark here). */
  readonly continues: boolean;
  /** The quote continues one from the previous paragraph. */
  readonly continued: boolean;
}

/** For each opening mark, the marks that close it. */
const CLOSERS_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['"', new Set(['"', '”'])],
  ['“', new Set(['”', '"', '“'])],
  ['„', new Set(['“', '”', '"'])],
  ['«', new Set(['»'])],
  ['»', new Set(['«', '»'])],
  ['‹', new Set(['›'])],
  ['›', new Set(['‹', '›'])],
  ['‘', new Set(['’', "'"])],
  ["'", new Set(["'", '’'])],
  ['‚', new Set(['‘', '’'])],
  ['`', new Set(["'", '’', '`'])],
  ['``', new Set(["''", '``'])],
  ['〝', new Set(['〞', '〟'])],
  ['＂', new Set(['＂'])],
].map(([open, closers]) => [open as string, closers as ReadonlySet<string>]));

/** Marks that read the same opening and closing: spacing decides which they are. */
const SYMMETRIC = new Set(['"', "'", '’', '＂']);
/** Families of marks: a quotation that goes on in the next paragraph reopens with a mark of its family. */
const FAMILY: ReadonlyMap<string, number> = new Map([
  ['"', 0], ['“', 0], ['„', 0], ['＂', 0], ['〝', 0], ['``', 0],
  ["'", 1], ['‘', 1], ['‚', 1], ['`', 1],
  ['«', 2], ['»', 2], ['‹', 3], ['›', 3],
]);
/** Single marks: the ones an apostrophe can be mistaken for. */
const SINGLE = new Set(["'", '’', '‘']);

type Role = 'open' | 'close' | 'either';

function isWordish(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

/** Role of a mark by the spaces around it: space before and a word right after opens, and so on. */
function spacingRole(tokens: readonly Token[], i: number, paraFirst: number, paraLast: number): Role {
  const t = tokens[i];
  const prev = i > paraFirst ? tokens[i - 1] : undefined;
  const next = i + 1 < paraLast ? tokens[i + 1] : undefined;
  const spaceBefore = !prev || t.spaceBefore || /^[([{\u2014\u2013\-/:]$/.test(prev.text);
  const spaceAfter = !next || next.spaceBefore || /^[.,;:!?)\]}\u2014\u2013]$/.test(next.text);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

/** A two-digit year after an apostrophe: the '90s, the '80s-era, the class of '19. */
function isElidedYear(tokens: readonly Token[], k: number, paraLast: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'number' || t.spaceBefore) return false;
  if (/^\d\d[sS](?:$|-)/.test(t.text)) return true; // the '90s, the '80s-era
  return /^\d\d$/.test(t.text) && (k + 1 >= paraLast || !isWordish(tokens[k + 1]));
}

/**
 * Single marks in the paragraph that are apostrophes standing for left-out letters: a leading
 * one before 'Tis, 'n', '90s (and the one after rock 'n), which neither open nor close a quotation.
 */
function markElisions(tokens: readonly Token[], first: number, last: number, out: Uint8Array): void {
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    if (t.kind !== 'quote' || !SINGLE.has(t.text)) continue;
    const next = i + 1 < last ? tokens[i + 1] : undefined;
    if (!next || next.spaceBefore) continue;
    const elided = next.kind === 'word' && LEADING_ELISIONS.has(next.text.toLowerCase()) || isElidedYear(tokens, i + 1, last);
    if (!elided) continue;
    out[i - first] = 1;
    // rock 'n' roll: the apostrophe after the n as well.
    const after = i + 2 < last ? tokens[i + 2] : undefined;
    if (next.text.toLowerCase() === 'n' && after && after.kind === 'quote' && SINGLE.has(after.text) && !after.spaceBefore) out[i + 2 - first] = 1;
  }
}

/** A single mark right after a word, with more words after it ("the Joneses' car", "workers’ pay"). */
function looksPossessive(tokens: readonly Token[], i: number, paraLast: number): boolean {
  const prev = tokens[i - 1];
  const next = i + 1 < paraLast ? tokens[i + 1] : undefined;
  return prev !== undefined && prev.kind === 'word' && /[sS]$/.test(prev.text) && !tokens[i].spaceBefore
    && next !== undefined && next.kind === 'word' && next.spaceBefore && !next.cap;
}

/** A single mark that can only be closing: after punctuation (,' .') or before punctuation or the paragraph end. */
function isStrongSingleClose(tokens: readonly Token[], i: number, paraFirst: number, paraLast: number): boolean {
  const t = tokens[i];
  if (!SINGLE.has(t.text) || t.text === '‘' || t.spaceBefore || i === paraFirst) return false;
  const prev = tokens[i - 1];
  const next = i + 1 < paraLast ? tokens[i + 1] : undefined;
  return /^[,.!?…;:]$/.test(prev.text) || !next || /^[,.!?…;:)\]]$/.test(next.text) || next.kind === 'quote';
}

/** How many open quotations below the innermost a double mark may close. */
const MAX_CLOSE_DEPTH = 8;

interface Open {
  readonly index: number;
  readonly text: string;
}

/** Whether the mark at i closes the open mark `o`. */
function closes(tokens: readonly Token[], i: number, o: Open, role: Role, possessive: boolean): boolean {
  const t = tokens[i].text;
  if (!CLOSERS_OF.get(o.text)?.has(t)) return false;
  // A symmetric mark that looks opening (space before, a word right after) opens a nested quote,
  // and an apostrophe after a plural noun ("the Joneses' car") closes nothing.
  if (SYMMETRIC.has(t) && role === 'open') return false;
  // “ closes „ (German) and, written after the words, “ (a typist's “…“); » and › close
  // themselves (Swedish) unless they look opening.
  if (t === o.text && (t === '“' || t === '»' || t === '›') && role !== 'close') return false;
  if (t === '“' && role === 'open') return false;
  return !possessive;
}

/** Whether the mark at i can open a quotation. */
function opens(tokens: readonly Token[], i: number, role: Role, paraLast: number): boolean {
  const t = tokens[i].text;
  if (!CLOSERS_OF.has(t)) return false;
  if (t === "'" || t === '`') return role === 'open' && isWordish(i + 1 < paraLast ? tokens[i + 1] : undefined);
  if (SYMMETRIC.has(t)) return role !== 'close';
  return true;
}

/** Whether the paragraph's first quotation mark closes `o`, with words before it. */
function closesWithoutOpening(tokens: readonly Token[], para: Paragraph, o: Open): boolean {
  let k = para.first;
  while (k < para.last && tokens[k].kind !== 'quote') k++;
  if (k === para.first || k >= para.last) return false;
  const role = spacingRole(tokens, k, para.first, para.last);
  return role !== 'open' && CLOSERS_OF.get(o.text)!.has(tokens[k].text);
}

/** Whether the paragraph opens with a mark that repeats the opening of `o` (a quote going on). */
function reopensWith(tokens: readonly Token[], para: Paragraph, o: Open, elisions: Uint8Array): boolean {
  const t = tokens[para.first];
  if (t.kind !== 'quote' || elisions[0] === 1 || para.last - para.first < 2) return false;
  const role = spacingRole(tokens, para.first, para.first, para.last);
  if (!opens(tokens, para.first, role, para.last)) return false;
  // The same mark, or one of its family (« … then » … in older French print).
  return FAMILY.get(t.text) === FAMILY.get(o.text);
}

export interface MarkScan {
  readonly quotes: MarkedQuote[];
  /** Opening marks that were never closed (each such quote is closed at its paragraph's end), by offset. */
  readonly unmatched: number[];
}

export function findMarkedQuotes(tokens: readonly Token[], paragraphs: readonly Paragraph[]): MarkScan {
  const quotes: MarkedQuote[] = [];
  const unmatched: number[] = [];
  let carried = false; // the previous paragraph ended inside a quote that continues here
  let carriedWithoutMark = false; // … and this paragraph lost its repeated opening mark
  let carriedOpen: Open | null = null;
  let elisions: Uint8Array = new Uint8Array(0);
  let nextElisions: Uint8Array | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { first, last } = paragraphs[p];
    elisions = nextElisions ?? scanElisions(tokens, paragraphs[p]);
    nextElisions = null;
    // The last single mark in the paragraph that can only close: an apostrophe after a plural
    // noun before it is a possessive, not the end of the quotation.
    let lastStrongSingle = -1;
    for (let i = last - 1; i >= first; i--) {
      if (tokens[i].kind === 'quote' && elisions[i - first] === 0 && isStrongSingleClose(tokens, i, first, last)) {
        lastStrongSingle = i;
        break;
      }
    }
    const stack: Open[] = [];
    // A quotation carried over without its opening mark starts at the paragraph's first word.
    let continuedHere = carriedWithoutMark;
    if (carriedWithoutMark && carriedOpen) stack.push({ index: first, text: carriedOpen.text });
    carriedWithoutMark = false;
    for (let i = first; i < last; i++) {
      const t = tokens[i];
      if (t.kind !== 'quote' || elisions[i - first] === 1) continue;
      const role = spacingRole(tokens, i, first, last);
      const possessive = SINGLE.has(t.text) && i < lastStrongSingle && looksPossessive(tokens, i, last);
      let closed = -1;
      // A double mark may close a quotation below an inner one left open (a stray apostrophe);
      // a single mark, which may be an apostrophe itself, closes only the innermost.
      // (At most a few levels down: a run of unclosable marks must not make each mark scan them all.)
      const deepest = SINGLE.has(t.text) ? stack.length - 1 : Math.max(0, stack.length - MAX_CLOSE_DEPTH);
      for (let k = stack.length - 1; k >= deepest && k >= 0; k--) {
        if (closes(tokens, i, stack[k], role, possessive)) {
          closed = k;
          break;
        }
      }
      if (closed >= 0) {
        const open = stack[closed];
        stack.length = closed;
        // `npm test` and ``make``: backticks on both sides are code, not a quotation.
        const code = open.text === t.text && open.text[0] === '`';
        if (closed === 0 && !code) {
          quotes.push({ first: open.index, last: i, start: tokens[open.index].start, end: t.end, continues: false, continued: continuedHere });
          continuedHere = false;
        }
        continue;
      }
      if (stack.length === 0) {
        // A straight mark that looks closing while no quotation is open, before a capital
        // ('communities," For example …'), is an opening mark that lost its space.
        const reopened = role === 'close' && (t.text === '"' || t.text === '＂') && tokens[i + 1]?.cap === true && tokens[i + 1].spaceBefore;
        if (opens(tokens, i, role, last) || reopened) {
          stack.push({ index: i, text: t.text });
          continuedHere = carried && i === first;
        }
        continue;
      }
      if (!opens(tokens, i, role, last)) continue;
      if (stack.length === 1 && t.text === stack[0].text && !SINGLE.has(t.text)) {
        // Two opening double marks of the same kind in a row: the first was never closed.
        unmatched.push(tokens[stack[0].index].start);
        stack[0] = { index: i, text: t.text };
        continuedHere = false;
        continue;
      }
      stack.push({ index: i, text: t.text }); // a quotation inside the quotation
    }
    carried = false;
    carriedOpen = null;
    if (stack.length > 0) {
      const open = stack[0];
      const nextPara = paragraphs[p + 1];
      const hasWords = tokens.slice(open.index + 1, last).some(isWordish);
      if (nextPara) nextElisions = scanElisions(tokens, nextPara);
      if (hasWords && nextPara && reopensWith(tokens, nextPara, open, nextElisions!)) {
        quotes.push({ first: open.index, last: last - 1, start: tokens[open.index].start, end: tokens[last - 1].end, continues: true, continued: continuedHere });
        carried = true;
      } else if (hasWords && nextPara && closesWithoutOpening(tokens, nextPara, open)) {
        // The next paragraph's first mark closes the quotation: the repeated opening mark was lost
        // ("…said, "I think we have learned a lot.\n\nIt was a very emotional day …"").
        quotes.push({ first: open.index, last: last - 1, start: tokens[open.index].start, end: tokens[last - 1].end, continues: true, continued: continuedHere });
        carried = true;
        carriedWithoutMark = true;
        carriedOpen = open;
      } else {
        // Never closed: the quotation ends with its paragraph, and the analysis says so.
        unmatched.push(tokens[open.index].start);
        if (hasWords) quotes.push({ first: open.index, last: last - 1, start: tokens[open.index].start, end: tokens[last - 1].end, continues: false, continued: continuedHere });
      }
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, unmatched };
}

function scanElisions(tokens: readonly Token[], para: Paragraph): Uint8Array {
  const out = new Uint8Array(para.last - para.first);
  markElisions(tokens, para.first, para.last, out);
  return out;
}
