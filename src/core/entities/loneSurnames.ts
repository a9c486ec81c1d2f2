// "Okafor told reporters …", "Smith added: …": a surname used alone, with no full name in the
// article, that opens a sentence right before a speech verb is a person who speaks (docs/accuracy.md,
// "Organisation names and lone surnames"). A capital at a sentence start proves nothing by itself;
// the speech verb after it does, unless the word is a plural noun for people ("Campaigners said"),
// a role ("Spokesman said") or the verb is followed by "it" ("Ofcom said it would").
import type { Doc } from '../text/document';
import type { Candidate } from './model';
import { NAME_SPEECH_VERBS } from '../lexicon/cues';
import { CAPITALISED_NON_NAMES } from '../lexicon/stopwords';
import { isRoleNoun } from './roles';

/**
 * Plural nouns for groups of people ("Campaigners", "Experts", "Locals", "Residents"): a word that
 * ends in "s" is left alone (a surname such as "Jones" used alone is rare; with its full name
 * in the article the surname is linked anyway).
 */
const PLURAL = /[^s]s$/;
/** "Ofcom said it would …": what the speaker is called next. */
const NON_PERSON_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'we']);

/** One capitalised word at a sentence start, then a speech verb ("also" may come between). */
export function opensSpeech(doc: Doc, c: Candidate, lowerWords: ReadonlySet<string>): boolean {
  if (c.last - c.first !== 1 || c.inHeadline) return false;
  const toks = doc.tokens;
  const word = toks[c.first];
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word.text) || CAPITALISED_NON_NAMES.has(word.text)) return false;
  const lower = word.text.toLowerCase();
  if (lowerWords.has(lower) || PLURAL.test(lower) || isRoleNoun(lower)) return false;
  let k = c.last;
  if (toks[k]?.text === 'also') k++;
  const verb = toks[k];
  if (verb === undefined || verb.kind !== 'word' || !NAME_SPEECH_VERBS.has(verb.text)) return false;
  // ("Ofcom said it would …", "Ridewell told us it …": a body that speaks.)
  const after = toks[k + 1]?.text === 'that' ? toks[k + 2] : toks[k + 1];
  return !(after !== undefined && NON_PERSON_PRONOUNS.has(after.text));
}
