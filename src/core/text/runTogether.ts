// Splits "UN-backed" into the name "UN" and its suffix, and words that a caption or a copy-paste ran together ("de MisturaReuters" -> "Mistura",
// "Reuters") when both halves are names in their own right: the left half occurs alone elsewhere
// in the text and the right half occurs alone too or is a known name. Brand names written in
// camel case ("YouTube", "McDonald", "PayPal") are left alone because their halves are not.
import { Token } from './tokens';

const CAMEL_RE = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;
/** "UN-backed", "Scientology-related": a name with a lower-case suffix. */
const NAME_SUFFIX_RE = /^(\p{Lu}[\p{L}\p{M}\p{N}.]*)-(\p{Ll}+)$/u;
const NAME_SUFFIXES = new Set(['backed', 'led', 'based', 'owned', 'held', 'run', 'related', 'linked', 'born', 'made',
  'style', 'funded', 'controlled', 'affiliated', 'sponsored', 'allied', 'friendly', 'bound', 'brokered', 'imposed',
  'supported', 'operated', 'built', 'designed', 'trained', 'inspired', 'occupied', 'administered', 'era', 'wide',
  'listed', 'registered', 'flagged', 'dominated', 'aligned', 'leaning', 'centric', 'specific', 'only', 'like', 'type',
  // "Pulitzer Prize-winning", "Booker Prize-winner", "Scientology-critic", "NASA T-shirt"
  'winning', 'winner', 'winners', 'nominated', 'educated', 'critic', 'critics', 'themed', 'speaking', 'shirt', 'shirts']);

/** Whether a word could be split at all: capitalised, with a hyphen or a second capital. */
function maySplit(t: Token): boolean {
  if (t.kind !== 'word' || !t.cap) return false;
  const w = t.text;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 45 /* - */ || c >= 65 && c <= 90 || c > 127) return true;
  }
  return false;
}

/**
 * The capitalised words of the text. A function of its own so that its loop over every token is
 * optimised on its own (inside splitRunTogether's loop it often ran unoptimised).
 */
function capitalisedWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word' && t.cap) words.add(t.text);
  }
  return words;
}

export function splitRunTogether(tokens: Token[], isKnownName: (word: string) => boolean): Token[] {
  let standalone: Set<string> | null = null;
  // The copy is made only when a word is split (most texts have none): until then `out` is null.
  let out: Token[] | null = null;
  const keep = (k: number) => { if (out) out.push(tokens[k]); };
  const split = (k: number, parts: Token[]) => {
    if (!out) out = tokens.slice(0, k);
    for (const p of parts) out.push(p);
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!maySplit(t)) {
      keep(k);
      continue;
    }
    const h = NAME_SUFFIX_RE.exec(t.text);
    if (h && NAME_SUFFIXES.has(h[2])) {
      const dash = t.start + h[1].length;
      split(k, [t.with({ end: dash, text: h[1] }), new Token(dash, dash + 1, '-', 'punct', 0), new Token(dash + 1, t.end, h[2], t.kind, 0)]);
      continue;
    }
    const m = CAMEL_RE.exec(t.text);
    if (!m) {
      keep(k);
      continue;
    }
    standalone ??= capitalisedWords(tokens);
    const [, left, right] = m;
    if (!standalone.has(left) || !(standalone.has(right) || isKnownName(right))) {
      keep(k);
      continue;
    }
    const mid = t.start + left.length;
    split(k, [t.with({ end: mid, text: left }), new Token(mid, t.end, right, t.kind, { cap: t.cap, upper: t.upper, abbrev: t.abbrev })]);
  }
  return out ?? tokens;
}
