// Finds every quotation, direct and indirect, and its speaker.
import type { Quote, SpanText } from '../types';
import type { Doc } from '../text/document';
import type { RecognizedEntities } from '../entities/recognize';
import type { MarkedQuote } from './marks';
import { attributeDirectQuotes, type DirectQuote } from './direct';
import { findIndirectQuotes } from './indirect';
import { resolvePronoun, speakerBefore, type SourceKind, type SpeakerRef } from './speakers';
import { SPEECH_VERBS } from '../lexicon/cues';

/** A quote with the internal details the claim rules need. */
export interface QuoteRecord {
  readonly quote: Quote;
  readonly sourceKind: SourceKind | null;
  /** Token range of the quote. */
  readonly first: number;
  readonly last: number;
}

function span(doc: Doc, first: number, lastExclusive: number): SpanText {
  const start = doc.tokens[first].start;
  const end = doc.tokens[lastExclusive - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Pull quotes ("…" then a line "— Name, role") and block statements after "X said:". */
function findUnmarked(doc: Doc, ents: RecognizedEntities, marked: readonly MarkedQuote[]): DirectQuote[] {
  const toks = doc.tokens;
  const out: DirectQuote[] = [];
  const markedStarts = new Set(marked.map((m) => m.first));
  for (let p = 0; p + 1 < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p];
    const next = doc.paragraphs[p + 1];
    const dash = toks[next.first];
    const startsWithMark = markedStarts.has(para.first);
    if (!startsWithMark && toks[para.first].kind !== 'quote' && (dash.text === '—' || dash.text === '–' || dash.text === '-') && next.last - next.first <= 16) {
      // The speaker is the first person or organisation named on the dash line.
      let speaker: SpeakerRef | null = null;
      for (let k = next.first + 1; k < next.last; k++) {
        const mi = ents.mentionAtToken[k];
        if (mi >= 0 && (ents.mentions[mi].entity.type === 'PERSON' || ents.mentions[mi].entity.type === 'ORG')) {
          const m = ents.mentions[mi];
          speaker = { first: m.first, last: m.last, kind: 'named', entity: m.entity };
          break;
        }
      }
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
      for (let v = para.last - 2; v >= sent.first; v--) {
        if (!SPEECH_VERBS.has(toks[v].text)) continue;
        const sp = speakerBefore(doc, ents, v, sent.first);
        if (!sp) break;
        out.push({
          first: next.first, last: next.last - 1, start: toks[next.first].start, end: toks[next.last - 1].end,
          continues: false, continued: false, unmarked: true,
          attribution: { speaker: sp, cue: [v, v + 1] }, entityId: null,
        });
        break;
      }
    }
  }
  return out;
}

function wordCount(doc: Doc, first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (doc.tokens[k].kind === 'word' || doc.tokens[k].kind === 'number') n++;
  return n;
}

function hasSentencePunctuation(doc: Doc, first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) if (/^[.!?]$/.test(doc.tokens[k].text)) return true;
  return false;
}

export function findQuotes(doc: Doc, ents: RecognizedEntities, marked: readonly MarkedQuote[]): QuoteRecord[] {
  const toks = doc.tokens;
  const direct: DirectQuote[] = marked.map((m) => ({
    first: m.first, last: m.last, start: m.start, end: m.end, continues: m.continues, continued: m.continued,
    unmarked: false, attribution: { speaker: null, cue: null }, entityId: null,
  }));
  const unmarked = findUnmarked(doc, ents, marked);
  // A marked quote followed by a dash line takes its speaker from it.
  direct.push(...unmarked.filter((u) => !direct.some((d) => d.first <= u.last && u.first <= d.last)));
  direct.sort((a, b) => a.first - b.first);

  const inside = new Uint8Array(toks.length);
  for (const q of direct) for (let k = q.first; k <= q.last; k++) inside[k] = 1;
  const insideQuote = (i: number) => inside[i] === 1;

  attributeDirectQuotes(doc, ents, direct, insideQuote);

  // Scare quotes and names in quotation marks are not quotes unless someone is said to have said them.
  const kept = direct.filter((q) => q.unmarked || q.continues || q.continued || q.attribution.speaker !== null
    || wordCount(doc, q.first, q.last) >= 4 || hasSentencePunctuation(doc, q.first, q.last));
  inside.fill(0);
  for (const q of kept) for (let k = q.unmarked ? q.first : q.first + 1; k < (q.unmarked ? q.last + 1 : q.last); k++) inside[k] = 1;

  const indirect = findIndirectQuotes(doc, ents, (i) => inside[i] === 1);

  const records: QuoteRecord[] = [];
  for (const q of kept) {
    const a = q.attribution;
    const cue = a.cue ? span(doc, a.cue[0], a.cue[1]) : null;
    const speakerSpan = a.speaker && a.speaker.last > a.speaker.first ? span(doc, a.speaker.first, a.speaker.last) : null;
    records.push({
      quote: {
        start: q.start, end: q.end, text: doc.text.slice(q.start, q.end), kind: 'direct',
        speakerId: q.entityId, cue, speakerSpan, continues: q.continues,
      },
      sourceKind: a.speaker?.kind ?? null,
      first: q.first, last: q.last + 1,
    });
  }
  for (const q of indirect) {
    let speakerId: string | null = null;
    if (q.speaker) {
      speakerId = q.speaker.kind === 'pronoun'
        ? resolvePronoun(doc, ents, q.speaker.first, insideQuote)?.id ?? null
        : q.speaker.entity?.id ?? null;
    }
    const s = span(doc, q.first, q.last);
    records.push({
      quote: {
        ...s, kind: 'indirect', speakerId, cue: span(doc, q.cue[0], q.cue[1]),
        speakerSpan: q.speaker ? span(doc, q.speaker.first, q.speaker.last) : null, continues: false,
      },
      sourceKind: q.speaker?.kind ?? null,
      first: q.first, last: q.last,
    });
  }
  records.sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
  return records;
}
