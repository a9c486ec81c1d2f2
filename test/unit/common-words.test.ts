// The distilled common English words (src/core/lexicon/data/common-words.json): what the list
// holds, and that it is what the distillation script writes.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isCommonWord } from '../../src/core/lexicon/commonWords';

describe('common English words (distilled)', () => {
  it('holds the most common words in any case, and no rare word or name', () => {
    for (const w of ['valley', 'Music', 'HALL', 'walking']) assert.equal(isCommonWord(w), true, w);
    for (const w of ['thunder', 'Tobin', 'Zurbarán', '']) assert.equal(isCommonWord(w), false, w);
  });

  it('is what scripts/data/common-words.mjs writes from the installed package', async () => {
    const script = path.join(__dirname, '../../scripts/data/common-words.mjs');
    const { distil, render } = await (new Function('p', 'return import(p)') as (p: string) => Promise<{ distil: () => unknown; render: (g: unknown) => string }>)(script);
    const committed = fs.readFileSync(path.join(__dirname, '../../src/core/lexicon/data/common-words.json'), 'utf8');
    assert.ok(render(distil()) === committed, 'src/core/lexicon/data/common-words.json is stale: run `npm run data`');
  });
});
