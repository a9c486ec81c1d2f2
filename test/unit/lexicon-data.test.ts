// The word lists live in JSON files under src/core/lexicon/data. These tests catch the mistakes a
// hand edit of those files makes: an entry listed twice, an empty or padded entry, and a word filed
// under two lists that give it contradictory types.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CITIES, COUNTRIES, GEO_FEATURES, REGIONS } from '../../src/core/lexicon/places';
import { KNOWN_ORGS } from '../../src/core/lexicon/organisations';
import { DEMONYMS, KNOWN_MISC, RELIGIONS_AND_GROUPS } from '../../src/core/lexicon/demonyms';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, ONE_WORD_PEOPLE } from '../../src/core/lexicon/names';
import { CAPITALISED_NON_NAMES, DAYS_AND_MONTHS } from '../../src/core/lexicon/stopwords';

const DATA_DIR = path.join(__dirname, '../../src/core/lexicon/data');
const HAND_FILES = ['names', 'places', 'organisations', 'demonyms', 'titles', 'stopwords'];

/** Every repeated entry of every list of one data file, read from the text (JSON.parse drops repeated keys). */
function repeatsIn(file: string, text = fs.readFileSync(path.join(DATA_DIR, `${file}.json`), 'utf8')): string[] {
  const repeats: string[] = [];
  let list = '';
  let seen = new Set<string>();
  for (const line of text.split('\n')) {
    const top = /^ {2}"([^"]+)": [[{]$/.exec(line);
    if (top) { list = top[1]; seen = new Set(); continue; }
    const entry = /^ {4}("(?:[^"\\]|\\.)*")(:|,?$)/.exec(line);
    if (!entry) continue;
    const word = JSON.parse(entry[1]) as string;
    if (seen.has(word)) repeats.push(`${file}.${list}: ${word}`);
    seen.add(word);
  }
  return repeats;
}

describe('lexicon data files', () => {
  it('list no entry twice', () => {
    assert.deepStrictEqual(HAND_FILES.flatMap((file) => repeatsIn(file)), []);
  });

  it('the duplicate check finds a repeated entry and a repeated map key', () => {
    const text = '{\n  "A": [\n    "Lamu",\n    "Gweru",\n    "Lamu"\n  ],\n  "B": {\n    "x": "1",\n    "x": "2"\n  }\n}\n';
    assert.deepStrictEqual(repeatsIn('probe', text), ['probe.A: Lamu', 'probe.B: x']);
  });

  it('hold no empty or padded entry', () => {
    const bad: string[] = [];
    for (const file of HAND_FILES) {
      const data = JSON.parse(fs.readFileSync(path.join(DATA_DIR, `${file}.json`), 'utf8')) as Record<string, string[] | Record<string, string>>;
      for (const [list, value] of Object.entries(data)) {
        const words = Array.isArray(value) ? value : [...Object.keys(value), ...Object.values(value)];
        for (const w of words) if (w.trim() !== w || w === '' || /\s{2}/.test(w)) bad.push(`${file}.${list}: "${w}"`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  it('give no word two contradictory types', () => {
    // Lists whose every entry is a verdict for one type. First names are evidence, not verdicts
    // (Austin, Florence, Georgia are places too), so they are checked only against non-names.
    const typed: Record<string, ReadonlySet<string>> = {
      LOC: new Set([...COUNTRIES, ...CITIES, ...REGIONS, ...GEO_FEATURES]),
      ORG: KNOWN_ORGS,
      MISC: new Set([...KNOWN_MISC, ...DEMONYMS, ...RELIGIONS_AND_GROUPS]),
      PERSON: ONE_WORD_PEOPLE,
    };
    // Words that really are two things in news text, each resolved by context in the engine:
    // Napoli and Roma are both a city and a football club.
    const knownAmbiguous = new Set(['Napoli', 'Roma']);
    const clashes: string[] = [];
    const types = Object.keys(typed);
    for (let i = 0; i < types.length; i++) {
      for (let j = i + 1; j < types.length; j++) {
        for (const w of typed[types[i]]) {
          if (typed[types[j]].has(w) && !knownAmbiguous.has(w)) clashes.push(`${w}: ${types[i]} and ${types[j]}`);
        }
      }
    }
    const names = new Set([...MALE_FIRST_NAMES, ...FEMALE_FIRST_NAMES, ...Object.values(typed).flatMap((s) => [...s])]);
    for (const w of [...CAPITALISED_NON_NAMES, ...DAYS_AND_MONTHS]) if (names.has(w)) clashes.push(`${w}: a name and a non-name`);
    assert.deepStrictEqual(clashes, []);
  });

  it('the contradiction check sees the known ambiguous words', () => {
    assert.ok(CITIES.has('Napoli') && KNOWN_ORGS.has('Napoli'));
    assert.ok(CITIES.has('Roma') && RELIGIONS_AND_GROUPS.has('Roma'));
  });
});
