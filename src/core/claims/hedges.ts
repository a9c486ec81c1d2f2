// NL003 hedged hearsay: "reportedly", "allegedly", "is said to", "it is believed", "are accused of"
// with nobody named as the one who reports, alleges, says or believes it.
import type { ClaimContext, Finding } from './context';
import { clauseSpan } from './context';
import { tokenIndexAt } from '../text/tokens';
import { scanTriggers, trigger, type TriggerPattern } from './triggers';

const HEDGE_PATTERNS: readonly TriggerPattern[] = [
  trigger('reportedly allegedly supposedly purportedly reputedly rumouredly rumoredly', /(?:reportedly|allegedly|supposedly|purportedly|reputedly|rumou?redly)\b/u),
  trigger('is are was were been being', /(?:is|are|was|were|been|being)\s+(?:\p{L}+ly\s+|also\s+|still\s+|now\s+)?(?:said|believed|thought|rumou?red|alleged|reported|understood|claimed|suspected|feared)\s+to\b/u),
  trigger('is are was were been being', /(?:is|are|was|were|been|being)\s+(?:\p{L}+ly\s+|also\s+|still\s+|now\s+)?accused\s+of\b(?![^.]{0,80}\bby\b)/u),
  trigger('it', /it\s+is\s+(?:widely\s+|generally\s+|commonly\s+)?(?:said|believed|thought|claimed|understood|alleged|rumou?red|feared|suspected)\b/u),
  trigger('has have had', /(?:has|have|had)\s+been\s+(?:described|called|labell?ed|branded|characteri[sz]ed|dubbed)\s+as\b(?!\s[^.]{0,60}\bby\b)/u),
  trigger('is are was were', /(?:is|are|was|were)\s+(?:sometimes|often|widely|commonly|frequently|generally)\s+(?:cited|described|seen|regarded|considered|believed|thought)\b/u),
  trigger('widely generally', /(?:widely|generally)\s+(?:believed|thought|regarded)\b/u),
];

export function hedgeRules(ctx: ClaimContext): Finding[] {
  const { doc } = ctx;
  const out: Finding[] = [];
  scanTriggers(doc, HEDGE_PATTERNS, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const tok = tokenIndexAt(doc.tokens, start);
    const lastTok = tokenIndexAt(doc.tokens, end) - 1;
    // Within one sentence, and not inside words someone named stands behind.
    if (tok >= doc.tokens.length || lastTok < tok || doc.sentenceOf[tok] !== doc.sentenceOf[lastTok]) return;
    if (ctx.attributedToken[tok]) return;
    const trigger = { start, end, text: m[0] };
    const clause = clauseSpan(ctx, tok);
    out.push({
      code: 'NL003', reason: 'vague-source', start: Math.min(clause.start, start), end: Math.max(clause.end, end), trigger,
      message: `Hearsay "${m[0].replace(/\s+/g, ' ')}" with no source: say who reports, alleges or believes it.`,
    });
  });
  return out;
}
