// Type evidence for a name candidate, from the lexicon and the name's own shape.
import type { EntityType } from '../types';
import type { Doc } from '../text/document';
import type { Candidate, Evidence } from './model';
import { LOC_HEAD_WORDS, LOC_OF_WORDS } from '../lexicon/places';
import { DEMONYMS, FOUNDING_LAWS, MISC_HEAD_WORDS } from '../lexicon/demonyms';
import { FOREIGN_ORG_FIRST_WORDS, ORG_HEAD_WORDS, ORG_PREFIX_WORDS } from '../lexicon/organisations';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, ONE_WORD_PEOPLE } from '../lexicon/names';
import { gazetteerPlace } from '../lexicon/gazetteer';
import { distilledGivenName } from '../lexicon/given-names';
import { isFirstName, lexiconType } from './lookup';
import { CAPTION_LABELS } from '../lexicon/stopwords';
import { NAME_SPEECH_VERBS } from '../lexicon/cues';
import { isRoleNoun, isRoleWord } from './roles';
import { isPossessive, type Token } from '../text/tokens';

/**
 * A town or province of the distilled gazetteer (lexicon/gazetteer): last-resort evidence. It
 * types a name only when no provider and no pass has (the 'last-resort' pass in recognize.ts).
 */
export const GAZETTEER_EVIDENCE: Evidence = { type: 'LOC', strength: 1 };
/**
 * One word that only the distilled given-name list (lexicon/given-names) knows: as weak as a
 * gazetteer hit ("Britt" alone after "Café Britt" is the café).
 */
export const GIVEN_NAME_EVIDENCE: Evidence = { type: 'PERSON', strength: 1 };
/** Evidence that only types a name nothing else typed. */
export function isLastResort(e: Evidence): boolean {
  return e === GAZETTEER_EVIDENCE || e === GIVEN_NAME_EVIDENCE;
}
const NONE: Evidence = { type: null, strength: 0 };

/** Compass and region words that make a regional demonym of a people's adjective ("West African"). */
const REGION_ADJECTIVES = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central',
  'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern', 'Sub-Saharan']);
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Midwest']);

/** A domain name: "Secunia.com", "CBC.ca", "bbc.co.uk" (a lower-case top-level domain). */
const WEBSITE_RE = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|gov|edu|info|io|co\.[a-z]{2}|[a-z]{2})$/u;
const DESIGNATION_RE = /^\p{Lu}[\p{L}]*-\d+[a-z]?$/u;
const YEAR_CODE_RE = /^(?:\p{Lu}\/)?\d{4} \p{Lu}{2}\d{1,3}$/u;
const ACRONYM_RE = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;

const CENTRES = new Set(['Center', 'Centre']);
/** Words that make an "X Center" an institution rather than a site ("Pew Research Center"). */
const INSTITUTION_WORDS = new Set(['Research', 'Policy', 'Studies', 'Law', 'Rights', 'Justice', 'Control', 'Prevention',
  'Information', 'Documentation', 'Monitoring', 'Analysis', 'Strategic', 'Strategy', 'Security', 'Development', 'Health',
  'Hurricane', 'Crisis', 'Legal', 'Poverty', 'Democracy', 'Media', 'Coordination', 'Advocacy']);

/**
 * "Kennedy Space Center", "Metro Toronto Convention Centre": a centre named with no field of work
 * is a site one visits, a place; one named for its work ("Pew Research Center") is an institution.
 */
function centreType(words: readonly string[]): EntityType {
  return words.some((w) => INSTITUTION_WORDS.has(w)) ? 'ORG' : 'LOC';
}

/** Evidence from the candidate alone: the lexicon's, else its shape's. */
export function candidateEvidence(doc: Doc, c: Candidate): Evidence {
  const lex = lexiconEvidence(c);
  return lex.strength > 0 ? lex : shapeEvidence(doc, c);
}

/** The gazetteers' type of the whole name, or a person's title attached to it ("President X"). */
export function lexiconEvidence(c: Candidate): Evidence {
  const lex = lexiconType(c.text);
  if (lex) return { type: lex, strength: 3 };
  if (c.titled) return { type: 'PERSON', strength: 3 };
  return NONE;
}

/** Evidence from the name's shape: head words ("Council", "River"), a first name, a designation, an acronym. */
export function shapeEvidence(doc: Doc, c: Candidate): Evidence {
  const words = c.text.includes(' ') || c.text.includes('\n') ? c.text.split(/\s+/) : [c.text];
  const lastWord = words[words.length - 1];
  const firstWord = words[0];
  if (words.length > 1) {
    if (CENTRES.has(lastWord)) return { type: centreType(words), strength: 2 };
    if (ORG_HEAD_WORDS.has(lastWord)) return { type: 'ORG', strength: 2 };
    // "Andy Warhol Foundation for the Visual Arts": an organisation's head word before "for"/"of".
    for (let k = 1; k < words.length - 1; k++) {
      if (ORG_HEAD_WORDS.has(words[k]) && (words[k + 1] === 'for' || words[k + 1] === 'of' || words[k + 1] === 'on')) return { type: 'ORG', strength: 2 };
    }
    // "Instituto Gonzaga", "Federación Nacional …", "Team Estonia": an organisation named by its first word.
    if (FOREIGN_ORG_FIRST_WORDS.has(firstWord) || firstWord === 'Team') return { type: 'ORG', strength: 2 };
    // "Jamiat Ulema-e Islam (F)": a party's faction, named by a letter in brackets.
    if (/ \(\p{Lu}\)$/u.test(c.text)) return { type: 'ORG', strength: 2 };
    if (words[0] === 'Operation' || words[0] === 'Project') return { type: 'MISC', strength: 2 };
    // "State of Texas", "Republic of Korea", "Gulf of Mexico", "Plains of Arafat" (not "Bank of England").
    if (words[1] === 'of' && LOC_OF_WORDS.has(firstWord) && !ORG_PREFIX_WORDS.has(firstWord) && !ORG_HEAD_WORDS.has(firstWord)
      && lexiconType(words.slice(2).join(' ')) !== 'ORG') return { type: 'LOC', strength: 2 };
    if (words[0] === 'Masjid' || words[0] === 'Mount' || words[0] === 'Lake' || words[0] === 'Cape') return { type: 'LOC', strength: 2 };
    if (ORG_PREFIX_WORDS.has(firstWord) && (words.includes('of') || words.includes('for'))) return { type: 'ORG', strength: 2 };
    // "Irving Independent School District": a school district is the body that runs the schools.
    if (lastWord === 'District' && words[words.length - 2] === 'School') return { type: 'ORG', strength: 2 };
    if (LOC_HEAD_WORDS.has(lastWord)) return { type: 'LOC', strength: 2 };
    // "Kowloon West", "New Territories East": a district named by its compass point ("Adam West" has a first name).
    if (COMPASS.has(lastWord) && !isFirstName(firstWord)) return { type: 'LOC', strength: 2 };
    // "East Los Angeles", "West Texas", "North London".
    if (COMPASS.has(firstWord) && lexiconType(words.slice(1).join(' ')) === 'LOC') return { type: 'LOC', strength: 2 };
    // "Southern African", "West African", "Central Asian": a region's demonym, a compass word
    // before a people's adjective.
    if (words.length === 2 && REGION_ADJECTIVES.has(firstWord) && lexiconType(lastWord) === 'MISC' && DEMONYMS.has(lastWord)) return { type: 'MISC', strength: 2 };
    // "Nathan Law": a known first name outweighs a head word like "Law".
    if (MISC_HEAD_WORDS.has(lastWord) && !(words.length === 2 && isFirstName(firstWord))) return { type: 'MISC', strength: 2 };
    if (isFirstName(firstWord) && !/\d/.test(c.text)) return { type: 'PERSON', strength: 2 };
    // "Gazette", "Times" after a place: "Saudi Gazette" is caught by the head word; "Eurasia Group" too.
    const partsLex = words.map((w) => lexiconType(w));
    if (partsLex.every((t) => t === 'LOC') && words.length <= 3) return { type: 'LOC', strength: 1 };
  }
  // "in Gweru and Lamu": a town or province of the distilled gazetteer; a first name outweighs it.
  if (!(words.length === 1 && isFirstName(c.text)) && gazetteerPlace(c.text)) return GAZETTEER_EVIDENCE;
  // "KELT-9", "STS-135", "F-16", "COVID-19": a designation of a star, a mission, a machine or a disease;
  // "2024 YR4", "P/2019 LD2": of an asteroid or a comet.
  if (DESIGNATION_RE.test(c.text) || YEAR_CODE_RE.test(c.text)) return { type: 'MISC', strength: 2 };
  if (ACRONYM_RE.test(c.text)) return { type: 'ORG', strength: 1 };
  // Websites are organisations: "Secunia.com", "Gawker.com".
  if (WEBSITE_RE.test(c.text)) return { type: 'ORG', strength: 2 };
  // "the North", "the South": a region named by its compass point.
  if (words.length === 1 && COMPASS.has(c.text) && doc.tokens[c.first - 1]?.text.toLowerCase() === 'the') return { type: 'LOC', strength: 2 };
  // "the Army", "the Church": an organisation's head word used as its name.
  if (words.length === 1 && ORG_HEAD_WORDS.has(c.text)) return { type: 'ORG', strength: 2 };
  // "under the Constitution": a founding law named by its head word.
  if (words.length === 1 && FOUNDING_LAWS.has(c.text)) return { type: 'MISC', strength: 2 };
  if (words.length === 1 && ONE_WORD_PEOPLE.has(c.text)) return { type: 'PERSON', strength: 2 };
  if (words.length === 1 && (MALE_FIRST_NAMES.has(c.text) || FEMALE_FIRST_NAMES.has(c.text))) return { type: 'PERSON', strength: 1 };
  if (words.length === 1 && distilledGivenName(c.text)) return GIVEN_NAME_EVIDENCE;
  // "Image: Jambula.": a caption's credit names the photographer (often by a user name).
  if (isCaptionCredit(doc, c)) return { type: 'PERSON', strength: 2 };
  return NONE;
}

function isCaptionCredit(doc: Doc, c: Candidate): boolean {
  if (/\d/.test(c.text)) return false;
  const toks = doc.tokens;
  // "Video: Miharris & Acphillips": a credit may name several, joined by "&", "and" or commas.
  let k = c.first - 1;
  for (let names = 0; names < 4 && (toks[k]?.text === '&' || toks[k]?.text === 'and' || toks[k]?.text === ','); names++) {
    k--;
    while (k >= 0 && toks[k].cap && !toks[k].lineBreakBefore) k--;
  }
  return toks[k]?.text === ':' && CAPTION_LABELS.has(toks[k - 1]?.text ?? '');
}

const MEMBERSHIP_NOUNS = new Set(['member', 'members', 'leader', 'leaders', 'founder', 'founders', 'head', 'chairman', 'chairwoman',
  'spokesman', 'spokeswoman', 'spokesperson', 'officials', 'employees', 'staff', 'supporters', 'activists', 'lawmakers',
  'candidate', 'candidates', 'director', 'executives', 'ranks', 'wing', 'branch', 'faction']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'from', 'around', 'inside', 'towards', 'toward']);
const ORG_FOLLOWERS = new Set(['organization', 'organisation', 'network', 'movement', 'gang', 'militia', 'cell', 'cult', 'sect', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'website', 'headquarters', 'members', 'staff', 'employees', 'executives', 'board', 'chairman', 'chief',
  // "the Nature journal", "al-Ikhbariya television", "an Immortals player"
  'journal', 'newspaper', 'magazine', 'television', 'channel', 'radio', 'broadcaster', 'agency', 'team', 'player', 'players', 'club', 'party']);
/** Nouns after initials that make them a thing's: "the ICI system", "the NEMISIS database", "NCLAN studies". */
const THING_FOLLOWERS = new Set(['system', 'systems', 'database', 'tax', 'taxes', 'study', 'studies', 'scheme', 'software', 'index',
  'test', 'tests', 'standard', 'protocol', 'format', 'vaccine', 'drug', 'virus', 'satellite', 'rocket', 'missile', 'engine', 'chip', 'browser']);
/** "the town of Yeoncheon", "the province of Malakand": a place named after its kind. */
const PLACE_KIND_NOUNS = new Set(['town', 'city', 'village', 'province', 'region', 'district', 'county', 'state', 'island',
  'islands', 'port', 'capital', 'suburb', 'neighbourhood', 'neighborhood', 'republic', 'kingdom', 'country', 'governorate']);
/** "Malakand division", "Yeoncheon county", "the Berlaymont building": a place followed by its kind. */
const PLACE_FOLLOWERS = new Set(['division', 'district', 'province', 'county', 'region', 'valley', 'governorate', 'prefecture', 'township',
  'building', 'stadium', 'airport', 'square', 'bridge', 'mosque', 'cathedral', 'palace']);
/** "the Monti government", "the Obama administration": named after the person who leads it. */
const LEADER_FOLLOWERS = new Set(['government', 'administration', 'cabinet', 'presidency']);
const ADJECTIVE_SHAPE = /(?:ive|al|ist|an|ic|ese)$/;

/** Nouns that name the kind of organisation before its name: "the magazine MicroMega", "US team Cloud9". */
const ORG_KIND_NOUNS = new Set(['journal', 'newspaper', 'magazine', 'broadcaster', 'channel', 'company', 'firm', 'group', 'party',
  'band', 'team', 'club', 'charity', 'agency', 'website', 'tabloid', 'publisher', 'startup', 'start-up', 'airline', 'network', 'broadsheet',
  'school', 'schools', 'hospital', 'hospitals', 'university', 'college', 'foundation', 'institute', 'bank', 'insurer', 'retailer', 'carmaker',
  'operator', 'carrier', 'manufacturer', 'maker', 'lender', 'supplier', 'regulator', 'watchdog', 'union', 'conglomerate', 'chain']);

/**
 * "Ubisoft, Microsoft, and PlayStation VR all had …": the first item of a list whose next item is a
 * known organisation or place is one too; the type of that item, else null.
 */
export function listSiblingType(doc: Doc, c: Candidate): EntityType | null {
  const toks = doc.tokens;
  if (c.last - c.first !== 1 || toks[c.last]?.text !== ',') return null;
  const k = c.last + 1;
  let j = k;
  while (j < toks.length && j - k < 4 && toks[j].kind === 'word' && toks[j].cap && !toks[j].lineBreakBefore) j++;
  // (A comma after that item too, as in a list of three: "Grudgingly, Microsoft and Sony" opens with an adverb.)
  if (j === k || toks[j]?.text !== ',') return null;
  const type = lexiconType(doc.text.slice(toks[k].start, toks[j - 1].end));
  return type === 'ORG' || type === 'LOC' ? type : null;
}

/** "the group Leeds Cycling Campaign", "the magazine MicroMega": a noun for a kind of organisation right before the name. */
export function isAfterOrgKindNoun(doc: Doc, c: Candidate): boolean {
  const prev = doc.tokens[c.first - 1];
  return prev !== undefined && prev.kind === 'word' && ORG_KIND_NOUNS.has(prev.text);
}

/** A role noun in the singular or the plural: "analyst", "analysts", "researchers". */
function isPeopleWithRole(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.upper) return false;
  const w = t.text.toLowerCase();
  return isRoleNoun(w) || w.endsWith('s') && isRoleNoun(w.slice(0, -1));
}

/** Evidence from the words around one mention: "in X" suggests a place, "X officials" an organisation. */
export function contextEvidence(doc: Doc, c: Candidate): Evidence {
  const toks = doc.tokens;
  const prev = toks[c.first - 1];
  let next = toks[c.last];
  if (isPossessive(next)) next = toks[c.last + 1];
  // (Not an adjective: "the Brazillian team", "Olympic officials".)
  if (next && next.kind === 'word' && ORG_FOLLOWERS.has(next.text) && !(c.last - c.first === 1 && ADJECTIVE_SHAPE.test(c.text))) return { type: 'ORG', strength: 1 };
  // "the Germanwatch think tank"
  if (next?.text === 'think' && (toks[c.last + 1]?.text === 'tank' || toks[c.last + 1]?.text === '-' && toks[c.last + 2]?.text === 'tank')) return { type: 'ORG', strength: 1 };
  // "the ICI system", "the NEMISIS database", "NCLAN studies": initials of a thing, not of a body.
  if (next && next.kind === 'word' && THING_FOLLOWERS.has(next.text) && /^\p{Lu}[\p{Lu}\d]+$/u.test(c.text)) return { type: 'MISC', strength: 1 };
  if (isAfterOrgKindNoun(doc, c)) return { type: 'ORG', strength: 1 };
  // "analysts at Jefferies", "a researcher at Chalmers": where people with a role work.
  if (prev?.text === 'at' && isPeopleWithRole(toks[c.first - 2])) return { type: 'ORG', strength: 1 };
  // "Demosisto's Nathan Law": whose member a person is, an organisation.
  const possessor = isPossessive(toks[c.last]);
  if (possessor && next && isFirstName(next.text)) return { type: 'ORG', strength: 1 };
  // "Nathan Law of Demosisto": what a person named in full is "of".
  if (prev?.text === 'of' && toks[c.first - 2]?.cap && toks[c.first - 3]?.cap && isFirstName(toks[c.first - 3].text)) return { type: 'ORG', strength: 1 };
  // "Jafari said", "Memon also said": a single unknown name that speaks is a person.
  const verb = next && (next.text === 'also' || next.text === 'has' || next.text === 'had') ? toks[c.last + 1] : next;
  if (c.last - c.first === 1 && verb && NAME_SPEECH_VERBS.has(verb.text) && !/^\p{Lu}{2,}$/u.test(c.text)) return { type: 'PERSON', strength: 1 };
  // "members of Demosisto", "the founder of Ergenekon": what people belong to is an organisation.
  const det = prev?.text === 'the' ? toks[c.first - 2] : prev;
  if (det?.text === 'of' && MEMBERSHIP_NOUNS.has(toks[c.first - (prev?.text === 'the' ? 3 : 2)]?.text ?? '')) return { type: 'ORG', strength: 1 };
  if (prev?.text === 'of' && PLACE_KIND_NOUNS.has(toks[c.first - 2]?.text ?? '')) return { type: 'LOC', strength: 1 };
  if (next && next.kind === 'word' && PLACE_FOLLOWERS.has(next.text)) return { type: 'LOC', strength: 1 };
  const single = c.last - c.first === 1 && !/^\p{Lu}{2,}$/u.test(c.text);
  // (Not a party's adjective: "the Conservative government", "the Republican administration".)
  if (single && next && LEADER_FOLLOWERS.has(next.text) && prev?.text === 'the' && !ADJECTIVE_SHAPE.test(c.text)) return { type: 'PERSON', strength: 1 };
  // "fashion designer Halston", "said Mauer,": one unknown word after a role or a speech verb.
  if (single && (isRoleWord(prev) || prev !== undefined && NAME_SPEECH_VERBS.has(prev.text))) return { type: 'PERSON', strength: 1 };
  const sibling = listSiblingType(doc, c);
  if (sibling) return { type: sibling, strength: 1 };
  // "from Eden Hazard's assist": a possessor after the preposition is no place.
  // (Not "goals from Bukayo Saka": after "from", only a single word reads as a place.)
  if (prev && prev.kind === 'word' && PLACE_PREPOSITIONS.has(prev.text) && !possessor && (prev.text !== 'from' || c.last - c.first === 1)) return { type: 'LOC', strength: 1 };
  return NONE;
}
