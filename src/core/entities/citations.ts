// Type evidence from an author–year citation, the way scholarly and textbook prose names people:
//   "Spang (1983)", "(Moretti, 2013)", "Biggs et al. (2011)", "(Li, Polat, Scalzo, & Bavelier, 2010)",
//   "Vandergrift and Cross 2017", "Martin & Clarke, 2017".
// A name that stands in such a citation is an author: a person. The provider looks only at the
// tokens after the name (a bounded walk), so it is linear and never throws.
import type { Doc } from '../text/document';
import type { Candidate, Evidence } from './model';
import type { EvidenceProvider } from './evidence';

const NONE: Evidence = { type: null, strength: 0 };

/** A year as citations write it: 1500–2099, optionally with a letter ("2009a"). */
const YEAR_RE = /^(?:1[5-9]\d\d|20\d\d)[a-z]?$/;
/** How many tokens a list of co-authors may run before its year. */
const MAX_WALK = 24;

function isYear(text: string | undefined): boolean {
  return text !== undefined && YEAR_RE.test(text);
}

/**
 * Whether the name at candidate c is followed by a citation's year: "X (2009)", "X, 2009", "X et
 * al.", or more authors ("X, Y, & Z, 2010", "X and Y 2017") and then the year. Only capitalised
 * words, commas, "&", "and", "et al." may stand between the name and the year.
 */
export function isCitedAuthor(doc: Doc, c: Candidate): boolean {
  const toks = doc.tokens;
  // An all-capitals word is an organisation's initials more often than an author ("WHO, 2020").
  if (/^\p{Lu}{2,}$/u.test(c.text) || /\d/.test(c.text)) return false;
  let k = c.last;
  let sawAuthorsAfter = false;
  for (let steps = 0; k < toks.length && steps < MAX_WALK; steps++, k++) {
    const t = toks[k];
    if (t.paragraphBreakBefore) return false;
    if (t.text === 'et' && /^al\.?$/.test(toks[k + 1]?.text ?? '')) return true;
    if (t.text === ',' || t.text === '&' || t.text === 'and') {
      if (t.text === ',' && isYear(toks[k + 1]?.text)) return true;
      continue;
    }
    if (t.text === '(') return isYear(toks[k + 1]?.text);
    // "Vandergrift and Cross 2017": a bare year only after a second author.
    if (isYear(t.text)) return sawAuthorsAfter && k > c.last;
    if (t.kind === 'word' && t.cap && !t.upper) {
      // Initials of a co-author ("Duckworth, A. L.") or another surname.
      sawAuthorsAfter = true;
      continue;
    }
    if (t.text === '.' && toks[k - 1]?.kind === 'word' && toks[k - 1].text.length === 1) continue;
    return false;
  }
  return false;
}

/** "Spang (1983)", "(Moretti, 2013)": a name in an author–year citation is a person. */
export const CITATION_PROVIDER: EvidenceProvider = {
  id: 'citation', maxStrength: 2,
  evidence: (ctx, i) => (isCitedAuthor(ctx.doc, ctx.cands[i]) ? { type: 'PERSON', strength: 2 } : NONE),
};
