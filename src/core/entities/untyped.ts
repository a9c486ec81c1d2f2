// One capitalised word that nothing types — no gazetteer, no shape, no context, no pass, no link
// to a longer name — is more often a capitalised common word (a heading's, a how-to step's, a
// genre's style: "Figure", "Tips", "Sundays", "Keep") or an unknown name of any type than the
// thing (MISC) the fallback would call it, so it is not reported. (Measured on GUM train+dev:
// such words were MISC in 20% of cases, people in 20%, places or bodies in 22%, no name in 38%.)
// Kept, by their shape, as the fallback's MISC: acronyms (made organisations by the fallback),
// words shaped like a made name ("D-Day", "E-meter", "iPhone", "ResearchGate"), words shaped like
// a people's or a faith's adjective ("Brazillian", "Hellenic"), a name given in quotation marks
// ('a robot named "Robogee"'), and a make whose plural the text also uses ("Polaroid", "Polaroids").
// A name of two words or more in capitals that nothing types is a heading or shouting
// ("LEARNING OBJECTIVES", "PRESS RELEASE") and is not reported either.

/** "D-Day", "E-meter", "iPhone", "ResearchGate", "L2": a hyphen, a digit or a capital inside the word. */
const MADE_NAME_RE = /^.+(?:[-\d]|\p{Lu})/u;
/** "Brazillian", "Javanese", "Hellenic", "Islamic": the endings of peoples' and faiths' adjectives. */
const ADJECTIVE_RE = /(?:ian|ean|ese|ic)$/;
const ACRONYM_RE = /^\p{Lu}[\p{Lu}\d&.-]+$/u;

export interface UntypedWordContext {
  /** The word stands right after an opening quotation mark. */
  readonly quoted: boolean;
  /** The text also uses the word's plural as a name ("Polaroids"). */
  readonly pluralUsed: boolean;
}

/** "LEARNING OBJECTIVES", "PRESS RELEASE": words of a heading or of shouting, all in capitals. */
const SHOUTED_RE = /^\p{Lu}[\p{Lu}'’-]*(?:\s+[\p{Lu}\d'’&-]+)+$/u;

/** Whether a name with no type at all is dropped. */
export function dropUntypedWord(key: string, tokenCount: number, ctx: UntypedWordContext): boolean {
  if (tokenCount > 1 && SHOUTED_RE.test(key) && /\p{Lu}{3}/u.test(key)) return true;
  if (tokenCount !== 1 || key.includes(' ')) return false;
  if (ACRONYM_RE.test(key) || MADE_NAME_RE.test(key) || ADJECTIVE_RE.test(key)) return false;
  return !ctx.quoted && !ctx.pluralUsed;
}
