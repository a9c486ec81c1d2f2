// NL005 unattributed quote: a direct quotation with no speaker anywhere around it.
import type { Finding } from './context';
import type { QuoteRecord } from '../quotes/index';

export function unattributedQuoteRule(quotes: readonly QuoteRecord[]): Finding[] {
  const out: Finding[] = [];
  for (const q of quotes) {
    if (q.quote.kind !== 'direct' || q.quote.speakerId !== null || q.sourceKind !== null) continue;
    // Quoted fragments inside someone's reported speech belong to that speaker.
    const inReported = quotes.some((o) => o.quote.kind === 'indirect' && o.quote.start <= q.quote.start && q.quote.end <= o.quote.end);
    if (inReported) continue;
    out.push({
      code: 'NL005', reason: 'unattributed-quote', start: q.quote.start, end: q.quote.end,
      trigger: { start: q.quote.start, end: q.quote.end, text: q.quote.text },
      message: 'Quotation with no speaker: say who said it.',
    });
  }
  return out;
}
