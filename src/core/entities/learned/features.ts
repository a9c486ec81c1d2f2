// Features of one recognised mention for the learned type classifier (docs/model.md): the words
// of the name, its shape and affixes, the words around it, what the rules decided and why, and
// how the document uses the name elsewhere. Pure: the same document gives the same strings.
import type { Doc } from '../../text/document';
import { isSentenceInitial } from '../../text/document';
import type { Candidate, RecognizedEntities } from '../model';
import { candidateEvidence, contextEvidence } from '../typing';
import { isFirstName, lexiconType } from '../lookup';
import { isRoleWord } from '../roles';

/** The shape of a word: upper-case letters X, lower-case x, digits d, runs of one kind collapsed ("McCain" -> "XxXx", "U.S." -> "X.X."). */
export function wordShape(word: string): string {
  let out = '';
  let prev = '';
  for (const ch of word) {
    const k = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (k !== prev || (k !== 'X' && k !== 'x' && k !== 'd')) out += k;
    prev = k;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

/** Per-document facts the features of every mention share: lower-case vocabulary and, per entity, its forms. */
export interface DocFacts {
  readonly lowerWords: ReadonlySet<string>;
}

export function docFacts(doc: Doc): DocFacts {
  const lowerWords = new Set<string>();
  for (const t of doc.tokens) if (t.kind === 'word' && !t.cap) lowerWords.add(t.text);
  return { lowerWords };
}

function bucket(n: number): string {
  return n <= 1 ? '1' : n <= 2 ? '2' : n <= 4 ? '3-4' : '5+';
}

/** The feature strings of mention `mi` (sorted, each once). */
export function mentionFeatures(doc: Doc, ents: RecognizedEntities, mi: number, facts: DocFacts): string[] {
  const m = ents.mentions[mi];
  const e = m.entity;
  const toks = doc.tokens;
  const f = new Set<string>();
  f.add('bias');
  f.add(`rule=${e.type}`);
  const words: string[] = [];
  for (let k = m.first; k < m.last; k++) if (toks[k].kind === 'word' || toks[k].kind === 'number') words.push(toks[k].text);
  if (words.length === 0) words.push(m.text);
  const lw = words.map((w) => w.toLowerCase());
  for (const w of lw) f.add(`w=${w}`);
  const first = lw[0];
  const last = lw[lw.length - 1];
  f.add(`first=${first}`);
  f.add(`last=${last}`);
  f.add(`last=${last}|rule=${e.type}`);
  f.add(`n=${bucket(words.length)}`);
  f.add(`shape=${words.map(wordShape).join(' ').slice(0, 24)}`);
  f.add(`lastShape=${wordShape(words[words.length - 1])}`);
  if (last.length > 3) {
    f.add(`suf3=${last.slice(-3)}`);
    f.add(`suf2=${last.slice(-2)}`);
  }
  if (first.length > 3) f.add(`pre3=${first.slice(0, 3)}`);
  if (/\d/.test(m.text)) f.add('digit');
  if (/^\p{Lu}{2,}$/u.test(m.text)) f.add('acronym');
  if (m.text.includes('-')) f.add('hyphen');
  // Context: two words either side (lower case), and the word right before with the rules' type.
  const at = (k: number): string => (k >= 0 && k < toks.length ? toks[k].text.toLowerCase() : k < 0 ? '<s>' : '</s>');
  const p1 = at(m.first - 1);
  const p2 = at(m.first - 2);
  const n1 = at(m.last);
  const n2 = at(m.last + 1);
  f.add(`p1=${p1}`);
  f.add(`p2=${p2}`);
  f.add(`p21=${p2} ${p1}`);
  f.add(`n1=${n1}`);
  f.add(`n2=${n2}`);
  f.add(`n12=${n1} ${n2}`);
  f.add(`p1=${p1}|rule=${e.type}`);
  if (isSentenceInitial(doc, m.first)) f.add('sentStart');
  if (m.role) f.add('role');
  if (isRoleWord(toks[m.first - 1])) f.add('roleBefore');
  // What the rules' own evidence says about the name alone and the words around it.
  const cand: Candidate = {
    first: m.first, last: m.last, start: m.start, end: m.end, text: m.text, role: m.role, titled: false,
    weakCap: isSentenceInitial(doc, m.first), inHeadline: false, commonShape: false,
  };
  const own = candidateEvidence(doc, cand);
  f.add(`own=${own.type ?? '-'}:${own.strength}`);
  const around = contextEvidence(doc, cand);
  f.add(`ctx=${around.type ?? '-'}:${around.strength}`);
  const lex = lexiconType(m.text);
  if (lex) f.add(`lex=${lex}`);
  const lexLast = lexiconType(words[words.length - 1]);
  if (lexLast && words.length > 1) f.add(`lexLast=${lexLast}`);
  if (isFirstName(words[0])) f.add(words.length > 1 ? 'firstName+' : 'firstNameAlone');
  if (lw.some((w) => facts.lowerWords.has(w))) f.add('wordAlsoLower');
  if (lw.every((w) => facts.lowerWords.has(w))) f.add('allAlsoLower');
  // The entity: how often it is named, in how many forms, and whether this is a short form.
  f.add(`mentions=${bucket(e.mentions.length)}`);
  const idWords = e.id.split(' ').length;
  if (idWords > words.length) f.add('shortForm');
  f.add(`idLast=${e.id.split(' ')[idWords - 1].toLowerCase()}`);
  return [...f].sort();
}
