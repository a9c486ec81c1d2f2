// The distilled place gazetteer (src/core/lexicon/data/gazetteer.json): what it holds, that the
// committed file is what `npm run data` writes, and how the engine weighs a hit against context.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { gazetteerPlace } from '../../src/core/lexicon/gazetteer';

function typed(text: string): [string, string][] {
  return analyze(text).entities.map((e) => [e.id, e.type]);
}

describe('gazetteer data', () => {
  it('holds towns by population tier and first-level regions', () => {
    assert.deepEqual(gazetteerPlace('Gweru'), { kind: 'town', population: 100000 });
    assert.deepEqual(gazetteerPlace('Lamu'), { kind: 'region', population: 0 });
    assert.deepEqual(gazetteerPlace('Masvingo'), { kind: 'town', population: 50000 });
    assert.deepEqual(gazetteerPlace('Kwara'), { kind: 'region', population: 0 });
    assert.deepEqual(gazetteerPlace('Mashonaland West'), { kind: 'region', population: 0 });
    assert.deepEqual(gazetteerPlace('Cook Islands'), { kind: 'country', population: 0 });
    assert.deepEqual(gazetteerPlace('Sint Maarten'), { kind: 'country', population: 0 });
  });

  it('leaves out ordinary English words and names the hand lists give another type', () => {
    // Towns named Reading, Split, Nice, Mobile, Of and Police exist; so do the words.
    for (const word of ['Reading', 'Split', 'Nice', 'Mobile', 'Of', 'Police', 'Bath', 'Most']) assert.equal(gazetteerPlace(word), null, word);
    // Exact case only: "gweru" in lower case is no name.
    assert.equal(gazetteerPlace('gweru'), null);
  });

  it('is what scripts/data/gazetteer.mjs writes from the installed packages', async function () {
    this.timeout(30000);
    const script = path.join(__dirname, '../../scripts/data/gazetteer.mjs');
    // A dynamic import that the TypeScript transform leaves as one (the script is an ES module).
    const { distil, render } = await (new Function('p', 'return import(p)') as (p: string) => Promise<{ distil: () => unknown; render: (g: unknown) => string }>)(script);
    const committed = fs.readFileSync(path.join(__dirname, '../../src/core/lexicon/data/gazetteer.json'), 'utf8');
    assert.ok(render(distil()) === committed, 'src/core/lexicon/data/gazetteer.json is stale: run `npm run data`');
  });
});

describe('gazetteer evidence in the engine', () => {
  it('types towns and provinces that no hand list holds as places', () => {
    assert.deepEqual(typed('She grew up in Gweru and moved to Lamu in 2019.'), [['Gweru', 'LOC'], ['Lamu', 'LOC']]);
    assert.deepEqual(typed('Flooding closed schools across Kwara on Monday.'), [['Kwara', 'LOC']]);
    // Territories that the hand country list lacks.
    assert.deepEqual(typed('The volcano on Montserrat erupted again.'), [['Montserrat', 'LOC']]);
    assert.deepEqual(typed('Cruise ships skipped Sint Maarten this winter.'), [['Sint Maarten', 'LOC']]);
    // Two capitalised words would otherwise read as a person's name.
    assert.deepEqual(typed('Teachers in Mashonaland West went on strike.'), [['Mashonaland West', 'LOC']]);
  });

  it('lets a person\'s name win over a town of the same name', () => {
    // "Gweru" as a surname: the full name comes first, the surname links to it.
    assert.deepEqual(typed('Maria Gweru, a nurse, said the clinic had closed. Gweru said staff had not been paid.'), [['Maria Gweru', 'PERSON']]);
  });

  it('lets a title before the name win', () => {
    assert.deepEqual(typed('Mr Gweru told reporters the vote was fair.'), [['Gweru', 'PERSON']]);
  });
});
