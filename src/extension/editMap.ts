// Maps an Analysis of an earlier version of a document through the edits made since, so hovers,
// trees and commands answer at once from the latest finished analysis while the next one runs.
// Spans after an edit shift by its change in length, spans before it stay, and spans the edit
// touches (overlaps, or an insertion strictly inside) are dropped. Pure: no vscode import.
import type { Analysis, Entity, Mention, SpanText } from '../core/types';

/** One content change, in the offsets of the text just before it (VS Code's rangeOffset, rangeLength, text.length). */
export interface TextChange {
  readonly offset: number;
  readonly length: number;
  readonly newLength: number;
}

/** Where [start, end) is after the changes (applied in order), or undefined when a change touches it. */
export function mapSpan(start: number, end: number, changes: readonly TextChange[]): { start: number; end: number } | undefined {
  for (const c of changes) {
    // Before the change (an insertion right after the span leaves it as it is).
    if (end <= c.offset) continue;
    // After it (an insertion right before the span moves it along).
    if (start >= c.offset + c.length) {
      const delta = c.newLength - c.length;
      start += delta;
      end += delta;
      continue;
    }
    return undefined;
  }
  return { start, end };
}

/** Where an offset of the text after the changes was before them; undefined inside inserted text. */
export function unmapOffset(offset: number, changes: readonly TextChange[]): number | undefined {
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i];
    if (offset < c.offset) continue;
    if (offset >= c.offset + c.newLength) offset += c.length - c.newLength;
    else return undefined;
  }
  return offset;
}

function mapText<T extends SpanText>(span: T, changes: readonly TextChange[]): T | undefined {
  const m = mapSpan(span.start, span.end, changes);
  return m ? { ...span, start: m.start, end: m.end } : undefined;
}

/** The analysis as it applies to the text after `changes`; the same object when there are none. */
export function mapAnalysis(analysis: Analysis, changes: readonly TextChange[]): Analysis {
  if (changes.length === 0) return analysis;
  const mentions: Mention[] = [];
  for (const m of analysis.mentions) {
    const mapped = mapText(m, changes);
    if (mapped) mentions.push(mapped);
  }
  const quotes = [];
  for (const q of analysis.quotes) {
    const mapped = mapText(q, changes);
    if (!mapped) continue;
    // A quote whose cue or speaker the edit touched is dropped with them: it may no longer be theirs.
    const cue = q.cue ? mapText(q.cue, changes) : null;
    const speakerSpan = q.speakerSpan ? mapText(q.speakerSpan, changes) : null;
    if (cue === undefined || speakerSpan === undefined) continue;
    quotes.push({ ...mapped, cue, speakerSpan });
  }
  const claims = [];
  for (const c of analysis.claims) {
    const mapped = mapText(c, changes);
    const trigger = mapped ? mapText(c.trigger, changes) : undefined;
    if (mapped && trigger) claims.push({ ...mapped, trigger });
  }
  const counts = new Map<string, { mentions: number; first: number; quotes: number }>();
  for (const m of mentions) {
    const c = counts.get(m.entityId);
    if (c) c.mentions++;
    else counts.set(m.entityId, { mentions: 1, first: m.start, quotes: 0 });
  }
  // A quote whose speaker lost every mention ("Ann Lee" deleted, "she said" kept) goes with them:
  // its speaker is no longer in the text, and no entity would be left for its speakerId.
  const kept = quotes.filter((q) => q.speakerId === null || counts.has(q.speakerId));
  for (const q of kept) {
    const c = q.speakerId !== null ? counts.get(q.speakerId) : undefined;
    if (c) c.quotes++;
  }
  const entities: Entity[] = [];
  for (const e of analysis.entities) {
    const c = counts.get(e.id);
    if (c) entities.push({ ...e, mentionCount: c.mentions, quoteCount: c.quotes, firstOffset: c.first });
  }
  entities.sort((a, b) => a.firstOffset - b.firstOffset);
  const length = changes.reduce((n, c) => n + c.newLength - c.length, analysis.length);
  return { ...analysis, length, entities, mentions, quotes: kept, claims };
}
