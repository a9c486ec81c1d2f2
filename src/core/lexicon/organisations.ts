// Organisation lexicon (ORG): well-known organisations, acronym expansions and org-forming words.
// Exact-case surface forms; news organisations, agencies, parties, companies, universities, teams and armed groups are ORG.

import data from './data/organisations.json';

/** Well-known organisations by name (full names and the short forms used alone in news). */
export const KNOWN_ORGS: ReadonlySet<string> = new Set(data.KNOWN_ORGS);

/** Acronym or short form -> full organisation name (the engine decides whether to merge). */
export const ORG_ACRONYM_EXPANSIONS: ReadonlyMap<string, string> = new Map(Object.entries(data.ORG_ACRONYM_EXPANSIONS));

/**
 * Capitalised last words that make a multi-word capitalised name an organisation
 * ("Foreign Ministry", "Hindustan Times", "Oxford University"). Single words, exact case.
 */
export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set(data.ORG_HEAD_WORDS);

/** First words that make "X of Y" an organisation ("University of Oxford", "Bank of England"). */
export const ORG_PREFIX_WORDS: ReadonlySet<string> = new Set(data.ORG_PREFIX_WORDS);

/**
 * First words of organisations named in Spanish, Italian, French, Portuguese and German
 * ("Federación Nacional de Cafeteros", "Instituto Gonzaga", "Partito Democratico"): the first word
 * alone makes the name an organisation.
 */
export const FOREIGN_ORG_FIRST_WORDS: ReadonlySet<string> = new Set(data.FOREIGN_ORG_FIRST_WORDS);
