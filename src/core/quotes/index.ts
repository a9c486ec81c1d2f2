// Finds every quotation, direct and indirect, and its speaker.
import type { AttributionMethod, Quote } from '../types';
import { LOCAL_WINDOW, tokenSpan, type Doc } from '../text/document';
import type { EntityRecord, RecognizedEntities } from '../entities/model';
import type { MarkedQuote } from './marks';
import { attributeDirectQuotes, carryOver, type Attribution, type DirectQuote } from './direct';
import { findIndirectQuotes, type IndirectQuote } from './indirect';
import { resolvePronoun, speakerBefore, type SourceKind, type SpeakerRef } from './speakers';
import { REPORTING_VERBS, SPEECH_VERBS } from '../lexicon/cues';

/** A quote with the internal details the claim rules need. */
export interface QuoteRecord {
  readonly quote: Quote;
  readonly sourceKind: SourceKind | null;
  /** Token range of the quote. */
  readonly first: number;
  readonly last: number;
}


/** Pull quotes ("…" then a line "— Name, role") and block statements after "X said:". */
function findUnmarked(doc: Doc, ents: RecognizedEntities, marked: readonly MarkedQuote[]): DirectQuote[] {
  const toks = doc.tokens;
  const out: DirectQuote[] = [];
  const markedStarts = new Set(marked.map((m) => m.first));
  for (let p = 0; p + 1 < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p];
    const next = doc.paragraphs[p + 1];
    // A paragraph without quotation marks followed by a "— Name" line: the speaker is the first
    // person or organisation named on that line.
    const speaker = markedStarts.has(para.first) || toks[para.first].kind === 'quote' ? undefined : dashLineSpeaker(doc, ents, p);
    if (speaker !== undefined) {
      const words = para.last - para.first;
      if (words >= 4) {
        out.push({
          first: para.first, last: para.last - 1, start: toks[para.first].start, end: toks[para.last - 1].end,
          continues: false, continued: false, unmarked: true,
          attribution: { speaker: speaker ?? { first: next.first, last: next.last, kind: 'vague', entity: null }, cue: null },
          entityId: speaker?.entity?.id ?? null,
        });
      }
      continue;
    }
    // "In a statement Peters says:" then the statement as its own paragraph.
    if (toks[para.last - 1].text === ':' && toks[next.first].kind !== 'quote') {
      const sent = doc.sentences[doc.sentenceOf[para.last - 1]];
      for (let v = para.last - 2; v >= Math.max(sent.first, para.last - LOCAL_WINDOW); v--) {
        if (!SPEECH_VERBS.has(toks[v].text)) continue;
        const sp = speakerBefore(doc, ents, v, sent.first);
        if (!sp) break;
        const last = statementEnd(doc, ents, p + 1);
        out.push({
          first: next.first, last, start: toks[next.first].start, end: toks[last].end,
          continues: false, continued: false, unmarked: true,
          attribution: { speaker: sp, cue: [v, v + 1] }, entityId: null,
        });
        if (last < next.last - 1) break;
        // The statement goes on while the next paragraphs speak in the first person ("I thought …").
        for (let q = p + 2; q < doc.paragraphs.length && q <= p + 4; q++) {
          const more = doc.paragraphs[q];
          if (!FIRST_PERSON.has(toks[more.first].text)) break;
          out.push({
            first: more.first, last: more.last - 1, start: toks[more.first].start, end: toks[more.last - 1].end,
            continues: false, continued: false, unmarked: true,
            attribution: { speaker: sp, cue: null, continued: true }, entityId: null,
          });
        }
        break;
      }
      continue;
    }
    // A pull quote signed at its end: "I was hauled in … because she was suppressive. Valeska Paris"
    const signed = signedParagraph(doc, ents, p);
    if (signed) out.push(signed);
  }
  return out;
}

const FIRST_PERSON = new Set(['I', 'We', 'My', 'Our', "I'm", "We're", "I've", "We've"]);

/**
 * Last token of a statement paragraph p introduced by "X said:": the statement stops before a
 * sentence that reports someone in the third person ("They also claimed …", "The church also
 * says that …"), where the writer speaks again.
 */
function statementEnd(doc: Doc, ents: RecognizedEntities, p: number): number {
  const para = doc.paragraphs[p];
  for (let s = para.firstSentence + 1; s < para.lastSentence; s++) {
    const sent = doc.sentences[s];
    for (let k = sent.first + 1; k < sent.last && k - sent.first <= 6; k++) {
      if (doc.tokens[k].kind !== 'word' || !REPORTING_VERBS.has(doc.tokens[k].text)) continue;
      const sp = speakerBefore(doc, ents, k, sent.first);
      if (sp && !/^(?:i|we)$/i.test(doc.tokens[sp.first].text)) return doc.sentences[s - 1].last - 1;
      break;
    }
  }
  return para.last - 1;
}

/** A paragraph of first-person prose whose last sentence is only a person's name: a signed pull quote. */
function signedParagraph(doc: Doc, ents: RecognizedEntities, p: number): DirectQuote | null {
  const toks = doc.tokens;
  const para = doc.paragraphs[p];
  if (para.lastSentence - para.firstSentence < 2 || toks[para.first].kind === 'quote') return null;
  const last = doc.sentences[para.lastSentence - 1];
  const mi = ents.mentionAtToken[last.first];
  if (mi < 0) return null;
  const m = ents.mentions[mi];
  if (m.entity.type !== 'PERSON' || m.last < last.last - 1) return null;
  const bodyLast = last.first - 1;
  let firstPerson = false;
  for (let k = para.first; k <= bodyLast; k++) {
    if (toks[k].kind === 'quote') return null;
    if (/^(?:I|me|my|we|us|our)$/.test(toks[k].text)) firstPerson = true;
  }
  if (!firstPerson || bodyLast - para.first < 5) return null;
  return {
    first: para.first, last: bodyLast, start: toks[para.first].start, end: toks[bodyLast].end,
    continues: false, continued: false, unmarked: true,
    attribution: { speaker: { first: m.first, last: m.last, kind: 'named', entity: m.entity }, cue: null }, entityId: null,
  };
}

function wordCount(doc: Doc, first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (doc.tokens[k].kind === 'word' || doc.tokens[k].kind === 'number') n++;
  return n;
}


/** Tokens between a short quote's closing mark and its cue ('"No," the board chairman said'). */
const SHORT_REPLY_CUE_GAP = 5;

/** Share of a reported clause taken by a direct quotation above which the clause is just the quote. */
const QUOTE_DOMINATES = 0.85;

/** Verbs after which words in quotation marks are a name, not speech ("titled", "known as"). */
const NAMING_WORDS = new Set(['titled', 'entitled', 'named', 'called', 'dubbed', 'headlined', 'as', 'nicknamed', 'labelled', 'labeled', 'branded', 'the', 'a', 'an', 'word', 'term', 'phrase', 'slogan', 'hashtag']);

/** Things that carry text without speaking it. */
const INANIMATE = new Set(['message', 'messages', 'sign', 'signs', 'banner', 'banners', 'page', 'screen', 'note', 'label',
  'headline', 'caption', 'title', 'slogan', 'inscription', 'placard', 'placards', 'graffiti', 'plaque', 'notice']);

/** Participles that introduce a name even when someone is quoted nearby ('a robot named "…"'). */
const NAMED_BY = new Set(['titled', 'entitled', 'named', 'dubbed', 'headlined', 'nicknamed', 'labelled', 'labeled']);

/** Mostly Title Case words: a title or a name in quotation marks ("Savita Matters, Women Matter"). */
function isTitleLike(doc: Doc, first: number, last: number, threshold = 0.75): boolean {
  let words = 0;
  let caps = 0;
  for (let k = first + 1; k < last; k++) {
    const t = doc.tokens[k];
    if (t.kind !== 'word') continue;
    words++;
    if (t.cap || t.upper || t.kind === 'word' && /^(?:of|the|and|a|an|in|on|for|to|de|vs\.?)$/.test(t.text)) caps++;
  }
  return words > 0 && caps / words >= threshold;
}

function sentenceCount(doc: Doc, first: number, last: number): number {
  let n = 0;
  for (let k = first + 1; k < last - 1; k++) if (/^[.!?]$/.test(doc.tokens[k].text) && doc.tokens[k + 1].kind === 'word') n++;
  return n;
}

/** A pull-quote attribution line after paragraph p: "— Name, role" or "- Name". */
function dashLineSpeaker(doc: Doc, ents: RecognizedEntities, p: number): SpeakerRef | null | undefined {
  const next = doc.paragraphs[p + 1];
  if (!next) return undefined;
  const dash = doc.tokens[next.first];
  if (!(dash.text === '—' || dash.text === '–' || dash.text === '-') || next.last - next.first > 16) return undefined;
  for (let k = next.first + 1; k < next.last; k++) {
    const mi = ents.mentionAtToken[k];
    if (mi >= 0 && (ents.mentions[mi].entity.type === 'PERSON' || ents.mentions[mi].entity.type === 'ORG')) {
      const m = ents.mentions[mi];
      return { first: m.first, last: m.last, kind: 'named', entity: m.entity };
    }
  }
  return null;
}

export function findQuotes(doc: Doc, ents: RecognizedEntities, marked: readonly MarkedQuote[]): QuoteRecord[] {
  const toks = doc.tokens;
  const direct: DirectQuote[] = marked.map((m) => ({
    first: m.first, last: m.last, start: m.start, end: m.end, continues: m.continues, continued: m.continued,
    unmarked: false, attribution: { speaker: null, cue: null }, entityId: null,
  }));
  const unmarked = findUnmarked(doc, ents, marked);
  const markedTokens = new Uint8Array(toks.length);
  for (const d of direct) markedTokens.fill(1, d.first, d.last + 1);
  for (const u of unmarked) if (!markedTokens[u.first] && !markedTokens[u.last]) direct.push(u);
  direct.sort((a, b) => a.first - b.first);

  attributeDirectQuotes(doc, ents, direct);
  // A quoted paragraph followed by a "— Name" line is a pull quote of that person.
  for (const q of direct) {
    if (q.attribution.speaker || q.unmarked) continue;
    const p = doc.sentences[doc.sentenceOf[q.first]].paragraph;
    const para = doc.paragraphs[p];
    if (q.first !== para.first || q.last < para.last - 2) continue;
    const sp = dashLineSpeaker(doc, ents, p);
    if (sp) q.attribution = { speaker: sp, cue: null };
  }

  const inside = new Uint8Array(toks.length);
  const markInside = (qs: readonly DirectQuote[]) => {
    inside.fill(0);
    for (const q of qs) inside.fill(1, q.unmarked ? q.first : q.first + 1, q.unmarked ? q.last + 1 : q.last);
  };
  markInside(direct);
  const indirectAll = findIndirectQuotes(doc, ents, (i) => inside[i] === 1);
  // A reported clause that is nothing but a quotation is the quotation.
  // Both lists are sorted by position: one forward sweep measures what each clause quotes.
  let d0 = 0;
  const indirect = indirectAll.filter((q) => {
    while (d0 < direct.length && direct[d0].first < q.first) d0++;
    let covered = 0;
    const qStart = toks[q.first].start;
    const qEnd = toks[q.last - 1].end;
    // The part of the clause inside quotations (a quotation that goes on into the next paragraph
    // ends after the clause does: "…said, "I think we have learned a lot.¶…").
    for (let d = d0; d < direct.length && direct[d].first < q.last; d++) {
      const from = Math.max(direct[d].start, qStart);
      const to = Math.min(direct[d].end, qEnd);
      if (to > from) covered += lengthWithoutCR(doc.text, from, to);
    }
    const len = lengthWithoutCR(doc.text, qStart, qEnd);
    return covered / len < QUOTE_DOMINATES;
  });

  // Resolve speakers in document order, so that "he" can refer to the person quoted before.
  const speakerOfSentence = new Map<number, EntityRecord>();
  const insideQuote = (i: number) => inside[i] === 1;
  type Item = { at: number; resolve: () => EntityRecord | null };
  const items: Item[] = [];
  const resolveRef = (sp: SpeakerRef | null): EntityRecord | null => {
    if (!sp) return null;
    if (sp.kind === 'pronoun') return resolvePronoun(doc, ents, sp.first, insideQuote, speakerOfSentence);
    return sp.entity;
  };
  for (const q of direct) {
    items.push({ at: q.attribution.speaker?.first ?? q.first, resolve: () => {
      const e = resolveRef(q.attribution.speaker);
      q.entityId = e?.id ?? null;
      // The sentence a quotation ends in is theirs too: "they" right after a statement is its speaker.
      if (e && q.attribution.speaker) speakerOfSentence.set(doc.sentenceOf[q.last], e);
      return e;
    } });
  }
  const indirectEntity: (EntityRecord | null)[] = indirect.map(() => null);
  indirect.forEach((q, n) => {
    items.push({ at: q.speaker?.first ?? q.first, resolve: () => (indirectEntity[n] = resolveRef(q.speaker)) });
  });
  items.sort((a, b) => a.at - b.at);
  for (const it of items) {
    const e = it.resolve();
    if (e) speakerOfSentence.set(doc.sentenceOf[it.at], e);
  }
  carryOver(doc, direct);

  // A quoted fragment inside someone's reported speech is theirs ("said it was "a great act"").
  let r0 = 0;
  for (const q of direct) {
    while (r0 < indirect.length && indirect[r0].last <= q.first) r0++;
    if (q.attribution.speaker) continue;
    let n = -1;
    for (let r = r0; r < indirect.length && indirect[r].first <= q.first; r++) {
      if (q.last < indirect[r].last && indirect[r].speaker) n = r;
    }
    if (n >= 0) {
      q.attribution = { speaker: indirect[n].speaker, cue: indirect[n].cue as [number, number] };
      q.entityId = indirectEntity[n]?.id ?? null;
    }
  }

  continueReportedSpeech(doc, direct, indirect, indirectEntity);

  // Scare quotes, titles and names in quotation marks are not quotes unless someone said them.
  const kept = direct.filter((q) => {
    if (q.unmarked || q.continues || q.continued) return true;
    const before = toks[q.first - 1]?.text.toLowerCase() ?? '';
    const words = wordCount(doc, q.first, q.last);
    // Names of things: 'a robot named "Better Idea of Afghan Girls"', 'says on "The Countdown"'.
    if (NAMED_BY.has(before) && (isTitleLike(doc, q.first, q.last) || words <= 3 && toks[q.first + 1]?.cap)) return false;
    if ((before === 'on' || before === 'in') && isTitleLike(doc, q.first, q.last)) return false;
    const sp = q.attribution.speaker;
    // The text of a message, sign or page is quoted, not spoken: 'a message stating, "…"',
    // 'a banner reading "…"', whoever the sentence is about.
    if (q.attribution.cue !== null && INANIMATE.has(toks[q.attribution.cue[0] - 1]?.text.toLowerCase() ?? '')) return false;
    if (sp !== null && sp.kind !== 'named' && sp.kind !== 'pronoun' && sp.kind !== 'role' && INANIMATE.has(toks[sp.last - 1].text.toLowerCase())) return false;
    // One quoted word is someone's only when the verb is right there ("what he termed an "unjust" …").
    // A short reply with its own punctuation and the cue right after it is speech too: '"No," the minister said'.
    const endsLikeSpeech = /^[,.!?…]$/.test(toks[q.last - 1]?.text ?? '');
    const cue = q.attribution.cue;
    if (sp !== null && cue !== null && endsLikeSpeech && cue[0] > q.last && cue[0] - q.last <= SHORT_REPLY_CUE_GAP) return true;
    if (sp !== null) return words > 1 || (sp.kind !== 'vague' && cue !== null && Math.abs(cue[1] - q.first) <= 3);
    // One word is a term; up to three words are a phrase unless they end like speech ("Yes, we can,").
    if (words <= 1 || words < 4 && !endsLikeSpeech && sentenceCount(doc, q.first, q.last) === 0) return false;
    // A title has no closing punctuation of its own and is mostly capitalised.
    const closes = /^[,.!?…]$/.test(toks[q.last - 1]?.text ?? '');
    if (NAMING_WORDS.has(before) || isTitleLike(doc, q.first, q.last, closes ? 0.75 : 0.6)) return false;
    return true;
  });

  const records: QuoteRecord[] = [];
  for (const q of kept) {
    const a = q.attribution;
    const cue = a.cue ? tokenSpan(doc, a.cue[0], a.cue[1]) : null;
    const speakerSpan = a.speaker && a.speaker.last > a.speaker.first ? tokenSpan(doc, a.speaker.first, a.speaker.last) : null;
    records.push({
      quote: {
        start: q.start, end: q.end, text: doc.text.slice(q.start, q.end), kind: 'direct',
        speakerId: q.entityId, cue, speakerSpan, continues: q.continues, attribution: attributionMethod(a),
      },
      sourceKind: a.speaker?.kind ?? null,
      first: q.first, last: q.last + 1,
    });
  }
  indirect.forEach((q, n) => {
    const s = tokenSpan(doc, q.first, q.last);
    records.push({
      // Fields spelled out, in the same order as a direct quote's (no spread): every quote then
      // has one shape, which keeps building, sorting and reading the quotes fast.
      quote: {
        start: s.start, end: s.end, text: s.text, kind: 'indirect', speakerId: indirectEntity[n]?.id ?? null, cue: tokenSpan(doc, q.cue[0], q.cue[1]),
        speakerSpan: q.speaker ? tokenSpan(doc, q.speaker.first, q.speaker.last) : null, continues: false,
        attribution: q.speaker === null ? null : q.speaker.kind === 'pronoun' ? 'pronoun' : 'cue',
      },
      sourceKind: q.speaker?.kind ?? null,
      first: q.first, last: q.last,
    });
  });
  records.sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
  return records;
}

/**
 * A quotation that opens its sentence, with no cue of its own, right after a sentence of the same
 * paragraph that reports someone ("Heald noted the findings show … . "An air-quality cleanup …"")
 * goes on with that speaker, and so do the paragraphs it continues into.
 */
function continueReportedSpeech(doc: Doc, direct: DirectQuote[], indirect: readonly IndirectQuote[], entities: readonly (EntityRecord | null)[]): void {
  const bySentence = new Map<number, number>();
  indirect.forEach((r, n) => {
    if (r.speaker && entities[n]) bySentence.set(doc.sentenceOf[r.first], n);
  });
  for (let i = 0; i < direct.length; i++) {
    const q = direct[i];
    if (q.attribution.speaker || q.unmarked || q.continued) continue;
    const s = doc.sentenceOf[q.first];
    const sent = doc.sentences[s];
    if (q.first !== sent.first || s === 0 || doc.sentences[s - 1].paragraph !== sent.paragraph) continue;
    const n = bySentence.get(s - 1);
    if (n === undefined) continue;
    for (let k = i; k < direct.length; k++) {
      direct[k].attribution = { speaker: indirect[n].speaker, cue: null, continued: true };
      direct[k].entityId = entities[n]?.id ?? null;
      if (!direct[k].continues || !direct[k + 1]?.continued) break;
    }
  }
}

/** How a direct quote's speaker was found (see AttributionMethod). */
function attributionMethod(a: Attribution): AttributionMethod | null {
  if (!a.speaker) return null;
  if (a.continued) return 'continuation';
  if (a.speaker.kind === 'pronoun') return 'pronoun';
  return a.cue ? 'cue' : 'proximity';
}

/** Characters in [start, end) with the CRs of CRLF line ends left out, so that CRLF and LF text measure alike. */
function lengthWithoutCR(text: string, start: number, end: number): number {
  // (A loop over the span only: indexOf would search on to the end of a text with no CR at all.)
  let n = end - start;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 13) n--;
  return n;
}
