// Title and role lexicon: capitalised titles before a person's name, role nouns and role modifiers.
// PERSON_TITLES are exact-case (single or multi-word, match longest first); ROLE_* are lowercase words.

import data from './data/titles.json';

/** Capitalised titles that precede a name; stripped from the name and kept as the person's role. */
const BASE_TITLES: readonly string[] = data.BASE_TITLES;

/** Words that qualify any title: "Shadow Home Secretary", "Former Secretary of State", "Acting Attorney General". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(data.TITLE_MODIFIERS);

/**
 * The titles. (A title after a modifier is matched as the modifier and the title, not stored: a
 * set six times the size made every title lookup slower, measured at 5% of a 4 MB analysis.)
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set(BASE_TITLES);

/** Lowercase role nouns that, after "the" (or a possessive), refer back to a named person. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(data.ROLE_NOUNS);

/** Lowercase words that can appear inside a role phrase before a name ("former deputy foreign minister"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(data.ROLE_MODIFIERS);
