// The user's own phrases ("insiders say", 100,000 of them if they like), found in one pass over a
// document's tokens whatever their number. Each phrase is keyed by its first word; the rest of
// the phrases that start with a word are kept sorted, and a match is a walk along the text that
// narrows that sorted range one character at a time (binary search): at most the length of the
// longest phrase per word that starts one, and no regular expression per phrase.
//
// Matching: literal, case-insensitive (character by character), any run of spaces in the text for
// a space in the phrase, starting at a word token whose lower-cased text is the phrase's first
// word, ending at a word edge (no letter or digit after it).
import { lowerTokens, type Doc } from './document';
import { tokenize } from './tokens';

/** Phrases longer than this are ignored (as they always were). */
export const MAX_PHRASE_LENGTH = 200;

export interface PhraseMatcher {
  /** How many distinct phrases it holds. */
  readonly size: number;
  /** Calls `visit(start, end)` for every phrase found, in token order; several ends at one start, longest last. */
  forEach(doc: Doc, visit: (start: number, end: number) => void): void;
}

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** One code unit, lower-cased when that keeps it one code unit (so offsets stay one to one). */
function fold(c: string): string {
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
}

/** The rest of a phrase after its first word: folded, each run of spaces one space. */
function normalise(rest: string): string {
  let out = '';
  let space = false;
  for (const c of rest.split('')) {
    if (SPACE.test(c)) space = true;
    else {
      if (space) out += ' ';
      space = false;
      out += fold(c);
    }
  }
  return space ? out + ' ' : out;
}

/** Builds a matcher for the phrases; blank, over-long and phrases not starting with a word or number are ignored. */
export function buildPhraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const byFirst = new Map<string, string[]>();
  let size = 0;
  for (const raw of phrases) {
    const p = raw.trim();
    if (p.length === 0 || p.length > MAX_PHRASE_LENGTH) continue;
    const first = tokenize(p)[0];
    if (!first || first.start !== 0 || (first.kind !== 'word' && first.kind !== 'number')) continue;
    const key = first.text.toLowerCase();
    let rests = byFirst.get(key);
    if (!rests) byFirst.set(key, (rests = []));
    rests.push(normalise(p.slice(first.end)));
  }
  const sorted = new Map<string, readonly string[]>();
  for (const [key, rests] of byFirst) {
    const unique = [...new Set(rests)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    size += unique.length;
    sorted.set(key, unique);
  }
  return {
    size,
    forEach(doc, visit) {
      if (sorted.size === 0) return;
      const { text, tokens } = doc;
      const lower = lowerTokens(doc);
      for (let k = 0; k < tokens.length; k++) {
        // A phrase may start with a number ("2 people close to the talks"), as buildPhraseMatcher accepts.
        if (tokens[k].kind !== 'word' && tokens[k].kind !== 'number') continue;
        const rests = sorted.get(lower[k]);
        if (rests) walk(text, tokens[k].start, tokens[k].end, rests, visit);
      }
    },
  };
}

/** First index in [lo, hi) whose code unit at i is >= c (all strings there are longer than i). */
function lowerBound(list: readonly string[], lo: number, hi: number, i: number, c: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].charCodeAt(i) < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

/** fold() on a code unit, without making strings for ASCII. */
function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return fold(String.fromCharCode(code)).charCodeAt(0);
}

function atWordEdge(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const cp = text.codePointAt(end) as number;
  if (cp < 128) return !((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122));
  return !WORD_CHAR.test(String.fromCodePoint(cp));
}

function walk(text: string, start: number, from: number, rests: readonly string[], visit: (start: number, end: number) => void): void {
  let lo = 0;
  let hi = rests.length;
  let pos = from;
  for (let i = 0; ; i++) {
    // A phrase that ends here (the sorted range's first string, when it is exactly i long).
    if (lo < hi && rests[lo].length === i) {
      if (atWordEdge(text, pos)) visit(start, pos);
      lo++;
    }
    if (lo >= hi || pos >= text.length) return;
    if (hi - lo === 1) return walkOne(text, start, pos, rests[lo], i, visit);
    let c = text.charCodeAt(pos);
    if (isSpace(c)) {
      c = 32;
      while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
    } else {
      c = foldCode(c);
      pos++;
    }
    lo = lowerBound(rests, lo, hi, i, c);
    hi = lowerBound(rests, lo, hi, i, c + 1);
  }
}

/** The walk once one phrase is left: compare the rest of it directly. */
function walkOne(text: string, start: number, pos: number, rest: string, i: number, visit: (start: number, end: number) => void): void {
  const n = text.length;
  for (; i < rest.length; i++) {
    if (pos >= n) return;
    const c = text.charCodeAt(pos);
    const want = rest.charCodeAt(i);
    if (c === want && c !== 32) {
      pos++;
      continue;
    }
    if (isSpace(c)) {
      if (want !== 32) return;
      pos++;
      while (pos < n && isSpace(text.charCodeAt(pos))) pos++;
    } else {
      if (foldCode(c) !== want) return;
      pos++;
    }
  }
  if (atWordEdge(text, pos)) visit(start, pos);
}

let cached: { key: string; matcher: PhraseMatcher } | undefined;

/**
 * The matcher for a list of phrases, built once while the list stays the same (the extension
 * re-analyses with the same settings after every edit; a worker receives them as a new copy).
 */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const key = phrases.join('\n');
  if (cached?.key !== key) cached = { key, matcher: buildPhraseMatcher(phrases) };
  return cached.matcher;
}
