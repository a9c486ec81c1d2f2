import type { ClaimReason, RuleCode, Severity } from '../types';

/** The catalogue of claim rules: stable codes, names and default severities. */
export interface RuleInfo {
  readonly code: RuleCode;
  /** Short kebab-case name, shown beside the code. */
  readonly name: string;
  readonly reason: ClaimReason;
  readonly defaultSeverity: Severity;
  /** One-line summary for settings, docs and SARIF. */
  readonly summary: string;
}

export const RULES: readonly RuleInfo[] = [
  {
    code: 'NL001',
    name: 'vague-source',
    reason: 'vague-source',
    defaultSeverity: 'warning',
    summary: 'A statement credited to an unidentified source ("a monitor said", "critics say", "sources said").',
  },
  {
    code: 'NL002',
    name: 'anonymous-source',
    reason: 'anonymous-source',
    defaultSeverity: 'warning',
    summary: 'A statement credited to a source who is deliberately not named ("a source close to", "who asked not to be named").',
  },
  {
    code: 'NL003',
    name: 'hedged-hearsay',
    reason: 'vague-source',
    defaultSeverity: 'information',
    summary: 'Hearsay with no one standing behind it ("reportedly", "allegedly", "it is believed", "is said to").',
  },
  {
    code: 'NL004',
    name: 'unsourced-statistic',
    reason: 'unsourced-statistic',
    defaultSeverity: 'information',
    summary: 'A figure or statistic with no source in its sentence ("more than 280,000 people dead").',
  },
  {
    code: 'NL005',
    name: 'unattributed-quote',
    reason: 'unattributed-quote',
    defaultSeverity: 'warning',
    summary: 'A direct quotation with no speaker.',
  },
  {
    code: 'NL006',
    name: 'unattributed-assertion',
    reason: 'unattributed-assertion',
    defaultSeverity: 'information',
    summary: 'A sweeping or evaluative statement given as fact with no one behind it ("there is no evidence that", "one of the most … ever").',
  },
];

export const RULE_CODES: readonly RuleCode[] = RULES.map((r) => r.code);

export function ruleInfo(code: RuleCode): RuleInfo {
  const info = RULES.find((r) => r.code === code);
  if (!info) throw new Error(`unknown rule ${code}`);
  return info;
}

/** Relative link to a rule's documentation page inside the repository. */
export function ruleDocPath(code: RuleCode): string {
  return `docs/rules/${code}.md`;
}
