// NL006 unattributed assertion: sweeping or evaluative statements given as fact with nobody
// standing behind them: absolute claims about evidence ("there is no evidence that"), certainty
// markers ("it is clear that", "undoubtedly") and all-time superlatives ("one of the most
// successful products ever"). Deliberately narrow: ordinary narration is never flagged.
import type { ClaimContext, Finding } from './context';
import { clauseFindings } from './context';
import { sharedTriggers, trigger } from './triggers';

const ASSERTION_PATTERNS = sharedTriggers([
  trigger('there', /there\s+(?:is|was|has\s+been)\s+(?:no|little)\s+(?:scientific\s+|credible\s+|real\s+)?(?:evidence|proof|doubt)\b/u),
  trigger('it', /it\s+is\s+(?:clear|obvious|undeniable|beyond\s+doubt|a\s+fact)\s+that\b/u),
  trigger('undoubtedly unquestionably indisputably undeniably without', /(?:undoubtedly|unquestionably|indisputably|undeniably|without\s+(?:a\s+)?doubt)\b/u),
  trigger('one', /one\s+of\s+the\s+(?:most|least)\s+[\p{L}-]+\s+(?:[\p{L}-]+\s+){0,3}(?:ever|in\s+history|of\s+all\s+time)\b/u),
  trigger('the', /the\s+(?:best|worst|greatest|biggest|largest|most\s+[\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,3}(?:ever|in\s+history|of\s+all\s+time)\b/u),
  trigger('everyone', /everyone\s+(?:knows|agrees)\b/u),
]);

export function assertionRules(ctx: ClaimContext): Finding[] {
  // Inside someone's quoted or reported words, or in a sentence that names a source, the speaker stands behind it.
  return clauseFindings(ctx, ASSERTION_PATTERNS, { code: 'NL006', reason: 'unattributed-assertion' },
    (t) => `Assertion "${t}" given as fact: say who holds this view or what shows it.`, true);
}
