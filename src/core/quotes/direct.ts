// Attributes direct quotations: the speech verb and speaker after the quote ("…," he said /
// "…," said Kerry), before it (Kerry said: "…"), around it in the same sentence (Kerry said there
// had been "progress"), or carried over from the previous quotation or paragraph.
import { LOCAL_WINDOW, type Doc } from '../text/document';
import type { RecognizedEntities } from '../entities/model';
import type { MarkedQuote } from './marks';
import { speakerAfter, speakerBefore, subjectAtStart, type SpeakerRef, type SubjectSearch } from './speakers';
import { SPEECH_VERBS, CUE_AUXILIARIES } from '../lexicon/cues';

export interface Attribution {
  readonly speaker: SpeakerRef | null;
  /** Token range [first, last) of the cue, or null. */
  readonly cue: readonly [number, number] | null;
  /** Set when the speaker was carried over from the quotation this one continues. */
  readonly continued?: true;
}

export interface DirectQuote extends MarkedQuote {
  /** Quotes without marks (pull quotes, block statements). */
  readonly unmarked: boolean;
  attribution: Attribution;
  entityId: string | null;
}

const NAMING_VERBS = new Set(['called', 'named', 'labelled', 'labeled', 'dubbed', 'titled', 'entitled', 'nicknamed', 'branded', 'known']);


function isVerb(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && t.kind === 'word' && SPEECH_VERBS.has(t.text);
}

/** Cue token range including "has"/"have"/"had" before the verb ("has said"). */
function cueRange(doc: Doc, verb: number): [number, number] {
  const prev = doc.tokens[verb - 1];
  if (prev && ['has', 'have', 'had'].includes(prev.text)) return [verb - 1, verb + 1];
  return [verb, verb + 1];
}

/** Attribution that follows the quote in its sentence. */
function attributionAfter(doc: Doc, ents: RecognizedEntities, q: DirectQuote, sentLast: number): Attribution | null {
  const toks = doc.tokens;
  let a = q.last + 1;
  if (a < sentLast && toks[a].text === ',') a++;
  if (a >= sentLast) return null;
  // "…" - Matthew Ingram (a byline after the quote, closing the paragraph).
  if (/^[-–—]$/.test(toks[a].text)) {
    const mi = ents.mentionAtToken[a + 1];
    if (mi >= 0 && (ents.mentions[mi].entity.type === 'PERSON' || ents.mentions[mi].entity.type === 'ORG')) {
      const m = ents.mentions[mi];
      return { speaker: { first: m.first, last: m.last, kind: 'named', entity: m.entity }, cue: null };
    }
  }
  // "…", according to the Sydney Morning Herald.
  if (toks[a].text === 'according' && toks[a + 1]?.text === 'to') {
    const sp = speakerAfter(doc, ents, a + 1, sentLast);
    if (sp) return { speaker: sp, cue: [a, a + 2] };
  }
  // "…," said Kerry.
  if (isVerb(doc, a)) {
    const sp = speakerAfter(doc, ents, a, sentLast);
    if (sp) return { speaker: sp, cue: cueRange(doc, a) };
  }
  // "…," Kerry said. / "…," team member Rodaba Noori told the press / "…," Khaled Al-Maeena, editor at large, said.
  for (let v = a + 1; v < sentLast && v - a <= 16; v++) {
    if (toks[v].kind === 'quote') break;
    if (!isVerb(doc, v)) continue;
    const sp = speakerBefore(doc, ents, v, a);
    if (sp && sp.first <= a + 3) return { speaker: sp, cue: cueRange(doc, v) };
    break;
  }
  return null;
}

/** Attribution before the quote in its sentence: "Kerry said: "…"", "Kerry said there had been "progress"". */
function attributionBefore(doc: Doc, ents: RecognizedEntities, q: DirectQuote, sentFirst: number, quoteStarts: Set<number>): Attribution | null {
  const toks = doc.tokens;
  for (let v = q.first - 1; v >= Math.max(sentFirst, q.first - LOCAL_WINDOW); v--) {
    if (toks[v].kind === 'quote' && quoteStarts.has(v)) break; // an earlier quotation has its own attribution
    // "According to Keivan Stassun, …, "…"" and "in the words of the Crown prosecutor, Mark Tedeschi, "…"".
    const w = toks[v].text.toLowerCase();
    if ((w === 'according' && toks[v + 1]?.text === 'to') || (w === 'words' && toks[v + 1]?.text === 'of' && toks[v - 1]?.text === 'the' && toks[v - 2]?.text.toLowerCase() === 'in')) {
      const cueFirst = w === 'according' ? v : v - 2;
      const sp = speakerAfter(doc, ents, v + 1, q.first);
      if (sp) return { speaker: sp, cue: [cueFirst, v + 2] };
    }
    if (!isVerb(doc, v)) continue;
    // Passive "is said to", participles used as adjectives ("an alleged"), are not cues;
    // nor is a naming verb right before the quotation ("a user labelled "Anonymous"").
    const prev = toks[v - 1];
    // "was described by The Guardian as "…"": the agent of the passive speaks.
    if (prev && ['is', 'are', 'was', 'were', 'been'].includes(prev.text.toLowerCase()) && toks[v + 1]?.text === 'by') {
      const agent = speakerAfter(doc, ents, v + 1, q.first);
      if (agent?.entity) return { speaker: agent, cue: [v, v + 2] };
    }
    if (prev && ['is', 'are', 'was', 'were', 'be', 'been', 'a', 'an', 'the', 'so-called'].includes(prev.text.toLowerCase())) continue;
    if (v === q.first - 1 && NAMING_VERBS.has(toks[v].text) && !(prev && ['he', 'she', 'they', 'it', 'we', 'i'].includes(prev.text.toLowerCase()))) continue;
    // "X congratulated Y on Twitter, saying: "…"": a participle after a comma speaks for the subject.
    const participle = toks[v].text.endsWith('ing') && (prev?.text === ',' || v === sentFirst);
    let sp = participle ? subjectOfSentence(doc, ents, sentFirst, v) : speakerBefore(doc, ents, v, sentFirst);
    if (!sp && toks[v].text.endsWith('ing')) sp = subjectOfSentence(doc, ents, sentFirst, v);
    if (sp) return { speaker: sp, cue: cueRange(doc, v) };
  }
  return null;
}

const SENTENCE_SUBJECT: SubjectSearch = { window: LOCAL_WINDOW, pronouns: new Set(['he', 'she', 'they']), personAfterOrg: false };

/** The first named or pronoun subject in [from, to). */
function subjectOfSentence(doc: Doc, ents: RecognizedEntities, from: number, to: number): SpeakerRef | null {
  return subjectAtStart(doc, ents, from, to, SENTENCE_SUBJECT);
}

/** Whether the paragraph before `q` ends with "…said:" and names a speaker. */
function introducedByPreviousParagraph(doc: Doc, ents: RecognizedEntities, q: DirectQuote): Attribution | null {
  const toks = doc.tokens;
  const p = doc.sentences[doc.sentenceOf[q.first]].paragraph;
  if (p === 0) return null;
  const prev = doc.paragraphs[p - 1];
  if (toks[prev.last - 1].text !== ':' && toks[prev.last - 1].text !== ',') return null;
  const sent = doc.sentences[doc.sentenceOf[prev.last - 1]];
  for (let v = prev.last - 2; v >= Math.max(sent.first, prev.last - LOCAL_WINDOW); v--) {
    if (!isVerb(doc, v)) continue;
    const sp = speakerBefore(doc, ents, v, sent.first) ?? subjectOfSentence(doc, ents, sent.first, v);
    if (sp) return { speaker: sp, cue: cueRange(doc, v) };
  }
  return null;
}

export function attributeDirectQuotes(doc: Doc, ents: RecognizedEntities, quotes: DirectQuote[]): void {
  const quoteStarts = new Set(quotes.map((q) => q.first));
  for (const q of quotes) {
    const sent = doc.sentences[doc.sentenceOf[q.first]];
    const sentEnd = doc.sentences[doc.sentenceOf[q.last]];
    q.attribution = (q.unmarked ? null : attributionAfter(doc, ents, q, sentEnd.last))
      ?? (q.unmarked ? null : attributionBefore(doc, ents, q, sent.first, quoteStarts))
      ?? (q.unmarked ? null : nameAndColon(doc, ents, q, sent.first))
      ?? (isWholeParagraph(doc, q) ? introducedByPreviousParagraph(doc, ents, q) : null)
      ?? (q.unmarked ? null : attributionInNextSentence(doc, ents, q))
      ?? q.attribution;
  }
}

/**
 * `Jonas Ek: "I will never resign."`: a person's name that opens the sentence, then a colon and
 * the quotation (interviews, transcripts, summaries of who said what).
 */
function nameAndColon(doc: Doc, ents: RecognizedEntities, q: DirectQuote, sentFirst: number): Attribution | null {
  const colon = q.first - 1;
  if (doc.tokens[colon]?.text !== ':') return null;
  const mi = ents.mentionAtToken[colon - 1];
  if (mi === undefined || mi < 0) return null;
  const m = ents.mentions[mi];
  if (m.entity.type !== 'PERSON' || m.last !== colon || m.first !== sentFirst) return null;
  return { speaker: { first: m.first, last: m.last, kind: 'named', entity: m.entity }, cue: [colon, colon + 1] };
}

/**
 * `"We will not give up." Jane Doe said the party would fight on.`: a quotation that is a whole
 * sentence, followed in the same paragraph by a sentence whose named subject speaks.
 */
function attributionInNextSentence(doc: Doc, ents: RecognizedEntities, q: DirectQuote): Attribution | null {
  const s = doc.sentenceOf[q.first];
  const sent = doc.sentences[s];
  const next = doc.sentences[s + 1];
  if (!next || next.paragraph !== sent.paragraph || q.first > sent.first + 1 || doc.sentenceOf[q.last] !== s || q.last < sent.last - 2) return null;
  const toks = doc.tokens;
  let k = next.first;
  const mi = ents.mentionAtToken[k];
  let speaker: SpeakerRef | null = null;
  if (mi >= 0 && ents.mentions[mi].entity.type === 'PERSON') {
    const m = ents.mentions[mi];
    speaker = { first: m.first, last: m.last, kind: 'named', entity: m.entity };
    k = m.last;
  } else if (/^(?:he|she)$/i.test(toks[k]?.text ?? '')) {
    speaker = { first: k, last: k + 1, kind: 'pronoun', entity: null };
    k++;
  }
  if (!speaker) return null;
  while (k < next.last && CUE_AUXILIARIES.has(toks[k].text)) k++;
  return isVerb(doc, k) ? { speaker, cue: cueRange(doc, k) } : null;
}

/** The quote opens its paragraph (the statement introduced by the paragraph before). */
function isWholeParagraph(doc: Doc, q: DirectQuote): boolean {
  const p = doc.paragraphs[doc.sentences[doc.sentenceOf[q.first]].paragraph];
  return q.first <= p.first + 1;
}

/**
 * Quotes with no attribution of their own take the speaker of the quotation they continue:
 * the parts of a multi-paragraph quote share one speaker, and a quote that follows another
 * quote's attribution sentence ("…," he said. "…") keeps the same speaker.
 */
export function carryOver(doc: Doc, quotes: DirectQuote[]): void {
  // Multi-paragraph chains: the speaker found in any part applies to all parts.
  for (let i = 0; i < quotes.length; i++) {
    if (!quotes[i].continues) continue;
    let j = i;
    while (j + 1 < quotes.length && quotes[j].continues && quotes[j + 1].continued) j++;
    const withSpeaker = quotes.slice(i, j + 1).find((q) => q.attribution.speaker);
    if (withSpeaker) {
      for (let k = i; k <= j; k++) {
        if (!quotes[k].attribution.speaker) {
          quotes[k].attribution = { speaker: withSpeaker.attribution.speaker, cue: null, continued: true };
          quotes[k].entityId = withSpeaker.entityId;
        }
      }
    }
    i = j;
  }
  // "described abortion as a "very grave sin" and a "horrendous crime"": a quote joined to an
  // attributed one by a few words without a verb shares its speaker and cue.
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i];
    const prev = quotes[i - 1];
    if (q.attribution.speaker || !prev.attribution.speaker || q.unmarked || prev.unmarked) continue;
    if (doc.sentenceOf[prev.last] !== doc.sentenceOf[q.first] || q.first - prev.last > 4) continue;
    let joined = true;
    for (let k = prev.last + 1; k < q.first; k++) if (!['and', 'or', 'a', 'an', 'the', ',', 'as', 'but', ':'].includes(doc.tokens[k].text)) joined = false;
    if (!joined) continue;
    q.attribution = prev.attribution;
    q.entityId = prev.entityId;
  }
  // A quotation with no attribution right after an attributed one, with nothing but quotes and
  // their attributions in between, continues the same voice.
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.attribution.speaker) continue;
    const prev = quotes[i - 1];
    if (!prev.attribution.speaker || prev.entityId === null) continue;
    // Where the previous quote's attribution ends: '"Can we win?" Lind said. "We can."' (the
    // question mark closes a sentence of its own before the cue).
    const sp = prev.attribution.speaker;
    const cue = prev.attribution.cue;
    const sPrev = doc.sentenceOf[Math.max(prev.last, sp ? sp.last - 1 : 0, cue ? cue[0] : 0)];
    const sCur = doc.sentenceOf[q.first];
    if (sPrev > sCur) continue;
    const pPrev = doc.sentences[sPrev].paragraph;
    const pCur = doc.sentences[sCur].paragraph;
    const adjacentSentence = sCur - sPrev <= 1 && pCur - pPrev <= 1;
    if (!adjacentSentence) continue;
    // The new quote must open its sentence or paragraph (not be a term inside narration).
    const sent = doc.sentences[sCur];
    if (q.first !== sent.first && !q.unmarked) continue;
    q.attribution = { speaker: prev.attribution.speaker, cue: null, continued: true };
    q.entityId = prev.entityId;
  }
}

