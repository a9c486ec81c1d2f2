// Person-name lexicon (PERSON): international given names by usual gender, and surname particles.
// Exact-case forms; names that are also common English words, places or organisations are left out.

import data from './data/names.json';

/** Male given names (English, European, Russian, Arabic, Persian, Turkish, South/East Asian, African). */
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(data.MALE_FIRST_NAMES);

/** Female given names (English, European, Russian, Arabic, Persian, Turkish, South/East Asian, African). */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(data.FEMALE_FIRST_NAMES);

/** Lowercase and capitalised particles that can sit inside a person's name ("Ursula von der Leyen"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(data.SURNAME_PARTICLES);

/**
 * People that news names by one word: leaders, historical and religious figures, and the gods of
 * myth. Only distinctive names (no "Bush", "May", "Brown", "Kim"; lookups are case-sensitive, so
 * "Trump" is not "trump"): a word here is a person even when the article never gives the full name.
 */
export const ONE_WORD_PEOPLE: ReadonlySet<string> = new Set(data.ONE_WORD_PEOPLE);
