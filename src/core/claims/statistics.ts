// NL004 unsourced statistic: a figure (death toll, percentage, sum of money, large count,
// estimate) in a sentence that names no source for it. Dates, times, ages, durations,
// ordinals and numbers inside names are not statistics.
import type { ClaimContext, Finding } from './context';
import { LOCAL_WINDOW, lowerTokens } from '../text/document';
import { clauseSpan } from './context';
import type { Doc } from '../text/document';
import { DAYS_AND_MONTHS } from '../lexicon/stopwords';

const HEDGES = new Set(['more than', 'at least', 'about', 'approximately', 'roughly', 'nearly', 'almost', 'over', 'around', 'up to', 'an estimated', 'estimated', 'as many as', 'fewer than', 'less than', 'some', 'upwards of', 'in excess of', 'close to']);
const MAGNITUDES = new Set(['million', 'millions', 'billion', 'billions', 'trillion', 'trillions', 'thousand', 'thousands', 'hundred']);
const PERCENT_WORDS = new Set(['%', 'percent', 'per', 'percentage']);
const CURRENCY = new Set(['$', '£', '€', '¥', '₹', 'US$', 'NZ$', 'A$', 'C$']);
const CURRENCY_WORDS = new Set(['dollars', 'euros', 'pounds', 'yen', 'yuan', 'rupees', 'roubles', 'rubles', 'francs', 'pesos']);
const PEOPLE_NOUNS = new Set(['people', 'persons', 'dead', 'deaths', 'killed', 'injured', 'wounded', 'casualties', 'refugees',
  'migrants', 'civilians', 'protesters', 'protestors', 'victims', 'individuals', 'troops', 'soldiers', 'fighters',
  'children', 'women', 'men', 'cases', 'infections', 'displaced', 'residents', 'voters', 'users', 'homes', 'jobs',
  'newspapers', 'patients', 'students', 'workers', 'employees', 'households', 'families', 'pilgrims', 'visitors', 'fans']);
const CASUALTY_VERBS = new Set(['killed', 'injured', 'wounded', 'arrested', 'detained', 'displaced', 'evacuated', 'dead', 'died', 'missing', 'hurt']);
const DURATIONS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute',
  'minutes', 'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'year-old', 'years-old', 'am', 'pm',
  'a.m.', 'p.m.', 'GMT', 'UTC', 'BST', 'EST', 'PST', 'CET']);
const MEASURES = new Set(['miles', 'mile', 'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'metres', 'meters',
  'feet', 'foot', 'inches', 'yards', 'light-years', 'old', 'bail']);
const NAME_PREFIXES = new Set(['Article', 'No.', 'Section', 'Chapter', 'Resolution', 'Flight', 'Route', 'Highway', 'Room',
  'Apollo', 'Windows', 'Version', 'version', 'Series', 'Level', 'Category', 'Phase', 'Stage', 'Amendment', 'Act', 'Bill',
  'Proposition', 'Measure', 'Platform', 'Gate', 'Terminal', 'Unit', 'Block', 'Lot', 'Box', 'Page', 'page', 'pages', 'aged', 'age']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'one', 'half',
  'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'scores']);
const CLAUSE_OPENERS = new Set(['which', 'while', 'whereas', 'where']);

function numericValue(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The lower-case word at token i, or '' outside the document. */
function lowerAt(lower: readonly string[], i: number): string {
  return i >= 0 && i < lower.length ? lower[i] : '';
}

function hedgedBefore(lower: readonly string[], i: number): boolean {
  const one = lowerAt(lower, i - 1);
  const two = `${lowerAt(lower, i - 2)} ${one}`;
  return HEDGES.has(one) || HEDGES.has(two);
}

/** Whether token i (a number or a number word) is a figure that needs a source. */
function isStatistic(doc: Doc, lower: readonly string[], i: number): boolean {
  const toks = doc.tokens;
  const t = toks[i];
  // Most words are not numbers: answer them before looking around.
  if (t.kind === 'word' && !NUMBER_WORDS.has(lowerAt(lower, i))) return false;
  const next = lowerAt(lower, i + 1);
  const next2 = lowerAt(lower, i + 2);
  const prev = toks[i - 1];
  if (t.kind === 'number') {
    if (/-fold$/.test(t.text)) return true;
    if (/\p{L}/u.test(t.text)) return false; // ordinals (22nd), model names (IE6)
    if (prev && (NAME_PREFIXES.has(prev.text) || DAYS_AND_MONTHS.has(prev.text))) return false;
    if (DAYS_AND_MONTHS.has(toks[i + 1]?.text ?? '') || next === ':' || DURATIONS.has(next)) return false;
    // Ranges and measures of time, distance and age: "36 to 48 hours", "650 light years", "500 miles".
    for (let k = i + 1; k <= i + 4 && k < toks.length; k++) {
      const w = lowerAt(lower, k);
      if (DURATIONS.has(w) || MEASURES.has(w)) return false;
      if (!(toks[k].kind === 'number' || ['to', '-', '–', 'and', 'or', 'light', 'million', 'billion', 'thousand'].includes(w))) break;
    }
    if (prev && prev.text === '-' && !prev.spaceBefore) return false; // ranges inside names ("KELT-9")
    const value = numericValue(t.text);
    const isYear = /^\d{4}$/.test(t.text) && value >= 1800 && value <= 2100;
    if (PERCENT_WORDS.has(next) || MAGNITUDES.has(next)) return true;
    if (prev && CURRENCY.has(prev.text) || CURRENCY_WORDS.has(next)) return true;
    if (next === '°' || next === '°c' || next === '°f' || next === 'degrees') return true;
    if (next === 'times' && ['more', 'larger', 'bigger', 'higher', 'the', 'as', 'greater', 'faster', 'smaller'].includes(next2)) return true;
    if (isYear) return false;
    if (value >= 1000) return true;
    if (hedgedBefore(lower, i) && value >= 10) return true;
    if (value >= 100 && (PEOPLE_NOUNS.has(next) || PEOPLE_NOUNS.has(next2))) return true;
    return false;
  }
  const w = t.text.toLowerCase();
  if (!NUMBER_WORDS.has(w)) return false;
  // "dozens were injured", "hundreds of thousands of women", "forty percent", "one million times"
  if (['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'scores'].includes(w)) {
    if (next === 'of' && (PEOPLE_NOUNS.has(next2) || MAGNITUDES.has(next2))) return true;
    if (['were', 'have', 'had', 'are'].includes(next) && (CASUALTY_VERBS.has(next2) || CASUALTY_VERBS.has(lowerAt(lower, i + 3)))) return true;
    return false;
  }
  if (PERCENT_WORDS.has(next)) return true;
  if (MAGNITUDES.has(next) && !['hundreds', 'thousands'].includes(next) && (hedgedBefore(lower, i) || PEOPLE_NOUNS.has(next2) || next2 === 'times' || next2 === 'of' || CURRENCY_WORDS.has(next2))) return true;
  if (next === 'times' && ['more', 'larger', 'bigger', 'higher', 'the', 'as', 'greater', 'faster', 'smaller'].includes(next2)) return true;
  if (w === 'half' && next === 'times') return true;
  return false;
}

/** Start of the clause that carries the figure: ", which has left …" or the sentence. */
function clauseStart(doc: Doc, lower: readonly string[], sentFirst: number, i: number): number {
  for (let k = i - 1; k > Math.max(sentFirst, i - LOCAL_WINDOW); k--) {
    const t = doc.tokens[k];
    if (t.text === ';') return k + 1;
    if (t.text === ',' && CLAUSE_OPENERS.has(lowerAt(lower, k + 1))) return k + 1;
  }
  return sentFirst;
}

/** In a sentence with an attributed quote, whether the figure's own clause (up to ";" or the quote) lacks one. */
function clauseIsUnattributed(ctx: ClaimContext, i: number): boolean {
  const { doc } = ctx;
  const s = doc.sentences[doc.sentenceOf[i]];
  let first = Math.max(s.first, i - LOCAL_WINDOW);
  for (let k = i - 1; k > first; k--) if (doc.tokens[k].text === ';') { first = k + 1; break; }
  let last = Math.min(s.last, i + LOCAL_WINDOW);
  for (let k = i + 1; k < last; k++) if (doc.tokens[k].text === ';') { last = k; break; }
  for (let k = first; k < last; k++) if (ctx.attributedToken[k]) return false;
  // A speech verb in the clause ("according to", "said") also attributes it.
  const clause = doc.text.slice(doc.tokens[first].start, doc.tokens[last - 1].end);
  return !/\b(?:according to|said|says|reported|announced|told)\b/i.test(clause);
}

/** Nouns for a set of figures someone publishes: "The results were announced", "figures released by the ministry". */
const FIGURE_SOURCE =
  /\b(?:results?|figures?|data|statistics|count|tally|toll|census|report|study|survey|poll|estimates?)\b(?:\s+(?:were|was|is|are|have been|has been|had been))?\s+(?:officially\s+)?(?:announced|published|released|reported|issued|confirmed|certified|declared)\b/i;

/**
 * Whether paragraph p says where its figures come from: a sentence in it publishes a set of
 * figures ("The results were announced at Dublin Castle", "The report, published on Monday, …").
 * (One figure that someone states, "The astronomers say … 4000 °C", does not source the others.)
 */
function paragraphSourcesFigures(ctx: ClaimContext, p: number, cache: Map<number, boolean>): boolean {
  const known = cache.get(p);
  if (known !== undefined) return known;
  const { doc } = ctx;
  const para = doc.paragraphs[p];
  let found = false;
  for (let s = para.firstSentence; s < para.lastSentence && !found; s++) {
    const sent = doc.sentences[s];
    if (FIGURE_SOURCE.test(doc.text.slice(sent.start, sent.end))) found = true;
  }
  cache.set(p, found);
  return found;
}

/** Words that set a target: "Its goal is to …", "the target of 40%". */
const TARGET_NOUNS = new Set(['goal', 'goals', 'target', 'targets', 'aim']);
/** Words of intent before "to": "aims to cut emissions by 40%", "pledged to raise $5 million". */
const INTENT_WORDS = new Set(['aims', 'aim', 'aimed', 'plans', 'plan', 'planned', 'wants', 'want', 'seeks', 'seek', 'intends', 'intend',
  'pledged', 'pledges', 'pledge', 'promised', 'promises', 'promise', 'hopes', 'hope', 'vowed', 'vows', 'vow']);
const TARGET_WINDOW = 10;

/**
 * Whether the words in [from, i) set a target for the figure rather than report one. (A forecast,
 * "is expected to reach 1,000", still needs a source and is not a target.)
 */
function isTarget(lower: readonly string[], from: number, i: number): boolean {
  for (let k = from; k < i; k++) {
    if (TARGET_NOUNS.has(lower[k]) || lower[k] === 'to' && k > 0 && INTENT_WORDS.has(lower[k - 1])) return true;
  }
  return false;
}

export function statisticRules(ctx: ClaimContext): Finding[] {
  const { doc } = ctx;
  const toks = doc.tokens;
  // Looked up once here and passed down: isStatistic runs at nearly every token.
  const lower = lowerTokens(doc);
  const out: Finding[] = [];
  const sourced = new Map<number, boolean>();
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    if (sent.first < ctx.headlineEnd) continue;
    for (let i = sent.first; i < sent.last; i++) {
      if (ctx.attributedToken[i]) continue;
      if (toks[i].kind !== 'number' && toks[i].kind !== 'word') continue;
      if (!isStatistic(doc, lower, i)) continue;
      const from = clauseStart(doc, lower, sent.first, i);
      // "Its goal is to decrease IE6 users to less than one percent": a target, not a finding
      // (looked for in the figure's own clause only: "The talks aim to end a war, which has …").
      if (isTarget(lower, Math.max(from, i - TARGET_WINDOW), i)) continue;
      // "…, according to the ministry" or "X said" in the same clause names the source.
      if (!clauseIsUnattributed(ctx, i)) continue;
      // The same paragraph attributes its figures ("The results were announced at Dublin Castle").
      if (paragraphSourcesFigures(ctx, sent.paragraph, sourced)) break;
      const clause = clauseSpan(ctx, i);
      let last = sent.last;
      while (last > from + 1 && /^[.,;:!?]$/.test(toks[last - 1].text)) last--;
      const start = Math.max(toks[from].start, clause.start);
      const end = Math.min(toks[last - 1].end, clause.end);
      const trigger = { start: toks[i].start, end: toks[i].end, text: toks[i].text };
      out.push({
        code: 'NL004', reason: 'unsourced-statistic', start, end, trigger,
        message: `Figure "${trigger.text}" has no source in its sentence: say where the number comes from.`,
      });
      break;
    }
  }
  return out;
}
