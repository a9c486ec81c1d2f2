// Pairs quotation marks into direct-quotation spans, paragraph by paragraph.
// Handles straight and curly double marks, guillemets, curly single marks at top level
// (British style), and the newspaper convention for quotes that run over several
// paragraphs: the opening mark is repeated at each paragraph and only the last one closes.
import type { Token } from '../text/tokens';
import type { Paragraph } from '../text/sentences';

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

type Role = 'open' | 'close' | 'either' | 'none';

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);

function isWordish(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

/** Role of a double (or straight) mark given its neighbours. */
function doubleRole(tokens: readonly Token[], i: number, paraFirst: number, paraLast: number): Role {
  const t = tokens[i];
  if (DOUBLE_OPEN.has(t.text)) return 'open';
  if (DOUBLE_CLOSE.has(t.text)) return 'close';
  if (t.text !== '"') return 'none';
  const prev = i > paraFirst ? tokens[i - 1] : undefined;
  const next = i + 1 < paraLast ? tokens[i + 1] : undefined;
  const spaceBefore = !prev || t.spaceBefore || /^[([{\u2014\u2013\-/:]$/.test(prev.text);
  const spaceAfter = !next || next.spaceBefore || /^[.,;:!?)\]}\u2014\u2013]$/.test(next.text);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

function singleRole(tokens: readonly Token[], i: number, paraFirst: number, paraLast: number): Role {
  const t = tokens[i];
  const prev = i > paraFirst ? tokens[i - 1] : undefined;
  const next = i + 1 < paraLast ? tokens[i + 1] : undefined;
  if (t.text === '‘') return 'open';
  if (t.text === '’' || t.text === "'") {
    // An apostrophe inside or at the end of a word ("students’ union") is not a closing mark
    // unless punctuation or the end of the sentence follows.
    const closes = prev !== undefined && !t.spaceBefore && (!next || next.spaceBefore || /^[.,;:!?)]$/.test(next.text));
    if (t.text === "'" && (t.spaceBefore || !prev) && isWordish(next) && !next!.spaceBefore) return 'open';
    return closes ? 'close' : 'none';
  }
  return 'none';
}

/** Whether the paragraph's first quotation mark is a closing double mark, with words before it. */
function closesWithoutOpening(tokens: readonly Token[], para: Paragraph): boolean {
  let k = para.first;
  while (k < para.last && tokens[k].kind !== 'quote') k++;
  return k > para.first && k < para.last && doubleRole(tokens, k, para.first, para.last) === 'close';
}

export interface MarkScan {
  readonly quotes: MarkedQuote[];
  /** Opening marks that were never closed (broken quotes), by offset. */
  readonly unmatched: number[];
}

export function findMarkedQuotes(tokens: readonly Token[], paragraphs: readonly Paragraph[]): MarkScan {
  const quotes: MarkedQuote[] = [];
  const unmatched: number[] = [];
  let carried = false; // the previous paragraph ended inside a quote that continues here
  let carriedWithoutMark = false; // … and this paragraph lost its repeated opening mark
  for (let p = 0; p < paragraphs.length; p++) {
    const { first, last } = paragraphs[p];
    // A quotation carried over without its opening mark starts at the paragraph's first word.
    let open = carriedWithoutMark ? first : -1;
    let singleOpen = -1;
    let continuedHere = carriedWithoutMark;
    carriedWithoutMark = false;
    // Inside a double quotation: how deep single quotes (‘…’) and doubles nested in them (“ ‘ “ ’ ”) go.
    let innerSingles = 0;
    let innerDoubles = 0;
    for (let i = first; i < last; i++) {
      const t = tokens[i];
      if (t.kind !== 'quote') continue;
      const role = doubleRole(tokens, i, first, last);
      if (role !== 'none') {
        // A straight mark that looks closing while no quotation is open, before a capital
        // ('communities," For example …'), is an opening mark that lost its space.
        const reopened = role === 'close' && t.text === '"' && tokens[i + 1]?.cap === true && tokens[i + 1].spaceBefore;
        if (open < 0) {
          if (role === 'open' || role === 'either' || reopened) {
            open = i;
            continuedHere = carried && i === first;
            singleOpen = -1;
          }
        } else if (innerDoubles > 0 && (role === 'close' || role === 'either' && !t.spaceBefore)) {
          innerDoubles--; // closes a quotation nested inside a single-quoted one
        } else if (role === 'open' && innerSingles > 0) {
          innerDoubles++; // “He told me, ‘They said “never” …’”: a third level
        } else if (role === 'close' || role === 'either') {
          quotes.push({ first: open, last: i, start: tokens[open].start, end: t.end, continues: false, continued: continuedHere });
          open = -1;
          continuedHere = false;
          innerSingles = 0;
        } else if (role === 'open' && tokens[open].text === t.text) {
          // Two opening marks of the same kind in a row: the first was never closed.
          unmatched.push(tokens[open].start);
          open = i;
        }
        continue;
      }
      if (open >= 0) {
        // Single marks inside a double quotation are nested quotes: part of it. Count the levels.
        const sRole = singleRole(tokens, i, first, last);
        if (sRole === 'open') innerSingles++;
        else if (sRole === 'close' && innerSingles > 0 && innerDoubles === 0) innerSingles--;
        continue;
      }
      const sRole = singleRole(tokens, i, first, last);
      if (singleOpen < 0) {
        if (sRole === 'open') singleOpen = i;
      } else if (sRole === 'close') {
        quotes.push({ first: singleOpen, last: i, start: tokens[singleOpen].start, end: t.end, continues: false, continued: false });
        singleOpen = -1;
      }
    }
    carried = false;
    if (open >= 0) {
      const nextPara = paragraphs[p + 1];
      const nextFirst = nextPara ? tokens[nextPara.first] : undefined;
      const hasWords = tokens.slice(open + 1, last).some((x) => x.kind === 'word' || x.kind === 'number');
      if (hasWords && nextFirst && nextFirst.kind === 'quote' && doubleRole(tokens, nextPara.first, nextPara.first, nextPara.last) !== 'close') {
        quotes.push({ first: open, last: last - 1, start: tokens[open].start, end: tokens[last - 1].end, continues: true, continued: continuedHere });
        carried = true;
      } else if (hasWords && nextPara && closesWithoutOpening(tokens, nextPara)) {
        // The next paragraph's only mark closes the quotation: the repeated opening mark was lost
        // ("…said, "I think we have learned a lot.\n\nIt was a very emotional day …"").
        quotes.push({ first: open, last: last - 1, start: tokens[open].start, end: tokens[last - 1].end, continues: true, continued: continuedHere });
        carried = true;
        carriedWithoutMark = true;
      } else {
        unmatched.push(tokens[open].start);
      }
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, unmatched };
}
