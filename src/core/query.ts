// Fast lookups over an Analysis for the views (hover, tree, code actions).
// Everything here works on the sorted arrays by binary search: no view scans the text.
import type { Analysis, Entity, Mention, Quote } from './types';

/** Index of the first element whose end is > offset, in an array sorted by start with no overlaps. */
function firstEndingAfter(spans: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mention covering offset (start <= offset < end; an offset at a mention's end also counts), or undefined. */
export function mentionAt(analysis: Analysis, offset: number): Mention | undefined {
  const mentions = analysis.mentions;
  const i = firstEndingAfter(mentions, offset);
  if (i < mentions.length && mentions[i].start <= offset) return mentions[i];
  // The cursor just after a word (offset === end) still belongs to it.
  if (i > 0 && mentions[i - 1].end === offset) return mentions[i - 1];
  return undefined;
}

export interface EntityIndex {
  readonly byId: ReadonlyMap<string, Entity>;
  readonly mentionsById: ReadonlyMap<string, readonly Mention[]>;
  readonly quotesBySpeaker: ReadonlyMap<string | null, readonly Quote[]>;
}

/** Groups mentions and quotes by entity once, so views can answer per-entity questions in O(1). */
export function indexAnalysis(analysis: Analysis): EntityIndex {
  const byId = new Map<string, Entity>();
  for (const e of analysis.entities) byId.set(e.id, e);
  const mentionsById = new Map<string, Mention[]>();
  for (const m of analysis.mentions) {
    let list = mentionsById.get(m.entityId);
    if (!list) mentionsById.set(m.entityId, (list = []));
    list.push(m);
  }
  const quotesBySpeaker = new Map<string | null, Quote[]>();
  for (const q of analysis.quotes) {
    let list = quotesBySpeaker.get(q.speakerId);
    if (!list) quotesBySpeaker.set(q.speakerId, (list = []));
    list.push(q);
  }
  return { byId, mentionsById, quotesBySpeaker };
}

/**
 * The mention to show next when cycling through an entity's mentions: the first one that starts
 * after `offset` (the current selection), wrapping round to the first. Mentions are sorted.
 */
export function nextMention(mentions: readonly Mention[], offset: number): Mention | undefined {
  for (const m of mentions) if (m.start > offset) return m;
  return mentions[0];
}

/** The innermost quote covering offset, or undefined. Quotes are few; a linear pass is fine but we stop early. */
export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  let found: Quote | undefined;
  for (const q of analysis.quotes) {
    if (q.start > offset) break;
    if (offset < q.end && (!found || q.end - q.start < found.end - found.start)) found = q;
  }
  return found;
}
