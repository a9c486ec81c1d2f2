// Headline mode: in a title-case headline every word is capitalised, so capitals prove nothing
// ("Farmers Urge Stronger Flood Warnings" is no one's name). There only strong evidence makes a
// name: the lexicon knows it, the article names it again in running text, it is a first name and
// a surname, or it is written in capitals (initials). A headline run with no such evidence is
// cut down to the parts that have it ("Boosting Kenya Post-Election Tension" -> "Kenya"), or dropped.
import { tokenText, type Doc } from '../text/document';
import type { Candidate } from './model';
import { isFirstName, lexiconType } from './lookup';
import { subCandidate } from './candidates';

/** Longest headline name: a longer span is looked up no further. */
const MAX_NAME_WORDS = 6;

/**
 * Names written outside the headline, as the article writes them (single spaces), and the
 * surnames of people named there in full ("Barnes" for "By Peter Barnes").
 */
function bodyNames(cands: readonly Candidate[]): { names: Set<string>; surnames: Set<string> } {
  const names = new Set<string>();
  const surnames = new Set<string>();
  for (const c of cands) {
    // (Not a single word capitalised only because it starts a sentence: "Moon" in "Moon rocks are rare.")
    if (c.inHeadline || c.weakCap && c.last - c.first < 2) continue;
    const name = c.text.replace(/\s+/g, ' ');
    names.add(name);
    const words = name.split(' ');
    if (words.length >= 2 && words.length <= 4 && isFirstName(words[0])) surnames.add(words[words.length - 1]);
  }
  for (const s of surnames) names.add(s);
  return { names, surnames };
}

/** Initials written in capitals ("UN", "NHS", "G7"); longer words in capitals may be a shouted headline ("BEER"). */
function isInitials(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&.]{1,2}$/u.test(word);
}

/** Whether the span [first, last) is a name by strong evidence. */
function isStrongName(doc: Doc, first: number, last: number, body: ReadonlySet<string>, known: ReadonlySet<string>): boolean {
  const text = tokenText(doc, first, last);
  if (lexiconType(text) !== null || body.has(text) || known.has(text)) return true;
  const toks = doc.tokens;
  // A first name and a surname: "Anna Weiss Wins Award" (the surname alone after it).
  if (last - first === 2 && isFirstName(toks[first].text) && toks[first + 1].cap && !isFirstName(toks[first + 1].text)) return true;
  return last - first === 1 && isInitials(toks[first].text);
}

/**
 * The candidates with each headline candidate that lacks strong evidence replaced by the parts of
 * it that have some (longest first, left to right), or removed.
 */
export function headlineNames(doc: Doc, cands: readonly Candidate[], known: ReadonlySet<string>): Candidate[] {
  // A headline stands above a body: a text of one line is no headline.
  let end = -1;
  for (const c of cands) if (c.inHeadline) end = c.last;
  if (end < 0 || !hasBodyAfter(doc, end)) return cands as Candidate[];
  const { names: body, surnames } = bodyNames(cands);
  const out: Candidate[] = [];
  for (const c of cands) {
    // (A headline in capitals, "SENATE PASSES S65", is left as it was read: its words are no title case.)
    if (!c.inHeadline || c.titled || doc.tokens[c.first].upper || isStrongName(doc, c.first, c.last, body, known)) {
      out.push(c);
      continue;
    }
    let i = c.first;
    while (i < c.last) {
      let found = 0;
      for (let j = Math.min(c.last, i + MAX_NAME_WORDS); j > i; j--) {
        // (A part of one word must be known to the lexicon or the user, be initials, or be the
        // surname of someone the body names in full: a word the body also capitalises, "News",
        // "Moon", is too often a common noun in a title.)
        if (doc.tokens[j - 1].kind === 'word' && isStrongName(doc, i, j, j - i > 1 ? body : surnames, known)) {
          found = j;
          break;
        }
      }
      if (found) {
        out.push(subCandidate(doc, c, i, found));
        i = found;
      } else i++;
    }
  }
  return out;
}

/** Whether a word follows token `end` on a later line. */
function hasBodyAfter(doc: Doc, end: number): boolean {
  const toks = doc.tokens;
  let k = end;
  while (k < toks.length && !toks[k].lineBreakBefore) k++;
  for (; k < toks.length; k++) if (toks[k].kind === 'word') return true;
  return false;
}
