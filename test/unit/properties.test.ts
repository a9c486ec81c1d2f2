// Property-based tests (fast-check): whatever the text and the options, analyze() returns a
// valid, deterministic, JSON-clean Analysis and never throws. On failure fast-check prints the
// seed and the shrunk counterexample; replay with FC_SEED=<seed> (and FC_PATH=<path>) npx mocha.
// FC_NUM_RUNS raises the number of runs for a longer hunt (the default keeps the suite fast).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { AnalyzeOptions } from '../../src/core/types';
import { assertValidAnalysis } from './invariants';
import { codeUnitString, newsText, options } from './news-arbitraries';

function params(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
  const path = process.env.FC_PATH;
  const scale = process.env.FC_NUM_RUNS ? Number(process.env.FC_NUM_RUNS) / 100 : 1;
  return { numRuns: Math.max(1, Math.round(numRuns * scale)), ...(seed !== undefined ? { seed, path } : {}) };
}

/** analyze() must be total: a throw is a failure, not an expected outcome. */
function run(text: string, opts?: AnalyzeOptions) {
  const a = analyze(text, opts);
  assertValidAnalysis(text, a);
  return a;
}

describe('properties (fast-check)', function () {
  this.timeout(30000);

  it('any string of UTF-16 code units gives a valid analysis (plain text and Markdown)', () => {
    fc.assert(
      fc.property(codeUnitString(300), fc.constantFrom('plaintext' as const, 'markdown' as const), (text, format) => {
        run(text, { format });
      }),
      params(150),
    );
  });

  it('any string of graphemes (letters of every script, emoji) gives a valid analysis', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        run(text);
      }),
      params(100),
    );
  });

  it('news-like text with any options gives a valid analysis', () => {
    fc.assert(
      fc.property(newsText, options, (text, opts) => {
        const a = run(text, opts);
        for (const [code, setting] of Object.entries(opts.rules ?? {})) {
          if (setting?.enabled === false) assert.ok(!a.claims.some((c) => c.code === code), `${code} is off`);
          else if (setting?.severity) assert.ok(a.claims.filter((c) => c.code === code).every((c) => c.severity === setting.severity), `${code} severity`);
        }
      }),
      // Counterexamples found earlier, kept so they are checked on every run.
      { ...params(250), examples: [['John Kerry Pope Francis said: "the." ', {}]] },
    );
  });

  it('is deterministic: the same text (a fresh copy) and options give a deep-equal analysis', () => {
    fc.assert(
      fc.property(newsText, options, (text, opts) => {
        const copy = (' ' + text).slice(1);
        assert.deepEqual(analyze(copy, opts), analyze(text, opts));
      }),
      params(100),
    );
  });

  it('an analysis survives a JSON round trip unchanged, Markdown included', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const a = analyze(text, { format: 'markdown' });
        assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
      }),
      params(100),
    );
  });

  it('text with CRLF line ends finds what the same text with LF finds, at offsets into the CRLF text', () => {
    fc.assert(
      fc.property(newsText, (raw) => {
        const lf = raw.replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const a = run(lf);
        const b = run(crlf);
        const texts = (x: typeof a) => ({
          mentions: x.mentions.map((m) => [m.entityId, m.text.replace(/\r\n/g, '\n')]),
          quotes: x.quotes.map((q) => [q.kind, q.speakerId, q.text.replace(/\r\n/g, '\n')]),
          claims: x.claims.map((c) => [c.code, c.text.replace(/\r\n/g, '\n')]),
        });
        assert.deepEqual(texts(b), texts(a));
      }),
      params(100),
    );
  });
});
