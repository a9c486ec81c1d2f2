// The sample article (seeds/syria-talks.txt): what a reader of the hover cards, the Quotes
// view and the Problems panel must see.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';

const text = readFileSync(join(__dirname, '../../seeds/syria-talks.txt'), 'utf8');

describe('sample article: Syria talks', () => {
  let a: Analysis;
  before(() => {
    a = analyze(text);
  });

  it('finds the seven people with the roles the article gives them', () => {
    const people = a.entities.filter((e) => e.type === 'PERSON').map((e) => [e.id, e.role]);
    assert.deepEqual(people, [
      ['Staffan de Mistura', 'UN envoy'],
      ['John Kerry', 'U.S. Secretary of State'],
      ['Bashar Al-Assad', 'Syrian President'],
      ['Michael Ratney', 'U.S. Syria envoy'],
      ['Gennady Gatilov', 'deputy Russian foreign minister'],
      ['Sergei Lavrov', 'Russian counterpart'],
      ['Vladimir Putin', 'Russian President'],
    ]);
  });

  it('links short forms to the full name', () => {
    const kerry = a.entities.find((e) => e.id === 'John Kerry')!;
    assert.deepEqual(kerry.aliases, ['Kerry']);
    assert.equal(kerry.mentionCount, 4);
    const deMistura = a.entities.find((e) => e.id === 'Staffan de Mistura')!;
    assert.deepEqual(deMistura.aliases, ['de Mistura']);
    assert.equal(deMistura.mentionCount, 6);
    const lavrov = a.entities.find((e) => e.id === 'Sergei Lavrov')!;
    assert.deepEqual(lavrov.aliases, ['Lavrov']);
  });

  it('types places, organisations and nationalities', () => {
    const typeOf = (id: string) => a.entities.find((e) => e.id === id)?.type;
    assert.equal(typeOf('UN'), 'ORG');
    assert.equal(typeOf('Reuters'), 'ORG');
    assert.equal(typeOf('AFP'), 'ORG');
    assert.equal(typeOf('Aleppo'), 'LOC');
    assert.equal(typeOf('Vientiane'), 'LOC');
    assert.equal(typeOf('United States'), 'LOC');
    assert.equal(typeOf('Syrian'), 'MISC');
    // "U.S." is the United States, which the article also names in full.
    const us = a.mentions.filter((m) => m.text === 'U.S.').map((m) => m.entityId);
    assert.deepEqual(us, ['United States', 'United States']);
  });

  it('finds the seven direct quotes with their speakers, pronouns resolved', () => {
    const direct = a.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speakerId]);
    assert.deepEqual(direct, [
      ['"progress"', 'John Kerry'],
      ['"Our aim is to proceed with a third round of intra-Syrian talks towards the end of August,"', 'Staffan de Mistura'],
      ['"The talks are not going to wait for improvement in Aleppo or in Damascus,"', 'Staffan de Mistura'],
      ['"making progress"', 'John Kerry'],
      ['"concrete steps"', 'John Kerry'],
      ['"somewhere in early August."', 'John Kerry'],
      ['"What we\'re trying to do is strengthen the cessation of hostilities, provide a framework which allows us to actually get to the table and have a real negotiation,"', 'John Kerry'],
    ]);
  });

  it('finds reported speech with its speaker', () => {
    const indirect = a.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speakerId, q.cue?.text]);
    assert.deepEqual(indirect, [
      ['that peace talks could restart next month', 'Staffan de Mistura', 'voiced hope'],
      ['there had been "progress" in efforts to salvage an urgently-needed ceasefire', 'John Kerry', 'said'],
      ['The government also carried out renewed barrel bomb attacks on opposition-held districts, a day after bombardments that killed at least 24 people', null, 'said'],
      ['he would prefer to negotiate with a real ceasefire in place', 'Staffan de Mistura', 'has said'],
      ['that may not be realistic', 'Staffan de Mistura', 'conceded'],
      ['Washington was "making progress" with Russia on Syria cooperation following a meeting with Russian counterpart Sergei Lavrov', 'John Kerry', 'said'],
      ['that bilateral work was inching forward', 'John Kerry', 'said'],
      ['that an updated diplomatic plan for Syria could be unveiled "somewhere in early August."', 'John Kerry', 'said'],
    ]);
  });

  it('flags exactly the two unattributed claims', () => {
    const claims = a.claims.map((c) => [c.code, c.reason, c.trigger.text, c.text]);
    assert.deepEqual(claims, [
      ['NL001', 'vague-source', 'a monitor said',
        'The government also carried out renewed barrel bomb attacks on opposition-held districts, a day after bombardments that killed at least 24 people, a monitor said.'],
      ['NL004', 'unsourced-statistic', '280,000',
        'which has left more than 280,000 people dead and driven millions from their homes'],
    ]);
  });

  it('never flags an attributed quote', () => {
    for (const q of a.quotes.filter((x) => x.speakerId !== null)) {
      for (const c of a.claims) assert.ok(c.end <= q.start || q.end <= c.start, `claim ${c.code} overlaps quote ${q.text}`);
    }
  });

  it('keeps every span true to the text', () => {
    for (const s of [...a.mentions, ...a.quotes, ...a.claims]) assert.equal(text.slice(s.start, s.end), s.text);
  });
});
