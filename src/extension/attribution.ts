// Formats a quote with its attribution for the clipboard (newsLens.copyQuoteWithAttribution).
// Pure: no `vscode` import.
//   direct:   "We made progress," said John Kerry, U.S. Secretary of State.
//   indirect: John Kerry said that talks could resume.
import type { Quote } from '../core/types';
import { collapseWhitespace } from './format';

export interface Speaker {
  readonly name: string;
  readonly role: string | null;
}

/** The opening and closing marks of every convention the analysis pairs (TeX's `` and '' included). */
const OPENING_MARK = /^(?:``|["“„‘'«»‹›‚`〝＂])/;
const CLOSING_MARK = /(?:''|["”“’'»«›‹‘〞〟＂])$/;

export function formatAttribution(quote: Pick<Quote, 'text' | 'kind'>, speaker: Speaker | null | undefined): string {
  return quote.kind === 'direct' ? formatDirect(quote.text, speaker) : formatIndirect(quote.text, speaker);
}

function formatDirect(raw: string, speaker: Speaker | null | undefined): string {
  const text = innerQuotesToSingle(stripTrailingComma(stripQuotationMarks(collapseWhitespace(raw))));
  // A question or exclamation keeps its mark and takes no comma: "Why now?" said Kerry.
  const quoted = endsWithStop(text) ? `"${text}"` : `"${text},"`;
  if (!speaker) return `${quoted} (unattributed).`;
  const role = speaker.role ? `, ${collapseWhitespace(speaker.role)}` : '';
  return endSentence(`${quoted} said ${collapseWhitespace(speaker.name)}${role}`);
}

function formatIndirect(raw: string, speaker: Speaker | null | undefined): string {
  const text = stripTrailingComma(collapseWhitespace(raw));
  if (!speaker) return endSentence(`${text} (unattributed)`);
  return endSentence(`${collapseWhitespace(speaker.name)} said ${text}`);
}

/** Removes the outer quotation marks; either may be missing (a quote that runs on into the next paragraph). */
export function stripQuotationMarks(text: string): string {
  return text.replace(OPENING_MARK, '').replace(CLOSING_MARK, '').trim();
}

/** Drops one trailing comma or period, but keeps an ellipsis ("..."). */
function stripTrailingComma(text: string): string {
  if (text.endsWith('...')) return text;
  return /[,.]$/.test(text) ? text.slice(0, -1).trimEnd() : text;
}

/** Double quotation marks inside a quote become single ones, as in print. */
function innerQuotesToSingle(text: string): string {
  return text.replace(/"/g, "'").replace(/“/g, '‘').replace(/”/g, '’');
}

function endsWithStop(text: string): boolean {
  return /(?:[?!…]|\.\.\.)$/.test(text);
}

/** Adds a final period unless the sentence already ends with one (a role such as "Jr."). */
function endSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
