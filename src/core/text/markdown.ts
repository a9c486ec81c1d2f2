// Markdown: only prose is analysed. Front matter, fenced and indented code, HTML blocks (<pre>,
// <script>, <style>, <textarea>), HTML tags and comments, inline code, link targets and bare URLs
// are blanked out with spaces (line breaks kept), so every offset into the masked text is also an
// offset into the original.
//
// A line-by-line scanner rather than regular expressions over the whole text: every step is
// linear, whatever the input (a line of 100,000 backticks included).

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

interface Line {
  readonly start: number;
  /** End of the line's content, before its line break. */
  readonly end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Opening fence: up to 3 spaces, then 3 or more ` or ~. Returns [char, length] or null. */
function fenceOf(text: string, line: Line): [string, number] | null {
  let i = line.start;
  while (i < line.end && i - line.start < 3 && text.charCodeAt(i) === 32) i++;
  const c = text[i];
  if (c !== '`' && c !== '~') return null;
  let n = 0;
  while (i + n < line.end && text[i + n] === c) n++;
  if (n < 3) return null;
  // An opening backtick fence may not have backticks in its info string.
  if (c === '`' && text.slice(i + n, line.end).includes('`')) return null;
  return [c, n];
}

function closesFence(text: string, line: Line, fence: [string, number]): boolean {
  let i = line.start;
  while (i < line.end && i - line.start < 3 && text.charCodeAt(i) === 32) i++;
  let n = 0;
  while (i + n < line.end && text[i + n] === fence[0]) n++;
  return n >= fence[1] && text.slice(i + n, line.end).trim() === '';
}

function isBlank(text: string, line: Line): boolean {
  return text.slice(line.start, line.end).trim() === '';
}

function isIndentedCode(text: string, line: Line): boolean {
  return text.startsWith('    ', line.start) || text.charCodeAt(line.start) === 9;
}

const HTML_BLOCK_OPEN = /^[ ]{0,3}<(pre|script|style|textarea)(?:[\s>]|$)/i;

/** Blanks inline code spans on one line: a run of N backticks up to the next run of exactly N. */
function maskInlineCode(chars: string[], text: string, line: Line): void {
  const runs: [number, number][] = [];
  for (let i = line.start; i < line.end; i++) {
    if (text[i] !== '`') continue;
    let j = i;
    while (j < line.end && text[j] === '`') j++;
    runs.push([i, j - i]);
    i = j - 1;
  }
  if (runs.length < 2) return;
  // For each length, the indices of the runs of that length, in order.
  const byLength = new Map<number, number[]>();
  runs.forEach(([, len], k) => {
    let list = byLength.get(len);
    if (!list) byLength.set(len, (list = []));
    list.push(k);
  });
  const cursor = new Map<number, number>();
  let k = 0;
  while (k < runs.length) {
    const [at, len] = runs[k];
    const list = byLength.get(len)!;
    let c = cursor.get(len) ?? 0;
    while (c < list.length && list[c] <= k) c++;
    cursor.set(len, c);
    if (c >= list.length) {
      k++;
      continue;
    }
    const close = list[c];
    const end = runs[close][0] + len;
    for (let i = at; i < end; i++) chars[i] = ' ';
    k = close + 1;
  }
}

/** Blanks HTML comments, tags, link targets and bare URLs in [from, to). Each pattern is linear. */
function maskInline(chars: string[], text: string, from: number, to: number): void {
  const segment = text.slice(from, to);
  const patterns = [
    /<\/?[A-Za-z][A-Za-z0-9-]{0,40}(?:\s[^<>]{0,2000})?\/?>/g,
    /\]\([^()\s]{0,2000}(?:\s+"[^"\r\n]{0,300}")?\)/g,
    /\bhttps?:\/\/[^\s<>()]+/g,
  ];
  for (const re of patterns) {
    for (let m = re.exec(segment); m !== null; m = re.exec(segment)) {
      // Keep the "]" of a link: the link text before it is prose.
      const skip = m[0].startsWith('](') ? 1 : 0;
      for (let i = m.index + skip; i < m.index + m[0].length; i++) chars[from + i] = ' ';
    }
  }
}

export function maskMarkdown(text: string): string {
  const chars = text.split('');
  const blankRange = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };
  const lines = splitLines(text);
  let i = 0;
  // Front matter: "---" or "+++" on the first line, up to the same on a later line.
  const firstLine = lines[0] ? text.slice(lines[0].start, lines[0].end).trim() : '';
  if (firstLine === '---' || firstLine === '+++') {
    for (let k = 1; k < lines.length; k++) {
      if (text.slice(lines[k].start, lines[k].end).trim() === firstLine) {
        blankRange(0, lines[k].end);
        i = k + 1;
        break;
      }
    }
  }
  let previousBlank = true;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const fence = fenceOf(text, line);
    if (fence) {
      let k = i + 1;
      while (k < lines.length && !closesFence(text, lines[k], fence)) k++;
      const last = Math.min(k, lines.length - 1);
      blankRange(line.start, lines[last].end);
      i = last;
      previousBlank = false;
      continue;
    }
    const html = HTML_BLOCK_OPEN.exec(text.slice(line.start, Math.min(line.end, line.start + 20)));
    if (html) {
      const closing = `</${html[1].toLowerCase()}>`;
      let k = i;
      while (k < lines.length && !text.slice(lines[k].start, lines[k].end).toLowerCase().includes(closing)) k++;
      const last = Math.min(k, lines.length - 1);
      blankRange(line.start, lines[last].end);
      i = last;
      previousBlank = false;
      continue;
    }
    if (previousBlank && isIndentedCode(text, line) && !isBlank(text, line)) {
      let k = i;
      while (k + 1 < lines.length && (isIndentedCode(text, lines[k + 1]) || isBlank(text, lines[k + 1]))) k++;
      while (k > i && isBlank(text, lines[k])) k--;
      blankRange(line.start, lines[k].end);
      i = k;
      previousBlank = false;
      continue;
    }
    // A reference definition "[x]: url" is not prose.
    if (/^[ ]{0,3}\[[^\]\r\n]+\]:/.test(text.slice(line.start, Math.min(line.end, line.start + 300)))) {
      blankRange(line.start, line.end);
      previousBlank = false;
      continue;
    }
    maskInlineCode(chars, text, line);
    previousBlank = isBlank(text, line);
  }
  // HTML comments may span lines: blank them over the result (code already blanked).
  let masked = chars.join('');
  masked = masked.replace(/<!--[\s\S]*?(?:-->|$)/g, blank);
  const out = masked.split('');
  for (const line of lines) maskInline(out, masked, line.start, line.end);
  return out.join('');
}
