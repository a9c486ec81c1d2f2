// Who speaks: where a statement introduced by "X said:" ends, and attributions that sit inside
// another clause.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';

/** [kind, speaker, cue, text] for every quote, in document order. */
function quotes(text: string): [string, string | null, string | null, string][] {
  return analyze(text).quotes.map((q) => [q.kind, q.speakerId, q.cue?.text ?? null, q.text]);
}

describe('speakers', () => {
  it('a statement after "X denied the allegations:" ends where the writer reports X again', () => {
    const text = 'In a statement, Grenfield Mining denied the allegations:\n\n'
      + 'The mine was never unsafe. Our crews follow every rule. The company also says that the inspectors were wrong.\n\nThe mine closed in May.';
    assert.deepEqual(quotes(text).map((q) => [q[0], q[2], q[3]]), [
      ['direct', 'denied', 'The mine was never unsafe. Our crews follow every rule.'],
      ['indirect', 'says', 'that the inspectors were wrong'],
    ]);
    assert.equal(quotes(text)[0][1], 'Grenfield Mining');
  });

  it('a statement in the first person goes on to the end of its paragraph', () => {
    const text = 'Ines Carvalho said:\n\nI never saw the letter. We were told it was lost.\n\nThe council met on Friday.';
    assert.deepEqual(quotes(text), [['direct', 'Ines Carvalho', 'said', 'I never saw the letter. We were told it was lost.']]);
  });

  it('"the bank" is the one "Bank of …" the article names, and "they" after its statement is the bank', () => {
    const text = 'The Bank of Valdoria raised rates on Monday.\n\nIn a statement, the bank denied the allegations:\n\n'
      + 'Rates were never fixed. Our board acted alone. They also claimed the audit was flawed.\n\nMarkets fell.';
    assert.deepEqual(analyze(text).quotes.map((q) => [q.kind, q.speakerId, q.speakerSpan?.text ?? null, q.attribution]), [
      ['direct', 'Bank of Valdoria', 'the bank', 'cue'],
      ['indirect', 'Bank of Valdoria', 'They', 'pronoun'],
    ]);
  });

  it('a verb whose object names other words ("denied reports …") or a noun after a preposition ("in plans") reports no clause', () => {
    assert.deepEqual(quotes('The ministry has denied reports the minister is ill.'), []);
    assert.deepEqual(quotes('The charges allege involvement in plans to sabotage the grid.'), []);
    assert.deepEqual(quotes('Ines Carvalho said work on the road needs more money.'), [
      ['indirect', 'Ines Carvalho', 'said', 'work on the road needs more money'],
    ]);
  });

  it('patterns of attribution: "told reporter Y of Z that", "dismissed … as", "described by X as", "reports X as saying", "X, who said"', () => {
    assert.deepEqual(quotes('Ines Carvalho told reporter Tomas Brandt of the Daily Ledger that the bridge would reopen.'), [
      ['indirect', 'Ines Carvalho', 'told', 'that the bridge would reopen'],
    ]);
    assert.deepEqual(quotes('Ines Carvalho dismissed the report as "pure fiction".'), [['direct', 'Ines Carvalho', 'dismissed', '"pure fiction"']]);
    assert.deepEqual(quotes('The plan was described by The Guardian as "a reckless gamble".'), [
      ['direct', 'The Guardian', 'described by', '"a reckless gamble"'],
    ]);
    assert.deepEqual(quotes('The Associated Press reports Ines Carvalho as saying the bridge would reopen.'), [
      ['indirect', 'Ines Carvalho', 'reports', 'the bridge would reopen'],
    ]);
    assert.deepEqual(quotes('The bill was backed by Grenfield Mining, who said the tolls were fair.'), [
      ['indirect', 'Grenfield Mining', 'said', 'the tolls were fair'],
    ]);
  });

  it('a finding is reported speech only with "that"', () => {
    assert.deepEqual(quotes('A study by Kestrel University shows that sleep improves memory.'), [
      ['indirect', 'Kestrel University', 'shows', 'that sleep improves memory'],
    ]);
    assert.deepEqual(quotes('The researchers found that the drug worked.').map((q) => [q[0], q[2], q[3]]), [['indirect', 'found', 'that the drug worked']]);
    assert.deepEqual(quotes('Police found the body near the river.'), []);
  });

  it('"which, according to X, …" inside a relative clause reports nothing before it', () => {
    assert.deepEqual(quotes('The port has a policy of turning away ferries which, according to Reuters, the union has criticised.'), []);
    assert.deepEqual(quotes('The port turned away three ferries, according to Reuters.'), [
      ['indirect', 'Reuters', 'according to', 'The port turned away three ferries'],
    ]);
  });
});
