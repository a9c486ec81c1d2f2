// Distilled given names (data/given-names.json, from the Moby-based @stdlib name lists; see
// data/README.md): first names that the hand lists in names.ts do not hold, English words and
// names of other types left out. Built into sets on first use, not at load.

import data from './data/given-names.json';

let female: ReadonlySet<string> | null = null;
let male: ReadonlySet<string> | null = null;

function load(): void {
  female = new Set(data.female.split('|'));
  male = new Set(data.male.split('|'));
}

/** 'female', 'male', 'either' for a given name of the distilled list ("Adaline", "Abelard"), or null. */
export function distilledGivenName(word: string): 'female' | 'male' | 'either' | null {
  if (female === null || male === null) load();
  const f = female!.has(word);
  const m = male!.has(word);
  return f && m ? 'either' : f ? 'female' : m ? 'male' : null;
}
