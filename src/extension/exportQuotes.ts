// The quotes of an article as Markdown (grouped by speaker, with roles), CSV and JSON, for the
// "Export Quotes" and "Save Quotes As" commands. Pure: no `vscode` import.
import type { Analysis, AttributionMethod, Entity, Quote } from '../core/types';
import { inferredNote } from '../core/inferred';
import { collapseWhitespace } from './format';
import { buildQuotesModel } from './quotesModel';
import { spreadsheetText } from '../core/spreadsheet';

export type ExportFormat = 'markdown' | 'csv' | 'json';

export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string; extension: string; languageId: string }[] = [
  { format: 'markdown', label: 'Markdown', extension: 'md', languageId: 'markdown' },
  { format: 'csv', label: 'CSV', extension: 'csv', languageId: 'csv' },
  { format: 'json', label: 'JSON', extension: 'json', languageId: 'json' },
];

export interface ExportInput {
  /** The article's file name, shown in the title. */
  readonly fileName: string;
  readonly analysis: Analysis;
  /** 1-based line and column (UTF-16 code units) of an offset. */
  readonly positionOf: (offset: number) => { line: number; column: number };
}

/** One quote with its speaker, flat. */
export interface ExportedQuote {
  readonly speaker: string | null;
  readonly role: string | null;
  readonly kind: Quote['kind'];
  /** The quote exactly as in the article. */
  readonly text: string;
  readonly cue: string | null;
  /** How the speaker was found (Quote.attribution). */
  readonly attribution: AttributionMethod | null;
  readonly line: number;
  readonly column: number;
  readonly start: number;
  readonly end: number;
}

interface Group {
  readonly speaker: string | null;
  readonly role: string | null;
  readonly quotes: readonly ExportedQuote[];
}

/** Speakers in order of their first quote, each with its quotes in document order, unattributed last. */
function groups(input: ExportInput): Group[] {
  const entities = new Map<string, Entity>();
  for (const e of input.analysis.entities) entities.set(e.id, e);
  return buildQuotesModel(input.analysis).map((g) => {
    const entity = g.speakerId === null ? undefined : entities.get(g.speakerId);
    const speaker = g.speakerId === null ? null : (entity?.name ?? g.speakerId);
    const role = entity?.role ? collapseWhitespace(entity.role) : null;
    return {
      speaker,
      role,
      quotes: g.quotes.map(({ quote }) => {
        const p = input.positionOf(quote.start);
        return {
          speaker, role, kind: quote.kind, text: quote.text, cue: quote.cue?.text ?? null, attribution: quote.attribution,
          line: p.line, column: p.column, start: quote.start, end: quote.end,
        };
      }),
    };
  });
}

export function exportQuotes(format: ExportFormat, input: ExportInput): string {
  switch (format) {
    case 'markdown':
      return quotesMarkdown(input);
    case 'csv':
      return quotesCsv(input);
    case 'json':
      return quotesJson(input);
  }
}

/** Escapes what could start Markdown markup inside a line (links, images, HTML, emphasis, code, tables). */
export function escapeMarkdownText(text: string): string {
  return collapseWhitespace(text).replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`);
}

/**
 * # Quotes in article.txt
 *
 * ## John Kerry, U.S. Secretary of State
 *
 * - "We are making progress," (line 14)
 * - Reported: Washington was making progress with Russia (line 30)
 */
export function quotesMarkdown(input: ExportInput): string {
  const out = [`# Quotes in ${escapeMarkdownText(input.fileName)}`, ''];
  const all = groups(input);
  if (all.length === 0) out.push('No quotes found.', '');
  for (const g of all) {
    const heading = g.speaker === null ? 'Unattributed' : g.role ? `${g.speaker}, ${g.role}` : g.speaker;
    out.push(`## ${escapeMarkdownText(heading)}`, '');
    for (const q of g.quotes) {
      const text = escapeMarkdownText(q.text);
      const note = q.speaker === null ? null : inferredNote(q.attribution);
      out.push(`- ${q.kind === 'indirect' ? `Reported: ${text}` : text} (line ${q.line}${note ? `; speaker ${note}` : ''})`);
    }
    out.push('');
  }
  return out.join('\n');
}

export const CSV_COLUMNS = ['speaker', 'role', 'kind', 'quote', 'cue', 'attribution', 'line', 'column', 'start', 'end'] as const;

/** RFC 4180: every field quoted, quotes doubled, CRLF between records. A field that a spreadsheet would read as a formula gets a leading apostrophe. */
export function quotesCsv(input: ExportInput): string {
  const field = (value: string | number | null): string => {
    if (value === null) return '""';
    if (typeof value === 'number') return String(value);
    return `"${spreadsheetText(value).replace(/"/g, '""')}"`;
  };
  const rows = [CSV_COLUMNS.join(',')];
  for (const g of groups(input)) {
    for (const q of g.quotes) {
      rows.push([q.speaker, q.role, q.kind, q.text, q.cue, q.attribution, q.line, q.column, q.start, q.end].map(field).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}

/** `{ file, speakers: [{ speaker, role, quotes: [{ kind, text, cue, attribution, line, column, start, end }] }] }`. */
export function quotesJson(input: ExportInput): string {
  const speakers = groups(input).map((g) => ({
    speaker: g.speaker,
    role: g.role,
    quotes: g.quotes.map((q) => ({ kind: q.kind, text: q.text, cue: q.cue, attribution: q.attribution, line: q.line, column: q.column, start: q.start, end: q.end })),
  }));
  return JSON.stringify({ file: input.fileName, speakers }, null, 2) + '\n';
}

/** "syria-talks.txt" -> "syria-talks-quotes.md". */
export function exportFileName(articleName: string, format: ExportFormat): string {
  const base = articleName.replace(/\.[^./\\]+$/, '') || 'article';
  const ext = EXPORT_FORMATS.find((f) => f.format === format)?.extension ?? 'txt';
  return `${base}-quotes.${ext}`;
}
