// Demonym lexicon (MISC): nationality/ethnic adjectives and plurals, languages, religions and groups.
// Exact-case surface forms; DEMONYM_TO_PLACE links a nationality word to its canonical place name.

import data from './data/demonyms.json';

/** Nationality, regional and continental adjectives and their plural nouns, plus major languages. */
export const DEMONYMS: ReadonlySet<string> = new Set(data.DEMONYMS);

/** Laws that "the" alone names: "under the Constitution", "the Charter". */
export const FOUNDING_LAWS: ReadonlySet<string> = new Set(data.FOUNDING_LAWS);

/**
 * Adjectives of political allegiance ("the Conservative government", "a New Democrat MP",
 * "Republican from Texas"): descriptions of a person or a body, not names. The parties themselves
 * are named with a head word ("Conservative Party") or in the plural ("the Democrats").
 */
export const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(data.PARTY_ADJECTIVES);

/** Religions, their adherents, denominations and ethnic or religious group names. */
export const RELIGIONS_AND_GROUPS: ReadonlySet<string> = new Set(data.RELIGIONS_AND_GROUPS);

/** Nationality word (adjective or plural) -> canonical place name, for the main ~150 demonyms. */
export const DEMONYM_TO_PLACE: ReadonlyMap<string, string> = new Map(Object.entries(data.DEMONYM_TO_PLACE));

/** Extra (not in the brief): well-known events, laws, holidays, awards, diseases and products that are MISC. */
export const KNOWN_MISC: ReadonlySet<string> = new Set(data.KNOWN_MISC);

/** Extra (not in the brief): capitalised last words that make a multi-word name an event, law or work (MISC). */
export const MISC_HEAD_WORDS: ReadonlySet<string> = new Set(data.MISC_HEAD_WORDS);
