// Turns name candidates into entities: types them from all their mentions' evidence, and links
// short forms to the full name (surname -> person, acronym -> organisation, "U.S." -> "United States").
import type { EntityType, KnownEntity } from '../types';
import type { Doc } from '../text/document';
import { endingAt, findCandidates, isHeadWord, isRomanisedGivenName, startingAt, type Candidate } from './candidates';
import { GAZETTEER_EVIDENCE, GIVEN_NAME_EVIDENCE, candidateEvidence, contextEvidence, isAfterOrgKindNoun, isFirstName, lexiconType, listSiblingType, ordinaryCase, type Evidence } from './typing';
import { PLACE_VARIANTS } from '../lexicon/places';
import { FOREIGN_ORG_FIRST_WORDS, ORG_ACRONYM_EXPANSIONS, ORG_HEAD_WORDS, ORG_PREFIX_WORDS } from '../lexicon/organisations';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAME_PARTICLES } from '../lexicon/names';
import { findRoles, isRoleWord } from './roles';
import { isMatchReport, isNationName, isNationPlural, isTeamMention } from './teams';
import { FOUNDING_LAWS } from '../lexicon/demonyms';
import { NAME_SPEECH_VERBS } from '../lexicon/cues';

export interface EntityRecord {
  id: string;
  type: EntityType;
  roles: string[];
  /** Indices into RecognizedEntities.mentions, in document order. */
  mentions: number[];
  /** 'f' or 'm' when the first name tells, else null. */
  gender: 'f' | 'm' | null;
}

export interface MentionRecord {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  entity: EntityRecord;
  /** Role or title given at this mention ("U.S. Secretary of State"), filled by findRoles. */
  role: string | null;
}

export interface RecognizedEntities {
  readonly entities: EntityRecord[];
  readonly mentions: MentionRecord[];
  /** Mention index by token index (-1 where none). */
  readonly mentionAtToken: Int32Array;
}

interface Group {
  key: string;
  members: number[];
  type: EntityType | null;
  strength: number;
  merged: Group | null;
}

const wordsCache = new Map<string, string[]>();

/** The words of a name (cached: names repeat). */
function words(text: string): string[] {
  let w = wordsCache.get(text);
  if (!w) {
    w = hasOddSpace(text) ? text.split(/\s+/) : text.split(' ');
    if (wordsCache.size > 50_000) wordsCache.clear();
    wordsCache.set(text, w);
  }
  return w;
}

/** Whitespace other than single spaces (line breaks, tabs, runs of spaces). */
function hasOddSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 : c < 32 || c === 0xa0) return true;
  }
  return false;
}

/** A name with its whitespace made single spaces. */
function normalize(text: string): string {
  return hasOddSpace(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Initials of an organisation's significant words: "United Nations" -> "UN". */
function initials(name: string): string {
  return words(name)
    .filter((w) => !['of', 'the', 'and', 'for', 'on', 'de', 'del', '&'].includes(w))
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

function root(g: Group): Group {
  while (g.merged) g = g.merged;
  return g;
}

function merge(from: Group, into: Group): void {
  const a = root(from);
  const b = root(into);
  if (a === b) return;
  a.merged = b;
  for (const m of a.members) b.members.push(m);
  if (a.strength > b.strength) {
    // The full name's type wins unless the short form's evidence is stronger.
    b.type = a.type;
    b.strength = a.strength;
  }
}

/** The surname part of a person's full name: last word, with particles ("de Mistura", "van der Berg"). */
function surnameOf(name: string): string {
  const w = words(name);
  let k = w.length - 1;
  while (k > 1 && SURNAME_PARTICLES.has(w[k - 1])) k--;
  return w.slice(k).join(' ');
}

export function recognizeEntities(doc: Doc, known: readonly KnownEntity[] = []): RecognizedEntities {
  // Lower-case vocabulary of the document: a name whose words also occur in lower case is
  // probably a capitalised common phrase ("Grand Mosque") rather than a person.
  const lowerWords = lowerCaseWords(doc);
  const found = findCandidates(doc).map((c) => withoutOpeningDescriptor(doc, c, lowerWords));
  // Each candidate's own evidence, computed once (the rules below read it more than once).
  const own: Evidence[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) own[i] = candidateEvidence(doc, found[i]);
  const cands = namedAfterPeople(doc, found, own);
  // The user's gazetteer: every surface form of a known entity, to that entity.
  const knownBySurface = new Map<string, KnownEntity>();
  for (const k of known) {
    for (const form of [k.name, ...(k.aliases ?? [])]) {
      const f = form.trim().replace(/\s+/g, ' ');
      if (f) knownBySurface.set(f, k);
    }
  }
  const evidence: Evidence[] = cands.map((c, i) => {
    const k = knownBySurface.size > 0 ? knownBySurface.get(normalize(c.text)) : undefined;
    if (k) return { type: k.type, strength: 3 };
    const mine = own[i];
    // "David Park", "Peter Hill": a first name and a place's head word is a person where the
    // article treats it as one (a role beside it, a speech verb after it).
    if (mine.type === 'LOC' && mine.strength === 2 && isFirstName(words(c.text)[0]) && treatedAsPerson(doc, c)) return { type: 'PERSON', strength: 2 };
    // "the group Leeds Cycling Campaign", "the band Arctic Monkeys": the kind named before outweighs a head word.
    if (mine.strength === 2 && mine.type !== 'ORG' && isAfterOrgKindNoun(doc, c)) return { type: 'ORG', strength: 2 };
    if (mine.strength > 1) return mine;
    const around = contextEvidence(doc, c);
    return around.strength > 0 ? around : mine;
  });

  const groups = new Map<string, Group>();
  const groupOf: Group[] = [];
  const lastResort = new Map<Group, EntityType>();
  cands.forEach((c, i) => {
    const key = normalize(c.text);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, members: [], type: null, strength: 0, merged: null }));
    g.members.push(i);
    const e = evidence[i];
    // A gazetteer or distilled given-name hit is the last resort: it types the group only if
    // nothing else has (below).
    if (e === GAZETTEER_EVIDENCE || e === GIVEN_NAME_EVIDENCE) {
      if (!lastResort.has(g)) lastResort.set(g, e.type!);
    }
    else if (e.type && e.strength > g.strength) {
      g.type = e.type;
      g.strength = e.strength;
    }
    groupOf.push(g);
  });

  // "the last Space Shuttle mission" beside "Space Shuttle Discovery", "Space Shuttle Atlantis":
  // words that start two names or more, used alone, name a class of things, not one thing.
  const classNames = classPrefixes(groups);

  // Names capitalised only where any word would be (sentence starts, headlines) need other evidence.
  const strongCap = new Set<string>();
  cands.forEach((c, i) => { if (!c.weakCap) strongCap.add(groupOf[i].key); });

  // Names with no type evidence of their own: people by their shape, or when the article treats
  // them as people (a role before or after the name, a speech verb after it).
  const surnames = new Set<string>();
  for (const g of groups.values()) if (g.type === 'PERSON' && words(g.key).length > 1) surnames.add(surnameOf(g.key));
  // Capitalised words that only ever come before a role noun ("Foreign Affairs minister").
  const portfolios = new Set<Group>();
  for (const g of groups.values()) {
    if (g.type) continue;
    const w = words(g.key);
    // "Mandi Bahauddin": a gazetteer town of two words or more outweighs the shape of a person's name.
    if (w.length > 1 && lastResort.get(g) === 'LOC') {
      g.type = 'LOC';
      g.strength = 1;
      continue;
    }
    // "the Sams" after "Thomas Sam and Manju Sam": a family, named by the plural of its surname.
    if (w.length === 1 && isFamily(doc, g, cands, surnames)) {
      g.type = 'PERSON';
      continue;
    }
    const shaped = w.length > 1 && w.length <= 4 && !/\d/.test(g.key)
      && w.every((x) => !lowerWords.has(x.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(x) || SURNAME_PARTICLES.has(x.toLowerCase()));
    // Lists of names (candidates, players) come without context, so the shape alone decides:
    // two to four capitalised words, none of them used in lower case in the article.
    // A plural word that the article also uses in the singular ("Polaroids") is no surname.
    const lastWord = w[w.length - 1];
    const pluralOfName = lastWord.endsWith('s') && groups.has(lastWord.slice(0, -1)) || groups.has(`${w.slice(0, -1).join(' ')} ${lastWord.slice(0, -1)}`);
    // ("the Neo Democrats", "the Velvet Underground": "the" before such a name makes it a group.)
    // ("the Foreign Affairs minister": a portfolio before a role noun in every mention names no one.)
    if (shaped && g.members.every((m) => isRoleWord(doc.tokens[cands[m].last]))) portfolios.add(g);
    else if (shaped && !pluralOfName) g.type = afterThe(doc, g, cands) ? 'ORG' : 'PERSON';
    else if (w.length > 1 && g.members.some((m) => treatedAsPerson(doc, cands[m]))) g.type = 'PERSON';
  }

  // In a match report, nations are the teams that play: organisations in every mention.
  if (isMatchReport(doc, cands, (c) => isNationName(normalize(c.text)))) {
    for (const g of groups.values()) {
      if (g.type === 'LOC' && isNationName(g.key) || g.type === 'MISC' && isNationPlural(g.key)) g.type = 'ORG';
    }
  }

  // "Liverpool manager Arne Slot": a place with a team's role after it is the team, in every mention.
  // "The Museum of Flight in Seattle": a museum or an observatory that the article places in a
  // city is the site, a place; one "at" a university stays part of that organisation.
  // "Santo Spirito and Immacolata", "Mary & Leigh": a single unknown word joined by "and" to a
  // name of known type is of that type.
  for (let i = 0; i < cands.length; i++) {
    const g = groupOf[i];
    if (g.type === null) {
      if (i > 0 && isJoinedTo(doc, cands[i - 1], cands[i]) && groupOf[i - 1].type !== null && groupOf[i - 1].type !== 'MISC') {
        g.type = groupOf[i - 1].type;
        g.strength = 1;
      }
    } else if (g.type === 'LOC' && isTeamMention(doc, cands[i])) g.type = 'ORG';
    else if (g.type === 'ORG' && g.strength < 3 && isFacility(words(g.key)) && placedIn(doc, cands[i], cands[i + 1]) && groupOf[i + 1].type === 'LOC') g.type = 'LOC';
  }

  // Full names of people, for surname and first-name links.
  const people = [...groups.values()].filter((g) => g.type === 'PERSON' && words(g.key).length > 1);
  const bySurname = new Map<string, Group[]>();
  const byFirstName = new Map<string, Group[]>();
  for (const p of people) {
    const s = surnameOf(p.key);
    if (!bySurname.has(s)) bySurname.set(s, []);
    bySurname.get(s)!.push(p);
    const f = words(p.key)[0];
    if (!byFirstName.has(f)) byFirstName.set(f, []);
    byFirstName.get(f)!.push(p);
  }

  // Link each short form to the nearest full name (before it, else the first after it).
  // Members are added in document order, so each group's starts are sorted: binary search.
  const lastStartBefore = (g: Group, offset: number): number => {
    let lo = 0;
    let hi = g.members.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cands[g.members[mid]].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? cands[g.members[lo - 1]].start : -1;
  };
  const nearest = (options: Group[], offset: number): Group => {
    if (options.length === 1) return options[0];
    let best: Group | null = null;
    let bestStart = -1;
    for (const g of options) {
      const s = lastStartBefore(g, offset);
      if (s > bestStart) {
        best = g;
        bestStart = s;
      }
    }
    return best ?? options[0];
  };

  cands.forEach((c, i) => {
    const g = groupOf[i];
    // A known organisation is not a surname, unless it speaks; a known place is the surname of
    // someone named in full ("Paris" after "Valeska Paris") unless it reads as a place there ("in Paris").
    if (g.strength >= 3 && g.type !== 'PERSON' && !(bySurname.has(g.key) && surnameHere(doc, c, g.type))) return;
    const w = words(g.key);
    if (w.length > 1 && !(w.length <= 3 && SURNAME_PARTICLES.has(w[0].toLowerCase()))) {
      return;
    }
    // "De Mistura" at the start of a sentence is "de Mistura".
    const particleLower = w.length > 1 && SURNAME_PARTICLES.has(w[0].toLowerCase()) ? [w[0].toLowerCase(), ...w.slice(1)].join(' ') : g.key;
    const bySur = bySurname.get(g.key) ?? bySurname.get(particleLower);
    if (bySur && !bySur.includes(g)) {
      const target = nearest(bySur, c.start);
      groupOf[i] = target;
      return;
    }
    const byFirst = byFirstName.get(g.key);
    if (byFirst && byFirst.length === 1 && !byFirst.includes(g) && g.type !== 'ORG' && g.type !== 'LOC') {
      groupOf[i] = byFirst[0];
    }
  });

  // Place variants and organisation acronyms join their full form when the article uses it; a
  // name in capitals (a dateline's "BRUSSELS") joins the same name in ordinary case.
  for (const g of groups.values()) {
    const variant = PLACE_VARIANTS.get(g.key);
    if (variant && groups.has(variant)) merge(g, groups.get(variant)!);
    const expansion = ORG_ACRONYM_EXPANSIONS.get(g.key);
    if (expansion && groups.has(expansion)) merge(g, groups.get(expansion)!);
    const ordinary = /^\p{Lu}{3,}(?: \p{Lu}{2,})*$/u.test(g.key) ? groups.get(ordinaryCase(g.key)) : undefined;
    if (ordinary && ordinary.type === g.type) merge(g, ordinary);
  }
  const orgs = [...groups.values()].filter((g) => g.type === 'ORG' && words(g.key).length > 1);
  // Every lookup below goes through a map built in one pass (the first name in document order
  // wins), so that an article with thousands of names stays linear.
  // "IE" for "Internet Explorer", "FCR" for "Frontier Crimes Regulation": initials of an
  // organisation's, a product's, a law's or an event's name.
  const byInitials = firstByKey([...groups.values()].filter((g) => (g.type === 'ORG' || g.type === 'MISC') && words(g.key).length > 1),
    (o) => [initials(o.key)]);
  for (const g of groups.values()) {
    // A known abbreviation ("US", "UK") keeps its own meaning: "University of Sheffield" is no "US".
    if (!/^\p{Lu}{2,6}$/u.test(g.key) || root(g) !== g || lexiconType(g.key) !== null) continue;
    const full = byInitials.get(g.key);
    if (full) merge(g, full);
  }
  // Forms of one known entity are one entity.
  const knownGroup = new Map<KnownEntity, Group>();
  for (const g of groups.values()) {
    const k = knownBySurface.get(g.key);
    if (!k) continue;
    const first = knownGroup.get(k);
    if (first) merge(g, first);
    else knownGroup.set(k, g);
  }
  // "Federally Administered Tribal Areas (FATA)": the acronym in brackets is the same entity.
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i];
    const a = cands[i + 1];
    const open = doc.tokens[c.last]?.text;
    const close = doc.tokens[a.last]?.text;
    if (!(open === '(' && close === ')' || open === '[' && close === ']') || a.first !== c.last + 1) continue;
    if (!/^\p{Lu}[\p{Lu}\d.&-]{1,9}$/u.test(a.text) || a.text.charAt(0) !== c.text.charAt(0)) continue;
    if (words(c.text).length < 2) continue;
    merge(groupOf[i + 1], groupOf[i]);
  }
  // "the Church" after "the Church of Scientology": the head word stands for the full name.
  // (And "the Constitution" after "the Constitution of Pakistan".)
  const byFirstWord = firstByKey(orgs, (o) => [words(o.key)[0]]);
  const lawsByFirstWord = firstByKey([...groups.values()].filter((g) => (g.type === 'MISC' || g.type === null) && words(g.key).length > 1), (o) => [words(o.key)[0]]);
  // ("the Commission" after "the European Commission": the head word that ends the only
  // organisation's name that it ends.)
  const byHeadWord = onlyByKey(orgs, (o) => {
    const w = words(o.key);
    return ORG_HEAD_WORDS.has(w[w.length - 1]) ? [w[w.length - 1]] : [];
  });
  for (const g of groups.values()) {
    if (root(g) !== g || words(g.key).length !== 1) continue;
    const full = ORG_PREFIX_WORDS.has(g.key) ? byFirstWord.get(g.key) ?? byHeadWord.get(g.key)
      : FOUNDING_LAWS.has(g.key) ? lawsByFirstWord.get(g.key) : byHeadWord.get(g.key);
    if (full) merge(g, full);
  }
  // "Scientology" after "Church of Scientology": an organisation named by what its name is "of".
  const byOfTail = firstByKey(orgs, (o) => {
    const w = words(o.key);
    return w.length > 2 && w[w.length - 2] === 'of' && ORG_PREFIX_WORDS.has(w[0]) ? [w[w.length - 1]] : [];
  });
  for (const g of groups.values()) {
    if (root(g) !== g || g.type !== 'ORG' || words(g.key).length !== 1) continue;
    const full = byOfTail.get(g.key);
    if (full) merge(g, full);
  }
  // "Meta" after "Meta Platforms", "Apple" beside "Apple Inc.": a company named without its
  // corporate word.
  const byCompanyName = onlyByKey(orgs, (o) => {
    const w = words(o.key);
    return w.length === 2 && CORPORATE_WORDS.has(w[1]) ? [w[0]] : [];
  });
  for (const g of groups.values()) {
    if (root(g) !== g || words(g.key).length !== 1 || g.type === 'PERSON') continue;
    const full = byCompanyName.get(g.key);
    if (full) merge(g, full);
  }
  // A shorter organisation name that starts a longer one ("Federación Nacional").
  const byPrefix = firstByKey(orgs, (o) => {
    const w = words(o.key);
    const prefixes: string[] = [];
    for (let k = 2; k < w.length; k++) prefixes.push(w.slice(0, k).join(' '));
    return prefixes;
  });
  for (const g of groups.values()) {
    if (root(g) !== g || g.type !== 'ORG' || words(g.key).length < 2) continue;
    const longer = byPrefix.get(g.key);
    if (longer) merge(g, longer);
  }
  // "Discovery" after "Space Shuttle Discovery", "Britt" after "Café Britt": a thing's or a business's
  // name is its last word, when that word alone has no type of its own (not "Cup" for "World Cup",
  // not "Wales" for "New South Wales") and the article never writes it in lower case ("cosplay").
  const things = [...groups.values()].filter((g) => (g.type === null || g.type === 'ORG' && FOREIGN_ORG_FIRST_WORDS.has(words(g.key)[0]))
    && words(g.key).length > 1 && !g.key.includes(' of '));
  const byLastWord = firstByKey(things, (o) => {
    const w = words(o.key);
    return [w[w.length - 1]];
  });
  for (const g of groups.values()) {
    if (root(g) !== g || g.type !== null || words(g.key).length !== 1 || isHeadWord(g.key) || lowerWords.has(g.key.toLowerCase())) continue;
    const full = byLastWord.get(g.key);
    if (!full) continue;
    merge(g, full);
    const r = root(full);
    if (r.type === null) {
      r.type = 'MISC';
      r.strength = 1;
    }
  }

  // "in Gweru and Lamu": a town or province of the gazetteer that nothing else typed is a place;
  // "Adaline" alone, a person.
  for (const [g, type] of lastResort) {
    if (root(g) === g && g.type === null) {
      g.type = type;
      g.strength = 1;
    }
  }

  // Resolve each candidate to its final group, drop the unsupported ones, and build entities.
  const entities: EntityRecord[] = [];
  const entityOf = new Map<Group, EntityRecord>();
  const mentions: MentionRecord[] = [];
  const mentionAtToken = new Int32Array(doc.tokens.length).fill(-1);
  cands.forEach((c, i) => {
    const g = root(groupOf[i]);
    if (portfolios.size > 0 && portfolios.has(g) || classNames.size > 0 && classNames.has(groupOf[i])) return;
    if (!keepCandidate(doc, c, g, evidence[i], strongCap, lowerWords)) return;
    // "Iodine", "Countdown": one word with no evidence that the article also writes in lower case
    // is a common noun capitalised by position or emphasis.
    if (g.strength === 0 && g.type === null && c.last - c.first === 1 && lowerWords.has(c.text.toLowerCase())) return;
    // "Polaroids" beside "Polaroid": a plural of a name is a thing of that make, no entity.
    // (A surname linked to a full name stays: "Waters".)
    if (g.strength < 3 && c.last - c.first === 1 && words(g.key).length === 1 && isPluralOf(c.text, groups)) return;
    let e = entityOf.get(g);
    if (!e) {
      const k = knownBySurface.get(g.key) ?? g.members.map((m) => knownBySurface.get(normalize(cands[m].text))).find((x) => x);
      e = {
        id: k ? k.name : canonicalName(g, cands), type: k ? k.type : g.type ?? fallbackType(g),
        roles: k?.role ? [k.role] : [], mentions: [], gender: null,
      };
      entityOf.set(g, e);
      entities.push(e);
    }
    const mi = mentions.length;
    mentions.push({ first: c.first, last: c.last, start: c.start, end: c.end, text: c.text, entity: e, role: c.role });
    e.mentions.push(mi);
    for (let t = c.first; t < c.last; t++) mentionAtToken[t] = mi;
  });

  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const first = words(e.id)[0];
    e.gender = FEMALE_FIRST_NAMES.has(first) ? 'f' : MALE_FIRST_NAMES.has(first) ? 'm' : null;
  }
  findRoles(doc, mentions, mentionAtToken);
  for (const m of mentions) {
    if (m.role && m.entity.type === 'PERSON' && !m.entity.roles.includes(m.role)) m.entity.roles.push(m.role);
  }
  dedupeIds(entities);
  return { entities, mentions, mentionAtToken };
}

/**
 * Words that occur in lower case in the document. A small function of its own: run inside the
 * long recognizeEntities, this loop over every token often ran unoptimised (3 to 15 ms per MB
 * instead of under 2).
 */
function lowerCaseWords(doc: Doc): Set<string> {
  const words = new Set<string>();
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'word' && !t.cap) words.add(t.text);
  }
  return words;
}

function keepCandidate(doc: Doc, c: Candidate, g: Group, e: Evidence, strongCap: Set<string>, lowerWords: ReadonlySet<string>): boolean {
  // "Recognition", "Refusing": kept only as the surname of someone named in full, or when it speaks.
  // (Or when the words around it name an organisation mid-sentence: "localist group Youngspiration's".)
  if (c.commonShape) return g.type === 'PERSON' && (words(g.key).length > 1 || e.strength >= 1)
    || g.type === 'ORG' && words(g.key).length > 1
    || !c.weakCap && g.type === 'ORG' && g.strength === 1 && !lowerWords.has(c.text.toLowerCase());
  if (e.strength >= 2 || g.strength >= 2) return true;
  if (!c.weakCap) return true;
  // "Ubisoft, Microsoft, and …": an item of a list of known names.
  if (e.type !== null && e.type === listSiblingType(doc, c)) return true;
  // "Shelter chief executive Polly Neate": a body's name before the role of a person named next.
  if (e.type === 'ORG' && isRoleWord(doc.tokens[c.last]) && doc.tokens[c.last + 1]?.kind === 'word') return true;
  // Capitals prove nothing at a sentence start, but an all-capitals acronym ("TUSIAD") is a name anywhere.
  if (/^\p{Lu}[\p{Lu}\d&.-]+$/u.test(c.text) && c.text.length >= 3 && !/^(?:[IVXLC]+)$/.test(c.text)) return true;
  // Two capitalised words at a sentence start are a name ("PC World's analysis"); not so in a
  // title-case headline, where every word is capitalised.
  // (Not words the article also writes in lower case: a heading "Election Results".)
  if (!c.inHeadline && c.last - c.first >= 2) return !words(c.text).every((w) => lowerWords.has(w.toLowerCase()));
  // A sentence-initial word counts as a name when it is capitalised mid-sentence elsewhere
  // or links to a known name.
  return strongCap.has(g.key) || g.members.length > 1 && g.type !== null || g.type === 'PERSON' && words(g.key).length > 1;
}

/**
 * "Pan-democrat Lam Cheuk-ting", "Nonpartisan Paul Tse": a sentence that opens with a describing
 * word the article also writes in lower case, then a person's name or a nationality. The word is
 * no part of the name.
 */
function withoutOpeningDescriptor(doc: Doc, c: Candidate, lowerWords: ReadonlySet<string>): Candidate {
  if (!c.weakCap || c.inHeadline || c.last - c.first < 2 || c.titled) return c;
  const toks = doc.tokens;
  const opener = toks[c.first];
  if (!lowerWords.has(opener.text.toLowerCase()) || lexiconType(c.text) !== null) return c;
  const first = c.first + 1;
  const rest = doc.text.slice(toks[first].start, c.end);
  // What is left must be a person's name (two words or more, none of them a common word: not
  // "Space Shuttle Discovery") or a nationality ("Sensitive Canadian").
  if (lexiconType(rest) !== 'MISC') {
    if (c.last - first < 2) return c;
    for (let k = first; k < c.last; k++) {
      const w = toks[k];
      if (w.kind !== 'word' || !w.cap || isHeadWord(w.text) || lowerWords.has(w.text.toLowerCase())) return c;
    }
    const whole = candidateEvidence(doc, c);
    if (whole.strength >= 2 && whole.type !== 'PERSON') return c;
  }
  return startingAt(doc, c, first);
}

/**
 * "Warhol Polaroids", "Warhol Polaroid exhibits" after "Andy Warhol": the surname of a person the
 * article names in full, before words with no type of their own, is a mention of that person;
 * the words after it describe a thing of theirs. (Not "Wong Kwok-kin" beside "Raymond Wong": a
 * romanised Chinese or Korean given name comes after the family name.)
 */
function namedAfterPeople(doc: Doc, cands: Candidate[], own: Evidence[]): Candidate[] {
  const toks = doc.tokens;
  const surnames = new Set<string>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (own[i].type !== 'PERSON' || c.last - c.first < 2 || !isFirstName(toks[c.first].text) || toks[c.last - 1].kind !== 'word') continue;
    surnames.add(toks[c.last - 1].text);
  }
  if (surnames.size === 0) return cands;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.last - c.first < 2 || own[i].strength > 0 || c.titled || !surnames.has(toks[c.first].text)) continue;
    if (words(c.text).slice(1).some((x) => isRomanisedGivenName(x) || isFirstName(x))) continue;
    cands[i] = endingAt(doc, c, c.first + 1);
    own[i] = candidateEvidence(doc, cands[i]);
  }
  return cands;
}

/** Groups with no evidence of their own whose name of two words or more starts two other names. */
function classPrefixes(groups: ReadonlyMap<string, Group>): Set<Group> {
  const starts = new Map<string, number>();
  for (const key of groups.keys()) {
    const w = words(key);
    for (let k = 2; k < w.length; k++) {
      const prefix = w.slice(0, k).join(' ');
      starts.set(prefix, (starts.get(prefix) ?? 0) + 1);
    }
  }
  const classes = new Set<Group>();
  for (const [prefix, n] of starts) {
    const g = groups.get(prefix);
    if (n >= 2 && g && g.strength === 0) classes.add(g);
  }
  return classes;
}

/** A map from each key that `keys` gives exactly one group to that group. */
function onlyByKey(list: readonly Group[], keys: (g: Group) => readonly string[]): Map<string, Group> {
  const map = new Map<string, Group | null>();
  for (const g of list) for (const k of keys(g)) map.set(k, map.has(k) ? null : g);
  const only = new Map<string, Group>();
  for (const [k, g] of map) if (g) only.set(k, g);
  return only;
}

/** A map from each key that `keys` gives a group to the first such group. */
function firstByKey(list: readonly Group[], keys: (g: Group) => readonly string[]): Map<string, Group> {
  const map = new Map<string, Group>();
  for (const g of list) for (const k of keys(g)) if (!map.has(k)) map.set(k, g);
  return map;
}

function surnameHere(doc: Doc, c: Candidate, type: EntityType | null): boolean {
  const context = contextEvidence(doc, c).type;
  return context === 'PERSON' || type === 'LOC' && context === null;
}

/**
 * Whether "the" comes right before the name in one of the group's mentions. A name that reads as
 * a person's by its shape is then a group's ("the Neo Democrats", "the Velvet Underground"):
 * people's names take no article ("the late John Lennon" has a word between).
 */
function afterThe(doc: Doc, g: Group, cands: readonly Candidate[]): boolean {
  return g.members.some((m) => doc.tokens[cands[m].first - 1]?.text.toLowerCase() === 'the');
}

/** "the Sams": the plural of a person's surname after "the". */
function isFamily(doc: Doc, g: Group, cands: readonly Candidate[], surnames: ReadonlySet<string>): boolean {
  return g.key.endsWith('s') && surnames.has(g.key.slice(0, -1)) && afterThe(doc, g, cands);
}

function isPluralOf(word: string, groups: ReadonlyMap<string, Group>): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && groups.has(word.slice(0, -1));
}

/** "Santo Spirito and Immacolata": a one-word name right after "and" or "&" that follows the previous name. */
function isJoinedTo(doc: Doc, before: Candidate, c: Candidate): boolean {
  if (c.last - c.first !== 1 || before.last !== c.first - 1) return false;
  const and = doc.tokens[c.first - 1].text;
  return and === 'and' || and === '&';
}

/** Words that make a company's formal name from its usual one: "Meta Platforms", "Apple Inc.". */
const CORPORATE_WORDS = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Limited', 'PLC', 'plc', 'LLC', 'AG', 'SA', 'S.A.',
  'Co', 'Co.', 'Company', 'Group', 'Holdings', 'Platforms', 'Technologies', 'Incorporated', 'GmbH', 'NV', 'N.V.']);

/** Venues named by what they show or study: "Museum of Flight", "Winer Observatory". */
const FACILITY_WORDS = new Set(['Museum', 'Gallery', 'Library', 'Theatre', 'Theater', 'Observatory', 'Hall', 'Opera']);

function isFacility(w: readonly string[]): boolean {
  if (FACILITY_WORDS.has(w[w.length - 1])) return true;
  const of = w.indexOf('of');
  return of > 0 && FACILITY_WORDS.has(w[of - 1]);
}

/** "X in Seattle", "X, in Arizona", "X at Wright-Patterson Air Force Base": the next name, when it says where X is. */
function placedIn(doc: Doc, c: Candidate, next: Candidate | undefined): boolean {
  if (!next) return false;
  const toks = doc.tokens;
  let k = c.last;
  if (toks[k]?.text === ',') k++;
  const prep = toks[k]?.text;
  if (prep !== 'in' && prep !== 'at') return false;
  return next.first === k + 1;
}

function fallbackType(g: Group): EntityType {
  return /^\p{Lu}{2,}$/u.test(g.key) ? 'ORG' : 'MISC';
}

const SPEECH_AFTER = NAME_SPEECH_VERBS;

/** A role noun right before the name ("analyst X"), an appositive role after it, or a speech verb after it. */
function treatedAsPerson(doc: Doc, c: Candidate): boolean {
  const toks = doc.tokens;
  const prev = toks[c.first - 1];
  if (isRoleWord(prev)) return true;
  // "The hospital's chief executive, David Park, said": a role, then the name in apposition.
  if (prev?.text === ',' && isRoleWord(toks[c.first - 2]) && toks[c.last]?.text === ',') return true;
  let k = c.last;
  if (toks[k]?.text === 'also' || toks[k]?.text === 'has' || toks[k]?.text === 'had') k++;
  if (toks[k] && SPEECH_AFTER.has(toks[k].text)) return true;
  if (toks[c.last]?.text === ',') {
    for (let j = c.last + 1; j < toks.length && j <= c.last + 7; j++) {
      const t = toks[j];
      if (t.kind !== 'word') break;
      if (isRoleWord(t)) return true;
    }
  }
  return false;
}

/** The fullest name among the group's own forms: most words, then longest. */
function canonicalName(g: Group, cands: readonly Candidate[]): string {
  let best = g.key;
  for (const m of g.members) {
    const t = normalize(cands[m].text);
    const bw = words(best).length;
    const tw = words(t).length;
    if (lexiconType(best) === 'LOC' && PLACE_VARIANTS.get(best) === t) best = t;
    else if (tw > bw || (tw === bw && t.length > best.length && !/^\p{Lu}+$/u.test(t))) best = t;
  }
  return best;
}

/** Two different entities may not share an id: suffix later ones with their type. */
function dedupeIds(entities: EntityRecord[]): void {
  const seen = new Set<string>();
  for (const e of entities) {
    if (seen.has(e.id)) e.id = `${e.id} (${e.type.toLowerCase()})`;
    seen.add(e.id);
  }
}

