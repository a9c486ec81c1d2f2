// Stopword lexicon: capitalised function words and sentence openers that are never names on their own.
// Exact-case (capitalised) forms of closed-class words and adverbs, plus day and month names.

import data from './data/stopwords.json';

/** Capitalised closed-class words and adverb-like sentence openers; not a name by themselves. */
export const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set(data.CAPITALISED_NON_NAMES);

/** Day and month names with their usual abbreviations (abbreviations that are English words only with a dot). */
export const DAYS_AND_MONTHS: ReadonlySet<string> = new Set(data.DAYS_AND_MONTHS);

/** Words that label a caption's credit line ("Image: Nick Moreau"). */
export const CAPTION_LABELS: ReadonlySet<string> = new Set(data.CAPTION_LABELS);

/** All-capitals abbreviations of common nouns: never the name of a particular entity. */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set(data.COMMON_ABBREVIATIONS);
