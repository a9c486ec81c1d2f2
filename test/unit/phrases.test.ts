// The phrase matcher behind extraVagueSources: what it finds, that it finds what one regular
// expression per phrase found, and that 100,000 phrases cost one pass.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { phrasePatterns } from '../../src/core/claims/sources';
import { scanTriggers } from '../../src/core/claims/triggers';
import { buildDoc, tokenizeDocument, type Doc } from '../../src/core/text/document';
import { buildPhraseMatcher } from '../../src/core/text/phrases';

function docOf(text: string): Doc {
  const { tokens, paragraphs } = tokenizeDocument(text);
  return buildDoc(text, tokens, paragraphs, []);
}

function found(phrases: string[], text: string): string[] {
  const out: string[] = [];
  buildPhraseMatcher(phrases).forEach(docOf(text), (s, e) => out.push(`${s}-${e}:${text.slice(s, e)}`));
  return out;
}

/** What the regular expressions the matcher replaced found (one per phrase). */
function foundByRegex(phrases: string[], text: string): string[] {
  const out = new Set<string>();
  scanTriggers(docOf(text), phrasePatterns(phrases), (m) => out.add(`${m.index}-${m.index + m[0].length}:${m[0]}`));
  return [...out];
}

const sorted = (xs: string[]) => [...new Set(xs)].sort();

describe('phrase matcher (extra vague sources)', () => {
  it('matches literally, ignoring case and the length of spaces, at word edges', () => {
    assert.deepEqual(found(['insiders say'], 'Insiders   say so. insiders sayings. Insiders\nsay it.'), ['0-14:Insiders   say', '37-49:Insiders\nsay']);
    assert.deepEqual(found(['insiders (at HQ) say'], 'Insiders (at HQ) say no.'), ['0-20:Insiders (at HQ) say']);
  });

  it('reports every phrase that starts at a word, shortest first', () => {
    assert.deepEqual(found(['aides say', 'aides', 'aides say privately'], 'Aides say privately it is over.'), [
      '0-5:Aides',
      '0-9:Aides say',
      '0-19:Aides say privately',
    ]);
  });

  it('finds a phrase that starts with a number, as it finds one that starts with a word', () => {
    assert.deepEqual(found(['2 people close to the talks'], 'Talks stalled, 2  People close to the talks said.'), ['15-43:2  People close to the talks']);
    const text = 'The council met on Monday. 2 ward councillors said the plan would fail.';
    assert.deepEqual(analyze(text, { extraVagueSources: ['2 ward councillors'] }).claims.map((c) => [c.code, c.trigger.text]), [['NL001', '2 ward councillors']]);
  });

  it('ignores blank and over-long phrases and ones that do not start with a word or number', () => {
    const m = buildPhraseMatcher(['', '   ', '.*', '(a+)+$', 'x'.repeat(201), 'fine phrase', 'Fine  Phrase']);
    assert.equal(m.size, 1);
    assert.deepEqual(found(['.*', '(a+)+$'], 'aaaa aaaa.'), []);
  });

  it('finds what one regular expression per phrase found', () => {
    const word = fc.constantFrom('a', 'ab', 'b', 'say', 'Say', 'é', 'x1');
    const gap = fc.constantFrom(' ', '  ', '\n', ', ', '-', '');
    const phrase = fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([w, g]) => w + g).join('').trim());
    const text = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 6 }), text, (phrases, t) => {
        assert.deepEqual(sorted(found(phrases, t)), sorted(foundByRegex(phrases, t)));
      }),
      { numRuns: 500 },
    );
  });

  it('100,000 phrases on a short article: one pass, the right finding', () => {
    const words = ['insiders', 'aides', 'people', 'sources', 'a', 'the', 'one', 'some'];
    const phrases = Array.from({ length: 100_000 }, (_, i) => `${words[i % words.length]} w${i} said`);
    phrases.push('a monitor said');
    const text = 'The toll rose to 40, a monitor said on Friday. Aides w77 said nothing. Aides w78 said more.';
    const started = performance.now();
    const claims = analyze(text, { extraVagueSources: phrases }).claims.map((c) => c.trigger.text);
    const ms = performance.now() - started;
    // 'Aides w77 said' and 'Aides w78 said' are not among them (phrases 77 and 78 start 'the', 'one'); 'Aides w9 said' is.
    assert.deepEqual(claims, ['a monitor said']);
    const withAides = analyze(text.replace('w77', 'w9'), { extraVagueSources: phrases }).claims.map((c) => c.trigger.text);
    assert.deepEqual(withAides, ['a monitor said', 'Aides w9 said']);
    // One regular expression per phrase took over a minute here; the matcher is built once, then reused.
    assert.ok(ms < 5000, `${ms} ms`);
  });
});
