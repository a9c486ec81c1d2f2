// NL003 hedged hearsay: "reportedly", "allegedly", "is said to", "it is believed", "are accused of"
// with nobody named as the one who reports, alleges, says or believes it.
import type { ClaimContext, Finding } from './context';
import { clauseFindings } from './context';
import { sharedTriggers, trigger } from './triggers';

const HEDGE_PATTERNS = sharedTriggers([
  trigger('reportedly allegedly supposedly purportedly reputedly rumouredly rumoredly', /(?:reportedly|allegedly|supposedly|purportedly|reputedly|rumou?redly)\b/u),
  trigger('is are was were been being', /(?:is|are|was|were|been|being)\s+(?:\p{L}+ly\s+|also\s+|still\s+|now\s+)?(?:said|believed|thought|rumou?red|alleged|reported|understood|claimed|suspected|feared)\s+to\b/u),
  trigger('is are was were been being', /(?:is|are|was|were|been|being)\s+(?:\p{L}+ly\s+|also\s+|still\s+|now\s+)?accused\s+of\b(?![^.]{0,80}\bby\b)/u),
  trigger('it', /it\s+is\s+(?:widely\s+|generally\s+|commonly\s+)?(?:said|believed|thought|claimed|understood|alleged|rumou?red|feared|suspected)\b/u),
  trigger('has have had', /(?:has|have|had)\s+been\s+(?:described|called|labell?ed|branded|characteri[sz]ed|dubbed)\s+as\b(?!\s[^.]{0,60}\bby\b)/u),
  trigger('is are was were', /(?:is|are|was|were)\s+(?:sometimes|often|widely|commonly|frequently|generally)\s+(?:cited|described|seen|regarded|considered|believed|thought)\b/u),
  trigger('widely generally', /(?:widely|generally)\s+(?:believed|thought|regarded)\b/u),
]);

export function hedgeRules(ctx: ClaimContext): Finding[] {
  return clauseFindings(ctx, HEDGE_PATTERNS, { code: 'NL003', reason: 'vague-source' },
    (t) => `Hearsay "${t}" with no source: say who reports, alleges or believes it.`);
}
