// The examples in docs/rules/*.md are what the engine does: "Flagged" examples get the rule's
// code, "Not flagged" examples do not. Keeps the documentation true.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { RULES } from '../../src/core/claims/rules';

function examples(md: string, heading: string): string[] {
  const start = md.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of md.slice(start + heading.length + 2).split('\n')) {
    if (/^(Flagged|Not flagged):?$/.test(line.trim()) || line.startsWith('#')) break;
    const m = /^- `(.+)`$/.exec(line.trim());
    if (m) out.push(m[1]);
  }
  return out;
}

describe('rule documentation examples', () => {
  for (const rule of RULES) {
    const md = readFileSync(join(__dirname, '../../docs/rules', `${rule.code}.md`), 'utf8');
    const flagged = examples(md, 'Flagged:');
    const clean = examples(md, 'Not flagged:');
    it(`${rule.code} has examples of both kinds`, () => {
      assert.ok(flagged.length > 0 && clean.length > 0, `${rule.code}: ${flagged.length} flagged, ${clean.length} not flagged`);
    });
    for (const text of flagged) {
      it(`${rule.code} flags: ${text}`, () => {
        assert.deepEqual(analyze(text).claims.filter((c) => c.code === rule.code).length, 1, JSON.stringify(analyze(text).claims.map((c) => c.code)));
      });
    }
    for (const text of clean) {
      it(`${rule.code} does not flag: ${text}`, () => {
        assert.deepEqual(analyze(text).claims.filter((c) => c.code === rule.code).map((c) => c.trigger.text), []);
      });
    }
  }
});
