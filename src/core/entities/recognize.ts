// Turns name candidates into entities: types them from all their mentions' evidence, and links
// short forms to the full name (surname -> person, acronym -> organisation, "U.S." -> "United States").
//
// The pipeline, in order (docs/engine.md, "Entities"):
//   1. findCandidates (candidates.ts): runs of capitalised words, titles split off as roles;
//      headlineNames (headline.ts) keeps only strong names in a title-case headline; then
//      withoutOpeningDescriptor and namedAfterPeople trim some of them.
//   2. Typing: every candidate asks TYPE_PROVIDERS (below) for evidence, merged by the one rule
//      of evidence.ts (strongest wins, the provider listed first wins a tie).
//   3. Grouping: candidates with the same text are one name; it takes its strongest mention's type.
//   4. PASSES (below), in order, each with an id: they type names no provider typed, and link
//      short forms (surnames, acronyms, head words) to the full name.
//   5. Entities and mentions are built; unsupported candidates are dropped (keepCandidate);
//      roles are read (roles.ts).
// recognizeEntities(doc, known, { trace: true }) says, per mention, which provider or pass set
// its type and which pass linked it.
import type { EntityType, KnownEntity } from '../types';
import type { Doc } from '../text/document';
import type { Candidate, EntityRecord, Evidence, MentionRecord, MentionTrace, RecognizedEntities } from './model';
import { endingAt, findCandidates, isHeadWord, isRomanisedGivenName, startingAt } from './candidates';
import { candidateEvidence, contextEvidence, isAfterOrgKindNoun, isLastResort, listSiblingType } from './typing';
import { isFirstName, lexiconType, ordinaryCase } from './lookup';
import { mergeEvidence, type EvidenceProvider, type TypedEvidence, type TypingContext } from './evidence';
import { PLACE_VARIANTS } from '../lexicon/places';
import { FOREIGN_ORG_FIRST_WORDS, ORG_ACRONYM_EXPANSIONS, ORG_HEAD_WORDS, ORG_PREFIX_WORDS } from '../lexicon/organisations';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAME_PARTICLES } from '../lexicon/names';
import { findRoles, isRoleWord } from './roles';
import { headlineNames } from './headline';
import { isMatchReport, isNationName, isNationPlural, isTeamMention } from './teams';
import { FOUNDING_LAWS } from '../lexicon/demonyms';
import { NAME_SPEECH_VERBS } from '../lexicon/cues';
import { CITATION_PROVIDER } from './citations';
import { isModifiedPlaceName } from './placeNames';
import { WORK_TITLE_PROVIDER } from './works';
import { COMPANY_PROVIDER, isCompanyEnding } from './companies';
import { opensSpeech } from './loneSurnames';
import { dropUntypedWord } from './untyped';
import { typeAfterThe } from './theNames';
import { isCommonWordPlace, isCommonWordsName } from './commonWords';
import { SALUTATIONS } from '../lexicon/salutations';

/** A name: the candidates written the same way, later joined (merged) with other forms of the same entity. */
interface Group {
  key: string;
  members: number[];
  type: EntityType | null;
  strength: number;
  merged: Group | null;
  /** The provider or pass that set `type` (for the trace). */
  typedBy: string | null;
  /** The pass that merged this group into another (for the trace). */
  linkedBy: string | null;
}

const NONE: Evidence = { type: null, strength: 0 };

/**
 * The type evidence providers, merged by the rule of evidence.ts: the strongest evidence wins,
 * and at equal strength the one listed first. A new source of evidence (a learned tagger) is one
 * more entry here, placed by how far it should be trusted against the others.
 */
export const TYPE_PROVIDERS: readonly EvidenceProvider[] = [
  {
    // The user's gazetteer (settings): always right.
    id: 'known', maxStrength: 3,
    evidence: (ctx, i) => {
      const k = ctx.knownBySurface.size > 0 ? ctx.knownBySurface.get(normalize(ctx.cands[i].text)) : undefined;
      return k ? { type: k.type, strength: 3 } : NONE;
    },
  },
  {
    // The gazetteers' type of the whole name, or a person's title before it ("President X").
    id: 'lexicon', maxStrength: 3,
    evidence: (ctx, i) => (ctx.own[i].strength === 3 ? ctx.own[i] : NONE),
  },
  {
    // "David Park", "Peter Hill": a first name and a place's head word is a person where the
    // article treats it as one (a role beside it, a speech verb after it).
    id: 'person-treated-place', maxStrength: 2,
    evidence: (ctx, i) => {
      const own = ctx.own[i];
      const c = ctx.cands[i];
      return own.type === 'LOC' && own.strength === 2 && isFirstName(words(c.text)[0]) && treatedAsPerson(ctx.doc, c)
        ? { type: 'PERSON', strength: 2 } : NONE;
    },
  },
  {
    // "the group Leeds Cycling Campaign", "the band Arctic Monkeys": the kind named before outweighs a head word.
    id: 'org-kind-noun', maxStrength: 2,
    evidence: (ctx, i) => (ctx.own[i].strength === 2 && isAfterOrgKindNoun(ctx.doc, ctx.cands[i]) ? { type: 'ORG', strength: 2 } : NONE),
  },
  // "the novel Dark Matters", “Red Wedding”: the title of a work (works.ts).
  WORK_TITLE_PROVIDER,
  // "Harlow Foods", "Ridewell UK", "X, a supermarket chain", "a spokesperson for X": a company (companies.ts).
  COMPANY_PROVIDER,
  {
    // The words around this mention: "in X" a place, "X officials" an organisation, "X said" a person.
    // (Listed before the name's shape: at strength 1, what the sentence says of this mention
    // outweighs a weak guess from the shape.)
    id: 'context', maxStrength: 1,
    evidence: (ctx, i) => contextEvidence(ctx.doc, ctx.cands[i]),
  },
  {
    // The name's own shape: head words ("Council", "River"), a known first name, designations, acronyms.
    id: 'shape', maxStrength: 2,
    evidence: (ctx, i) => (ctx.own[i].strength < 3 ? ctx.own[i] : NONE),
  },
  // "Spang (1983)", "(Moretti, 2013)", "Biggs et al.": an author in a citation (citations.ts).
  CITATION_PROVIDER,
];

/** What the passes read and change. */
interface PassState {
  readonly doc: Doc;
  readonly cands: readonly Candidate[];
  /** Each candidate's name, after linking (a surname's is the full name's). */
  readonly groupOf: Group[];
  readonly groups: Map<string, Group>;
  readonly lowerWords: ReadonlySet<string>;
  readonly knownBySurface: ReadonlyMap<string, KnownEntity>;
  /** Names that are dropped: portfolios ("Foreign Affairs minister")… */
  readonly portfolios: Set<Group>;
  /** … and class names ("Space Shuttle"). */
  readonly classNames: Set<Group>;
  /** … and names made only of common English words that nothing types ("Valley Forge", commonWords.ts). */
  readonly commonWordNames: Set<Group>;
  /** The pass that linked each candidate to another name than its own (for the trace). */
  readonly linkedBy: (string | null)[];
  /** Names whose only evidence is last-resort (a distilled gazetteer town, a distilled given name). */
  readonly lastResort: ReadonlyMap<Group, EntityType>;
}

export interface EntityPass {
  /** Unique id, printed by the trace. */
  readonly id: string;
  run(s: PassState, self: string): void;
}

function setType(g: Group, type: EntityType, by: string, strength?: number): void {
  g.type = type;
  g.typedBy = by;
  if (strength !== undefined) g.strength = strength;
}

function isShapedName(s: PassState, g: Group): boolean {
  const w = words(g.key);
  return w.length > 1 && w.length <= 4 && !/\d/.test(g.key)
    && w.every((x) => !s.lowerWords.has(x.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(x) || SURNAME_PARTICLES.has(x.toLowerCase()));
}

/** Full names of people (two words or more), by the key `keyOf` gives. */
function peopleBy(s: PassState, keyOf: (key: string) => string): Map<string, Group[]> {
  const map = new Map<string, Group[]>();
  for (const p of s.groups.values()) {
    if (p.type !== 'PERSON' || words(p.key).length < 2) continue;
    const k = keyOf(p.key);
    if (!map.has(k)) map.set(k, []);
    map.get(k)!.push(p);
  }
  return map;
}

/** Organisations named in two words or more. */
function orgsOf(s: PassState): Group[] {
  return [...s.groups.values()].filter((g) => g.type === 'ORG' && words(g.key).length > 1);
}

/** Whether a short form at candidate i may be linked to a person's full name (not a known place or body). */
function mayBePersonShortForm(s: PassState, i: number, bySurname: ReadonlyMap<string, Group[]>): boolean {
  const g = s.groupOf[i];
  // A known organisation is not a surname, unless it speaks; a known place is the surname of
  // someone named in full ("Paris" after "Valeska Paris") unless it reads as a place there ("in Paris").
  if (g.strength >= 3 && g.type !== 'PERSON' && !(bySurname.has(g.key) && surnameHere(s.doc, s.cands[i], g.type))) return false;
  const w = words(g.key);
  return !(w.length > 1 && !(w.length <= 3 && SURNAME_PARTICLES.has(w[0].toLowerCase())));
}

/** The group among `options` with a mention nearest before `offset` (else the first). */
function nearest(s: PassState, options: Group[], offset: number): Group {
  if (options.length === 1) return options[0];
  let best: Group | null = null;
  let bestStart = -1;
  for (const g of options) {
    const st = lastStartBefore(s, g, offset);
    if (st > bestStart) {
      best = g;
      bestStart = st;
    }
  }
  return best ?? options[0];
}

/** Start of the group's last mention at or before `offset`, or -1 (members are in document order: binary search). */
function lastStartBefore(s: PassState, g: Group, offset: number): number {
  let lo = 0;
  let hi = g.members.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s.cands[g.members[mid]].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? s.cands[g.members[lo - 1]].start : -1;
}

/**
 * The passes over names, in the order they run. Each types names that have no type yet, retypes
 * them from what the whole article says, or links a short form to its full name. Every lookup
 * goes through a map built in one pass (the first name in document order wins), so that an
 * article with thousands of names stays linear.
 */
export const PASSES: readonly EntityPass[] = [
  {
    // "the last Space Shuttle mission" beside "Space Shuttle Discovery", "Space Shuttle Atlantis":
    // words that start two names or more, used alone, name a class of things, not one thing.
    id: 'class-names',
    run: (s) => { for (const g of classPrefixes(s.groups)) s.classNames.add(g); },
  },
  {
    // "the Sams" after "Thomas Sam and Manju Sam": a family, named by the plural of its surname.
    id: 'family-plural',
    run: (s, self) => {
      const surnames = new Set<string>();
      for (const g of s.groups.values()) if (g.type === 'PERSON' && words(g.key).length > 1) surnames.add(surnameOf(g.key));
      for (const g of s.groups.values()) {
        if (!g.type && words(g.key).length === 1 && isFamily(s.doc, g, s.cands, surnames)) setType(g, 'PERSON', self);
      }
    },
  },
  {
    // "the Foreign Affairs minister": capitalised words that only ever come before a role noun name no one.
    id: 'portfolio',
    run: (s) => {
      for (const g of s.groups.values()) {
        if (!g.type && isShapedName(s, g) && g.members.every((m) => isRoleWord(s.doc.tokens[s.cands[m].last]))) s.portfolios.add(g);
      }
    },
  },
  {
    // "Old Athens", "County Durham": a known place after a word that is no first name is a place (placeNames.ts).
    id: 'modified-place',
    run: (s, self) => {
      for (const g of s.groups.values()) if (!g.type && !s.portfolios.has(g) && isModifiedPlaceName(words(g.key))) setType(g, 'LOC', self);
    },
  },
  {
    // Lists of names (candidates, players) come without context, so the shape alone decides:
    // two to four capitalised words, none of them used in lower case in the article, are a
    // person's name; after "the", a group's ("the Neo Democrats") or a thing's ("the Walking Dead", theNames.ts).
    // (A plural word that the article also uses in the singular, "Polaroids", is no surname.)
    id: 'person-shape',
    run: (s, self) => {
      for (const g of s.groups.values()) {
        if (g.type || s.portfolios.has(g)) continue;
        const w = words(g.key);
        // "Mandi Bahauddin": a gazetteer town of two words or more outweighs the shape of a person's name.
        if (w.length > 1 && s.lastResort.get(g) === 'LOC') {
          setType(g, 'LOC', 'last-resort', 1);
          continue;
        }
        if (!isShapedName(s, g)) continue;
        const lastWord = w[w.length - 1];
        const pluralOfName = lastWord.endsWith('s') && s.groups.has(lastWord.slice(0, -1)) || s.groups.has(`${w.slice(0, -1).join(' ')} ${lastWord.slice(0, -1)}`);
        if (pluralOfName) continue;
        if (afterThe(s.doc, g, s.cands)) setType(g, typeAfterThe(lastWord), self);
        // "Valley Forge", "Creative Commons": common English words only, no person's name (commonWords.ts).
        else if (isCommonWordsName(w)) s.commonWordNames.add(g);
        else setType(g, 'PERSON', self);
      }
    },
  },
  {
    // A name of two words or more with no type that the article treats as a person's (a role
    // before or after it, a speech verb after it).
    id: 'treated-as-person',
    run: (s, self) => {
      for (const g of s.groups.values()) {
        if (g.type || s.portfolios.has(g) || words(g.key).length < 2) continue;
        if (g.members.some((m) => treatedAsPerson(s.doc, s.cands[m]))) setType(g, 'PERSON', self);
      }
    },
  },
  {
    // In a match report, nations are the teams that play: organisations in every mention.
    id: 'match-report',
    run: (s, self) => {
      if (!isMatchReport(s.doc, s.cands, (c) => isNationName(normalize(c.text)))) return;
      for (const g of s.groups.values()) {
        if (g.type === 'LOC' && isNationName(g.key) || g.type === 'MISC' && isNationPlural(g.key)) setType(g, 'ORG', self);
      }
    },
  },
  {
    // One walk over the mentions, three rules:
    // "Santo Spirito and Immacolata", "Mary & Leigh": a single unknown word joined by "and" to a
    // name of known type is of that type ('joined-by-and').
    // "Liverpool manager Arne Slot": a place with a team's role after it is the team, in every mention ('team-role').
    // "The Museum of Flight in Seattle": a museum or an observatory that the article places in a
    // city is the site, a place; one "at" a university stays part of that organisation ('facility-placed').
    id: 'mention-context',
    run: (s) => {
      const { doc, cands, groupOf } = s;
      for (let i = 0; i < cands.length; i++) {
        const g = groupOf[i];
        if (g.type === null) {
          if (i > 0 && isJoinedTo(doc, cands[i - 1], cands[i]) && groupOf[i - 1].type !== null && groupOf[i - 1].type !== 'MISC') {
            setType(g, groupOf[i - 1].type!, 'joined-by-and', 1);
          }
        } else if (g.type === 'LOC' && isTeamMention(doc, cands[i])) setType(g, 'ORG', 'team-role');
        else if (g.type === 'ORG' && g.strength < 3 && isFacility(words(g.key)) && placedIn(doc, cands[i], cands[i + 1]) && groupOf[i + 1].type === 'LOC') {
          setType(g, 'LOC', 'facility-placed');
        }
      }
    },
  },
  {
    // Link each surname (or first name) to the nearest person named in full (before it, else the
    // first after it): 'surname', 'first-name' and 'family-name' in the trace.
    id: 'person-short-forms',
    run: (s) => {
      const bySurname = peopleBy(s, surnameOf);
      const byFirstName = peopleBy(s, (key) => words(key)[0]);
      s.cands.forEach((c, i) => {
        const g = s.groupOf[i];
        if (!mayBePersonShortForm(s, i, bySurname)) return;
        const w = words(g.key);
        // "De Mistura" at the start of a sentence is "de Mistura".
        const particleLower = w.length > 1 && SURNAME_PARTICLES.has(w[0].toLowerCase()) ? [w[0].toLowerCase(), ...w.slice(1)].join(' ') : g.key;
        const bySur = bySurname.get(g.key) ?? bySurname.get(particleLower);
        if (bySur && !bySur.includes(g)) {
          s.groupOf[i] = nearest(s, bySur, c.start);
          s.linkedBy[i] = 'surname';
          return;
        }
        const byFirst = byFirstName.get(g.key);
        if (byFirst && byFirst.length === 1 && !byFirst.includes(g)) {
          // "Zhou's staff" after "Zhou Yongkang": a family name written first and then alone is the
          // person's, even where the words around it read as an organisation's or a place's
          // (weak evidence only; not a given name such as "Paul", which the rule above links).
          if (g.type !== 'ORG' && g.type !== 'LOC') {
            s.groupOf[i] = byFirst[0];
            s.linkedBy[i] = 'first-name';
          } else if (g.strength <= 1 && !isFirstName(g.key)) {
            s.groupOf[i] = byFirst[0];
            s.linkedBy[i] = 'family-name';
          }
        }
      });
    },
  },
  {
    // Place variants ("U.S.") and organisation acronyms ("WHO") join their full form when the
    // article uses it; a name in capitals (a dateline's "BRUSSELS") joins the same name in
    // ordinary case.
    id: 'variants',
    run: (s, self) => {
      for (const g of s.groups.values()) {
        const variant = PLACE_VARIANTS.get(g.key);
        if (variant && s.groups.has(variant)) merge(g, s.groups.get(variant)!, self);
        const expansion = ORG_ACRONYM_EXPANSIONS.get(g.key);
        if (expansion && s.groups.has(expansion)) merge(g, s.groups.get(expansion)!, self);
        const ordinary = /^\p{Lu}{3,}(?: \p{Lu}{2,})*$/u.test(g.key) ? s.groups.get(ordinaryCase(g.key)) : undefined;
        if (ordinary && ordinary.type === g.type) merge(g, ordinary, self);
      }
    },
  },
  {
    // "IE" for "Internet Explorer", "FCR" for "Frontier Crimes Regulation": initials of an
    // organisation's, a product's, a law's or an event's name. A known abbreviation ("US", "UK")
    // keeps its own meaning: "University of Sheffield" is no "US".
    id: 'initials',
    run: (s, self) => {
      const byInitials = firstByKey([...s.groups.values()].filter((g) => (g.type === 'ORG' || g.type === 'MISC') && words(g.key).length > 1),
        (o) => [initials(o.key)]);
      for (const g of s.groups.values()) {
        if (!/^\p{Lu}{2,6}$/u.test(g.key) || root(g) !== g || lexiconType(g.key) !== null) continue;
        const full = byInitials.get(g.key);
        if (full) merge(g, full, self);
      }
    },
  },
  {
    // Forms of one entity of the user's gazetteer are one entity.
    id: 'known-forms',
    run: (s, self) => {
      const knownGroup = new Map<KnownEntity, Group>();
      for (const g of s.groups.values()) {
        const k = s.knownBySurface.get(g.key);
        if (!k) continue;
        const first = knownGroup.get(k);
        if (first) merge(g, first, self);
        else knownGroup.set(k, g);
      }
    },
  },
  {
    // "Federally Administered Tribal Areas (FATA)": the acronym in brackets is the same entity.
    id: 'bracketed-acronym',
    run: (s, self) => {
      const { doc, cands } = s;
      for (let i = 0; i + 1 < cands.length; i++) {
        const c = cands[i];
        const a = cands[i + 1];
        const open = doc.tokens[c.last]?.text;
        const close = doc.tokens[a.last]?.text;
        if (!(open === '(' && close === ')' || open === '[' && close === ']') || a.first !== c.last + 1) continue;
        if (!/^\p{Lu}[\p{Lu}\d.&-]{1,9}$/u.test(a.text) || a.text.charAt(0) !== c.text.charAt(0)) continue;
        if (words(c.text).length < 2) continue;
        merge(s.groupOf[i + 1], s.groupOf[i], self);
      }
    },
  },
  {
    // "the Church" after "the Church of Scientology": the head word stands for the full name.
    // (And "the Constitution" after "the Constitution of Pakistan"; "the Commission" after "the
    // European Commission", the head word that ends the only organisation's name that it ends.)
    id: 'head-word',
    run: (s, self) => {
      const orgs = orgsOf(s);
      const byFirstWord = firstByKey(orgs, (o) => [words(o.key)[0]]);
      const lawsByFirstWord = firstByKey([...s.groups.values()].filter((g) => (g.type === 'MISC' || g.type === null) && words(g.key).length > 1), (o) => [words(o.key)[0]]);
      const byHeadWord = onlyByKey(orgs, (o) => {
        const w = words(o.key);
        return ORG_HEAD_WORDS.has(w[w.length - 1]) ? [w[w.length - 1]] : [];
      });
      for (const g of s.groups.values()) {
        if (root(g) !== g || words(g.key).length !== 1) continue;
        const full = ORG_PREFIX_WORDS.has(g.key) ? byFirstWord.get(g.key) ?? byHeadWord.get(g.key)
          : FOUNDING_LAWS.has(g.key) ? lawsByFirstWord.get(g.key) : byHeadWord.get(g.key);
        if (full) merge(g, full, self);
      }
    },
  },
  {
    // "Scientology" after "Church of Scientology": an organisation named by what its name is "of".
    id: 'of-tail',
    run: (s, self) => {
      const byOfTail = firstByKey(orgsOf(s), (o) => {
        const w = words(o.key);
        return w.length > 2 && w[w.length - 2] === 'of' && ORG_PREFIX_WORDS.has(w[0]) ? [w[w.length - 1]] : [];
      });
      for (const g of s.groups.values()) {
        if (root(g) !== g || g.type !== 'ORG' || words(g.key).length !== 1) continue;
        const full = byOfTail.get(g.key);
        if (full) merge(g, full, self);
      }
    },
  },
  {
    // "Meta" after "Meta Platforms", "Apple" beside "Apple Inc.": a company named without its corporate word.
    id: 'company-name',
    run: (s, self) => {
      const byCompanyName = onlyByKey(orgsOf(s), (o) => {
        const w = words(o.key);
        return w.length === 2 && (CORPORATE_WORDS.has(w[1]) || isCompanyEnding(w[1])) ? [w[0]] : [];
      });
      for (const g of s.groups.values()) {
        // ("Harlow said" after "Harlow Foods": a speech verb alone makes no person of the company.)
        if (root(g) !== g || words(g.key).length !== 1 || g.type === 'PERSON' && g.typedBy !== 'context') continue;
        const full = byCompanyName.get(g.key);
        if (full) merge(g, full, self);
      }
    },
  },
  {
    // A shorter organisation name that starts a longer one ("Federación Nacional").
    id: 'org-prefix',
    run: (s, self) => {
      const byPrefix = firstByKey(orgsOf(s), (o) => {
        const w = words(o.key);
        const prefixes: string[] = [];
        for (let k = 2; k < w.length; k++) prefixes.push(w.slice(0, k).join(' '));
        return prefixes;
      });
      for (const g of s.groups.values()) {
        if (root(g) !== g || g.type !== 'ORG' || words(g.key).length < 2) continue;
        const longer = byPrefix.get(g.key);
        if (longer) merge(g, longer, self);
      }
    },
  },
  {
    // "Discovery" after "Space Shuttle Discovery", "Britt" after "Café Britt": a thing's or a business's
    // name is its last word, when that word alone has no type of its own (not "Cup" for "World Cup",
    // not "Wales" for "New South Wales") and the article never writes it in lower case ("cosplay").
    id: 'last-word',
    run: (s, self) => {
      const things = [...s.groups.values()].filter((g) => (g.type === null || g.type === 'ORG' && FOREIGN_ORG_FIRST_WORDS.has(words(g.key)[0]))
        && words(g.key).length > 1 && !g.key.includes(' of '));
      const byLastWord = firstByKey(things, (o) => {
        const w = words(o.key);
        return [w[w.length - 1]];
      });
      for (const g of s.groups.values()) {
        if (root(g) !== g || g.type !== null || words(g.key).length !== 1 || isHeadWord(g.key) || s.lowerWords.has(g.key.toLowerCase())) continue;
        const full = byLastWord.get(g.key);
        if (!full) continue;
        merge(g, full, self);
        const r = root(full);
        if (r.type === null) setType(r, 'MISC', self, 1);
      }
    },
  },
  {
    // "in Gweru and Lamu": a town or province of the distilled gazetteer that nothing else typed
    // is a place; "Adaline" alone, known only to the distilled given names, a person.
    id: 'last-resort',
    run: (s, self) => {
      for (const [g, type] of s.lastResort) {
        if (root(g) === g && g.type === null) setType(g, type, self, 1);
      }
    },
  },
];

export interface RecognizeOptions {
  /** Also return, per mention, which provider or pass set its type and which pass linked it. */
  readonly trace?: boolean;
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

/** Joins name `from` to name `into` (pass `by`): the full name's type wins unless the short form's evidence is stronger. */
function merge(from: Group, into: Group, by: string): void {
  const a = root(from);
  const b = root(into);
  if (a === b) return;
  a.merged = b;
  a.linkedBy = by;
  for (const m of a.members) b.members.push(m);
  if (a.strength > b.strength) {
    b.type = a.type;
    b.strength = a.strength;
    b.typedBy = a.typedBy;
  }
}

/** The surname part of a person's full name: last word, with particles ("de Mistura", "van der Berg"). */
function surnameOf(name: string): string {
  const w = words(name);
  let k = w.length - 1;
  while (k > 1 && SURNAME_PARTICLES.has(w[k - 1])) k--;
  return w.slice(k).join(' ');
}


export function recognizeEntities(doc: Doc, known: readonly KnownEntity[] = [], options: RecognizeOptions = {}): RecognizedEntities {
  // Lower-case vocabulary of the document: a name whose words also occur in lower case is
  // probably a capitalised common phrase ("Grand Mosque") rather than a person.
  const lowerWords = lowerCaseWords(doc);
  const knownForms = new Set<string>();
  for (const k of known) for (const form of [k.name, ...(k.aliases ?? [])]) knownForms.add(form.trim().replace(/\s+/g, ' '));
  const found = headlineNames(doc, findCandidates(doc), knownForms).map((c) => withoutOpeningDescriptor(doc, withoutSalutation(doc, c), lowerWords));
  // Each candidate's own evidence, computed once (the providers and the rules below read it more than once).
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
  const ctx: TypingContext = { doc, cands, own, knownBySurface };
  const evidence: TypedEvidence[] = new Array(cands.length);
  for (let i = 0; i < cands.length; i++) evidence[i] = mergeEvidence(TYPE_PROVIDERS, ctx, i);

  // A name takes the strongest evidence among its mentions (the first mention wins a tie).
  const groups = new Map<string, Group>();
  const groupOf: Group[] = [];
  const lastResort = new Map<Group, EntityType>();
  cands.forEach((c, i) => {
    const key = normalize(c.text);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, members: [], type: null, strength: 0, merged: null, typedBy: null, linkedBy: null }));
    g.members.push(i);
    const e = evidence[i];
    // A gazetteer or distilled given-name hit is the last resort: it types the group only if
    // nothing else has (below).
    if (e.by === 'shape' && isLastResort(own[i])) {
      if (!lastResort.has(g)) lastResort.set(g, e.type!);
    }
    else if (e.type && e.strength > g.strength) {
      g.type = e.type;
      g.strength = e.strength;
      g.typedBy = e.by;
    }
    groupOf.push(g);
  });

  // Names capitalised only where any word would be (sentence starts, headlines) need other evidence.
  const strongCap = new Set<string>();
  cands.forEach((c, i) => { if (!c.weakCap) strongCap.add(groupOf[i].key); });

  const state: PassState = {
    doc, cands, groupOf, groups, lowerWords, knownBySurface,
    lastResort, portfolios: new Set(), classNames: new Set(), commonWordNames: new Set(), linkedBy: new Array(cands.length).fill(null),
  };
  for (const pass of PASSES) pass.run(state, pass.id);
  const { portfolios, classNames, commonWordNames } = state;

  // Resolve each candidate to its final group, drop the unsupported ones, and build entities.
  const entities: EntityRecord[] = [];
  const entityOf = new Map<Group, EntityRecord>();
  const mentions: MentionRecord[] = [];
  const trace: MentionTrace[] | undefined = options.trace ? [] : undefined;
  const mentionAtToken = new Int32Array(doc.tokens.length).fill(-1);
  cands.forEach((c, i) => {
    const g = root(groupOf[i]);
    if (portfolios.size > 0 && portfolios.has(g) || classNames.size > 0 && classNames.has(groupOf[i])) return;
    if (commonWordNames.size > 0 && g.type === null && commonWordNames.has(g)) return;
    // "in Method": a common word made a place by its preposition alone (commonWords.ts).
    if (isCommonWordPlace(g.key, g.type, g.typedBy)) return;
    if (!keepCandidate(doc, c, g, evidence[i], strongCap, lowerWords)) return;
    // "Iodine", "Countdown": one word with no evidence that the article also writes in lower case
    // is a common noun capitalised by position or emphasis.
    if (g.strength === 0 && g.type === null && c.last - c.first === 1 && lowerWords.has(c.text.toLowerCase())) return;
    // "Figure", "Tips", "Sundays": a lone word that nothing types is not reported (untyped.ts).
    if (g.type === null && dropUntypedWord(g.key, c.last - c.first, { quoted: doc.tokens[c.first - 1]?.kind === 'quote', pluralUsed: groups.has(`${g.key}s`) })) return;
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
      if (k) g.typedBy = 'known';
      entityOf.set(g, e);
      entities.push(e);
    }
    const mi = mentions.length;
    mentions.push({ first: c.first, last: c.last, start: c.start, end: c.end, text: c.text, entity: e, role: c.role });
    e.mentions.push(mi);
    for (let t = c.first; t < c.last; t++) mentionAtToken[t] = mi;
    if (trace) {
      trace.push({
        start: c.start, end: c.end, text: c.text, type: e.type, entityId: e.id,
        typedBy: g.type === null && !knownBySurface.get(g.key) ? 'fallback' : g.typedBy ?? 'fallback', linkedBy: state.linkedBy[i] ?? linkOf(groupOf[i]),
      });
    }
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
  if (trace) for (let k = 0; k < trace.length; k++) if (trace[k].entityId !== mentions[k].entity.id) trace[k] = { ...trace[k], entityId: mentions[k].entity.id };
  return trace ? { entities, mentions, mentionAtToken, trace } : { entities, mentions, mentionAtToken };
}

/** The first pass that merged a group on its way to its root, or null. */
function linkOf(g: Group): string | null {
  for (let x: Group | null = g; x; x = x.merged) if (x.linkedBy) return x.linkedBy;
  return null;
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
  // "Okafor told reporters": a lone word before a speech verb is a person who speaks (loneSurnames.ts).
  if (g.type === 'PERSON' && opensSpeech(doc, c, lowerWords)) return true;
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
/** "Dear Hannah,": a greeting's opening word at the start of a sentence or line is no part of the name. */
function withoutSalutation(doc: Doc, c: Candidate): Candidate {
  return c.weakCap && c.last - c.first >= 2 && SALUTATIONS.has(doc.tokens[c.first].text) ? startingAt(doc, c, c.first + 1) : c;
}

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


/** A role noun right before the name ("analyst X"), an appositive role after it, or a speech verb after it. */
function treatedAsPerson(doc: Doc, c: Candidate): boolean {
  const toks = doc.tokens;
  const prev = toks[c.first - 1];
  if (isRoleWord(prev)) return true;
  // "The hospital's chief executive, David Park, said": a role, then the name in apposition.
  if (prev?.text === ',' && isRoleWord(toks[c.first - 2]) && toks[c.last]?.text === ',') return true;
  let k = c.last;
  if (toks[k]?.text === 'also' || toks[k]?.text === 'has' || toks[k]?.text === 'had') k++;
  if (toks[k] && NAME_SPEECH_VERBS.has(toks[k].text)) return true;
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

