// Markdown: only prose is analysed. Front matter, fenced and indented code, inline code, HTML
// tags and comments, and link targets are blanked out with spaces (line breaks kept), so every
// offset into the masked text is also an offset into the original.

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

export function maskMarkdown(text: string): string {
  let out = text;
  // YAML or TOML front matter at the very start.
  out = out.replace(/^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?=\r?\n|$)/, blank);
  // Fenced code blocks (``` or ~~~), up to the closing fence or the end of the text.
  out = out.replace(/^([ \t]{0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\2[ \t]*$|(?![\s\S]))/gm, blank);
  // HTML comments and tags.
  out = out.replace(/<!--[\s\S]*?(?:-->|$)/g, blank);
  out = out.replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, blank);
  // Inline code spans.
  out = out.replace(/(`+)[^`\r\n]+?\1/g, blank);
  // Link and image targets: keep the link text, blank "(url)" and reference definitions.
  out = out.replace(/\]\([^()\s]*(?:\s+"[^"\r\n]*")?\)/g, (m) => ']' + blank(m.slice(1)));
  out = out.replace(/^[ \t]{0,3}\[[^\]\r\n]+\]:[^\r\n]*$/gm, blank);
  // Bare URLs.
  out = out.replace(/\bhttps?:\/\/[^\s<>()]+/g, blank);
  return out;
}
