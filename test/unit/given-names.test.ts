// The distilled given names (src/core/lexicon/data/given-names.json): what the list holds, that
// the committed file is what `npm run data` writes, and how weakly the engine weighs a hit.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { distilledGivenName } from '../../src/core/lexicon/given-names';

function typed(text: string): [string, string][] {
  return analyze(text).entities.map((e) => [e.id, e.type]);
}

describe('given-name data', () => {
  it('holds first names the hand lists lack, with their gender', () => {
    assert.equal(distilledGivenName('Oona'), 'female');
    assert.equal(distilledGivenName('Abelard'), 'male');
    assert.equal(distilledGivenName('Britt'), 'either');
  });

  it('leaves out English words, hand-listed names and places', () => {
    // Faith, Rose, Bill and Grant are names and words; John is in the hand list; Gweru a town.
    for (const w of ['Faith', 'Rose', 'Bill', 'Grant', 'John', 'Gweru', 'oona']) assert.equal(distilledGivenName(w), null, w);
  });

  it('is what scripts/data/given-names.mjs writes from the installed packages', async () => {
    const script = path.join(__dirname, '../../scripts/data/given-names.mjs');
    const { distil, render } = await (new Function('p', 'return import(p)') as (p: string) => Promise<{ distil: () => unknown; render: (g: unknown) => string }>)(script);
    const committed = fs.readFileSync(path.join(__dirname, '../../src/core/lexicon/data/given-names.json'), 'utf8');
    assert.ok(render(distil()) === committed, 'src/core/lexicon/data/given-names.json is stale: run `npm run data`');
  });
});

describe('given-name evidence in the engine', () => {
  it('makes a person of a name the hand lists lack', () => {
    assert.deepEqual(typed('The award went to Oona.'), [['Oona', 'PERSON']]);
    // A first name outweighs a head word such as "Law".
    assert.deepEqual(typed('Oona Law said the plan was late.'), [['Oona Law', 'PERSON']]);
  });

  it('lets a one-word hit give way to the business it short-names', () => {
    assert.deepEqual(typed('The coffee roaster Café Britt opened a shop in the capital. Britt also runs tours of its farm.'), [['Café Britt', 'ORG']]);
  });
});
