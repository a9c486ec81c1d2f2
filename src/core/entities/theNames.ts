// A name of capitalised words that nothing types, written after "the": the shape of a person's
// name does not hold there ("the Jane Smith" is rare), so it names a group or a thing. A plural
// last word names a group, an organisation ("the Neo Democrats", "the Houston Astros"); a
// singular one more often a work, a product, an event or a character than a body ("the Walking
// Dead", "the Flying Dutchman", "the Sauvignon Blanc", "the Easter Bunny"): MISC.
// (Measured on GUM train+dev, by mention: in the singular, 13 organisations against 39 things
// (MISC), 14 places and 9 no name; in the plural, 7 organisations of 14.)
import type { EntityType } from '../types';

/** "Democrats", "Astros", not "Glass", "Rhys": a last word that reads as a plural. */
const PLURAL_RE = /[^s']s$/u;

/** The type of an untyped name of two words or more written after "the", from its last word. */
export function typeAfterThe(lastWord: string): EntityType {
  return PLURAL_RE.test(lastWord) ? 'ORG' : 'MISC';
}
