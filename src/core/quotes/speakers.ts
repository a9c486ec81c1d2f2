// Finds the noun phrase that stands for the speaker next to a speech verb, classifies it
// (a name, a pronoun, a role such as "the president", or a vague or anonymous source) and
// resolves it to an entity.
import { LOCAL_WINDOW, type Doc } from '../text/document';
import { isPossessive } from '../text/tokens';
import type { RecognizedEntities, EntityRecord } from '../entities/model';
import { CUE_AUXILIARIES, ORG_ANAPHORS, SPEAKER_PRONOUNS, SPEECH_VERBS, TITLE_GENDER } from '../lexicon/cues';
import { DEMONYMS } from '../lexicon/demonyms';
import { ORG_HEAD_WORDS } from '../lexicon/organisations';
import { isRoleNoun, isRoleWord } from '../entities/roles';

export type SourceKind = 'named' | 'pronoun' | 'role' | 'vague' | 'anonymous' | 'identified-unnamed';

export interface SpeakerRef {
  /** Token range [first, last) of the phrase. */
  readonly first: number;
  readonly last: number;
  readonly kind: SourceKind;
  /** Resolved entity, or null. */
  readonly entity: EntityRecord | null;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'one', 'some',
  'several', 'many', 'other', 'another', 'two', 'three', 'four', 'five', 'most', 'few', 'various', 'numerous', 'unnamed',
  'anonymous', 'certain', 'all', 'both', 'our', 'my', 'your']);
const DEFINITE = new Set(['the', 'his', 'her', 'their', 'its', 'our']);
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'several', 'many', 'other', 'another', 'two', 'three', 'four', 'five',
  'most', 'few', 'various', 'numerous', 'unnamed', 'anonymous', 'certain', 'all', 'both']);
/** Nouns that name a source without identifying it. */
const VAGUE_HEADS = new Set([
  'monitor', 'monitors', 'observer', 'observers', 'critic', 'critics', 'analyst', 'analysts', 'expert', 'experts',
  'official', 'officials', 'diplomat', 'diplomats', 'resident', 'residents', 'witness', 'witnesses', 'activist',
  'activists', 'insider', 'insiders', 'people', 'person', 'individual', 'individuals', 'report', 'reports', 'media',
  'poster', 'posters', 'blogger', 'bloggers', 'user', 'users', 'commentator', 'commentators', 'ministers', 'minister',
  'sources', 'source', 'someone', 'somebody', 'others', 'many', 'some', 'estimates', 'poll', 'polls', 'survey',
  'surveys', 'study', 'studies', 'researchers', 'scientists', 'authorities', 'members', 'supporters', 'opponents',
  'campaigners', 'lawmakers', 'legislators', 'leaders', 'doctors', 'midwife', 'nurse', 'employee', 'employees',
  'worker', 'workers', 'student', 'students', 'posting', 'post', 'rumours', 'rumors', 'press', 'newspapers',
  'groups', 'agencies', 'author', 'teachers', 'police', 'investigators', 'prosecutors', 'calculations',
]);
/** How far back, in tokens, "the company" looks for the organisation it stands for. */
const ORG_ANAPHOR_WINDOW = 200;
const NOUN_MARKERS = new Set(['in', 'his', 'her', 'their', 'its', 'the', 'a', 'an', 'of', 'with', 'our', 'my', 'your']);

/** Things an organisation or person says through: "Microsoft's statement", "PC World's analysis". */
const STATEMENT_NOUNS = new Set(['statement', 'statements', 'analysis', 'report', 'study', 'survey', 'website', 'site',
  'blog', 'post', 'release', 'announcement', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'office',
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'account', 'editorial', 'letter', 'memo', 'filing', 'complaint', 'tweet']);

/** Non-human sources that never identify anyone: "the calculations", "media reports". */
const VAGUE_THINGS = new Set(['reports', 'report', 'media', 'calculations', 'estimates', 'studies', 'polls', 'surveys',
  'posting', 'postings', 'rumours', 'rumors', 'claims', 'accounts', 'sources']);
const ANONYMOUS_HEADS = new Set(['source', 'insider', 'official']);
const ANONYMITY_MARKERS = ['close to', 'familiar with', 'not to be named', 'not authorized', 'not authorised', 'anonymity', 'declined to be named', 'wished not to be'];

function isWord(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

/** Skips ", an anti-abortion activist," or ", in remarks to al-Ikhbariya television," leftwards. Returns new end or -1. */
function skipParentheticalLeft(doc: Doc, commaIdx: number, floor: number): number {
  const toks = doc.tokens;
  for (let k = commaIdx - 1; k > floor && commaIdx - k <= 14; k--) {
    const t = toks[k];
    if (t.kind === 'quote' || t.text === '.' || t.text === ';') return -1;
    if (t.text === ',') {
      // The segment between the commas must not itself contain a speech verb.
      // ("in remarks to al-Ikhbariya": a speech word after a determiner or preposition is a noun.)
      for (let j = k + 1; j < commaIdx; j++) if (SPEECH_VERBS.has(toks[j].text) && !NOUN_MARKERS.has(toks[j - 1].text.toLowerCase())) return -1;
      return k;
    }
  }
  return -1;
}

/** The speaker phrase that ends right before token `end` (exclusive), looking no further left than `floor`. */
export function speakerBefore(doc: Doc, ents: RecognizedEntities, end: number, floor: number): SpeakerRef | null {
  const toks = doc.tokens;
  let e = end;
  while (e - 1 >= floor && toks[e - 1].kind === 'word' && CUE_AUXILIARIES.has(toks[e - 1].text.toLowerCase()) && !toks[e - 1].cap) e--;
  // "praised by Ines Carvalho, who said …": the person the relative clause is about.
  if (e - 2 > floor && toks[e - 1].text.toLowerCase() === 'who' && toks[e - 2].text === ',') {
    const mi = ents.mentionAtToken[e - 3];
    if (mi >= 0 && ents.mentions[mi].last === e - 2 && ents.mentions[mi].first >= floor && isActor(ents.mentions[mi].entity)) {
      const m = ents.mentions[mi];
      return classifyNamed(doc, ents, m.first, m.last, m.entity);
    }
  }
  // "Jane Cole (pictured) said", "Ada Quint (Labour) said": skip a short bracket.
  if (e - 1 >= floor && toks[e - 1].text === ')') {
    for (let k = e - 2; k > floor && e - k <= 6; k--) {
      if (toks[k].text === '(') {
        e = k;
        break;
      }
      if (toks[k].kind === 'quote' || toks[k].text === ')' || toks[k].text === '.') break;
    }
  }
  // "X, the chairman of the panel, said" / "X, in remarks to Y, said": skip one parenthetical.
  if (e - 1 >= floor && toks[e - 1].text === ',') {
    let open = skipParentheticalLeft(doc, e - 1, floor);
    // "Tom Weller, 45, a teacher from Leeds, said": an age or a first apposition before this one.
    if (open >= 0 && ents.mentionAtToken[open - 1] < 0) {
      const before = skipParentheticalLeft(doc, open, floor);
      const mi = before >= 0 ? ents.mentionAtToken[before - 1] : -1;
      if (mi >= 0 && ents.mentions[mi].entity.type === 'PERSON') open = before;
    }
    if (open >= 0) {
      // "Turkey's news service, Anatolian News, reported": the name in between is the speaker.
      const inner = ents.mentionAtToken[open + 1];
      if (inner >= 0 && ents.mentions[inner].last === e - 1 && isActor(ents.mentions[inner].entity)) {
        const m = ents.mentions[inner];
        return classifyNamed(doc, ents, m.first, m.last, m.entity);
      }
      e = open;
    } else {
      // "The security firm Secunia.com, has said": the subject ends at the comma.
      e = e - 1;
    }
  }
  if (e - 1 < floor || !isWord(doc, e - 1)) return null;
  const last = e - 1;
  const m = ents.mentionAtToken[last];
  if (m >= 0) {
    const mention = ents.mentions[m];
    if (mention.first < floor) return null;
    // "Both X and Y have asserted": joint speakers count as the first named.
    let joint = mention.first - 1;
    if (toks[joint]?.text === 'the') joint--;
    if (toks[joint]?.text === 'and' && joint - 1 >= floor) {
      let pm = ents.mentionAtToken[joint - 1];
      if (pm >= 0 && isActorOrPlace(ents.mentions[pm].entity) && isActorOrPlace(mention.entity) && ents.mentions[pm].first >= floor) {
        let firstOf = ents.mentions[pm];
        // Walk back over "A, B and C".
        for (let k = firstOf.first - 1; k >= floor && toks[k].text === ','; k = firstOf.first - 1) {
          pm = ents.mentionAtToken[k - 1];
          if (pm < 0 || !isActor(ents.mentions[pm].entity)) break;
          firstOf = ents.mentions[pm];
        }
        return classifyNamed(doc, ents, firstOf.first, firstOf.last, firstOf.entity);
      }
    }
    // "Matthew Ingram of The Globe and Mail dubbed": the person, not the employer.
    // ("Amal Nasser of the Red Cross said": over "the" too.)
    const at = toks[mention.first - 1]?.text === 'the' ? mention.first - 2 : mention.first - 1;
    const linker = toks[at];
    if (linker && ['of', 'at', 'from', 'for', 'with'].includes(linker.text) && at - 1 >= floor) {
      const pm = ents.mentionAtToken[at - 1];
      if (pm >= 0 && ents.mentions[pm].entity.type === 'PERSON' && ents.mentions[pm].first >= floor) {
        return classifyNamed(doc, ents, ents.mentions[pm].first, ents.mentions[pm].last, ents.mentions[pm].entity);
      }
    }
    return classifyNamed(doc, ents, mention.first, last + 1, mention.entity);
  }
  // "X tweeted to Y and said …": the subject of the first verb.
  if (toks[last].text === 'and' || toks[last].text === 'but') {
    return subjectAtStart(doc, ents, floor, last);
  }
  const word = toks[last].text;
  const lower = word.toLowerCase();
  if (SPEAKER_PRONOUNS.has(lower)) return { first: last, last: last + 1, kind: 'pronoun', entity: null };
  if (isEpithet(doc, last)) return { first: last, last: last + 1, kind: 'pronoun', entity: null };
  // A common-noun phrase: [determiner] [modifiers] head.
  if (toks[last].kind !== 'word') return null;
  // "PC World's recent analysis of its traffic concluded": whoever owns the statement speaks.
  for (let k = last - 1; k >= floor && last - k <= 9; k--) {
    const t = toks[k];
    if (t.kind !== 'word' || SPEECH_VERBS.has(t.text) || ['and', 'but', 'that', 'which', 'who'].includes(t.text)) break;
    if (isPossessive(t) && ents.mentionAtToken[k - 1] >= 0) {
      const owner = ents.mentions[ents.mentionAtToken[k - 1]];
      const ownedNoun = [k + 1, k + 2, k + 3].some((j) => j <= last && STATEMENT_NOUNS.has(toks[j].text.toLowerCase()));
      // A publication or company the lexicon does not know is still the owner of its analysis.
      if ((isActor(owner.entity) || owner.entity.type === 'MISC' && ownedNoun) && (ownedNoun || k === last - 1)) {
        return classifyNamed(doc, ents, owner.first, owner.last, owner.entity);
      }
      break;
    }
  }
  let first = last;
  while (first - 1 >= floor && first > last - 6) {
    const t = toks[first - 1];
    if (t.kind !== 'word') break;
    if (DETERMINERS.has(t.text.toLowerCase())) {
      first--;
      break;
    }
    if (SPEECH_VERBS.has(t.text) || CUE_AUXILIARIES.has(t.text) || ['and', 'or', 'but', 'as', 'while', 'when', 'after', 'that', 'which', 'who', 'of', 'in', 'on', 'at', 'by', 'with', 'to', 'for', 'from'].includes(t.text)) break;
    if (isPossessive(t)) {
      first--;
      continue;
    }
    first--;
  }
  // "Sgt Mike Dwyer of the Dallas police said": the person, not the body they belong to.
  const linked = toks[first - 1];
  if (linked && ['of', 'at', 'from', 'with'].includes(linked.text) && first - 2 >= floor) {
    const pm = ents.mentionAtToken[first - 2];
    if (pm >= 0 && ents.mentions[pm].entity.type === 'PERSON' && ents.mentions[pm].first >= floor) {
      return classifyNamed(doc, ents, ents.mentions[pm].first, ents.mentions[pm].last, ents.mentions[pm].entity);
    }
  }
  return classifyPhrase(doc, ents, first, last + 1);
}

export interface SubjectSearch {
  /** How many tokens from `from` to look at. */
  readonly window: number;
  /** Pronouns that count as the subject. */
  readonly pronouns: ReadonlySet<string>;
  /** "Facebook co-founder Mark Zuckerberg": take the person an organisation introduces. */
  readonly personAfterOrg: boolean;
}

const CLAUSE_SUBJECT: SubjectSearch = { window: 12, pronouns: SPEAKER_PRONOUNS, personAfterOrg: true };

/** The first person, organisation or pronoun in [from, to): the subject of a clause that opens there. */
export function subjectAtStart(doc: Doc, ents: RecognizedEntities, from: number, to: number, search: SubjectSearch = CLAUSE_SUBJECT): SpeakerRef | null {
  for (let k = from; k < to && k - from < search.window; k++) {
    const mi = ents.mentionAtToken[k];
    if (mi >= 0) {
      const mention = ents.mentions[mi];
      if (isActor(mention.entity)) {
        // "Facebook co-founder Mark Zuckerberg": the person the organisation introduces.
        if (search.personAfterOrg && mention.entity.type === 'ORG') {
          for (let j = mention.last; j < to && j - mention.last <= 3 && doc.tokens[j].kind === 'word'; j++) {
            const pj = ents.mentionAtToken[j];
            if (pj >= 0 && ents.mentions[pj].entity.type === 'PERSON') return classifyNamed(doc, ents, ents.mentions[pj].first, ents.mentions[pj].last, ents.mentions[pj].entity);
          }
        }
        return classifyNamed(doc, ents, mention.first, mention.last, mention.entity);
      }
      k = mention.last - 1;
      continue;
    }
    if (search.pronouns.has(doc.tokens[k].text.toLowerCase())) return { first: k, last: k + 1, kind: 'pronoun', entity: null };
  }
  return null;
}

function isActorOrPlace(e: EntityRecord): boolean {
  return e.type !== 'MISC';
}

function isActor(e: EntityRecord): boolean {
  return e.type === 'PERSON' || e.type === 'ORG';
}

/** The speaker phrase right after a speech verb at `verb` ("said Kerry", "said the source"). */
/** Auxiliaries and common verbs that show a clause has begun, not a speaker's name. */
const CLAUSE_VERBS = new Set(['would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'had', 'has', 'have',
  'was', 'were', 'is', 'are', 'did', 'does', 'do', 'wants', 'wanted', 'needs', 'needed']);

/** Whether a person's name starts in tokens [from, to]. */
function personAt(ents: RecognizedEntities, from: number, to: number): boolean {
  for (let k = from; k <= to && k < ents.mentionAtToken.length; k++) {
    const mi = ents.mentionAtToken[k];
    if (mi >= 0 && ents.mentions[mi].first === k && ents.mentions[mi].entity.type === 'PERSON') return true;
  }
  return false;
}

export function speakerAfter(doc: Doc, ents: RecognizedEntities, verb: number, ceiling: number): SpeakerRef | null {
  const toks = doc.tokens;
  const s = verb + 1;
  if (s >= ceiling || !isWord(doc, s)) return null;
  if (SPEAKER_PRONOUNS.has(toks[s].text)) return { first: s, last: s + 1, kind: 'pronoun', entity: null };
  // "said analyst Wolfango Piccoli", "said Ambassador Mohib", "according to Saudi Arabia's Civil
  // Defense Authority", "according to Afghan Ambassador Hamdullah Mohib": the first person or
  // organisation in the phrase; a place or nationality only when nothing better follows.
  let fallback: SpeakerRef | null = null;
  let k = s;
  while (k < ceiling && k - s < 12 && (toks[k].kind === 'word' || toks[k].kind === 'number')) {
    const mi = ents.mentionAtToken[k];
    if (mi >= 0) {
      const mention = ents.mentions[mi];
      // "the Crown prosecutor, Mark Tedeschi": an organisation before a role noun only qualifies the role.
      // ("said Green Party MP Carla Denton": a capitalised role with a person right after it too.)
      const qualifiesRole = mention.entity.type === 'ORG' && (isRoleWord(toks[mention.last])
        || isRoleNoun(toks[mention.last]?.text ?? '') && personAt(ents, mention.last + 1, mention.last + 3));
      if (isActor(mention.entity) && !qualifiesRole) return classifyNamed(doc, ents, s, mention.last, mention.entity);
      if (!fallback) fallback = classifyNamed(doc, ents, mention.first, mention.last, mention.entity);
      k = mention.last;
      continue;
    }
    if (['of', 'in', 'on', 'that', 'and', 'who', 'which', 'by', 'after', 'before', 'during', 'with'].includes(toks[k].text)) break;
    k++;
  }
  // "according to the Afghan team's coach, Alireza Mehraban,": the name in apposition.
  if (toks[k]?.text === ',' && k + 1 < ceiling) {
    const mi = ents.mentionAtToken[k + 1];
    if (mi >= 0 && ents.mentions[mi].entity.type === 'PERSON') {
      const m = ents.mentions[mi];
      return classifyNamed(doc, ents, m.first, m.last, m.entity);
    }
  }
  if (fallback) return fallback;
  // After a verb, "that" and "this" open a clause, not a speaker's name.
  const firstWord = toks[s].text.toLowerCase();
  if (firstWord === 'that' || firstWord === 'this' || firstWord === 'these' || firstWord === 'those') return null;
  if (!DETERMINERS.has(firstWord) && !isRoleNoun(toks[s].text) && !VAGUE_HEADS.has(toks[s].text)) {
    // "according to election experts", "said security sources": a bare noun before a vague head.
    for (let k = s + 1; k < ceiling && k - s <= 2 && toks[k].kind === 'word' && !toks[k].cap; k++) {
      if (VAGUE_HEADS.has(toks[k].text) && !toks[s].cap) return classifyPhrase(doc, ents, s, k + 1);
    }
    return null;
  }
  let end = s + 1;
  // The phrase ends before a preposition, a relative word or a participle ("an Internet posting made …").
  // (Or before a verb: "said his client would appeal" names no speaker after "said".)
  while (end < ceiling && end - s < 5 && toks[end].kind === 'word' && !['of', 'in', 'at', 'on', 'to', 'that', 'and', 'who', 'which', 'by', 'after', 'before', 'during', 'from', 'with'].includes(toks[end].text)
    && !CLAUSE_VERBS.has(toks[end].text)
    && !/^[a-z]+ed$/.test(toks[end].text) && !['made', 'written', 'published', 'posted', 'seen', 'done'].includes(toks[end].text)) end++;
  return classifyPhrase(doc, ents, s, end);
}

const AGE_EPITHET = /^\d{1,3}-year-old$/;

/** "the Dutchman", "the Briton", "the 34-year-old" at token i: one person's nationality standing for the person. */
function isEpithet(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (t === undefined || doc.tokens[i - 1]?.text.toLowerCase() !== 'the') return false;
  // "the 34-year-old said": the person's age standing for the person.
  if (AGE_EPITHET.test(t.text)) return true;
  return DEMONYMS.has(t.text) && (!t.text.endsWith('s') || t.text.endsWith('ss'));
}

/**
 * The person a name at token `first` stands for, given its title: "Ms Vogel" linked to Thomas
 * Vogel is his sister Anna Vogel when the article names her. Other names are left as they are.
 */
export function titledEntity(doc: Doc, ents: RecognizedEntities, first: number, entity: EntityRecord): EntityRecord {
  if (entity.type !== 'PERSON') return entity;
  const title = doc.tokens[first]?.text.replace(/\.$/, '');
  const gender = TITLE_GENDER.get(title) ?? TITLE_GENDER.get(doc.tokens[first - 1]?.text.replace(/\.$/, '') ?? '');
  if (gender === undefined || entity.gender === null || entity.gender === gender) return entity;
  return peopleBySurname(ents).get(`${gender} ${entity.id.split(/\s+/).pop()}`) ?? entity;
}

const surnameIndexCache = new WeakMap<RecognizedEntities, Map<string, EntityRecord>>();

/** The first person of each gender and surname ("f Vogel"), built once per analysis. */
function peopleBySurname(ents: RecognizedEntities): Map<string, EntityRecord> {
  let index = surnameIndexCache.get(ents);
  if (!index) {
    index = new Map();
    for (const e of ents.entities) {
      if (e.type !== 'PERSON' || e.gender === null) continue;
      const key = `${e.gender} ${e.id.split(/\s+/).pop()}`;
      if (!index.has(key)) index.set(key, e);
    }
    surnameIndexCache.set(ents, index);
  }
  return index;
}

function classifyNamed(doc: Doc, ents: RecognizedEntities, first: number, last: number, named: EntityRecord): SpeakerRef {
  const toks = doc.tokens;
  const entity = titledEntity(doc, ents, first, named);
  // "Turkish media", "Egyptian officials": a nationality with a vague noun is still vague.
  // "Scientology officials": an organisation speaking through officials is that organisation.
  const next = toks[last];
  if (entity.type === 'MISC' || entity.type === 'LOC') {
    if (next && VAGUE_HEADS.has(next.text)) return { first, last: last + 1, kind: 'vague', entity: null };
    // "the Dutchman said", "the German added": a nationality for the person just spoken of.
    if (isEpithet(doc, first)) return { first, last, kind: 'pronoun', entity: null };
    if (DEMONYMS.has(entity.id)) return { first, last, kind: 'vague', entity: null };
  }
  return { first, last, kind: 'named', entity };
}

/** Classifies a common-noun phrase [first, last): vague, anonymous, a role or an identified but unnamed source. */
function classifyPhrase(doc: Doc, ents: RecognizedEntities, first: number, last: number): SpeakerRef | null {
  const toks = doc.tokens;
  const head = toks[last - 1].text;
  const headLower = head.toLowerCase();
  if (DETERMINERS.has(headLower) || toks[last - 1].kind !== 'word') return null;
  const det = toks[first].text.toLowerCase();
  const hasDet = DETERMINERS.has(det);
  // Reports, estimates, polls and "the media" are vague whatever the determiner.
  if (VAGUE_THINGS.has(headLower) && !/^\s*(?:of|from|by)\s+\p{Lu}/u.test(doc.text.slice(toks[last - 1].end, toks[last - 1].end + 12))) {
    return { first, last, kind: 'vague', entity: null };
  }
  const after = doc.text.slice(toks[last - 1].end, toks[Math.min(last + 6, toks.length - 1)].end).toLowerCase();
  if (ANONYMITY_MARKERS.some((mk) => after.startsWith(' ' + mk) || after.startsWith(', ' + mk) || after.includes('who asked not to be named'))) {
    return { first, last, kind: 'anonymous', entity: null };
  }
  // "Britain's prime minister", "the city's mayor": one role of one owner is one person, known
  // even when the article does not name them.
  if (isRoleNoun(headLower) && (!headLower.endsWith('s') || headLower.endsWith('ss')) && hasOwner(doc, ents, first, last - 1)) {
    const entity = resolveRole(doc, ents, first, last);
    return { first, last, kind: entity ? 'role' : 'identified-unnamed', entity };
  }
  // "The UN's Syria envoy": a role that the article gives a named person.
  if (isRoleNoun(headLower) && !VAGUE_HEADS.has(headLower) && !INDEFINITE.has(det)) {
    const entity = resolveRole(doc, ents, first, last);
    if (entity) return { first, last, kind: 'role', entity };
  }
  // An organisation named inside the phrase ("the Scientology officials", "Microsoft's spokesman").
  for (let k = first; k < last; k++) {
    const mi = ents.mentionAtToken[k];
    if (mi >= 0 && ents.mentions[mi].entity.type === 'ORG' && !INDEFINITE.has(det)) {
      return { first, last, kind: 'named', entity: ents.mentions[mi].entity };
    }
  }
  if (det === 'the' && ANONYMOUS_HEADS.has(headLower) && headLower === 'source') return { first, last, kind: 'anonymous', entity: null };
  if (VAGUE_HEADS.has(headLower) && (!hasDet || INDEFINITE.has(det))) return { first, last, kind: 'vague', entity: null };
  // "a spokesman said" with nobody he speaks for is as vague as "a monitor said".
  if (INDEFINITE.has(det) && isRoleNoun(headLower) && !/^\s*(?:for|of|at|with|from)\s/.test(doc.text.slice(toks[last - 1].end, toks[last - 1].end + 8))) {
    return { first, last, kind: 'vague', entity: null };
  }
  // "the ministry said", "the Egyptian public prosecutor said": identifiable, though not named.
  // ("According to the council" after "Leeds City Council", the only council the article names: that council.)
  if (DEFINITE.has(det) && last - first >= 2 && toks[last - 1].kind === 'word' && !SPEAKER_PRONOUNS.has(headLower)) {
    const entity = isRoleNoun(headLower) ? resolveRole(doc, ents, first, last)
      : det === 'the' && last - first === 2 ? bodyByHeadWord(ents, head) ?? lastOrgBefore(doc, ents, headLower, first)
      : det === 'the' ? lastOrgBefore(doc, ents, headLower, first) : null;
    return { first, last, kind: entity ? 'role' : 'identified-unnamed', entity };
  }
  if (hasDet && !INDEFINITE.has(det) && (isRoleNoun(headLower) || VAGUE_HEADS.has(headLower) || /s$/.test(headLower))) {
    const entity = resolveRole(doc, ents, first, last);
    return { first, last, kind: entity ? 'role' : 'identified-unnamed', entity };
  }
  if (isRoleNoun(headLower)) {
    const entity = resolveRole(doc, ents, first, last);
    return { first, last, kind: entity ? 'role' : 'identified-unnamed', entity };
  }
  return null;
}

/** A possessive in [first, last) whose owner is named ("Britain's") or definite ("the company's"). */
function hasOwner(doc: Doc, ents: RecognizedEntities, first: number, last: number): boolean {
  const toks = doc.tokens;
  for (let k = first + 1; k < last; k++) {
    if (!isPossessive(toks[k])) continue;
    if (ents.mentionAtToken[k - 1] >= 0 || toks[k - 2]?.text.toLowerCase() === 'the') return true;
  }
  return false;
}

const bodyIndexCache = new WeakMap<RecognizedEntities, Map<string, EntityRecord | null>>();

/** "the council" -> the one organisation the article names whose head word is "Council" ("Leeds City Council", "Council of Europe"), else null. */
/**
 * "Corvel Energy reported a loss. … the company said": a generic word for an organisation is the
 * organisation named last before it, in this paragraph or the one before.
 */
function lastOrgBefore(doc: Doc, ents: RecognizedEntities, head: string, before: number): EntityRecord | null {
  if (!ORG_ANAPHORS.has(head)) return null;
  const p = doc.sentences[doc.sentenceOf[before]]?.paragraph ?? 0;
  for (let k = before - 1; k >= 0 && before - k <= ORG_ANAPHOR_WINDOW; k--) {
    const s = doc.sentences[doc.sentenceOf[k]];
    if (s && s.paragraph < p - 1) break;
    const mi = ents.mentionAtToken[k];
    if (mi >= 0 && ents.mentions[mi].entity.type === 'ORG') return ents.mentions[mi].entity;
  }
  return null;
}

function bodyByHeadWord(ents: RecognizedEntities, head: string): EntityRecord | null {
  let index = bodyIndexCache.get(ents);
  if (!index) {
    index = new Map();
    for (const e of ents.entities) {
      if (e.type !== 'ORG' || !e.id.includes(' ')) continue;
      // "Leeds City Council" -> council; "Church of Scientology" -> church.
      const of = e.id.indexOf(' of ');
      const headWord = of > 0 && !e.id.slice(0, of).includes(' ') ? e.id.slice(0, of) : e.id.slice(e.id.lastIndexOf(' ') + 1);
      if (!ORG_HEAD_WORDS.has(headWord)) continue;
      const key = headWord.toLowerCase();
      index.set(key, index.has(key) ? null : e);
    }
    bodyIndexCache.set(ents, index);
  }
  return index.get(head.toLowerCase()) ?? null;
}

const roleIndexCache = new WeakMap<RecognizedEntities, Map<string, EntityRecord[]>>();

/** People by the words of their roles, built once per analysis. */
function roleIndex(ents: RecognizedEntities): Map<string, EntityRecord[]> {
  let index = roleIndexCache.get(ents);
  if (index) return index;
  index = new Map();
  for (const e of ents.entities) {
    if (e.type !== 'PERSON') continue;
    const words = new Set(e.roles.flatMap((r) => r.toLowerCase().split(/[\s'’]+/)));
    for (const w of words) {
      let list = index.get(w);
      if (!list) index.set(w, (list = []));
      list.push(e);
    }
  }
  roleIndexCache.set(ents, index);
  return index;
}

/** The first token of the last mention of `e` that starts before token `before`, or -1. */
function lastMentionBefore(ents: RecognizedEntities, e: EntityRecord, before: number): number {
  // e.mentions is in document order: a binary search keeps many "the minister said" linear-ish.
  let lo = 0;
  let hi = e.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ents.mentions[e.mentions[mid]].first < before) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? ents.mentions[e.mentions[lo - 1]].first : -1;
}

/** "the president" -> the person whose role mentions a president (the most specific match wins). */
export function resolveRole(doc: Doc, ents: RecognizedEntities, first: number, last: number): EntityRecord | null {
  const toks = doc.tokens;
  const head = toks[last - 1].text.toLowerCase();
  const phraseWords = new Set<string>();
  for (let k = first; k < last; k++) if (toks[k].kind === 'word') phraseWords.add(toks[k].text.toLowerCase());
  let best: EntityRecord | null = null;
  let bestScore = 0;
  let bestSeen = -1;
  for (const e of roleIndex(ents).get(head) ?? []) {
    let score = 0;
    for (const role of e.roles) {
      const rw = role.toLowerCase().split(/[\s'’]+/);
      if (!rw.includes(head)) continue;
      let s = 1;
      for (const w of rw) if (w !== head && phraseWords.has(w)) s++;
      score = Math.max(score, s);
    }
    // Ties go to the one named last before the phrase ("China's commerce minister, Liang …
    // Australia's trade minister, Sarah Whitlock … the minister said" is Whitlock), else to the
    // entity mentioned first (the article's main figure).
    const seen = lastMentionBefore(ents, e, first);
    if (score > bestScore || score > 0 && score === bestScore && seen > bestSeen) {
      best = e;
      bestScore = score;
      bestSeen = seen;
    }
  }
  return best;
}

/** Whether every word of tokens [first, last) is inside a quotation. */
function allQuoted(doc: Doc, first: number, last: number, insideQuote: (tokenIndex: number) => boolean): boolean {
  // (A look at the first words is enough, and keeps a huge sentence from costing a pass per pronoun.)
  for (let k = first; k < last && k - first < LOCAL_WINDOW; k++) if (isWord(doc, k) && !insideQuote(k)) return false;
  return true;
}

/** The furthest a pronoun looks back, in sentences, quotations included. */
const MAX_PRONOUN_LOOKBACK = 12;

/**
 * Resolves a pronoun at token `at` to the most salient earlier entity: the leftmost compatible
 * mention in the current sentence before it, else in the nearest earlier sentence that has one
 * (up to five sentences back). Mentions inside direct quotations are skipped.
 */
export function resolvePronoun(
  doc: Doc,
  ents: RecognizedEntities,
  at: number,
  insideQuote: (tokenIndex: number) => boolean,
  speakerOfSentence: ReadonlyMap<number, EntityRecord> = new Map(),
): EntityRecord | null {
  const pron = doc.tokens[at].text.toLowerCase();
  const wantPerson = pron === 'he' || pron === 'she' || isEpithet(doc, at);
  const gender = pron === 'he' ? 'm' : pron === 'she' ? 'f' : null;
  const compatible = (e: EntityRecord): boolean => {
    if (wantPerson) return e.type === 'PERSON' && (e.gender === null || gender === null || e.gender === gender);
    if (pron === 'it') return e.type === 'ORG';
    if (pron === 'they') return e.type === 'PERSON' || e.type === 'ORG';
    return false;
  };
  if (pron === 'i' || pron === 'we') return null;
  const sIdx = doc.sentenceOf[at];
  // Sentences of a quotation name nobody who could be "he" or "she" later: they do not count
  // towards the five (a long quotation in several paragraphs is still one turn), up to a cap.
  let counted = 0;
  for (let s = sIdx; s >= 0 && counted <= 5 && sIdx - s <= MAX_PRONOUN_LOOKBACK; s--) {
    const sent = doc.sentences[s];
    if (s === sIdx || !wantPerson || !allQuoted(doc, sent.first, sent.last, insideQuote)) counted++;
    // Someone quoted in an earlier sentence is the likeliest "he" or "she" of the next one.
    const quoted = s < sIdx ? speakerOfSentence.get(s) : undefined;
    if (quoted && compatible(quoted)) return quoted;
    const end = s === sIdx ? at : sent.last;
    for (let k = Math.max(sent.first, end - LOCAL_WINDOW); k < end; k++) {
      const mi = ents.mentionAtToken[k];
      if (mi < 0 || insideQuote(k)) continue;
      const e = titledEntity(doc, ents, ents.mentions[mi].first, ents.mentions[mi].entity);
      if (compatible(e)) return e;
      k = ents.mentions[mi].last - 1;
    }
    // A paragraph boundary two sentences back is far enough for "they" and "it" (the sentences
    // of a statement printed as its own paragraph do not count: its speaker is named before it).
    if (!wantPerson && s < sIdx - 1 && !insideQuote(sent.first)) break;
  }
  return null;
}
