// Runs phrase patterns only where they can start: at tokens whose lower-cased text is one of the
// pattern's first words. One pass over the tokens instead of one pass over the text per pattern,
// and one pass for all the built-in rules' lists together (sharedTriggers).
import { lowerTokens, type Doc } from '../text/document';

export interface TriggerPattern {
  /** Sticky, case-insensitive, Unicode pattern, tried at a token's start. */
  readonly re: RegExp;
  /** Lower-cased words the pattern can start with. */
  readonly firsts: readonly string[];
}

/** A pattern that starts with one of `firsts` (space-separated). */
export function trigger(firsts: string, re: RegExp): TriggerPattern {
  return { re: new RegExp(re.source, 'iuy'), firsts: firsts.split(/\s+/).filter(Boolean) };
}

const indexCache = new WeakMap<readonly TriggerPattern[], Map<string, number[]>>();

function indexOf(patterns: readonly TriggerPattern[]): Map<string, number[]> {
  let index = indexCache.get(patterns);
  if (index) return index;
  index = new Map();
  patterns.forEach((p, n) => {
    for (const w of p.firsts) {
      let list = index!.get(w);
      if (!list) index!.set(w, (list = []));
      list.push(n);
    }
  });
  indexCache.set(patterns, index);
  return index;
}

/**
 * The built-in rules' pattern lists. A document is scanned for all of them in one pass over its
 * tokens, the first time one of them is asked for; each rule then reads its own list's matches.
 */
const sharedLists: (readonly TriggerPattern[])[] = [];

/** Declares a rule's pattern list: it is looked for together with the other rules' lists. */
export function sharedTriggers(patterns: readonly TriggerPattern[]): readonly TriggerPattern[] {
  sharedLists.push(patterns);
  return patterns;
}

interface TriggerMatch {
  readonly m: RegExpExecArray;
  readonly pattern: number;
}

/** A first word's patterns in every shared list: which list, which pattern. */
interface SharedEntry {
  readonly list: readonly TriggerPattern[];
  readonly pattern: number;
}

let sharedIndex: { lists: number; index: Map<string, SharedEntry[]> } | null = null;

/** The shared lists' indices merged: each list's entries for a word stay in that list's order. */
function sharedIndexOf(): Map<string, SharedEntry[]> {
  if (sharedIndex && sharedIndex.lists === sharedLists.length) return sharedIndex.index;
  const index = new Map<string, SharedEntry[]>();
  for (const list of sharedLists) {
    for (const [word, patterns] of indexOf(list)) {
      let entries = index.get(word);
      if (!entries) index.set(word, (entries = []));
      for (const pattern of patterns) entries.push({ list, pattern });
    }
  }
  sharedIndex = { lists: sharedLists.length, index };
  return index;
}

const sharedMatchesCache = new WeakMap<Doc, Map<readonly TriggerPattern[], TriggerMatch[]>>();

/** Every shared list's matches in the document, in token order, found in one pass. */
function sharedMatches(doc: Doc): Map<readonly TriggerPattern[], TriggerMatch[]> {
  let byList = sharedMatchesCache.get(doc);
  if (byList) return byList;
  const found = new Map<readonly TriggerPattern[], TriggerMatch[]>(sharedLists.map((list) => [list, []]));
  matchAtTokens(doc, sharedIndexOf(), (e) => e.list[e.pattern].re, (m, e) => found.get(e.list)!.push({ m, pattern: e.pattern }));
  byList = found;
  sharedMatchesCache.set(doc, byList);
  return byList;
}

/**
 * The one token loop: at each word that `index` lists (by its lower-cased text), tries each of the
 * word's entries' patterns there and passes the non-empty matches on, in token order.
 */
function matchAtTokens<E>(doc: Doc, index: ReadonlyMap<string, readonly E[]>, reOf: (entry: E) => RegExp, found: (m: RegExpExecArray, entry: E) => void): void {
  const { text, tokens } = doc;
  const lower = lowerTokens(doc);
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].kind !== 'word') continue;
    const entries = index.get(lower[k]);
    if (!entries) continue;
    for (const entry of entries) {
      const re = reOf(entry);
      re.lastIndex = tokens[k].start;
      const m = re.exec(text);
      if (m && m[0].length > 0) found(m, entry);
    }
  }
}

/** Calls `visit` for every match of any pattern, in token order. */
export function scanTriggers(doc: Doc, patterns: readonly TriggerPattern[], visit: (m: RegExpExecArray, pattern: number) => void): void {
  const shared = sharedLists.includes(patterns) ? sharedMatches(doc).get(patterns) : undefined;
  if (shared) {
    for (const { m, pattern } of shared) visit(m, pattern);
    return;
  }
  matchAtTokens(doc, indexOf(patterns), (n) => patterns[n].re, visit);
}
