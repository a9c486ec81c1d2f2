// Runs the claim rules, keeps one finding per stretch of text, applies settings.
import type { AnalyzeOptions, Claim, RuleCode } from '../types';
import type { ClaimContext, Finding } from './context';
import { ruleInfo } from './rules';
import { sourceRules } from './sources';
import { hedgeRules } from './hedges';
import { statisticRules } from './statistics';
import { assertionRules } from './assertions';

/** When two findings overlap, the one whose rule comes first here is kept. */
const PRIORITY: readonly RuleCode[] = ['NL002', 'NL001', 'NL003', 'NL004', 'NL006', 'NL005'];

/** How an allowed phrase is compared with a trigger: lower case, single spaces, no outer spaces. */
export function phraseKey(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Above this many overlapping findings (run-on text), keep the first of each overlap instead. */
const MAX_CLUSTER = 200;

function byPriority(cluster: Finding[]): Finding[] {
  cluster.sort((a, b) => PRIORITY.indexOf(a.code) - PRIORITY.indexOf(b.code) || a.start - b.start);
  const chosen: Finding[] = [];
  for (const f of cluster) if (!chosen.some((k) => k.start < f.end && f.start < k.end)) chosen.push(f);
  return chosen.sort((a, b) => a.start - b.start);
}

function byPosition(cluster: readonly Finding[]): Finding[] {
  const chosen: Finding[] = [];
  for (const f of cluster) if (chosen.length === 0 || chosen[chosen.length - 1].end <= f.start) chosen.push(f);
  return chosen;
}

export function findClaims(ctx: ClaimContext, options: AnalyzeOptions, quoteFindings: readonly Finding[]): Claim[] {
  const rules = options.rules ?? {};
  const enabled = (code: RuleCode) => rules[code]?.enabled !== false;
  const findings: Finding[] = [];
  // (Appended one by one: spreading a long list into push() overflows the stack.)
  const allowed = new Set((options.allowedPhrases ?? []).map(phraseKey).filter((k) => k !== ''));
  const add = (list: readonly Finding[]) => {
    for (const f of list) if (enabled(f.code) && !allowed.has(phraseKey(f.trigger.text))) findings.push(f);
  };
  if (enabled('NL001') || enabled('NL002')) add(sourceRules(ctx));
  if (enabled('NL003')) add(hedgeRules(ctx));
  if (enabled('NL004')) add(statisticRules(ctx));
  if (enabled('NL005')) add(quoteFindings);
  if (enabled('NL006')) add(assertionRules(ctx));

  // Overlapping findings form small clusters; within a cluster the higher-priority rule wins.
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  let i = 0;
  while (i < findings.length) {
    let j = i + 1;
    let clusterEnd = findings[i].end;
    while (j < findings.length && findings[j].start < clusterEnd) clusterEnd = Math.max(clusterEnd, findings[j++].end);
    const cluster = findings.slice(i, j);
    for (const f of cluster.length <= MAX_CLUSTER ? byPriority(cluster) : byPosition(cluster)) kept.push(f);
    i = j;
  }
  return kept.map((f) => {
    const info = ruleInfo(f.code);
    return {
      start: f.start, end: f.end, text: ctx.doc.text.slice(f.start, f.end),
      code: f.code, rule: info.name, reason: f.reason, message: f.message,
      severity: rules[f.code]?.severity ?? info.defaultSeverity,
      trigger: f.trigger,
    };
  });
}
