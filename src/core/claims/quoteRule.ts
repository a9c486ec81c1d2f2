// NL005 unattributed quote: a direct quotation with no speaker anywhere around it.
import type { Finding } from './context';
import type { QuoteRecord } from '../quotes/index';

export function unattributedQuoteRule(quotes: readonly QuoteRecord[]): Finding[] {
  const out: Finding[] = [];
  // Quotes are sorted by start: keep the furthest end of reported speech seen so far.
  let reportedEnd = -1;
  for (const q of quotes) {
    if (q.quote.kind === 'indirect') {
      reportedEnd = Math.max(reportedEnd, q.quote.end);
      continue;
    }
    if (q.quote.speakerId !== null || q.sourceKind !== null) continue;
    // Quoted fragments inside someone's reported speech belong to that speaker.
    if (q.quote.end <= reportedEnd) continue;
    out.push({
      code: 'NL005', reason: 'unattributed-quote', start: q.quote.start, end: q.quote.end,
      trigger: { start: q.quote.start, end: q.quote.end, text: q.quote.text },
      message: 'Quotation with no speaker: say who said it.',
    });
  }
  return out;
}
