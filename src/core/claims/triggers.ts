// Runs phrase patterns only where they can start: at tokens whose lower-cased text is one of the
// pattern's first words. One pass over the tokens instead of one pass over the text per pattern.
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

/** Calls `visit` for every match of any pattern, in token order. */
export function scanTriggers(doc: Doc, patterns: readonly TriggerPattern[], visit: (m: RegExpExecArray, pattern: number) => void): void {
  const index = indexOf(patterns);
  const { text, tokens } = doc;
  const lower = lowerTokens(doc);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const list = index.get(lower[k]);
    if (!list) continue;
    for (const n of list) {
      const re = patterns[n].re;
      re.lastIndex = t.start;
      const m = re.exec(text);
      if (m && m[0].length > 0) visit(m, n);
    }
  }
}
