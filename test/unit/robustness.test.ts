// Bad input gets a sensible analysis: never a throw, every span true to the text.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';

function assertValid(text: string, a: Analysis): void {
  assert.equal(a.length, text.length);
  for (const list of [a.mentions, a.quotes, a.claims]) {
    let prev = -1;
    for (const s of list) {
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `span [${s.start}, ${s.end})`);
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.ok(s.start >= prev, 'sorted by start');
      prev = s.start;
    }
  }
  for (let i = 1; i < a.mentions.length; i++) assert.ok(a.mentions[i - 1].end <= a.mentions[i].start, 'mentions do not overlap');
  for (let i = 1; i < a.claims.length; i++) assert.ok(a.claims[i - 1].end <= a.claims[i].start, 'claims do not overlap');
  const ids = new Set(a.entities.map((e) => e.id));
  assert.equal(ids.size, a.entities.length, 'entity ids are unique');
  for (const m of a.mentions) assert.ok(ids.has(m.entityId));
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a, 'plain JSON data');
}

describe('robustness', () => {
  it('empty and blank text', () => {
    for (const t of ['', ' ', '\n\n\n', '\t \r\n']) {
      const a = analyze(t);
      assertValid(t, a);
      assert.deepEqual([a.entities, a.quotes, a.claims, a.notices], [[], [], [], []]);
    }
  });

  it('binary content is reported, not analysed', () => {
    const t = 'PK\u0003\u0004\u0000\u0000binary\u0000data';
    const a = analyze(t);
    assert.deepEqual(a.notices.map((n) => n.kind), ['binary']);
    assert.deepEqual([a.mentions, a.quotes, a.claims], [[], [], []]);
  });

  it('BOM, CRLF and lone CR keep offsets into the original text', () => {
    const t = '\uFEFFJohn Kerry said the talks had failed.\r\n\r\n"It is over," Kerry said.\rCritics say the plan will fail.';
    const a = analyze(t);
    assertValid(t, a);
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.speakerId]), [['indirect', 'John Kerry'], ['direct', 'John Kerry'], ['indirect', null]]);
    assert.deepEqual(a.claims.map((c) => c.code), ['NL001']);
  });

  it('lone surrogates, emoji, right-to-left text and every kind of letter', () => {
    const t = 'Jöhn Ñúñez said 🎉 the \uD800 vote \uDC00 passed. قال محمد إن الاتفاق انتهى. Ǆemal Ǉubić and Δημήτρης Παπαδόπουλος met.';
    assertValid(t, analyze(t));
  });

  it('thousands of unbalanced and nested quotation marks', () => {
    const t = '"'.repeat(5001) + ' said John. ' + '“a ‘b “c ‘d'.repeat(2000) + ' ”’'.repeat(500);
    const a = analyze(t);
    assertValid(t, a);
  });

  it('a single 200,000-character line', () => {
    const t = 'Critics say the plan will fail and '.repeat(200_000 / 35).slice(0, 200_000);
    assertValid(t, analyze(t));
  });

  it('is idempotent: the same text gives the same analysis', () => {
    const t = 'Kerry said "progress" was made. The war has left 280,000 dead, a monitor said.';
    assert.deepEqual(analyze(t), analyze(t));
  });

  it('Markdown: code, front matter, HTML and link targets are not prose', () => {
    const t = '---\ntitle: "Critics say"\n---\n# Talks\n\n```\n"Critics say this," said Bob Smith.\n```\n\nSee [the report](https://example.com/critics-say) and `critics say`.\n\nCritics say the plan will fail.\n';
    const a = analyze(t, { format: 'markdown' });
    assertValid(t, a);
    assert.deepEqual(a.claims.map((c) => [c.code, c.text]), [['NL001', 'Critics say the plan will fail.']]);
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.text]), [['indirect', 'the plan will fail']]);
  });
});
