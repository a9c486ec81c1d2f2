// Company lexicon: words that end a company's name, and the nouns an article uses for an
// organisation or for the people it employs (data/companies.json, hand-kept; see data/README.md).
import data from './data/companies.json';

/**
 * Last words that make a name of unknown words a company ("Harlow Foods", "Corran Therapeutics",
 * "Siemens AG"): trades and legal forms not already among ORG_HEAD_WORDS (organisations.json).
 */
export const BUSINESS_WORDS: ReadonlySet<string> = new Set(data.BUSINESS_WORDS);

/** Last words that name a company's national or worldwide branch ("Ridewell UK", "Trellis Global"). */
export const BRANCH_WORDS: ReadonlySet<string> = new Set(data.BRANCH_WORDS);

/** Nouns an article calls an organisation by: "a supermarket chain", "the charity", "the firm". */
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set(data.ORG_DESCRIPTORS);

/** Nouns for the people an organisation employs or speaks through: "a spokesperson for X", "staff at X". */
export const EMPLOYEE_NOUNS: ReadonlySet<string> = new Set(data.EMPLOYEE_NOUNS);

/**
 * Head words of ORG_HEAD_WORDS (organisations.json) that name a trade: "Harlow Motors" may be
 * called "Harlow" alone, as "Harlow Foods" may; "Foreign Ministry" is never "Foreign".
 */
export const TRADE_HEAD_WORDS: ReadonlySet<string> = new Set(data.TRADE_HEAD_WORDS);
