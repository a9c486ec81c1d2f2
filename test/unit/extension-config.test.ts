import * as assert from 'assert';
import { formatFor, readConfig, readRules } from '../../src/extension/config';

function reader(values: Record<string, unknown>) {
  return { get: <T>(key: string) => values[key] as T | undefined };
}

describe('extension: config', () => {
  it('maps rule settings to plain options', () => {
    assert.deepStrictEqual(readRules({ NL001: 'off', NL004: 'hint', NL005: 'error' }), {
      NL001: { enabled: false },
      NL004: { severity: 'hint' },
      NL005: { severity: 'error' },
    });
  });

  it('ignores unknown codes and values', () => {
    assert.deepStrictEqual(readRules({ NL999: 'off', NL002: 'loud', NL003: 3 }), {});
    assert.deepStrictEqual(readRules(['NL001']), {});
    assert.deepStrictEqual(readRules(undefined), {});
  });

  it('reads every setting', () => {
    assert.deepStrictEqual(
      readConfig(reader({
        languages: ['markdown', '', 7],
        rules: { NL003: 'off' },
        extraVagueSources: ['insiders say'],
        maxDocumentSize: 1000,
        debounceMs: 0,
        knownEntities: [{ name: 'Jane Doe', type: 'PERSON', role: 'Mayor' }, { name: 'Bad', type: 'person' }, 'x'],
      })),
      {
        options: {
          rules: { NL003: { enabled: false } },
          extraVagueSources: ['insiders say'],
          knownEntities: [{ name: 'Jane Doe', type: 'PERSON', role: 'Mayor' }],
        },
        languages: ['markdown'],
        maxDocumentSize: 1000,
        debounceMs: 0,
        statusBar: true,
        highlight: false,
      },
    );
  });

  it('falls back to defaults for missing or invalid values', () => {
    assert.deepStrictEqual(readConfig(reader({ maxDocumentSize: -1, debounceMs: Number.NaN, languages: 'markdown' })), {
      options: { rules: {}, extraVagueSources: [], knownEntities: [] },
      languages: ['plaintext', 'markdown', 'news-article'],
      maxDocumentSize: 2_000_000,
      debounceMs: 250,
      statusBar: true,
      highlight: false,
    });
    assert.strictEqual(readConfig(reader({ statusBar: false })).statusBar, false);
    assert.strictEqual(readConfig(reader({ highlight: true })).highlight, true);
    assert.strictEqual(readConfig(reader({ highlight: 'yes' })).highlight, false);
  });

  it('formatFor', () => {
    assert.strictEqual(formatFor('markdown'), 'markdown');
    assert.strictEqual(formatFor('news-article'), 'plaintext');
    assert.strictEqual(formatFor('plaintext'), 'plaintext');
  });
});
