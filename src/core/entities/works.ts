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

/** A work's title, by the noun before it or by the quotation marks around it. */
export const WORK_TITLE_PROVIDER: EvidenceProvider = {
  id: 'work-title', maxStrength: 2,
  evidence: (ctx, i) => (isAfterWorkKindNoun(ctx.doc, ctx.cands[i]) || isQuotedTitle(ctx.doc, ctx.cands[i]) ? { type: 'MISC', strength: 2 } : NONE),
};
