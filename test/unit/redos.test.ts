// The user's extra vague-source phrases (AnalyzeOptions.extraVagueSources, from settings or a
// config file) become regular expressions: they must be matched literally and never backtrack
// catastrophically. Hostile phrases against long hostile text, each in a worker with a 10 s
// limit: catastrophic backtracking takes minutes or hours on these texts, while the linear engine
// takes about a second on the longest of them (200 kB of prose with a claim in every sentence) on
// an idle machine, and several on a loaded one (the limit is a hang guard, not a speed test; the
// benchmark measures speed).
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import { assertValidAnalysis } from './invariants';
import { describeTimed, TimedAnalyzer } from './timed';

const LIMIT_MS = 10_000;

const HOSTILE_PHRASES: readonly string[] = [
  '(a+)+$', '(a|a)*b', 'a*a*a*b', '(.*a){20}', '^(\\w+\\s?)*$', '\\', '[', '(?<=a)', '$&', '\\u{', 'the\\s+',
  'a'.repeat(10_000), // far longer than any phrase a person types
  'a'.repeat(199) + '!',
  'a '.repeat(99) + 'b', // every space becomes \s+: a long chain of them
  'a\t\n '.repeat(40) + 'b',
  'a'.repeat(100) + '*',
  '\uD800', // a lone surrogate in a Unicode-mode pattern
  '',
  '   ',
];

const HOSTILE_TEXTS: Record<string, string> = {
  '200,000 a': 'a'.repeat(200_000),
  '100,000 "a "': 'a '.repeat(100_000),
  '100,000 "a*"': 'a*'.repeat(100_000),
  '50,000 "the "': 'the '.repeat(50_000),
  '200,000 spaces after an a': 'a' + ' '.repeat(200_000) + 'b',
  'prose with a vague source in every sentence': 'Critics say the plan will fail, the monitor said. '.repeat(4_000),
};

describe('extra vague-source phrases cannot backtrack catastrophically', function () {
  this.timeout(60000);
  const timed = new TimedAnalyzer();
  after(() => timed.close());

  for (const [name, text] of Object.entries(HOSTILE_TEXTS)) {
    it(`hostile phrases on ${name} (${(text.length / 1000).toFixed(0)} kB)`, async () => {
      const r = await timed.run(text, { extraVagueSources: HOSTILE_PHRASES }, LIMIT_MS);
      assert.ok(!('timedOut' in r), `analysis ${describeTimed(r)}`);
      assertValidAnalysis(text, r.analysis);
    });
  }

  it('100 phrases that start with the same word, on 50,000 "the "', async () => {
    const text = 'the '.repeat(50_000);
    const phrases = Array.from({ length: 100 }, (_, i) => `the x${i}`);
    const r = await timed.run(text, { extraVagueSources: phrases }, LIMIT_MS);
    assert.ok(!('timedOut' in r), `analysis ${describeTimed(r)}`);
    assert.deepEqual(r.analysis.claims, []);
  });

  it('the same phrase given 100 times, on prose it matches 4,000 times: analysed, claims found once each', async () => {
    const text = 'Critics say the plan will fail, the monitor said. '.repeat(4_000);
    const r = await timed.run(text, { extraVagueSources: Array(100).fill('critics say') }, LIMIT_MS);
    assert.ok(!('timedOut' in r), `analysis ${describeTimed(r)}`);
    const a: Analysis = r.analysis;
    assert.deepEqual(a.notices, []);
    assert.equal(a.claims.length, 4_000);
  });

  it('phrases are literal: regex characters match themselves, "." is not a wildcard, any run of spaces matches a space', () => {
    const text = 'Insiders (say) it failed. Word.from the desk: it worked. Word from  the\ndesk is that it failed.';
    const a = analyze(text, { extraVagueSources: ['insiders (say)', 'word.from the desk', 'word from the desk'] });
    assertValidAnalysis(text, a);
    assert.deepEqual(a.claims.map((c) => [c.code, c.trigger.text]), [
      ['NL001', 'Insiders (say)'],
      ['NL001', 'Word.from the desk'],
      ['NL001', 'Word from  the\ndesk'],
    ]);
    // "." in a phrase does not match any character.
    assert.deepEqual(analyze('Wordyfrom the desk: it worked.', { extraVagueSources: ['word.from the desk'] }).claims, []);
  });

  it('a phrase whose first word holds punctuation ("a*a*a*b") is matched literally too, and "aaab" is not', () => {
    const text = 'Word from a*a*a*b is that the plan failed. Word from aaab is that it worked.';
    const a = analyze(text, { extraVagueSources: ['a*a*a*b'] });
    assertValidAnalysis(text, a);
    assert.deepEqual(a.claims.map((c) => [c.code, c.trigger.text]), [['NL001', 'a*a*a*b']]);
  });
});
