// "Old Athens", "County Durham", "Downtown Cleveland", "Greater Tulsa": a known place's name
// with a capitalised word before it is a place (or a part of it), not a person whose surname
// happens to be a place. Without this, the person-shape pass read such names as people, and the
// surname pass then linked every later "Athens" to that "person".
import { isFirstName, lexiconType } from './lookup';
import { ONE_WORD_PEOPLE } from '../lexicon/names';
import { PERSON_TITLES } from '../lexicon/titles';
import { isRoleNoun } from './roles';

/**
 * Whether a name of two or three words ends with a known place and starts with a word that is
 * no first name: then it names a place. (Not "Paris Hilton", "Jack London": a first name first;
 * not "Captain America": a title first; not "Constitution of Pakistan": every word capitalised.)
 */
export function isModifiedPlaceName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const first = words[0];
  if (isFirstName(first) || ONE_WORD_PEOPLE.has(first) || PERSON_TITLES.has(first) || isRoleNoun(first.toLowerCase())) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return lexiconType(words[words.length - 1]) === 'LOC' && lexiconType(first) !== 'PERSON';
}
