// Type evidence for organisations named in words no lexicon knows (docs/accuracy.md,
// "Organisation names and lone surnames"):
//   "Harlow Foods", "Corran Therapeutics", "Siemens AG": a trade or a legal form ends the name;
//   "Ridewell UK", "Trellis Global": a country or reach word ends a name of unknown words;
//   "Harlow Foods, a supermarket chain,": an apposition calls it an organisation;
//   "a spokesperson for X", "staff at X": it employs someone;
//   "X cut its forecast. The company said …": the next sentence calls it "the company", "the charity";
//   "X, which runs most services, said …": "which" describes it and it speaks.
import { isSentenceInitial, type Doc } from '../text/document';
import type { Candidate, Evidence } from './model';
import type { EvidenceProvider } from './evidence';
import { BRANCH_WORDS, BUSINESS_WORDS, EMPLOYEE_NOUNS, ORG_DESCRIPTORS, TRADE_HEAD_WORDS } from '../lexicon/companies';
import { isFirstName, lexiconType } from './lookup';
import { CAPITALISED_NON_NAMES, DAYS_AND_MONTHS } from '../lexicon/stopwords';
import { NAME_SPEECH_VERBS } from '../lexicon/cues';

const NONE: Evidence = { type: null, strength: 0 };

/** Region and compass words: "Eastern Europe", "North US" are places. */
const REGION_WORDS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central',
  'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Continental', 'Mainland', 'Greater', 'Rural', 'Coastal']);

/** Words that may follow the noun that ends an apposition: "a charity that …", "a chain based in …", "a firm," */
const APPOSITION_ENDS = new Set(['that', 'which', 'whose', 'based', 'with', 'in', 'from', 'owned', 'founded', 'run', 'known',
  'backed', 'behind', 'headquartered', 'and', 'where']);

function nameWords(c: Candidate): string[] {
  return c.text.split(/\s+/);
}

/** "Foods", "UK", "Motors": a word after which a company may be named by its first word alone ("Harlow said"). */
export function isCompanyEnding(word: string): boolean {
  return BUSINESS_WORDS.has(word) || BRANCH_WORDS.has(word) || TRADE_HEAD_WORDS.has(word);
}

/** "Harlow Foods", "Ridewell UK": the last word makes a name of two words or more a company's. */
export function isCompanyShaped(doc: Doc, c: Candidate): boolean {
  const w = nameWords(c);
  // (Not "the Oil Capital of the World": a name that goes on with "of".)
  if (w.length < 2 || w.includes('of') || w.includes('for') || doc.tokens[c.last]?.text === 'of') return false;
  const last = w[w.length - 1];
  if (BUSINESS_WORDS.has(last)) return true;
  if (!BRANCH_WORDS.has(last)) return false;
  // "Eastern Europe", "Britain International": only a name of unknown words before the branch word.
  return w.slice(0, -1).every((x) => !REGION_WORDS.has(x) && lexiconType(x) === null && !isFirstName(x)) && lexiconType(c.text) === null;
}

/** "X, a small bakery chain,", "X, the charity that …": an apposition whose noun names an organisation. */
export function isCalledOrganisation(doc: Doc, c: Candidate): boolean {
  const toks = doc.tokens;
  let k = c.last;
  if (toks[k]?.text !== ',') return false;
  const det = toks[k + 1]?.text;
  if (det !== 'a' && det !== 'an' && det !== 'the') return false;
  for (k += 2; k < toks.length && k <= c.last + 7; k++) {
    const t = toks[k];
    // ("a London-based retailer": a hyphen inside the apposition.)
    if (t.text === '-' && !t.spaceBefore) continue;
    if (t.kind !== 'word') return false;
    if (ORG_DESCRIPTORS.has(t.text)) {
      const next = toks[k + 1];
      if (!next || next.kind !== 'word' || APPOSITION_ENDS.has(next.text)) return true;
      // "a company director": the noun is the first of two; read on.
    }
  }
  return false;
}

/** "a spokesperson for X", "staff at X", "the chief executive of X": someone works for it. */
export function employsSomeone(doc: Doc, c: Candidate): boolean {
  const toks = doc.tokens;
  const prep = toks[c.first - 1]?.text;
  if (prep !== 'for' && prep !== 'at' && prep !== 'of') return false;
  const noun = toks[c.first - 2];
  // ("Staff at X" opens a sentence: a capital there proves nothing.)
  return noun !== undefined && noun.kind === 'word' && (!noun.cap || isSentenceInitial(doc, c.first - 2)) && EMPLOYEE_NOUNS.has(noun.text.toLowerCase());
}

/** "Oakfield Digital cut its forecast. The company said …": the first name of a sentence that the next one calls "the company". */
export function calledOrganisationNext(doc: Doc, cands: readonly Candidate[], i: number): boolean {
  const c = cands[i];
  // (A company's name of two words or more: "Teams from …" that opens a sentence is no name.)
  if (c.last - c.first < 2) return false;
  const s = doc.sentenceOf[c.first];
  if (i > 0 && doc.sentenceOf[cands[i - 1].first] === s) return false;
  const first = doc.firstWordOf[s + 1];
  if (first === undefined || first < 0) return false;
  const toks = doc.tokens;
  return toks[first].text === 'The' && toks[first + 1]?.kind === 'word' && ORG_DESCRIPTORS.has(toks[first + 1].text)
    && !/s$/.test(toks[first + 1].text);
}

/**
 * "Northern Rail, which runs most services, said …": a name that a relative "which" (never "who")
 * describes and that then speaks, in the same sentence, is an organisation.
 */
export function speaksAfterWhich(doc: Doc, c: Candidate): boolean {
  const toks = doc.tokens;
  if (toks[c.last]?.text !== ',' || toks[c.last + 1]?.text !== 'which') return false;
  const sentence = doc.sentenceOf[c.first];
  for (let k = c.last + 2; k < toks.length && k <= c.last + 25 && doc.sentenceOf[k] === sentence; k++) {
    if (toks[k].text !== ',') continue;
    // The clause ends at its comma: the verb after it is the name's.
    const verb = toks[k + 1];
    return verb !== undefined && verb.kind === 'word' && NAME_SPEECH_VERBS.has(verb.text);
  }
  return false;
}

/**
 * Organisation evidence: the name's last word (strength 2) or an apposition (strength 2), else
 * someone it employs or an anaphor in the next sentence (strength 1, the words around one mention).
 */
export const COMPANY_PROVIDER: EvidenceProvider = {
  id: 'company', maxStrength: 2,
  evidence: (ctx, i) => {
    const c = ctx.cands[i];
    if (ctx.own[i].strength >= 3) return NONE;
    if (isCompanyShaped(ctx.doc, c) || isCalledOrganisation(ctx.doc, c) || speaksAfterWhich(ctx.doc, c)) return { type: 'ORG', strength: 2 };
    if (employsSomeone(ctx.doc, c) || calledOrganisationNext(ctx.doc, ctx.cands, i)) return { type: 'ORG', strength: 1 };
    return NONE;
  },
};

/**
 * "Patients First", "Britain First": "First" that ends a run of capitalised words mid-sentence
 * ends a campaign's or a party's name (not in a title-case headline, not "Monday First").
 */
export function isFirstEnding(doc: Doc, first: number, last: number, headline: number): boolean {
  const toks = doc.tokens;
  if (toks[last - 1]?.text !== 'First' || last - first !== 2 || first < headline) return false;
  const w = toks[first];
  return w.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !CAPITALISED_NON_NAMES.has(w.text) && !DAYS_AND_MONTHS.has(w.text)
    && !isSentenceInitial(doc, first) && toks[last]?.text !== '-';
}
