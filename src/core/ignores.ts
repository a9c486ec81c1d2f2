// Ignore comments: let a writer silence a rule for one line, a stretch of text or the whole
// file, in the article itself, so the editor and the CLI agree (docs/ignore-comments.md).
//
//   Markdown:        <!-- news-lens-disable-line NL004 -->      (HTML comments, in prose only)
//   plain text:      news-lens-disable-line NL004               (on a line of its own or at a line's end;
//                    <!-- news-lens-disable-line NL004 -->       the comment form works too)
//
// Kinds: disable / enable (a stretch, until the matching enable or the end of the text),
// disable-line (the comment's own line), disable-next-line (the next line with text on it).
// No codes = every rule. A reason may follow two hyphens: `news-lens-disable NL003 -- quoting a wire`.
//
// Pure and linear: one indexOf pass for the keyword, line starts computed once, binary searches.
import type { Analysis, Claim } from './types';
import { RULE_CODES } from './claims/rules';
import { maskMarkdown } from './text/markdown';
import { withOriginalText } from './reslice';
import { lineOf, lineStarts } from './text/lines';

export type IgnoreKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
export type TextFormat = 'plaintext' | 'markdown';

export interface IgnoreDirective {
  readonly kind: IgnoreKind;
  /** Rule codes named, upper-cased, in the order written; empty means every rule. */
  readonly codes: readonly string[];
  /** The whole directive: `<!-- … -->`, or the bare words up to the end of the line. */
  readonly start: number;
  readonly end: number;
  /** 0-based line of the directive. */
  readonly line: number;
  /**
   * 0-based line a disable-line / disable-next-line directive applies to; -1 for disable and
   * enable, and for a disable-next-line with no line of text after it.
   */
  readonly targetLine: number;
}

const PREFIX = 'news-lens-';
/** Longest first, so "disable-next-line" is not read as "disable". */
const KINDS: readonly IgnoreKind[] = ['disable-next-line', 'disable-line', 'disable', 'enable'];
const CODE_RE = /^[A-Za-z]{2}\d{3}$/;

/** The comment that silences `codes` (all rules when empty) for a text format, e.g. `<!-- news-lens-disable-line NL001 -->`. */
export function ignoreComment(kind: IgnoreKind, codes: readonly string[], format: TextFormat): string {
  const words = [`${PREFIX}${kind}`, ...codes].join(' ');
  return format === 'markdown' ? `<!-- ${words} -->` : words;
}



/** End of the line's content (before its line break). */
function lineEnd(text: string, starts: readonly number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  if (end > starts[line] && text.charCodeAt(end - 1) === 10) end--;
  if (end > starts[line] && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

function isBlank(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 0xa0 || ch === 0x3000 || (ch >= 0x2000 && ch <= 0x200b) || ch === 0xfeff;
}

function isCodeChar(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || ((ch | 32) >= 97 && (ch | 32) <= 122);
}

/**
 * Reads the codes of a directive's body in [from, limit): codes separated by blanks or commas,
 * optionally followed by "-- reason". Undefined when something else is there. Stops at the first
 * word that is not a code, so a failed read costs no more than the codes before it.
 */
function scanCodes(text: string, from: number, limit: number): string[] | undefined {
  const codes: string[] = [];
  let i = from;
  while (i < limit) {
    const ch = text.charCodeAt(i);
    if (isBlank(ch) || ch === 44 /* , */) {
      i++;
      continue;
    }
    if (ch === 45 /* - */ && text.charCodeAt(i + 1) === 45 && i + 1 < limit) return codes; // "-- reason"
    let j = i;
    while (j < limit && isCodeChar(text.charCodeAt(j))) j++;
    if (j === i || !CODE_RE.test(text.slice(i, j))) return undefined;
    const code = text.slice(i, j).toUpperCase();
    if (!codes.includes(code)) codes.push(code);
    i = j;
  }
  return codes;
}

interface RawDirective {
  kind: IgnoreKind;
  codes: string[];
  start: number;
  end: number;
  line: number;
}

/** Finds "-->" at or after an offset; remembers the last answer so the whole scan stays linear. */
class CloseFinder {
  private at = -2;
  constructor(private readonly text: string) {}
  next(from: number): number {
    if (this.at === -1 || (this.at >= from && this.at !== -2)) return this.at;
    this.at = this.text.indexOf('-->', from);
    return this.at;
  }
}

/** Reads one directive whose keyword starts at `at`, or undefined. */
function readDirective(
  text: string,
  starts: readonly number[],
  at: number,
  format: TextFormat,
  closes: CloseFinder,
): RawDirective | undefined {
  const line = lineOf(starts, at);
  const end = lineEnd(text, starts, line);
  const after = at + PREFIX.length;
  const kind = KINDS.find((k) => text.startsWith(k, after));
  if (!kind) return undefined;
  const bodyStart = after + kind.length;
  // The keyword must end there: "news-lens-disabled" or "news-lens-disable-foo" are not directives.
  if (bodyStart < end && !isBlank(text.charCodeAt(bodyStart)) && !text.startsWith('-->', bodyStart)) return undefined;

  // Comment form: "<!--", optional blanks, keyword ... "-->" on the same line.
  let open = at;
  while (open > starts[line] && isBlank(text.charCodeAt(open - 1))) open--;
  if (open - 4 >= starts[line] && text.startsWith('<!--', open - 4)) {
    const close = closes.next(bodyStart);
    if (close < 0 || close + 3 > end) return undefined;
    const codes = scanCodes(text, bodyStart, close);
    return codes ? { kind, codes, start: open - 4, end: close + 3, line } : undefined;
  }
  if (format === 'markdown') return undefined;

  // Bare form (plain text): at the start of a line or after a blank, running to the end of the line.
  if (at > starts[line] && !isBlank(text.charCodeAt(at - 1))) return undefined;
  const codes = scanCodes(text, bodyStart, end);
  if (!codes) return undefined;
  let stop = end;
  while (stop > bodyStart && isBlank(text.charCodeAt(stop - 1))) stop--;
  return { kind, codes, start: at, end: stop, line };
}

/** Comment spans that Markdown renders as prose (not inside code, front matter or a link target). */
function inProse(text: string, found: readonly RawDirective[]): boolean[] {
  // Put a visible stand-in where each comment is and see whether Markdown masking keeps it.
  let probe = '';
  let last = 0;
  for (const d of found) {
    probe += text.slice(last, d.start) + 'x'.repeat(d.end - d.start);
    last = d.end;
  }
  probe += text.slice(last);
  const masked = maskMarkdown(probe);
  return found.map((d) => masked.charCodeAt(d.start) === 120 /* x */);
}

/** Every ignore directive in the text, in order. */
export function findIgnoreDirectives(text: string, format: TextFormat = 'plaintext'): IgnoreDirective[] {
  if (typeof text !== 'string' || text.indexOf(PREFIX) < 0) return [];
  const starts = lineStarts(text);
  let found: RawDirective[] = [];
  const closes = new CloseFinder(text);
  for (let at = text.indexOf(PREFIX); at >= 0; ) {
    const d = readDirective(text, starts, at, format, closes);
    if (d) found.push(d);
    at = text.indexOf(PREFIX, d ? d.end : at + PREFIX.length);
  }
  if (found.length === 0) return [];
  if (format === 'markdown') {
    const prose = inProse(text, found);
    found = found.filter((_, i) => prose[i]);
  }
  return resolveTargets(text, starts, found);
}

/** Fills in targetLine: the directive's line, or for -next-line the next line that has text on it. */
function resolveTargets(text: string, starts: readonly number[], found: readonly RawDirective[]): IgnoreDirective[] {
  let next: Int32Array | undefined;
  if (found.some((d) => d.kind === 'disable-next-line')) {
    // One backward pass: for each line, the first later line with text that is not a directive
    // (so stacked -next-line comments and blank lines are skipped).
    const covered = new Map<number, RawDirective[]>();
    for (const d of found) {
      let list = covered.get(d.line);
      if (!list) covered.set(d.line, (list = []));
      list.push(d);
    }
    next = new Int32Array(starts.length);
    let candidate = -1;
    for (let line = starts.length - 1; line >= 0; line--) {
      next[line] = candidate;
      if (!isEmptyLine(text, starts, line, covered.get(line) ?? [])) candidate = line;
    }
  }
  return found.map((d) => ({
    kind: d.kind,
    codes: d.codes,
    start: d.start,
    end: d.end,
    line: d.line,
    targetLine: d.kind === 'disable-line' ? d.line : d.kind === 'disable-next-line' && next ? next[d.line] : -1,
  }));
}

/** True when the line holds nothing but blanks and the given directives (sorted, on this line). */
function isEmptyLine(text: string, starts: readonly number[], line: number, directives: readonly RawDirective[]): boolean {
  let k = 0;
  const end = lineEnd(text, starts, line);
  for (let i = starts[line]; i < end; i++) {
    while (k < directives.length && directives[k].end <= i) k++;
    if (k < directives.length && directives[k].start <= i) {
      i = directives[k].end - 1;
      continue;
    }
    if (!isBlank(text.charCodeAt(i))) return false;
  }
  return true;
}

/** The claims no directive silences, in their order. */
export function filterIgnoredClaims<T extends Pick<Claim, 'start' | 'end' | 'code'>>(
  text: string,
  claims: readonly T[],
  directives: readonly IgnoreDirective[],
): T[] {
  if (directives.length === 0 || claims.length === 0) return [...claims];
  const universe = new Set<string>(RULE_CODES);
  for (const d of directives) for (const c of d.codes) universe.add(c);

  // Stretches: per code, sorted [from, to) intervals between disable and enable.
  const intervals = new Map<string, [number, number][]>();
  const openSince = new Map<string, number>();
  const lines = new Map<number, Set<string>>();
  for (const d of directives) {
    const codes = d.codes.length > 0 ? d.codes : [...universe];
    if (d.kind === 'disable') {
      for (const c of codes) if (!openSince.has(c)) openSince.set(c, d.end);
    } else if (d.kind === 'enable') {
      for (const c of codes) {
        const from = openSince.get(c);
        if (from === undefined) continue;
        openSince.delete(c);
        let list = intervals.get(c);
        if (!list) intervals.set(c, (list = []));
        list.push([from, d.start]);
      }
    } else if (d.targetLine >= 0) {
      let set = lines.get(d.targetLine);
      if (!set) lines.set(d.targetLine, (set = new Set()));
      for (const c of codes) set.add(c);
    }
  }
  for (const [c, from] of openSince) {
    let list = intervals.get(c);
    if (!list) intervals.set(c, (list = []));
    list.push([from, Infinity]);
  }

  const starts = lines.size > 0 ? lineStarts(text) : [];
  return claims.filter((claim) => {
    const list = intervals.get(claim.code);
    if (list && inIntervals(list, claim.start)) return false;
    if (lines.size === 0) return true;
    const first = lineOf(starts, claim.start);
    const last = lineOf(starts, Math.max(claim.start, claim.end - 1));
    for (let l = first; l <= last; l++) if (lines.get(l)?.has(claim.code)) return false;
    return true;
  });
}

function inIntervals(list: readonly (readonly [number, number])[], offset: number): boolean {
  // Sorted by start and disjoint (each code alternates disable/enable): binary search.
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (offset < list[mid][0]) hi = mid - 1;
    else if (offset >= list[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Blanks the directives (spaces, line breaks kept) so that the engine never reads them as prose. */
export function maskDirectives(text: string, directives: readonly IgnoreDirective[]): string {
  if (directives.length === 0) return text;
  let out = '';
  let last = 0;
  for (const d of directives) {
    out += text.slice(last, d.start) + ' '.repeat(d.end - d.start);
    last = d.end;
  }
  return out + text.slice(last);
}

/**
 * Runs an analysis with the ignore comments honoured: in plain text the directives are
 * blanked before `run` reads the text (Markdown masking already skips comments), and the
 * claims they silence are dropped. Every span's text is still sliced from `text`.
 */
export function withIgnoreComments(text: string, format: TextFormat | undefined, run: (text: string) => Analysis): Analysis {
  const directives = findIgnoreDirectives(text, format ?? 'plaintext');
  if (directives.length === 0) return run(text);
  const masked = format === 'markdown' ? text : maskDirectives(text, directives);
  const analysis = masked === text ? run(text) : withOriginalText(run(masked), text);
  const claims = filterIgnoredClaims(text, analysis.claims, directives);
  return claims.length === analysis.claims.length ? analysis : { ...analysis, claims };
}

