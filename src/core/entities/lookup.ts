// Lexicon lookups of whole names and first names, shared by the candidate finder and the typing
// (kept apart from both so that neither imports the other).
import type { EntityType } from '../types';
import { CITIES, COUNTRIES, GEO_FEATURES, PLACE_VARIANTS, REGIONS } from '../lexicon/places';
import { DEMONYMS, KNOWN_MISC, RELIGIONS_AND_GROUPS } from '../lexicon/demonyms';
import { KNOWN_ORGS, ORG_ACRONYM_EXPANSIONS } from '../lexicon/organisations';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../lexicon/names';
import { distilledGivenName } from '../lexicon/given-names';

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** A name written in capitals in ordinary case: "NEW YORK" -> "New York", "ABU-DHABI" -> "Abu-Dhabi". */
export function ordinaryCase(name: string): string {
  return name.split(/(\s+|-)/).map(titleCase).join('');
}

export function isPlaceName(name: string): boolean {
  return COUNTRIES.has(name) || CITIES.has(name) || REGIONS.has(name) || GEO_FEATURES.has(name) || PLACE_VARIANTS.has(name);
}

/** lexiconType's answers so far: an article names the same people, places and bodies again and again. */
const lexiconTypes = new Map<string, EntityType | null>();

/** Gazetteer lookup of a whole name, including ALL-CAPS datelines ("WASHINGTON"). */
export function lexiconType(name: string): EntityType | null {
  let type = lexiconTypes.get(name);
  if (type === undefined) {
    type = lookUpLexiconType(name);
    if (lexiconTypes.size >= 50_000) lexiconTypes.clear();
    lexiconTypes.set(name, type);
  }
  return type;
}

function lookUpLexiconType(name: string): EntityType | null {
  if (KNOWN_ORGS.has(name) || ORG_ACRONYM_EXPANSIONS.has(name)) return 'ORG';
  if (isPlaceName(name)) return 'LOC';
  if (DEMONYMS.has(name) || RELIGIONS_AND_GROUPS.has(name) || KNOWN_MISC.has(name)) return 'MISC';
  if (/^[\p{Lu}\s.'-]+$/u.test(name) && name.length > 3) {
    const tc = ordinaryCase(name);
    if (isPlaceName(tc)) return 'LOC';
    if (KNOWN_ORGS.has(tc)) return 'ORG';
  }
  return null;
}

/** A given name of the hand lists or of the distilled list (lexicon/given-names). */
export function isFirstName(word: string): boolean {
  return MALE_FIRST_NAMES.has(word) || FEMALE_FIRST_NAMES.has(word) || distilledGivenName(word) !== null;
}
