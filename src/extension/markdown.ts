// Markdown building blocks for hovers. Pure: no `vscode` import.
// Document text is untrusted: it must never become a link, an image, HTML or a command.
import { collapseWhitespace } from './format';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * Escapes document text for use inline in Markdown: whitespace (newlines included) is
 * collapsed so no block can start, `<`, `>` and `&` become HTML entities, and every other
 * ASCII punctuation character is backslash-escaped, so no emphasis, code span, link,
 * image, autolink or HTML tag can form.
 */
export function escapeInline(text: string): string {
  return collapseWhitespace(text).replace(ASCII_PUNCTUATION, (ch) => {
    switch (ch) {
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '&':
        return '&amp;';
      default:
        return `\\${ch}`;
    }
  });
}

/**
 * A `command:` URI with JSON arguments, safe inside a Markdown link destination:
 * encodeURIComponent leaves `(`, `)`, `'`, `!` and `*` alone, so they are encoded too.
 */
export function commandUri(command: string, args: readonly unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(
    /[()'!*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `command:${command}?${encoded}`;
}

/** A Markdown link to one of our own commands. `label` and `title` are ours, never document text. */
export function commandLink(label: string, command: string, args: readonly unknown[], title?: string): string {
  const titlePart = title ? ` "${title.replace(/["\\]/g, '')}"` : '';
  return `[${label}](${commandUri(command, args)}${titlePart})`;
}
