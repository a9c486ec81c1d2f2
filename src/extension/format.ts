// Small text helpers shared by the views. Pure: no `vscode` import.

/** Collapses every run of whitespace (newlines included) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whitespace-collapsed text cut to at most `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  const flat = collapseWhitespace(text);
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, Math.max(0, max - 1));
  // Prefer to end on a word boundary when one is near; never split a surrogate pair.
  const space = cut.lastIndexOf(' ');
  if (space > 0 && cut.length - space <= 15) cut = cut.slice(0, space);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** "1 quote", "7 quotes". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A document length in characters, shown the way people read file sizes: "3.2 MB", "640 KB", "12 characters". */
export function formatSize(chars: number): string {
  if (chars >= 1_000_000) return `${trimDecimal(chars / 1_000_000)} MB`;
  if (chars >= 1_000) return `${trimDecimal(chars / 1_000)} KB`;
  return plural(chars, 'character');
}

function trimDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

/** The message shown once when a document is too large to analyse. */
export function tooLargeMessage(fileName: string, length: number, limit: number): string {
  let size = formatSize(length);
  let max = limit < 1_000 ? `${limit}-character` : formatSize(limit);
  if (size === max) {
    // "2 MB is over the 2 MB limit" reads like a bug: give exact counts instead.
    size = `${length.toLocaleString('en-US')} characters`;
    max = `${limit.toLocaleString('en-US')}-character`;
  }
  return `News Lens skipped ${fileName}: ${size} is over the ${max} limit (newsLens.maxDocumentSize)`;
}

/** A notice from the analysis, for a message box: "News Lens skipped data.bin: <message>" for input it did not analyse. */
export function noticeMessage(fileName: string, kind: string, message: string): string {
  let text = message.trim();
  if (kind === 'binary' || kind === 'too-large') return `News Lens skipped ${fileName}: ${text}`;
  // "News Lens could not…" -> "News Lens (a.txt): Could not…"
  const own = /^News Lens\s+(\S)/.exec(text);
  if (own) text = own[1].toUpperCase() + text.slice(own[0].length);
  return `News Lens (${fileName}): ${text}`;
}

/** The last path segment of a URI path ("/a/b/article.txt" -> "article.txt"). */
export function baseName(path: string): string {
  const parts = path.split('/').filter((p) => p.length > 0);
  return parts.length > 0 ? parts[parts.length - 1] : path;
}

/** Hands out tree item ids, suffixing repeats ("a", "a#2") so a duplicate can never break a tree. */
export class UniqueIds {
  private readonly seen = new Map<string, number>();

  make(id: string): string {
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  }
}

/** The trigger phrase a problem's message quotes first ("Vague source "a monitor said": …"). */
export function triggerOf(message: string): string | undefined {
  const m = /"([^"]{1,120})"/.exec(message);
  return m ? m[1] : undefined;
}
