// What the optional highlighting marks (newsLens.highlight, off by default): direct quotes,
// reported speech, and where each quote's speaker is named. Pure: no `vscode` import.
import type { Analysis, TextSpan } from '../core/types';

export interface HighlightRanges {
  readonly direct: readonly TextSpan[];
  readonly indirect: readonly TextSpan[];
  /** Where an attributed quote's speaker is referred to ("Kerry", "he", "the envoy"). */
  readonly speakers: readonly TextSpan[];
}

export function highlightRanges(analysis: Analysis): HighlightRanges {
  const direct: TextSpan[] = [];
  const indirect: TextSpan[] = [];
  const speakers: TextSpan[] = [];
  const seen = new Set<string>();
  for (const q of analysis.quotes) {
    (q.kind === 'direct' ? direct : indirect).push({ start: q.start, end: q.end });
    const s = q.speakerSpan;
    if (q.speakerId !== null && s && !seen.has(`${s.start}:${s.end}`)) {
      seen.add(`${s.start}:${s.end}`);
      speakers.push({ start: s.start, end: s.end });
    }
  }
  speakers.sort((a, b) => a.start - b.start);
  return { direct, indirect, speakers };
}
