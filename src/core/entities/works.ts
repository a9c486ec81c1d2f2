// Type evidence for the titles of works: films, books, songs, series, games.
//   "the television series Gilmore Girls", "the novel Dark Matters", "a film, Promised Land":
//     a noun for a kind of work right before the name;
//   “Red Wedding”, "Wrecking Ball": a capitalised name of two words or more that fills a pair of
//     quotation marks by itself is a title (or a nickname of a thing), not a person or a body.
// Titles are MISC (../shared/eval/README.md: works, software and products are MISC).
import type { Doc } from '../text/document';
import type { Candidate, Evidence } from './model';
import type { EvidenceProvider } from './evidence';
import { WORK_KIND_NOUNS } from '../lexicon/works';

const NONE: Evidence = { type: null, strength: 0 };

/** "the novel Dark Matters", "the film, Promised Land": a noun for a kind of work right before the name. */
export function isAfterWorkKindNoun(doc: Doc, c: Candidate): boolean {
  const toks = doc.tokens;
  let k = c.first - 1;
  if (toks[k]?.text === ',') k--;
  const prev = toks[k];
  return prev !== undefined && prev.kind === 'word' && !prev.cap && WORK_KIND_NOUNS.has(prev.text);
}

/** “Red Wedding”: a name of two words or more that is all a quotation holds (a full stop or comma may close it). */
export function isQuotedTitle(doc: Doc, c: Candidate): boolean {
  if (c.last - c.first < 2) return false;
  const toks = doc.tokens;
  const before = toks[c.first - 1];
  let k = c.last;
  if (toks[k]?.text === ',' || toks[k]?.text === '.') k++;
  const after = toks[k];
  return before?.kind === 'quote' && after?.kind === 'quote';
}

/** Per list of candidates: the names that stand in quotation marks in every mention. */
const alwaysQuotedCache = new WeakMap<readonly Candidate[], Set<string>>();

/**
 * Names quoted as titles in every one of their mentions. ("Fort Lee", written once in quotation
 * marks among twenty plain mentions, is a place's name, quoted for another reason.)
 */
function alwaysQuoted(doc: Doc, cands: readonly Candidate[]): Set<string> {
  let set = alwaysQuotedCache.get(cands);
  if (set) return set;
  const quoted = new Map<string, boolean>();
  for (const c of cands) quoted.set(c.text, (quoted.get(c.text) ?? true) && isQuotedTitle(doc, c));
  set = new Set([...quoted].filter(([, q]) => q).map(([t]) => t));
  alwaysQuotedCache.set(cands, set);
  return set;
}

/**
 * A work's title: by the noun before it (strength 2), or by the quotation marks around it in every
 * mention (strength 1, so that a head word, "the “Riverside Airport”", still makes a place).
 */
export const WORK_TITLE_PROVIDER: EvidenceProvider = {
  id: 'work-title', maxStrength: 2,
  evidence: (ctx, i) => {
    const c = ctx.cands[i];
    if (isAfterWorkKindNoun(ctx.doc, c)) return { type: 'MISC', strength: 2 };
    return isQuotedTitle(ctx.doc, c) && alwaysQuoted(ctx.doc, ctx.cands).has(c.text) ? { type: 'MISC', strength: 1 } : NONE;
  },
};
