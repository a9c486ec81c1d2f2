// Report formats of the CLI. Pure functions from an Analysis (plus file name and
// text) to strings, so they can be tested exactly with a hand-built Analysis.
import type { Log as SarifLog, ReportingDescriptor } from 'sarif';
import type { Analysis, Claim, Entity, EntityType, Quote, RuleCode, Severity } from '../core/types';
import { toGoldShape, type GoldShape } from '../core/format';
import { inferredNote } from '../core/inferred';
import { RULES } from '../core/claims/rules';
import { LineIndex } from './position';

const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * Makes document text safe to print on one terminal line: whitespace runs become
 * one space, control and bidirectional-override characters are replaced, and
 * text longer than max is cut with an ellipsis.
 */
export function displayText(text: string, max = Infinity): string {
  let s = text
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD')
    .trim();
  if (s.length > max) {
    let cut = Math.max(1, max - 3);
    // Do not split a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(s.charAt(cut - 1))) cut--;
    s = s.slice(0, cut) + '...';
  }
  return s;
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

function severityWord(severity: Severity, n: number): string {
  return severity === 'information' ? `${n} information` : plural(n, severity);
}

// ---------------------------------------------------------------- analyze

/** JSON output of `analyze --format json`: the gold-file shape plus the file name. */
export function analysisJson(file: string, analysis: Analysis, text: string): { file: string } & GoldShape {
  return { file, ...toGoldShape(analysis, text) };
}

function pad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

function speakerLabel(id: string, byId: ReadonlyMap<string, Entity>): string {
  const e = byId.get(id);
  const name = displayText(e ? e.name : id);
  return e?.role ? `${name} (${displayText(e.role)})` : name;
}

/** The readable report of `analyze`. */
export function analysisText(file: string, analysis: Analysis, text: string): string {
  const lines = new LineIndex(text);
  const loc = (offset: number): string => {
    const p = lines.position(offset);
    return `${p.line}:${p.column}`;
  };
  const out: string[] = [];
  const direct = analysis.quotes.filter((q) => q.kind === 'direct').length;
  out.push(displayText(file));
  out.push(
    `${plural(analysis.entities.length, 'entity', 'entities')}, ` +
      `${plural(analysis.mentions.length, 'mention')}, ` +
      `${plural(analysis.quotes.length, 'quote')} (${direct} direct, ${analysis.quotes.length - direct} indirect), ` +
      `${plural(analysis.claims.length, 'flagged claim')}`,
  );

  // Entities, grouped by type; most mentioned first, then by first appearance.
  out.push('', 'ENTITIES');
  if (analysis.entities.length === 0) out.push('  (none)');
  for (const type of ENTITY_TYPES) {
    const group = analysis.entities
      .filter((e) => e.type === type)
      .sort((a, b) => b.mentionCount - a.mentionCount || a.firstOffset - b.firstOffset);
    if (group.length === 0) continue;
    out.push(`  ${type} (${group.length})`);
    for (const e of group) {
      let line = `    ${displayText(e.name)}`;
      if (e.role) line += ` - ${displayText(e.role)}`;
      line += ` - ${plural(e.mentionCount, 'mention')}`;
      if (e.quoteCount > 0) line += `, ${plural(e.quoteCount, 'quote')}`;
      if (e.aliases.length > 0) line += ` (also: ${e.aliases.map((a) => displayText(a)).join(', ')})`;
      out.push(line);
    }
  }

  // Quotes, grouped by speaker in order of first quote; unattributed last.
  out.push('', 'QUOTES');
  if (analysis.quotes.length === 0) out.push('  (none)');
  const byId = new Map(analysis.entities.map((e) => [e.id, e] as const));
  const groups = new Map<string | null, Quote[]>();
  for (const q of analysis.quotes) {
    if (q.speakerId === null) continue;
    const list = groups.get(q.speakerId) ?? [];
    list.push(q);
    groups.set(q.speakerId, list);
  }
  const unattributed = analysis.quotes.filter((q) => q.speakerId === null);
  const sections: [string, Quote[]][] = [...groups].map(([id, qs]) => [speakerLabel(id as string, byId), qs]);
  if (unattributed.length > 0) sections.push(['Unattributed', unattributed]);
  for (const [label, qs] of sections) {
    out.push(`  ${label} - ${plural(qs.length, 'quote')}`);
    const locs = qs.map((q) => loc(q.start));
    const width = Math.max(...locs.map((l) => l.length));
    qs.forEach((q, i) => {
      let line = `    ${pad(locs[i], width)}  ${pad(q.kind, 8)}  ${displayText(text.slice(q.start, q.end), 100)}`;
      if (q.cue) line += `  [${displayText(text.slice(q.cue.start, q.cue.end))}]`;
      const note = q.speakerId === null ? null : inferredNote(q.attribution);
      if (note) line += `  (${note})`;
      out.push(line);
    });
  }

  // Flagged claims.
  out.push('', 'CLAIMS');
  if (analysis.claims.length === 0) out.push('  (none)');
  const claimLocs = analysis.claims.map((c) => loc(c.start));
  const claimWidth = Math.max(0, ...claimLocs.map((l) => l.length));
  analysis.claims.forEach((c, i) => {
    out.push(`  ${pad(claimLocs[i], claimWidth)}  ${c.code}  ${displayText(c.message)}`);
  });
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- check

export interface FileResult {
  readonly file: string;
  readonly text: string;
  readonly analysis: Analysis;
}

export interface CheckSummary {
  readonly problems: number;
  readonly bySeverity: Record<Severity, number>;
  readonly filesWithProblems: number;
  readonly filesChecked: number;
  readonly filesSkipped: number;
  readonly filesFailed: number;
}

export function summarize(results: readonly FileResult[], skipped: number, failed: number): CheckSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let problems = 0;
  let filesWithProblems = 0;
  for (const r of results) {
    if (r.analysis.claims.length > 0) filesWithProblems++;
    for (const c of r.analysis.claims) {
      problems++;
      bySeverity[c.severity]++;
    }
  }
  return { problems, bySeverity, filesWithProblems, filesChecked: results.length, filesSkipped: skipped, filesFailed: failed };
}

/** "file:line:col  severity  NL001  message" for each claim of one file. */
export function checkLines(result: FileResult): string[] {
  const lines = new LineIndex(result.text);
  return result.analysis.claims.map((c) => {
    const p = lines.position(c.start);
    return `${result.file}:${p.line}:${p.column}  ${c.severity}  ${c.code}  ${displayText(c.message)}`;
  });
}

/** "3 problems (1 warning, 2 information) in 2 files (5 checked, 1 skipped)", or "No problems (5 files checked)". */
export function summaryLine(s: CheckSummary): string {
  const notes: string[] = [];
  if (s.filesSkipped > 0) notes.push(`${s.filesSkipped} skipped`);
  if (s.filesFailed > 0) notes.push(`${s.filesFailed} failed`);
  if (s.problems === 0) return `No problems (${[`${plural(s.filesChecked, 'file')} checked`, ...notes].join(', ')})`;
  const parts = SEVERITY_ORDER.filter((sev) => s.bySeverity[sev] > 0).map((sev) => severityWord(sev, s.bySeverity[sev]));
  return `${plural(s.problems, 'problem')} (${parts.join(', ')}) in ${plural(s.filesWithProblems, 'file')} (${[`${s.filesChecked} checked`, ...notes].join(', ')})`;
}

function claimRecord(c: Claim, text: string, lines: LineIndex) {
  const s = lines.position(c.start);
  const e = lines.position(c.end);
  return {
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    start: c.start,
    end: c.end,
    severity: c.severity,
    code: c.code,
    rule: c.rule,
    reason: c.reason,
    message: c.message,
    text: text.slice(c.start, c.end),
  };
}

/** `check --format json`: one entry per checked file, with every claim and its position. */
export function checkJson(results: readonly FileResult[], summary: CheckSummary): unknown {
  return {
    files: results.map((r) => {
      const lines = new LineIndex(r.text);
      return { file: r.file, problems: r.analysis.claims.map((c) => claimRecord(c, r.text, lines)) };
    }),
    summary,
  };
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** A path as a SARIF artifact URI: forward slashes, percent-encoded. */
export function sarifUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(slashed)) return 'file:///' + encodeURI(slashed);
  if (slashed.startsWith('/')) return 'file://' + encodeURI(slashed);
  return encodeURI(slashed).replace(/[?#]/g, encodeURIComponent);
}

/** Where each rule's documentation is, for SARIF: an absolute URI and the page's Markdown. */
export interface RuleHelp {
  uri(code: RuleCode): string | undefined;
  markdown(code: RuleCode): string | undefined;
}

function sarifRule(r: (typeof RULES)[number], help: RuleHelp | undefined): ReportingDescriptor {
  const rule: ReportingDescriptor = {
    id: r.code,
    name: r.name,
    shortDescription: { text: r.summary },
    fullDescription: { text: r.summary },
    defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
  };
  const uri = help?.uri(r.code);
  if (uri) rule.helpUri = uri;
  const markdown = help?.markdown(r.code);
  rule.help = markdown ? { text: r.summary, markdown } : { text: r.summary };
  return rule;
}

/** `check --format sarif`: SARIF 2.1.0, columns in UTF-16 code units (the SARIF default). */
export function checkSarif(results: readonly FileResult[], version: string, help?: RuleHelp): SarifLog {
  const ruleIndex = new Map(RULES.map((r, i) => [r.code, i] as const));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'news-lens',
            version,
            rules: RULES.map((r) => sarifRule(r, help)),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) => {
          const lines = new LineIndex(r.text);
          return r.analysis.claims.map((c) => {
            const s = lines.position(c.start);
            const e = lines.position(c.end);
            return {
              ruleId: c.code,
              ruleIndex: ruleIndex.get(c.code) ?? -1,
              level: SARIF_LEVEL[c.severity],
              message: { text: c.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: sarifUri(r.file) },
                    region: {
                      startLine: s.line,
                      startColumn: s.column,
                      endLine: e.line,
                      endColumn: e.column,
                      charOffset: c.start,
                      charLength: c.end - c.start,
                      snippet: { text: r.text.slice(c.start, c.end) },
                    },
                  },
                },
              ],
            };
          });
        }),
      },
    ],
  };
}
