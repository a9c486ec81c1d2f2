// The entities package's structure: one list of evidence providers with one merge rule, passes
// with ids, a trace that names them, and no import circle between the package's modules.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { traceEntities } from '../../src/core/analyze';
import { mergeEvidence, type EvidenceProvider, type TypingContext } from '../../src/core/entities/evidence';
import { PASSES, TYPE_PROVIDERS } from '../../src/core/entities/recognize';

describe('entities package structure', () => {
  it('merges evidence by one rule: the strongest wins, the provider listed first wins a tie', () => {
    const calls: string[] = [];
    const provider = (id: string, type: 'PERSON' | 'ORG' | 'LOC', strength: 0 | 1 | 2 | 3, maxStrength: 1 | 2 | 3): EvidenceProvider => ({
      id, maxStrength, evidence: () => { calls.push(id); return { type: strength > 0 ? type : null, strength }; },
    });
    const ctx = {} as TypingContext;
    assert.deepEqual(mergeEvidence([provider('a', 'ORG', 1, 1), provider('b', 'LOC', 2, 2)], ctx, 0), { type: 'LOC', strength: 2, by: 'b' });
    assert.deepEqual(mergeEvidence([provider('a', 'ORG', 2, 2), provider('b', 'LOC', 2, 2)], ctx, 0), { type: 'ORG', strength: 2, by: 'a' });
    assert.deepEqual(mergeEvidence([provider('a', 'ORG', 0, 3)], ctx, 0), { type: null, strength: 0, by: null });
    // A provider that cannot beat the evidence in hand is not asked.
    calls.length = 0;
    mergeEvidence([provider('a', 'PERSON', 3, 3), provider('b', 'LOC', 2, 2), provider('c', 'ORG', 3, 3)], ctx, 0);
    assert.deepEqual(calls, ['a']);
  });

  it('gives every provider and every pass a unique id', () => {
    const ids = [...TYPE_PROVIDERS.map((p) => p.id), ...PASSES.map((p) => p.id)];
    assert.equal(new Set(ids).size, ids.length);
  });

  it('traces which provider typed a mention and which pass linked it', () => {
    const text = 'Officials in Lyon met Marta Kowalczyk on Tuesday. Kowalczyk said the plan would wait.';
    assert.deepEqual(traceEntities(text).map((t) => [t.text, t.type, t.entityId, t.typedBy, t.linkedBy]), [
      ['Lyon', 'LOC', 'Lyon', 'lexicon', null],
      ['Marta Kowalczyk', 'PERSON', 'Marta Kowalczyk', 'shape', null],
      ['Kowalczyk', 'PERSON', 'Marta Kowalczyk', 'shape', 'surname'],
    ]);
  });

  it('traces a pass that typed a name and one that merged two names', () => {
    const text = 'The Ministry of Water Resources (MWR) met on Friday. A spokesman for the MWR said nothing.';
    assert.deepEqual(traceEntities(text).map((t) => [t.text, t.entityId, t.linkedBy]), [
      ['Ministry of Water Resources', 'Ministry of Water Resources', null],
      ['MWR', 'Ministry of Water Resources', 'initials'],
      ['MWR', 'Ministry of Water Resources', 'initials'],
    ]);
  });

  it('has no import circle inside src/core/entities', () => {
    const dir = join(__dirname, '../../src/core/entities');
    const deps = new Map<string, string[]>();
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      deps.set(f.replace(/\.ts$/, ''), [...src.matchAll(/from '\.\/([\w-]+)'/g)].map((m) => m[1]));
    }
    const state = new Map<string, 'open' | 'done'>();
    const visit = (m: string, path: string[]): void => {
      if (state.get(m) === 'done') return;
      assert.notEqual(state.get(m), 'open', `import circle: ${[...path, m].join(' -> ')}`);
      state.set(m, 'open');
      for (const d of deps.get(m) ?? []) visit(d, [...path, m]);
      state.set(m, 'done');
    };
    for (const m of deps.keys()) visit(m, []);
  });
});

describe('headline mode', () => {
  const mentions = (text: string): [string, string][] => traceEntities(text).map((t) => [t.text, t.type]);

  it('reads no name into a title-case headline of common words', () => {
    assert.deepEqual(mentions('Farmers Urge Stronger Flood Warnings\n\nFarmers in the river valley asked the council for earlier warnings on Monday.'), []);
  });

  it('keeps a known place out of a title-case headline, and only that', () => {
    assert.deepEqual(mentions('Boosting Kenya Post-Election Tension\n\nThe disputed vote in Kenya has raised fears of unrest.'), [
      ['Kenya', 'LOC'], ['Kenya', 'LOC'],
    ]);
  });

  it('keeps a first name and a surname, and a surname the article gives in full', () => {
    assert.deepEqual(mentions('Anna Weiss Wins Regional Chess Title\n\nThe champion from Graz beat six rivals. Weiss said she was tired.'), [
      ['Anna Weiss', 'PERSON'], ['Graz', 'LOC'], ['Weiss', 'PERSON'],
    ]);
    assert.deepEqual(mentions('Tasker Vows To Fight On\n\nThe minister, Paul Tasker, said he would not resign.'), [
      ['Tasker', 'PERSON'], ['Paul Tasker', 'PERSON'],
    ]);
  });
});
