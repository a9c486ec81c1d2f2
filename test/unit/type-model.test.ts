// The learned type classifier (docs/model.md): its features, its decision rule, how analyze()
// applies it, the committed model file, and training's determinism.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { decide, LABELS, type TypeModel } from '../../src/core/entities/learned/classifier';
import { docFacts, mentionFeatures, wordShape } from '../../src/core/entities/learned/features';
import { entityPass, goldLabel, type Example } from '../../scripts/train/data';
import { toModel, train } from '../../scripts/train/perceptron';

const TEXT = 'The mayor, Ana Brook, visited Tallinn on Monday. Brook said the Tallinn Port Authority agreed.';

function model(weights: Record<string, number[]>, retypeMargin = 0, dropMargin = 0): TypeModel {
  return { version: 1, dataHash: '', scale: 1, retypeMargin, dropMargin, weights };
}

function typed(text: string, typeModel?: TypeModel, known: { name: string; type: 'LOC' }[] = []): [string, string][] {
  return analyze(text, { typeModel, knownEntities: known }).mentions.map((m) => [m.text, m.type]);
}

describe('type model', () => {
  it('shapes words by runs of capitals, small letters and digits', () => {
    assert.deepEqual(['McCain', 'U.S.', 'IBM', 'F-16', 'al-Assad', 'Éric'].map(wordShape), ['XxXx', 'X.X.', 'X', 'X-d', 'x-Xx', 'Xx']);
  });

  it('describes a short form by its words, its context, the rules\' evidence and its full name', () => {
    const { doc, ents } = entityPass(TEXT);
    assert.deepEqual(ents.mentions.map((m) => m.text), ['Ana Brook', 'Tallinn', 'Brook', 'Tallinn Port Authority']);
    assert.deepEqual(mentionFeatures(doc, ents, 2, docFacts(doc)), [
      'bias', 'ctx=PERSON:1', 'first=brook', 'idLast=brook', 'last=brook', 'last=brook|rule=PERSON', 'lastShape=Xx', 'mentions=2',
      'n12=said the', 'n1=said', 'n2=the', 'n=1', 'own=-:0', 'p1=.', 'p1=.|rule=PERSON', 'p21=monday .', 'p2=monday', 'pre3=bro',
      'rule=PERSON', 'sentStart', 'shape=Xx', 'shortForm', 'suf2=ok', 'suf3=ook', 'w=brook',
    ]);
  });

  it('marks a gazetteer place and a role before a name', () => {
    const { doc, ents } = entityPass(TEXT);
    const facts = docFacts(doc);
    const tallinn = mentionFeatures(doc, ents, 1, facts);
    assert.ok(tallinn.includes('lex=LOC') && tallinn.includes('own=LOC:3') && tallinn.includes('p1=visited|rule=LOC'));
    const ana = mentionFeatures(doc, ents, 0, facts);
    assert.ok(ana.includes('role') && ana.includes('firstName+') && ana.includes('p21=mayor ,'));
  });

  it('overrides the rules only when the mean margin passes the threshold', () => {
    const scores = Float64Array.from([1, 7, 0, 0, 0]); // PERSON 1, ORG 7 over two mentions: margin 3
    assert.deepEqual(decide(model({}, 2, 0), scores, 2, 'PERSON'), { kind: 'retype', type: 'ORG' });
    assert.deepEqual(decide(model({}, 3, 0), scores, 2, 'PERSON'), { kind: 'keep' });
    assert.deepEqual(decide(model({}, 0, 0), scores, 2, 'ORG'), { kind: 'keep' });
    assert.deepEqual(decide(model({}, 9, 0.5), Float64Array.from([0, 0, 0, 0, 2]), 1, 'MISC'), { kind: 'drop' });
    assert.deepEqual(decide(model({}, 9, 2), Float64Array.from([0, 0, 0, 0, 2]), 1, 'MISC'), { kind: 'keep' });
  });

  it('is off by default, retypes or drops whole entities when given, and leaves known entities alone', () => {
    const text = 'Ana Brook visited Tallinn. Tallinn was cold, Brook said.';
    const rules: [string, string][] = [['Ana Brook', 'PERSON'], ['Tallinn', 'LOC'], ['Tallinn', 'LOC'], ['Brook', 'PERSON']];
    assert.deepEqual(typed(text), rules);
    const orgTallinn = model({ 'w=tallinn': [0, 5, 0, 0, 0] });
    assert.deepEqual(typed(text, orgTallinn), [['Ana Brook', 'PERSON'], ['Tallinn', 'ORG'], ['Tallinn', 'ORG'], ['Brook', 'PERSON']]);
    assert.deepEqual(typed(text, orgTallinn, [{ name: 'Tallinn', type: 'LOC' }]), rules);
    assert.deepEqual(typed(text, model({ 'w=brook': [0, 0, 0, 0, 5] })), [['Tallinn', 'LOC'], ['Tallinn', 'LOC']]);
  });

  it('gives a name that becomes a person its mentions\' roles, and takes them from one that stops being one', () => {
    const text = 'The mayor, Ana Brook, visited Tallinn.';
    assert.deepEqual(analyze(text).entities.map((e) => [e.id, e.type, e.role]), [['Ana Brook', 'PERSON', 'mayor'], ['Tallinn', 'LOC', null]]);
    const org = model({ 'w=brook': [0, 5, 0, 0, 0] });
    assert.deepEqual(analyze(text, { typeModel: org }).entities.map((e) => [e.id, e.type, e.role]), [['Ana Brook', 'ORG', null], ['Tallinn', 'LOC', null]]);
  });

  it('labels a predicted span by the exact gold span, else the most overlapping one, else NONE', () => {
    const gold = [{ start: 0, end: 9, type: 'PERSON' }, { start: 20, end: 42, type: 'ORG' }];
    assert.equal(goldLabel(0, 9, gold), 'PERSON');
    assert.equal(goldLabel(20, 27, gold), 'ORG');
    assert.equal(goldLabel(10, 19, gold), 'NONE');
  });

  it('trains deterministically: the same examples give the same weights', () => {
    const examples: Example[] = [
      { features: ['bias', 'w=ana', 'firstName+'], label: 0 },
      { features: ['bias', 'w=authority'], label: 1 },
      { features: ['bias', 'w=tallinn', 'lex=LOC'], label: 2 },
      { features: ['bias', 'w=estonian'], label: 3 },
      { features: ['bias', 'w=monday'], label: 4 },
      { features: ['bias', 'w=ana', 'w=brook'], label: 0 },
    ];
    const a = toModel(train(examples, { epochs: 5, seed: 1 }), { dataHash: 'x', retypeMargin: 1, dropMargin: 1, scale: 1000, minWeight: 0 });
    const b = toModel(train(examples, { epochs: 5, seed: 1 }), { dataHash: 'x', retypeMargin: 1, dropMargin: 1, scale: 1000, minWeight: 0 });
    assert.deepEqual(a, b);
    // It learns the toy data: each word's own label scores highest.
    for (const ex of examples) {
      const s = new Array(LABELS.length).fill(0);
      for (const f of ex.features) a.weights[f]?.forEach((v, k) => (s[k] += v));
      assert.equal(s.indexOf(Math.max(...s)), ex.label, ex.features.join(' '));
    }
  });

  it('has a committed model file that loads, with the hash of its data', function () {
    const file = path.join(__dirname, '..', '..', 'models', 'type-classifier.json');
    if (!existsSync(file)) this.skip();
    const m = JSON.parse(readFileSync(file, 'utf8')) as TypeModel;
    assert.equal(m.version, 1);
    assert.match(m.dataHash, /^[0-9a-f]{64}$/);
    const vectors = Object.values(m.weights);
    assert.ok(vectors.length > 1000);
    assert.ok(vectors.every((v) => v.length === LABELS.length && v.every(Number.isInteger)));
    assert.equal(typeof analyze(TEXT, { typeModel: m }).mentions.length, 'number');
  });
});
