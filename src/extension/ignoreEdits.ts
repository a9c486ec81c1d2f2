// The text edits behind the "Ignore NL00x on this line" and "Ignore NL00x in this file" quick
// fixes. Pure: no `vscode` import; works on line texts so the code-action provider never copies
// the whole document. The comments are those the engine reads (src/core/ignores.ts).
import { findIgnoreDirectives, ignoreComment, type IgnoreDirective, type TextFormat } from '../core/ignores';

/** Replace characters [start, end) of one line with `text` (an insertion when start === end). */
export interface LineEdit {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Read access to a document's lines (vscode.TextDocument fits through a small adapter). */
export interface Lines {
  readonly count: number;
  at(line: number): string;
}

/** Front matter is looked for within this many lines. */
const MAX_FRONT_MATTER_LINES = 200;

/**
 * "Ignore CODE on this line": a disable-line comment at the end of the line, or, when the line
 * already ends with one, that comment with CODE added.
 */
export function ignoreOnLineEdit(lineText: string, line: number, code: string, format: TextFormat): LineEdit {
  const existing = lastDirective(lineText, format, 'disable-line');
  if (existing && existing.codes.length > 0 && lineText.slice(existing.end).trim() === '') {
    return replaceCodes(existing, line, [...existing.codes, code], format);
  }
  let end = lineText.length;
  while (end > 0 && /\s/.test(lineText[end - 1])) end--;
  const last = findIgnoreDirectives(lineText, format).pop();
  if (format !== 'markdown' && last && last.end === end) {
    // A bare directive of another kind runs to the line's end: anything after it would break it,
    // so say it from a line of its own above instead.
    return { line, start: 0, end: 0, text: `${ignoreComment('disable-next-line', [code], format)}\n` };
  }
  const comment = ignoreComment('disable-line', [code], format);
  return { line, start: end, end, text: end === 0 ? comment : ` ${comment}` };
}

/**
 * "Ignore CODE in this file": a disable comment on a line of its own at the top (in Markdown
 * after the front matter), or, when the file already starts with one, that comment with CODE added.
 */
export function ignoreInFileEdit(lines: Lines, code: string, format: TextFormat): LineEdit {
  const top = format === 'markdown' ? frontMatterEnd(lines) : 0;
  if (top < lines.count) {
    const first = lines.at(top);
    const existing = lastDirective(first, format, 'disable');
    const alone = existing && first.slice(0, existing.start).trim() === '' && first.slice(existing.end).trim() === '';
    if (existing && alone && existing.codes.length > 0) return replaceCodes(existing, top, [...existing.codes, code], format);
  }
  const comment = ignoreComment('disable', [code], format);
  if (top >= lines.count) {
    // Only front matter (or nothing): the comment goes on a new last line.
    const last = lines.count - 1;
    const text = last >= 0 ? lines.at(last) : '';
    return { line: Math.max(last, 0), start: text.length, end: text.length, text: last >= 0 ? `\n${comment}` : comment };
  }
  return { line: top, start: 0, end: 0, text: `${comment}\n` };
}

function lastDirective(lineText: string, format: TextFormat, kind: IgnoreDirective['kind']): IgnoreDirective | undefined {
  const found = findIgnoreDirectives(lineText, format).filter((d) => d.kind === kind);
  return found[found.length - 1];
}

function replaceCodes(existing: IgnoreDirective, line: number, codes: readonly string[], format: TextFormat): LineEdit {
  const unique = codes.filter((c, i) => codes.indexOf(c) === i);
  return { line, start: existing.start, end: existing.end, text: ignoreComment(existing.kind, unique, format) };
}

/** The first line after YAML (---) or TOML (+++) front matter, or 0 when there is none. */
export function frontMatterEnd(lines: Lines): number {
  if (lines.count === 0) return 0;
  const fence = lines.at(0).trimEnd();
  if (fence !== '---' && fence !== '+++') return 0;
  const limit = Math.min(lines.count, MAX_FRONT_MATTER_LINES);
  for (let i = 1; i < limit; i++) {
    if (lines.at(i).trimEnd() === fence) return i + 1;
  }
  return 0;
}
