// Entity baseline: the `compromise` NLP library (people, places, organizations),
// turned into mention spans with JS string offsets, like the gold files.
import nlp from 'compromise';
import type { EvalEntity } from './metrics';

/** The parts of compromise's `.json({ offset: true })` output we use. */
interface CompromiseTerm {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags?: readonly string[];
  readonly offset?: { readonly start: number; readonly length: number };
}
interface CompromiseMatch {
  readonly terms: readonly CompromiseTerm[];
}

const GROUPS: readonly [method: 'people' | 'places' | 'organizations', type: EvalEntity['type']][] = [
  ['people', 'PERSON'],
  ['places', 'LOC'],
  ['organizations', 'ORG'],
];

/** Punctuation after a term that ends a name (so "Geneva, Switzerland" gives two places). */
const BREAK_AFTER = /[,;:()[\]{}"“”‘’«»!?/|\n\r]/;

interface Located {
  readonly term: CompromiseTerm;
  readonly start: number;
  readonly end: number;
}

/**
 * Locates a term in the text. compromise's term offsets are UTF-16 indices into
 * the input (checked: they match on the whole dev corpus); if a term's text is not
 * where its offset says (unicode normalisation), it is looked up just after the
 * previous term instead, and dropped if not found nearby.
 */
function locate(text: string, term: CompromiseTerm, from: number): Located | undefined {
  if (term.text === '') return undefined;
  const off = term.offset;
  if (off && text.startsWith(term.text, off.start)) return { term, start: off.start, end: off.start + term.text.length };
  const i = text.indexOf(term.text, from);
  if (i < 0 || i - from > 200) return undefined;
  return { term, start: i, end: i + term.text.length };
}

const isCapitalised = (s: string): boolean => /^[\p{Lu}\p{Lt}\p{N}]/u.test(s);
const hasTag = (t: CompromiseTerm, tag: string): boolean => t.tags?.includes(tag) ?? false;

/** One name span from a run of terms: titles (Honorific, Actor) and lowercase words trimmed, possessive removed. */
function spanOf(text: string, run: Located[], type: EvalEntity['type']): EvalEntity | undefined {
  let a = 0;
  let b = run.length;
  while (a < b && (hasTag(run[a].term, 'Honorific') || hasTag(run[a].term, 'Actor') || !isCapitalised(run[a].term.text))) a++;
  while (b > a && !isCapitalised(run[b - 1].term.text)) b--;
  if (a >= b) return undefined;
  let start = run[a].start;
  const last = run[b - 1];
  let end = last.end;
  // Stray trailing punctuation inside the term text (but "U.S." keeps its periods).
  while (end > start && /[.,;:!?'"’”)\]]/.test(text.charAt(end - 1)) && !/(?:^|[^A-Za-z])(?:[A-Za-z]\.){2,}$/.test(text.slice(start, end))) end--;
  // "Kerry's", "Hu’s" -> the name ("Jones'" lost its apostrophe above).
  if (/['’]s$/.test(text.slice(start, end))) end -= 2;
  // "Inc", "St", "Corp" carry their period when compromise tags them as abbreviations.
  else if (end === last.end && hasTag(last.term, 'Abbreviation') && text.charAt(end) === '.') end++;
  if (end <= start) return undefined;
  // compromise splits hyphenated words into terms and may tag only part of one
  // ("Kim Min" of "Kim Min-Woo"): a name never ends or starts inside a word.
  let st = start;
  const word = /[\p{L}\p{M}\p{N}]/u;
  while (st >= 2 && text.charAt(st - 1) === '-' && word.test(text.charAt(st - 2))) {
    let w = st - 2;
    while (w > 0 && word.test(text.charAt(w - 1))) w--;
    if (!isCapitalised(text.slice(w))) break; // "then-Costa Rican" stays "Costa"
    st = w;
  }
  while (end + 1 < text.length && text.charAt(end) === '-' && word.test(text.charAt(end + 1))) {
    end += 2;
    while (end < text.length && word.test(text.charAt(end))) end++;
  }
  start = st;
  const s = text.slice(start, end);
  return { start, end, text: s, type, id: s };
}

/** PERSON / LOC / ORG mentions found by compromise, sorted by start, without overlaps (on overlap the earlier, then the longer span wins). */
export function compromiseEntities(text: string): EvalEntity[] {
  const doc = nlp(text);
  const found: EvalEntity[] = [];
  for (const [method, type] of GROUPS) {
    const matches = doc[method]().json({ offset: true }) as CompromiseMatch[];
    for (const m of matches) {
      let run: Located[] = [];
      let cursor = 0;
      const flush = () => {
        const e = run.length > 0 ? spanOf(text, run, type) : undefined;
        if (e) found.push(e);
        run = [];
      };
      for (const term of m.terms) {
        const loc = locate(text, term, cursor);
        if (!loc) {
          flush();
          continue;
        }
        cursor = loc.end;
        run.push(loc);
        const after = term.post.replace(/^\./, hasTag(term, 'Abbreviation') ? '' : '.');
        if (BREAK_AFTER.test(after) || after.includes('.')) flush();
      }
      flush();
    }
  }
  found.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const out: EvalEntity[] = [];
  for (const e of found) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) continue;
    out.push(e);
  }
  return out;
}
