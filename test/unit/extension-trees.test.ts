import * as assert from 'assert';
import { nextMention } from '../../src/core/query';
import type { Analysis } from '../../src/core/types';
import { buildEntitiesModel } from '../../src/extension/entitiesModel';
import { buildQuotesModel } from '../../src/extension/quotesModel';
import { analyze } from '../../src/core/analyze';
import { analysis, emptyAnalysis, entities, quotes } from './extension-fixture';

describe('extension: quotes model', () => {
  it('groups quotes by speaker in order of first quote, unattributed last', () => {
    const groups = buildQuotesModel(analysis);
    assert.deepStrictEqual(
      groups.map((g) => [g.id, g.label, g.description, g.quotes.map((q) => [q.label, q.description])]),
      [
        ['speaker:John Kerry', 'John Kerry', 'U.S. Secretary of State · 2 quotes', [
          ['"progress, real progress."', 'direct'],
          ['"We are not there yet,"', 'direct · inferred from the previous quote'],
        ]],
        ['speaker:Staffan de Mistura', 'Staffan de Mistura', '1 quote', [['that talks could restart next month', 'indirect']]],
        ['unattributed', 'Unattributed', '2 quotes', [['"Nobody knows,"', 'direct'], ['“Why now?”', 'direct']]],
      ],
    );
    assert.strictEqual(groups[0].quotes[0].quote, quotes[0]);
    assert.strictEqual(groups[0].quotes[0].id, `quote:direct:${quotes[0].start}:${quotes[0].end}`);
  });

  it('says in the tooltip how an inferred speaker was found, and nothing for a cue or an unattributed quote', () => {
    const entries = buildQuotesModel(analysis).flatMap((g) => g.quotes);
    assert.deepStrictEqual(entries.map((e) => e.tooltip), [
      '"progress, real progress."',
      '"We are not there yet,"\n\nSpeaker inferred from the previous quote.',
      'that talks could restart next month',
      '"Nobody knows,"',
      '“Why now?”',
    ]);
    const byPronoun: Analysis = { ...analysis, quotes: [{ ...quotes[0], attribution: 'pronoun' }, { ...quotes[3], attribution: 'proximity' }] };
    assert.deepStrictEqual(buildQuotesModel(byPronoun).map((g) => [g.label, g.quotes.map((q) => q.description)]), [
      ['John Kerry', ['direct · inferred from a pronoun']],
      ['Unattributed', ['direct']],
    ]);
  });

  it('leaves out an empty Unattributed group and handles an empty analysis', () => {
    const attributed: Analysis = { ...analysis, quotes: quotes.filter((q) => q.speakerId !== null) };
    assert.deepStrictEqual(buildQuotesModel(attributed).map((g) => g.label), ['John Kerry', 'Staffan de Mistura']);
    assert.deepStrictEqual(buildQuotesModel(emptyAnalysis()), []);
  });

  it('collapses whitespace, truncates long labels and keeps the full text as tooltip', () => {
    const text = `"${'a'.repeat(50)}\n\n${'b'.repeat(60)}"`;
    const long: Analysis = {
      ...emptyAnalysis(),
      quotes: [{ start: 0, end: text.length, text, kind: 'direct', speakerId: 'Nobody', cue: null, speakerSpan: null, continues: false, attribution: 'cue' }],
    };
    const [group] = buildQuotesModel(long);
    assert.strictEqual(group.label, 'Nobody');
    assert.strictEqual(group.description, '1 quote');
    assert.strictEqual(group.quotes[0].label, `"${'a'.repeat(50)} ${'b'.repeat(37)}…`);
    assert.strictEqual(group.quotes[0].label.length, 90);
    assert.strictEqual(group.quotes[0].tooltip, `"${'a'.repeat(50)} ${'b'.repeat(60)}"`);
  });
});

describe('extension: quotes model over every quotation-mark convention', () => {
  it('groups British, German, French, Danish, TeX and CJK quotes under their speakers', () => {
    const text = `'We open on Friday,' said Owen Pryce. 'Bring a coat.'\n\n„Wir bleiben,“ said Karl Brandt.\n\n`
      + `«We stay,» said Anne Morel.\n\n»All of it,« said Jens Lund.\n\n\`\`Finally,'' said Alun Rees.\n\n〝Not once,〞 said Kenji Ota.`;
    const groups = buildQuotesModel(analyze(text));
    assert.deepStrictEqual(groups.map((g) => [g.label, g.quotes.map((q) => q.label)]), [
      ['Owen Pryce', ["'We open on Friday,'", "'Bring a coat.'"]],
      ['Karl Brandt', ['„Wir bleiben,“']],
      ['Anne Morel', ['«We stay,»']],
      ['Jens Lund', ['»All of it,«']],
      ['Alun Rees', ["``Finally,''"]],
      ['Kenji Ota', ['〝Not once,〞']],
    ]);
  });
});

describe('extension: entities model', () => {
  it('groups entities by type in a fixed order, skipping empty groups', () => {
    const groups = buildEntitiesModel(analysis);
    assert.deepStrictEqual(
      groups.map((g) => [g.label, g.description, g.entities.map((e) => [e.label, e.description])]),
      [
        ['People', '2', [['John Kerry', 'U.S. Secretary of State · 2 mentions'], ['Staffan de Mistura', '1 mention']]],
        ['Places', '2', [['United States', '1 mention'], ['Geneva', '1 mention']]],
      ],
    );
    assert.strictEqual(groups[0].entities[0].entity, entities[1]);
    assert.strictEqual(groups[0].entities[0].tooltip, 'John Kerry\nU.S. Secretary of State\nAlso: Kerry\n2 mentions · 2 quotes');
  });
});

describe('cycling through an entity\'s mentions', () => {
  it('goes to the next mention after the selection and wraps round', () => {
    const mentions = [10, 40, 90].map((start) => ({ start, end: start + 5, text: 'Kerry', entityId: 'John Kerry', type: 'PERSON' as const }));
    assert.equal(nextMention(mentions, -1)?.start, 10);
    assert.equal(nextMention(mentions, 10)?.start, 40);
    assert.equal(nextMention(mentions, 41)?.start, 90);
    assert.equal(nextMention(mentions, 90)?.start, 10);
    assert.equal(nextMention([], 0), undefined);
  });
});
