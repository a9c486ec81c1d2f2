// After an analysis of a masked copy of the text (Markdown code or ignore comments blanked out
// with spaces, same length), every span's text is taken again from the original.
import type { Analysis } from './types';

type Span = { start: number; end: number; text: string };

export function withOriginalText(a: Analysis, original: string): Analysis {
  const fix = <T extends Span>(s: T): T => ({ ...s, text: original.slice(s.start, s.end) });
  const fixOpt = <T extends Span>(s: T | null): T | null => (s ? fix(s) : null);
  return {
    ...a,
    mentions: a.mentions.map(fix),
    quotes: a.quotes.map((q) => ({ ...fix(q), cue: fixOpt(q.cue), speakerSpan: fixOpt(q.speakerSpan) })),
    claims: a.claims.map((c) => ({ ...fix(c), trigger: fix(c.trigger) })),
  };
}
