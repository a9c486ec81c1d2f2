// "Valley Forge", "Creative Commons", "Mountain Dew", "Music Hall": a name of capitalised words
// that are all among the most common English words, with no first name, head word, gazetteer or
// context to type it, has the shape of a person's name only by its capitals. People's names are
// rarely made only of such words (and a known first name, "Will Smith", types one before this
// rule is asked). Such a name is a place, a body, a work or no name at all (on GUM train+dev, by
// mention: 2 people among 64; no name 25, MISC 16, ORG 11, LOC 10), so the person-shape pass
// does not report it. A name that starts with a person's title ("Doctor Who", "Captain Hook")
// keeps the person's shape.
import { isCommonWord } from '../lexicon/commonWords';
import { PERSON_TITLES } from '../lexicon/titles';

/** Whether every word of a name is a common English word, the first no person's title. */
export function isCommonWordsName(words: readonly string[]): boolean {
  return words.length > 0 && !PERSON_TITLES.has(words[0]) && words.every((w) => isCommonWord(w));
}

/**
 * "in Method", "in Math", "from Figure": one capitalised common word that only a preposition
 * before it makes a place is a capitalised common noun (a heading's, a label's), not a place.
 * (On GUM train+dev: 14 such mentions, none a place.)
 */
export function isCommonWordPlace(key: string, type: string | null, typedBy: string | null): boolean {
  return type === 'LOC' && typedBy === 'context' && !key.includes(' ') && isCommonWord(key);
}
