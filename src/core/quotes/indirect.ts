// Reported speech: "X said (that) CLAUSE", "CLAUSE, X said", "according to X, CLAUSE",
// "CLAUSE, according to X", "X voiced hope that CLAUSE". The span is the reported clause,
// with "that" when present; "said that A and that B" gives two clauses.
import { LOCAL_WINDOW, isDatelineDash, lowerTokens, type Doc } from '../text/document';
import type { RecognizedEntities } from '../entities/model';
import type { Sentence } from '../text/sentences';
import { speakerAfter, speakerBefore, type SpeakerRef } from './speakers';
import { FINDING_VERBS, FINITE_VERB_HINTS, NO_GERUND_OBJECT_VERBS, QUESTION_VERBS, REPORTING_VERBS, SPEECH_VERBS, TELL_VERBS } from '../lexicon/cues';
import { DAYS_AND_MONTHS } from '../lexicon/stopwords';

export interface IndirectQuote {
  readonly first: number;
  /** Exclusive token end. */
  readonly last: number;
  readonly speaker: SpeakerRef | null;
  readonly cue: readonly [number, number];
}

const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'previously', 'also', 'again', 'repeatedly', 'publicly', 'privately', 'separately', 'last', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'this']);
const ADVERBIAL_PREPS = new Set(['on', 'in', 'at', 'during', 'after', 'to', 'via', 'through', 'before', 'from', 'over', 'under']);
const CLAUSE_STOPPERS = new Set([';', '(', ')']);
const NOT_CLAUSE_START = new Set(['to', 'in', 'on', 'at', 'by', 'for', 'with', 'of', 'from', 'about', 'as', 'and', 'or', 'but', 'so', 'than', 'into', 'over', 'goodbye', 'yes', 'no', 'nothing', 'something', 'anything', 'sorry', 'thanks', 'hello']);
const ADJECTIVE_MARKERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'any', 'no', 'some', 'for', 'of', 'with', 'most', 'widely', 'so-called', 'supposedly', 'allegedly']);
const WH_WORDS = new Set(['whether', 'how', 'what', 'why', 'when', 'where', 'which', 'who', 'if']);
/** Words that open an adjunct, not a reported clause, after a parenthetical attribution. */
const ADJUNCT_OPENERS = new Set(['after', 'before', 'while', 'as', 'because', 'since', 'following', 'when', 'despite', 'amid', 'although',
  'though', 'until', 'but', 'citing', 'adding']);
const HOPE_NOUNS = new Set(['hope', 'hopes', 'concern', 'concerns', 'confidence', 'fear', 'fears', 'optimism', 'doubt', 'doubts', 'belief', 'view']);


/** Skips an object noun phrase after "told": a name, a pronoun, "reporters", "the BBC". */
function skipObject(doc: Doc, ents: RecognizedEntities, j: number, limit: number): number {
  const toks = doc.tokens;
  if (j >= limit) return j;
  const mi = ents.mentionAtToken[j];
  if (mi >= 0) return ents.mentions[mi].last;
  const w = toks[j].text;
  // "told reporter Tomas Brandt of the Daily Ledger that": an object phrase that runs to "that"
  // with no verb in it.
  if (w !== 'that') {
    for (let k = j + 1; k < limit && k - j <= 8; k++) {
      const t = toks[k];
      if (t.text === 'that') return k;
      if (t.kind !== 'word' || FINITE_VERB_HINTS.has(t.text) || /^[a-z]{3,}ed$/.test(t.text)) break;
    }
  }
  // "told analysts that", "warned investors that": any one-word object right before "that".
  if (toks[j + 1]?.text === 'that' && toks[j].kind === 'word' && j + 1 < limit) return j + 1;
  if (['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists', 'parliament', 'lawmakers', 'police', 'investigators', 'supporters', 'viewers', 'listeners', 'readers', 'delegates', 'officials'].includes(w)) return j + 1;
  if (['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(w)) {
    let k = j + 1;
    while (k < limit && k - j <= 4 && toks[k].kind === 'word' && toks[k].text !== 'that') {
      const m2 = ents.mentionAtToken[k];
      if (m2 >= 0) return ents.mentions[m2].last;
      k++;
      if (toks[k - 1].cap === false && !['of'].includes(toks[k - 1].text)) {
        // "the press", "the court", "the governments of South East Asia"
        if (toks[k]?.text === 'of') continue;
        return k;
      }
    }
    return k;
  }
  return j;
}

/** Skips "on Tuesday", "in a statement", "yesterday" after the verb. */
function skipAdverbials(doc: Doc, j: number, limit: number): number {
  const toks = doc.tokens;
  for (let guard = 0; guard < 4 && j < limit; guard++) {
    const w = toks[j].text;
    if (TIME_WORDS.has(w) || DAYS_AND_MONTHS.has(w)) {
      j++;
      continue;
    }
    if (w === ',') {
      j++;
      continue;
    }
    if (ADVERBIAL_PREPS.has(w)) {
      // Only when a "that" follows the adverbial: "said in a statement that …".
      let k = j + 1;
      while (k < limit && k - j <= 6 && toks[k].text !== 'that' && toks[k].kind !== 'quote' && toks[k].text !== ',') k++;
      if (k < limit && toks[k].text === 'that') return k;
      if (DAYS_AND_MONTHS.has(toks[j + 1]?.text ?? '') || TIME_WORDS.has(toks[j + 1]?.text ?? '')) {
        j += 2;
        continue;
      }
      return j;
    }
    return j;
  }
  return j;
}

/** Whether tokens from j look like a finite clause ("Washington was …", "he would …", "the team discovered …"). */
function looksLikeClause(doc: Doc, j: number, limit: number): boolean {
  const toks = doc.tokens;
  if (j >= limit) return false;
  const first = toks[j];
  if (first.kind === 'quote' || first.kind === 'punct') return false;
  if (NOT_CLAUSE_START.has(first.text.toLowerCase())) return false;
  // "said when asked about …", "said if elected …": a participle with no subject is no clause.
  if (/^(?:when|while|if|once|unless|after|before|until)$/i.test(first.text) && /^\p{Ll}+ed$/u.test(toks[j + 1]?.text ?? '')) return false;
  // "denied using live ammunition", "to determine whether …": not reported statements; a
  // question or a "what" clause is reported only after a verb of saying ("noted what began …").
  // ("said supporting legislation … is to be enacted": after a verb that takes no gerund object,
  // the -ing word opens the clause's subject.)
  if (/^\p{Ll}+ing$/u.test(first.text) && !NO_GERUND_OBJECT_VERBS.has(toks[j - 1]?.text ?? '')) return false;
  if (WH_WORDS.has(first.text.toLowerCase()) && !QUESTION_VERBS.has(toks[j - 1]?.text ?? '')) return false;
  // "denied reports he is unwell": the object names someone else's words, not this speaker's.
  if (SPEECH_NOUNS.has(first.text.toLowerCase())) return false;
  for (let k = j + 1; k < limit && k - j <= 14; k++) {
    const t = toks[k];
    if (t.kind === 'punct' && !['-', '%', '$', ','].includes(t.text)) return false;
    if (t.kind !== 'word') continue;
    if (t.text === 'according' || t.text === 'and' && toks[k - 1].text === ',') return false;
    // After a preposition, "plans" and "needs" are nouns ("involvement in plans to …").
    if (NOT_CLAUSE_START.has(toks[k - 1].text) && toks[k - 1].text !== 'and' && toks[k - 1].text !== 'or' && toks[k - 1].text !== 'but') continue;
    // A past participle after a noun and a comma ("an exoplanet, named …") is not the clause's verb.
    const participle = (toks[k - 1].text === ',' || toks[k - 1].text === 'and') && toks[k - 2]?.kind === 'word' && !toks[k - 2].cap;
    if (FINITE_VERB_HINTS.has(t.text) || /^[a-z]{3,}ed$/.test(t.text) && !participle) return true;
    if (/^[a-z]+s$/.test(t.text) && k > j && ['it', 'he', 'she', 'this', 'that', 'there'].includes(toks[k - 1].text.toLowerCase())) return true;
  }
  return false;
}

/** End (exclusive) of a reported clause starting at j, and where a second "and that" clause starts. */
function clauseEnd(doc: Doc, j: number, sentEnd: number): { end: number; next: number } {
  let sentLast = sentEnd;
  const toks = doc.tokens;
  let inQuote = false;
  if (sentLast - j > LOCAL_WINDOW * 2) sentLast = j + LOCAL_WINDOW * 2;
  for (let k = j; k < sentLast; k++) {
    const t = toks[k];
    if (t.kind === 'quote' && (t.text === '"' || t.text === '“' || t.text === '”')) inQuote = !inQuote;
    if (inQuote) continue;
    if (CLAUSE_STOPPERS.has(t.text)) return { end: k, next: -1 };
    if (t.text === 'and' && toks[k + 1]?.text === 'that' && k > j + 2) {
      return { end: toks[k - 1].text === ',' ? k - 1 : k, next: k + 1 };
    }
    if (t.text === ',' && toks[k + 1]) {
      const n = toks[k + 1].text;
      const n2 = toks[k + 2]?.text ?? '';
      if (n === 'according' || n === 'but' || n === 'while' || n === 'whereas' || n === 'although' || n === 'as') return { end: k, next: -1 };
      if (n === 'and' && (REPORTING_VERBS.has(n2) || SPEECH_VERBS.has(n2) || n2 === 'also')) return { end: k, next: -1 };
      if (n === 'he' || n === 'she' || n === 'they') {
        if (SPEECH_VERBS.has(n2)) return { end: k, next: -1 };
      }
    }
  }
  // Drop the sentence's final punctuation (outside quotation marks).
  let end = sentLast;
  while (end > j && toks[end - 1].kind === 'punct' && /^[.,;:!?]$/.test(toks[end - 1].text)) end--;
  return { end, next: -1 };
}

export function findIndirectQuotes(doc: Doc, ents: RecognizedEntities, insideDirect: (i: number) => boolean): IndirectQuote[] {
  const toks = doc.tokens;
  const out: IndirectQuote[] = [];
  const taken = new Uint8Array(toks.length);
  const add = (first: number, last: number, speaker: SpeakerRef | null, cue: [number, number]): void => {
    while (last > first && toks[last - 1].text === ',') last--;
    if (last - first < 2) return;
    for (let k = first; k < last; k++) if (taken[k]) return;
    for (let k = first; k < last; k++) taken[k] = 1;
    out.push({ first, last, speaker, cue });
  };

  const scan: Scan = { doc, ents, insideDirect, add };

  // This loop over every token only picks out the words that can introduce reported speech;
  // each pattern is a function of its own. (As one long loop body, this ran unoptimised on many
  // runs: 13 to 40 ms per MB.)
  const lowers = lowerTokens(doc);
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    for (let i = sent.first; i < sent.last; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || insideDirect(i)) continue;
      const lower = lowers[i];
      if (lower === 'according' && toks[i + 1]?.text === 'to') {
        accordingTo(scan, sent, i);
        continue;
      }
      if ((lower === 'voiced' || lower === 'expressed') && toks[i + 1]) {
        const resume = voicedHope(scan, sent, i);
        if (resume >= 0) {
          i = resume;
          continue;
        }
      }
      if (REPORTING_VERBS.has(t.text)) afterReportingVerb(scan, sent, i);
      // "The researchers found that …": a finding is reported only with "that".
      else if (FINDING_VERBS.has(t.text) && lowers[i + 1] === 'that') afterReportingVerb(scan, sent, i);
    }
  }
  out.sort((a, b) => a.first - b.first);
  return out;
}

/** What the reported-speech patterns share while scanning one document. */
interface Scan {
  readonly doc: Doc;
  readonly ents: RecognizedEntities;
  readonly insideDirect: (i: number) => boolean;
  /** Records the reported clause [first, last) unless it overlaps one found before. */
  readonly add: (first: number, last: number, speaker: SpeakerRef | null, cue: [number, number]) => void;
}

/** Nouns for someone's words: after a verb, the object, not a reported clause ("denied reports he was ill"). */
const SPEECH_NOUNS = new Set(['reports', 'report', 'claims', 'allegations', 'rumours', 'rumors', 'suggestions', 'accusations',
  'speculation', 'charges', 'stories']);

const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'that', 'where']);

/** "According to X, CLAUSE" and "CLAUSE, according to X", at token i ("according"). */
function accordingTo(scan: Scan, sent: Sentence, i: number): void {
  const { doc, ents, insideDirect, add } = scan;
  const toks = doc.tokens;
  const sp = speakerAfter(doc, ents, i + 1, sent.last);
  const spEnd = sp ? sp.last : i + 2;
  let comma = spEnd;
  while (comma < sent.last && toks[comma].text !== ',' && comma - spEnd < 8) comma++;
  // "According to Keivan Stassun, a professor of physics at Vanderbilt, …": skip the apposition.
  if (toks[comma]?.text === ',' && ['a', 'an', 'the'].includes(toks[comma + 1]?.text ?? '')) {
    let k = comma + 1;
    while (k < sent.last && toks[k].text !== ',' && k - comma < 16) k++;
    if (toks[k]?.text === ',') {
      let k2 = k + 1;
      // A place after the apposition's comma ("Vanderbilt University, Tennessee,") belongs to it.
      while (ents.mentionAtToken[k2] >= 0 && ents.mentions[ents.mentionAtToken[k2]].entity.type === 'LOC' && toks[ents.mentions[ents.mentionAtToken[k2]].last]?.text === ',') k2 = ents.mentions[ents.mentionAtToken[k2]].last + 1;
      comma = k2 - 1;
    }
  }
  if (i === sent.first || toks[i - 1].kind === 'quote' && i - 1 === sent.first) {
    // "According to ABC News, Basya also believes …": the clause's own speaker wins.
    if (comma < sent.last && toks[comma].text === ',' && hasOwnSpeechVerb(doc, ents, comma + 1, sent.last)) return;
    if (comma < sent.last && toks[comma].text === ',') {
      const { end } = clauseEnd(doc, comma + 1, sent.last);
      if (!insideDirect(comma + 1)) add(comma + 1, end, sp, [i, i + 2]);
    } else if (sp && sp.entity && looksLikeClause(doc, sp.last, sent.last)) {
      // "According to Rathbun the property was returned …" (no comma after the name).
      const { end } = clauseEnd(doc, sp.last, sent.last);
      if (!insideDirect(sp.last)) add(sp.last, end, sp, [i, i + 2]);
    }
  } else if (toks[i - 1]?.text === ',') {
    // "boats which, according to AFP, the UN has criticised": the attribution sits inside a
    // relative clause, whose words before it are no reported statement.
    if (RELATIVES.has(toks[i - 2]?.text.toLowerCase() ?? '')) return;
    // The clause runs from the sentence start (or the last clause break) to the comma.
    let from = sent.first;
    for (let k = i - 2; k > Math.max(sent.first, i - LOCAL_WINDOW); k--) {
      if (toks[k].text === ';') { from = k + 1; break; }
    }
    while (from < i - 1 && toks[from].kind === 'punct') from++;
    if (!insideDirect(from)) add(from, i - 1, sp, [i, i + 2]);
  } else if (comma < sent.last && toks[comma].text === ',') {
    const { end } = clauseEnd(doc, comma + 1, sent.last);
    if (!insideDirect(comma + 1)) add(comma + 1, end, sp, [i, i + 2]);
  }
}

/** "voiced hope that", "expressed concern that", at token i: the token to resume after, or -1 when it is not that phrase. */
function voicedHope(scan: Scan, sent: Sentence, i: number): number {
  const { doc, ents, add } = scan;
  const toks = doc.tokens;
  let k = i + 1;
  if (['its', 'his', 'her', 'their', 'the'].includes(toks[k].text)) k++;
  if (toks[k] && HOPE_NOUNS.has(toks[k].text)) {
    const sp = speakerBefore(doc, ents, i, sent.first);
    let j = skipAdverbials(doc, k + 1, sent.last);
    if (toks[j]?.text === 'that') {
      const { end, next } = clauseEnd(doc, j, sent.last);
      add(j, end, sp, [i, k + 1]);
      if (next > 0) add(next, clauseEnd(doc, next, sent.last).end, sp, [i, k + 1]);
    }
    return k;
  }
  return -1;
}

/** Where a speaker named at token `first` starts with the title before the name ("Secretary of State Brad …"). */
function titledStart(doc: Doc, first: number, floor: number): number {
  const toks = doc.tokens;
  let k = first;
  while (k - 1 > floor && first - k < 6 && (toks[k - 1].kind === 'word' && toks[k - 1].cap || toks[k - 1].text === 'of' && toks[k - 2]?.cap)) k--;
  return k;
}

/** Where a sentence's words start after a dateline ("KARACHI — "), within [first, end); else first. */
function datelineEnd(doc: Doc, first: number, end: number): number {
  for (let k = first; k < end && k - first < 12; k++) if (isDatelineDash(doc, k)) return k + 1;
  return first;
}

/** "X said (that) CLAUSE", "CLAUSE, X said", "is said by X that …", at token i (a reporting verb). */
function afterReportingVerb(scan: Scan, sent: Sentence, i: number): void {
  const { doc, ents, insideDirect, add } = scan;
  const toks = doc.tokens;
  const t = toks[i];
  const prev = toks[i - 1];
  // "an alleged plot", "the reported attack": a participle used as an adjective.
  if (prev && ADJECTIVE_MARKERS.has(prev.text.toLowerCase())) return;
  // Passive voice: "is said to", "was told by a midwife that".
  const passive = prev && ['is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(prev.text);
  let speaker: SpeakerRef | null = null;
  let j = i + 1;
  if (passive) {
    if (toks[j]?.text !== 'by') return;
    const byPhrase = speakerAfter(doc, ents, j, sent.last);
    speaker = byPhrase;
    j = byPhrase ? byPhrase.last : j + 1;
    if (toks[j]?.text !== 'that') return;
  } else {
    speaker = speakerBefore(doc, ents, i, sent.first);
  }

  // A parenthetical attribution: "About a year ago, NASA reports, observers noticed …"
  // (", Secretary of State Brad Raffensperger said, as …": the speaker's title inside the commas).
  const speakerStart = speaker ? titledStart(doc, speaker.first, sent.first) : -1;
  if (!passive && speaker && toks[i + 1]?.text === ',' && toks[speakerStart - 1]?.text === ',' && i + 2 < sent.last) {
    // "Ministers failed to agree, officials said, after the Dutch refused": what follows is an
    // adjunct of the sentence; the words before the attribution are what was said.
    if (ADJUNCT_OPENERS.has(lowerTokens(doc)[i + 2])) {
      const from = datelineEnd(doc, sent.first, speakerStart - 1);
      if (speakerStart - 1 - from >= 3 && !insideDirect(from)) add(from, speakerStart - 1, speaker, [i, i + 1]);
      return;
    }
    const { end } = clauseEnd(doc, i + 2, sent.last);
    // The attribution in commas vouches for the rest of the sentence, however it starts.
    if (end - (i + 2) >= 3 && !insideDirect(i + 2)) add(i + 2, end, speaker, [i, i + 1]);
    return;
  }
  // Inverted attribution at the end: "CLAUSE, a monitor said." / "CLAUSE, said the spokesman."
  if (!passive) {
    const inv = invertedAttribution(doc, ents, sent.first, sent.last, i, speaker);
    if (inv) {
      const from = inv.clauseFirst;
      if (!insideDirect(from) && !insideDirect(inv.clauseLast - 1)) add(from, inv.clauseLast, inv.speaker, [i, i + 1]);
      return;
    }
  }
  if (!speaker && !passive) return;

  // "The Associated Press reports Ines Carvalho as saying …": the person quoted speaks.
  const quotedAs = ents.mentionAtToken[j] ?? -1;
  if (!passive && quotedAs >= 0) {
    const m = ents.mentions[quotedAs];
    if (m.entity.type !== 'LOC' && m.entity.type !== 'MISC' && toks[m.last]?.text === 'as' && ['saying', 'stating'].includes(toks[m.last + 1]?.text ?? '')) {
      speaker = { first: m.first, last: m.last, kind: 'named', entity: m.entity };
      j = m.last + 2;
    }
  }

  if (TELL_VERBS.has(t.text)) j = skipObject(doc, ents, j, sent.last);
  j = skipAdverbials(doc, j, sent.last);
  if (j >= sent.last) return;
  if (toks[j].text === 'that' || looksLikeClause(doc, j, sent.last)) {
    if (toks[j].kind === 'quote' || insideDirect(j) && toks[j].kind !== 'quote' && isWholeQuoteFrom(doc, j, insideDirect, sent.last)) return;
    const { end, next } = clauseEnd(doc, j, sent.last);
    const cue: [number, number] = prev && ['has', 'have', 'had'].includes(prev.text) ? [i - 1, i + 1] : [i, i + 1];
    add(j, end, speaker, cue);
    if (next > 0) add(next, clauseEnd(doc, next, sent.last).end, speaker, cue);
  }
}

/** A speech verb with a speaker of its own near the start of [from, last). */
function hasOwnSpeechVerb(doc: Doc, ents: RecognizedEntities, from: number, last: number): boolean {
  for (let k = from + 1; k < last && k - from <= 24; k++) {
    const t = doc.tokens[k];
    if (t.kind === 'word' && REPORTING_VERBS.has(t.text) && speakerBefore(doc, ents, k, from)) return true;
  }
  return false;
}

function isWholeQuoteFrom(doc: Doc, j: number, insideDirect: (i: number) => boolean, last: number): boolean {
  for (let k = j; k < last; k++) if (!insideDirect(k) && doc.tokens[k].kind === 'word') return false;
  return true;
}

interface Inverted {
  clauseFirst: number;
  clauseLast: number;
  speaker: SpeakerRef | null;
}

/** "CLAUSE, a monitor said." or "CLAUSE, said the official." with the verb at the end of the sentence. */
function invertedAttribution(doc: Doc, ents: RecognizedEntities, sentFirst: number, sentLast: number, verb: number, before: SpeakerRef | null): Inverted | null {
  const toks = doc.tokens;
  // The verb (plus a short adverbial) must end the sentence.
  let k = verb + 1;
  const after = speakerAfter(doc, ents, verb, sentLast);
  if (after) k = after.last;
  while (k < sentLast && (toks[k].kind === 'word' && (TIME_WORDS.has(toks[k].text) || DAYS_AND_MONTHS.has(toks[k].text) || ADVERBIAL_PREPS.has(toks[k].text) || ['a', 'an', 'the', 'statement', 'interview', 'news', 'conference', 'briefing'].includes(toks[k].text)))) k++;
  // ("…, officials said on Thursday, as the army joined rescue efforts": an adjunct may follow.)
  const adjunct = toks[k]?.text === ',' && ADJUNCT_OPENERS.has(toks[k + 1]?.text.toLowerCase() ?? '');
  if (k < sentLast && !/^[.!?]$/.test(toks[k].text) && !adjunct) return null;
  let comma: number;
  let speaker: SpeakerRef | null;
  if (before && before.first > sentFirst && toks[before.first - 1].text === ',') {
    comma = before.first - 1;
    speaker = before;
  } else if (toks[verb - 1]?.text === ',' && after) {
    comma = verb - 1;
    speaker = after;
  } else {
    return null;
  }
  let from = datelineEnd(doc, sentFirst, comma);
  while (from < comma && (toks[from].kind === 'punct')) from++;
  if (comma - from < 3) return null;
  if (toks[from].kind === 'quote') return null;
  return { clauseFirst: from, clauseLast: comma, speaker };
}

