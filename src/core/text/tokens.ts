// Tokenizer: one linear pass of a sticky regular expression over the text.
// Words keep internal hyphens, apostrophes, dots and ampersands ("Al-Assad", "U.S", "AT&T");
// a possessive "'s" is split off so that "UN's" yields the name "UN".

export type TokenKind = 'word' | 'number' | 'punct' | 'quote';

export interface TokenFields {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case ("UN", "AFP", "WASHINGTON"). */
  readonly upper: boolean;
  /** A word that ends with an abbreviation dot that does not end a sentence by itself ("Mr.", "U.S."). */
  readonly abbrev: boolean;
  /** Whitespace before this token contains a line break. */
  readonly lineBreakBefore: boolean;
  /** Whitespace before this token contains a blank line (paragraph break). */
  readonly paragraphBreakBefore: boolean;
  /** Some whitespace precedes this token. */
  readonly spaceBefore: boolean;
}

const CAP = 1;
const UPPER = 2;
const ABBREV = 4;
const LINE_BREAK = 8;
const PARAGRAPH_BREAK = 16;
const SPACE = 32;

/**
 * One token. The six yes/no facts share one number: a document has a token every five or six
 * characters, so a small token is most of what keeps a large analysis light on memory.
 */
export class Token implements TokenFields {
  private readonly flags: number;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly kind: TokenKind,
    flags: { cap?: boolean; upper?: boolean; abbrev?: boolean; lineBreakBefore?: boolean; paragraphBreakBefore?: boolean; spaceBefore?: boolean } | number,
  ) {
    this.flags = typeof flags === 'number' ? flags : (flags.cap ? CAP : 0) | (flags.upper ? UPPER : 0) | (flags.abbrev ? ABBREV : 0)
      | (flags.lineBreakBefore ? LINE_BREAK : 0) | (flags.paragraphBreakBefore ? PARAGRAPH_BREAK : 0) | (flags.spaceBefore ? SPACE : 0);
  }

  get cap(): boolean { return (this.flags & CAP) !== 0; }
  get upper(): boolean { return (this.flags & UPPER) !== 0; }
  get abbrev(): boolean { return (this.flags & ABBREV) !== 0; }
  get lineBreakBefore(): boolean { return (this.flags & LINE_BREAK) !== 0; }
  get paragraphBreakBefore(): boolean { return (this.flags & PARAGRAPH_BREAK) !== 0; }
  get spaceBefore(): boolean { return (this.flags & SPACE) !== 0; }

  /** A copy with some fields changed. */
  with(changes: Partial<TokenFields>): Token {
    const f = { ...this.fields(), ...changes };
    return new Token(f.start, f.end, f.text, f.kind, f);
  }

  fields(): TokenFields {
    return {
      start: this.start, end: this.end, text: this.text, kind: this.kind, cap: this.cap, upper: this.upper, abbrev: this.abbrev,
      lineBreakBefore: this.lineBreakBefore, paragraphBreakBefore: this.paragraphBreakBefore, spaceBefore: this.spaceBefore,
    };
  }

  /** JSON shows the fields, as the plain object it stands for. */
  toJSON(): TokenFields {
    return this.fields();
  }
}


/** Abbreviations that take a dot and never end a sentence on their own. Lower-cased, without the dot. */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'cmdr',
  'rev', 'fr', 'st', 'jr', 'sr', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'dept', 'univ',
  'approx', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'pres',
  'supt', 'insp', 'det', 'cpl', 'pvt', 'hon', 'atty', 'e.g', 'i.e', 'cf', 'al',
]);

/** Capitalised abbreviations that take a dot: US state abbreviations and a few titles and street words. */
const CAP_ABBREVIATIONS = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass',
  'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis',
  'Wyo', 'Brig', 'Msgr', 'Pte', 'Spc', 'Reps', 'Messrs', 'Mme', 'Mlle', 'Drs', 'Rt', 'Hon', 'Rd', 'Ave', 'Blvd', 'Bros',
]);

/** Quotation marks, and apostrophes that may be one (marks.ts tells them apart). TeX's `` and '' are one token each. */
const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›', '‚', '`', '``', "''", '〝', '〞', '〟', '＂']);

const UPPER_RE = /^\p{Lu}/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /\p{L}/u;
const DIGIT_START_RE = /^\p{N}/u;
const INITIALS_RE = /^(?:\p{L}\.)+\p{L}$/u;

function whitespaceInfo(text: string, from: number, to: number): { line: boolean; para: boolean } {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) newlines++;
  }
  return { line: newlines > 0, para: newlines > 1 };
}

const NO_BREAK = { line: false, para: false };

function isAlnum(c: number): boolean {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}

/** Two or more upper-case letters and no lower-case one (ASCII fast path, Unicode otherwise). */
function isAllCaps(word: string): boolean {
  let uppers = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) uppers++;
    else if (c > 127) return !HAS_LOWER_RE.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
  }
  return uppers >= 2;
}

const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_RE = /^\s$/u;
const wordCharCache = new Map<number, boolean>();
const spaceCache = new Map<number, boolean>();

/** Letter, mark or digit at i (code point, so astral letters count); ASCII without a regex. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i)!;
  let yes = wordCharCache.get(cp);
  if (yes === undefined) {
    yes = WORD_CHAR_RE.test(String.fromCodePoint(cp));
    if (wordCharCache.size < 65536) wordCharCache.set(cp, yes);
  }
  return yes ? (cp > 0xffff ? 2 : 1) : 0;
}

function isSpace(c: number): boolean {
  if (c === 32 || c >= 9 && c <= 13) return true;
  if (c < 128) return false;
  let yes = spaceCache.get(c);
  if (yes === undefined) spaceCache.set(c, (yes = SPACE_RE.test(String.fromCharCode(c))));
  return yes;
}

const JOINERS = new Set([39, 0x2019, 46, 45, 38, 0x2011]); // ' ’ . - & and the non-breaking hyphen

/**
 * The next token at or after `from`: a run of letters, marks and digits joined by single inner
 * apostrophes, dots, hyphens or ampersands ("Al-Assad", "U.S", "AT&T"), a number with thousands
 * separators ("280,000"), or any other single non-space character. Hand-written for speed; it
 * reads exactly like /[\p{L}\p{M}\p{N}]+(?:['’.\-&\u2011][\p{L}\p{M}\p{N}]+|(?<=\p{N}),\p{N}{3}(?!\p{N}))*|\S/u.
 */
/** Where the token found by the last nextToken() call starts (one number instead of a pair per token). */
let tokenStart = 0;

function nextToken(text: string, from: number): number {
  let i = from;
  const n = text.length;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i >= n) return -1;
  tokenStart = i;
  let w = wordCharLength(text, i);
  if (w === 0) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    // TeX quotation marks: `` and '' are one mark each.
    const doubled = (c === 96 || c === 39) && text.charCodeAt(i + 1) === c;
    return i + (pair || doubled ? 2 : 1);
  }
  for (;;) {
    while (w > 0) {
      i += w;
      w = wordCharLength(text, i);
    }
    const c = text.charCodeAt(i);
    if (JOINERS.has(c)) {
      const after = wordCharLength(text, i + 1);
      if (after > 0) {
        i += 1;
        w = after;
        continue;
      }
    } else if (c === 44 /* , */ && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))
      && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4))) {
      i += 4;
      w = 0;
      continue;
    }
    return i;
  }
}

const DIGIT_RE = /^\p{N}$/u;

/** A digit of any script (ASCII without a regex). */
function isDigit(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  return c > 127 && !Number.isNaN(c) && DIGIT_RE.test(String.fromCharCode(c));
}

/** The copy of `word` kept in `vocab`: the first one met. */
function interned(vocab: Map<string, string>, word: string): string {
  const seen = vocab.get(word);
  if (seen !== undefined) return seen;
  vocab.set(word, word);
  return word;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // One string per distinct word: an article uses its words again and again, and tokens that
  // share their text leave far fewer objects for the garbage collector to copy and mark.
  const vocab = new Map<string, string>();
  let prevEnd = 0;
  for (let next = nextToken(text, 0); next >= 0; next = nextToken(text, prevEnd)) {
    const start = tokenStart;
    let end = next;
    let word = text.slice(start, end);
    const spaceBefore = start > prevEnd;
    // A single space (the usual case) has no line break: skip the scan.
    const ws = !spaceBefore || (start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32) ? NO_BREAK : whitespaceInfo(text, prevEnd, start);
    const before = (ws.line ? LINE_BREAK : 0) | (ws.para ? PARAGRAPH_BREAK : 0) | (spaceBefore ? SPACE : 0);
    const c0 = word.charCodeAt(0);
    if (word.length === 1 && (c0 < 128 ? !isAlnum(c0) : !LETTER_RE.test(word) && !/\p{N}/u.test(word)) || word === '``' || word === "''") {
      tokens.push(new Token(start, end, word, QUOTE_CHARS.has(word) ? 'quote' : 'punct', before));
      prevEnd = end;
      continue;
    }
    // Split a possessive 's / ’s off the word ("UN's" -> "UN", "'s").
    let possessive: string | null = null;
    const lastCode = word.charCodeAt(word.length - 1);
    if (word.length > 2 && (lastCode === 115 || lastCode === 83) && (word.charCodeAt(word.length - 2) === 39 || word.charCodeAt(word.length - 2) === 0x2019)) {
      possessive = word.slice(-2);
      word = word.slice(0, -2);
      end -= 2;
    }
    let abbrev = false;
    if (possessive === null && text.charCodeAt(end) === 46 /* . */) {
      const lower = word.toLowerCase();
      if (INITIALS_RE.test(word) || (word.length === 1 && UPPER_RE.test(word)) || TITLE_ABBREVIATIONS.has(lower) || CAP_ABBREVIATIONS.has(word)) {
        end += 1;
        word += '.';
        abbrev = true;
      }
    }
    word = interned(vocab, word);
    const isNumber = c0 >= 48 && c0 <= 57 || c0 > 127 && DIGIT_START_RE.test(word);
    const cap = c0 >= 65 && c0 <= 90 || c0 > 127 && UPPER_RE.test(word);
    const flags = before | (cap ? CAP : 0) | (cap && isAllCaps(word) ? UPPER : 0) | (abbrev ? ABBREV : 0);
    tokens.push(new Token(start, end, word, isNumber ? 'number' : 'word', flags));
    if (possessive !== null) {
      tokens.push(new Token(end, end + 2, possessive, 'word', 0));
      end += 2;
    }
    prevEnd = end;
  }
  return tokens;
}

/** Index of the first token whose start is >= offset (binary search). */
/** The possessive "'s" (or "’s") that the tokenizer splits off a word ("UN's" -> "UN", "'s"). */
export function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && (t.text === "'s" || t.text === '’s');
}

export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
