// Roles and titles the article gives a person: before the name ("deputy Russian foreign minister
// Gennady Gatilov", "U.S. Secretary of State John Kerry") or in apposition ("Cora Sherlock, an
// anti-abortion activist, said").
import type { Doc } from '../text/document';
import { isPossessive, type Token } from '../text/tokens';
import type { MentionRecord } from './model';
import { PERSON_TITLES, ROLE_MODIFIERS, ROLE_NOUNS } from '../lexicon/titles';
import { DEMONYMS } from '../lexicon/demonyms';
import { SPEECH_VERBS, CUE_AUXILIARIES } from '../lexicon/cues';

/** Role nouns beyond the lexicon's job titles: relations that also identify a person. */
const EXTRA_ROLE_NOUNS = new Set([
  'counterpart', 'member', 'colleague', 'adviser', 'advisor', 'aide', 'deputy', 'envoy', 'representative',
  'head', 'candidate', 'nominee', 'student', 'resident', 'researcher', 'scientist', 'economist', 'historian',
  'journalist', 'reporter', 'correspondent', 'blogger', 'founder', 'co-founder', 'owner', 'partner',
  'graduate', 'victim', 'survivor', 'witness', 'friend', 'wife', 'husband', 'son', 'daughter',
  'brother', 'sister', 'father', 'mother', 'parent', 'uncle', 'aunt', 'lawmaker', 'legislator', 'delegate', 'executive',
  'coordinator', 'co-ordinator', 'administrator',
]);

const STOP = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'and', 'or', 'but', 'with', 'by', 'to',
  'from', 'for', 'in', 'on', 'at', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these',
  'those', 'when', 'while', 'after', 'before', 'if', 'of', 'met', 'meet', 'between', 'against', 'about', 'into',
  'like', 'including', 'among', 'under', 'over', 'via', 'both', 'said', 'says', 'told', 'was', 'were', 'is', 'are',
]);

/** A noun for a person's job or relation: lower-case role nouns, or a capitalised title as written. */
export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_NOUNS.has(w) || EXTRA_ROLE_NOUNS.has(w) || PERSON_TITLES.has(word);
}

/** A role noun written in lower case in the text: "analyst", "designer" (not the title "President"). */
export function isRoleWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && isRoleNoun(t.text);
}

function isModifier(t: Token, mentionAtToken: Int32Array, i: number): boolean {
  if (t.kind !== 'word') return false;
  const w = t.text;
  if (STOP.has(w) || SPEECH_VERBS.has(w) || CUE_AUXILIARIES.has(w)) return false;
  if (t.cap) return mentionAtToken[i] >= 0 || DEMONYMS.has(w) || PERSON_TITLES.has(w) || isRoleNoun(w);
  return ROLE_MODIFIERS.has(w) || isRoleNoun(w) || /^[\p{Ll}-]+$/u.test(w);
}

/** Start token of a role phrase that ends right before token `end` (exclusive), or -1. */
function rolePhraseBefore(doc: Doc, end: number, mentionAtToken: Int32Array): number {
  const toks = doc.tokens;
  const head = toks[end - 1];
  if (!head || head.kind !== 'word' || !isRoleNoun(head.text)) return -1;
  let start = end - 1;
  let unknown = 0;
  for (let i = end - 2; i >= 0 && end - i <= 7; i--) {
    const t = toks[i];
    if (toks[i + 1].lineBreakBefore) break;
    if (isPossessive(t)) {
      // "the university's astronomy professor": keep the possessor.
      if (i > 0 && toks[i - 1].kind === 'word' && !STOP.has(toks[i - 1].text)) {
        start = i - 1;
        i--;
        continue;
      }
      break;
    }
    if (!isModifier(t, mentionAtToken, i)) break;
    const known = t.cap || ROLE_MODIFIERS.has(t.text) || isRoleNoun(t.text);
    if (!known && ++unknown > 2) break;
    start = i;
  }
  // Do not start on a dangling lower-case word that is not a modifier we know ("held talks").
  while (start < end - 1 && !toks[start].cap && !ROLE_MODIFIERS.has(toks[start].text) && !isRoleNoun(toks[start].text)
    && !isPossessive(toks[start + 1])) start++;
  return start;
}

function slice(doc: Doc, first: number, lastExclusive: number): string {
  return doc.text.slice(doc.tokens[first].start, doc.tokens[lastExclusive - 1].end).replace(/\s+/g, ' ');
}

const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);
const RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'that', 'where']);

/** Appositive role after the name: ", an anti-abortion activist," -> "anti-abortion activist". */
function appositiveAfter(doc: Doc, m: MentionRecord): string | null {
  const toks = doc.tokens;
  if (toks[m.last]?.text !== ',') return null;
  let i = m.last + 1;
  // ("its chief legal officer": the possessive is no part of the role.)
  if (toks[i] && ['a', 'an', 'the', 'its', 'his', 'her', 'their'].includes(toks[i].text)) i++;
  const first = i;
  let hasRole = false;
  let end = -1;
  for (; i < toks.length && i - first < 12; i++) {
    const t = toks[i];
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.lineBreakBefore) break;
    // "the Austrian privacy activist whose complaint started the case": the role ends before the relative clause.
    if (end < 0 && hasRole && RELATIVES.has(t.text)) end = i;
    // (A speech verb after "the" or before "'s" is a noun: "the state's manager".)
    const speech = SPEECH_VERBS.has(t.text) && !isPossessive(toks[i + 1]) && !DETERMINER_BEFORE.has(toks[i - 1]?.text ?? '');
    if (t.kind === 'quote' || speech || CUE_AUXILIARIES.has(t.text) && !t.cap) {
      if (end < 0) return null;
      continue;
    }
    if (end < 0 && t.kind === 'word' && isRoleNoun(t.text)) hasRole = true;
  }
  if (!hasRole || i === first || i >= toks.length) return null;
  if (toks[i].text !== ',' && toks[i].text !== '.') return null;
  return slice(doc, first, end >= 0 ? end : i);
}

export function findRoles(doc: Doc, mentions: MentionRecord[], mentionAtToken: Int32Array): void {
  const toks = doc.tokens;
  for (const m of mentions) {
    if (m.entity.type !== 'PERSON') continue;
    if (m.role) {
      // Title inside the name run; extend it with lower-case modifiers before ("former President").
      let s = -1;
      const runStart = toksIndexOfOffset(doc, m, m.role);
      for (let i = runStart - 1; i >= 0 && ROLE_MODIFIERS.has(toks[i].text); i--) s = i;
      if (s >= 0) m.role = doc.text.slice(toks[s].start, toks[runStart].start) + m.role;
      continue;
    }
    const start = rolePhraseBefore(doc, m.first, mentionAtToken);
    if (start >= 0 && start < m.first) {
      m.role = slice(doc, start, m.first);
      continue;
    }
    if (toks[m.first - 1]?.text === ',') {
      const s2 = rolePhraseBefore(doc, m.first - 1, mentionAtToken);
      if (s2 >= 0) {
        m.role = slice(doc, s2, m.first - 1);
        continue;
      }
    }
    m.role = appositiveAfter(doc, m);
  }
}

/** Token index where a title role that ends at the mention starts. */
function toksIndexOfOffset(doc: Doc, m: MentionRecord, role: string): number {
  const roleWords = role.split(' ').length;
  let i = m.first;
  let words = 0;
  while (i > 0 && words < roleWords) {
    i--;
    if (doc.tokens[i].kind === 'word') words++;
  }
  return i;
}
