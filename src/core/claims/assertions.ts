// NL006 unattributed assertion: sweeping or evaluative statements given as fact with nobody
// standing behind them: absolute claims about evidence ("there is no evidence that"), certainty
// markers ("it is clear that", "undoubtedly") and all-time superlatives ("one of the most
// successful products ever"). Deliberately narrow: ordinary narration is never flagged.
import type { ClaimContext, Finding } from './context';
import { clauseSpan } from './context';
import { tokenIndexAt } from '../text/tokens';
import { scanTriggers, trigger, type TriggerPattern } from './triggers';

const ASSERTION_PATTERNS: readonly TriggerPattern[] = [
  trigger('there', /there\s+(?:is|was|has\s+been)\s+(?:no|little)\s+(?:scientific\s+|credible\s+|real\s+)?(?:evidence|proof|doubt)\b/u),
  trigger('it', /it\s+is\s+(?:clear|obvious|undeniable|beyond\s+doubt|a\s+fact)\s+that\b/u),
  trigger('undoubtedly unquestionably indisputably undeniably without', /(?:undoubtedly|unquestionably|indisputably|undeniably|without\s+(?:a\s+)?doubt)\b/u),
  trigger('one', /one\s+of\s+the\s+(?:most|least)\s+[\p{L}-]+\s+(?:[\p{L}-]+\s+){0,3}(?:ever|in\s+history|of\s+all\s+time)\b/u),
  trigger('the', /the\s+(?:best|worst|greatest|biggest|largest|most\s+[\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,3}(?:ever|in\s+history|of\s+all\s+time)\b/u),
  trigger('everyone', /everyone\s+(?:knows|agrees)\b/u),
];

export function assertionRules(ctx: ClaimContext): Finding[] {
  const { doc } = ctx;
  const out: Finding[] = [];
  scanTriggers(doc, ASSERTION_PATTERNS, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const tok = tokenIndexAt(doc.tokens, start);
    const lastTok = tokenIndexAt(doc.tokens, end) - 1;
    if (tok >= doc.tokens.length || lastTok < tok || doc.sentenceOf[tok] !== doc.sentenceOf[lastTok]) return;
    // Inside someone's quoted or reported words, the speaker stands behind it.
    if (ctx.attributedToken[tok] || ctx.attributedSentence[doc.sentenceOf[tok]]) return;
    const clause = clauseSpan(ctx, tok);
    out.push({
      code: 'NL006', reason: 'unattributed-assertion', start: Math.min(clause.start, start), end: Math.max(clause.end, end),
      trigger: { start, end, text: m[0] },
      message: `Assertion "${m[0].replace(/\s+/g, ' ')}" given as fact: say who holds this view or what shows it.`,
    });
  });
  return out;
}
