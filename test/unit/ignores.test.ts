// Ignore comments (src/core/ignores.ts, docs/ignore-comments.md): exact directives found, exact
// claims silenced, and the engine honouring them through analyze().
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import {
  filterIgnoredClaims,
  findIgnoreDirectives,
  ignoreComment,
  maskDirectives,
  type IgnoreDirective,
} from '../../src/core/ignores';

const CRITICS = 'Critics say the plan will fail.';
const FIGURE = 'The war has killed more than 280,000 people.';

/** [kind, codes joined, line, targetLine, the directive's text] */
function directives(text: string, format: 'plaintext' | 'markdown' = 'plaintext'): [string, string, number, number, string][] {
  return findIgnoreDirectives(text, format).map((d) => [d.kind, d.codes.join(','), d.line, d.targetLine, text.slice(d.start, d.end)]);
}

/** [code, claim text] of every claim analyze() reports. */
function claims(text: string, format: 'plaintext' | 'markdown' = 'plaintext'): [string, string][] {
  return analyze(text, { format }).claims.map((c) => [c.code, c.text]);
}

describe('ignore comments: finding directives', () => {
  it('reads the four kinds in Markdown comments, with and without codes', () => {
    const text = [
      '<!-- news-lens-disable NL001 -->',
      '<!-- news-lens-enable NL001 -->',
      'A line. <!-- news-lens-disable-line NL004, NL003 -->',
      '<!--news-lens-disable-next-line-->',
      'Next.',
    ].join('\n');
    assert.deepEqual(directives(text, 'markdown'), [
      ['disable', 'NL001', 0, -1, '<!-- news-lens-disable NL001 -->'],
      ['enable', 'NL001', 1, -1, '<!-- news-lens-enable NL001 -->'],
      ['disable-line', 'NL004,NL003', 2, 2, '<!-- news-lens-disable-line NL004, NL003 -->'],
      ['disable-next-line', '', 3, 4, '<!--news-lens-disable-next-line-->'],
    ]);
  });

  it('reads bare words in plain text on a line of their own or at a line end', () => {
    const text = `news-lens-disable NL002\n${CRITICS} news-lens-disable-line nl001\n  news-lens-enable  \r\nEnd.`;
    assert.deepEqual(directives(text), [
      ['disable', 'NL002', 0, -1, 'news-lens-disable NL002'],
      ['disable-line', 'NL001', 1, 1, 'news-lens-disable-line nl001'],
      ['enable', '', 2, -1, 'news-lens-enable'],
    ]);
  });

  it('accepts a reason after two hyphens', () => {
    assert.deepEqual(directives('x news-lens-disable-line NL004 -- figure from the table above'), [
      ['disable-line', 'NL004', 0, 0, 'news-lens-disable-line NL004 -- figure from the table above'],
    ]);
    assert.deepEqual(directives('<!-- news-lens-disable -- wire copy -->', 'markdown'), [
      ['disable', '', 0, -1, '<!-- news-lens-disable -- wire copy -->'],
    ]);
  });

  it('is not fooled by the words inside prose, other words, or unclosed comments', () => {
    assert.deepEqual(directives('Use news-lens-disable NL001 when you must, she said.'), []);
    assert.deepEqual(directives('news-lens-disabled NL001'), []);
    assert.deepEqual(directives('news-lens-disable-lines'), []);
    assert.deepEqual(directives('my-news-lens-disable'), []);
    assert.deepEqual(directives('news-lens-disable NL1'), []);
    assert.deepEqual(directives('<!-- news-lens-disable NL001\n-->', 'markdown'), []);
    // Markdown takes only the comment form: bare words would show in the rendered article.
    assert.deepEqual(directives('news-lens-disable NL001', 'markdown'), []);
  });

  it('ignores directives in Markdown code, inline code and front matter', () => {
    const text = [
      '---',
      'note: <!-- news-lens-disable -->',
      '---',
      '```',
      '<!-- news-lens-disable NL001 -->',
      '```',
      'Write `<!-- news-lens-disable NL002 -->` to silence it.',
      '<!-- news-lens-disable NL004 -->',
    ].join('\n');
    assert.deepEqual(directives(text, 'markdown'), [['disable', 'NL004', 7, -1, '<!-- news-lens-disable NL004 -->']]);
  });

  it('disable-next-line skips blank lines and stacked directive lines', () => {
    const text = 'news-lens-disable-next-line NL001\nnews-lens-disable-next-line NL004\n\n   \nText.\nMore.';
    assert.deepEqual(directives(text), [
      ['disable-next-line', 'NL001', 0, 4, 'news-lens-disable-next-line NL001'],
      ['disable-next-line', 'NL004', 1, 4, 'news-lens-disable-next-line NL004'],
    ]);
    assert.deepEqual(directives('Text.\nnews-lens-disable-next-line\n\n'), [['disable-next-line', '', 1, -1, 'news-lens-disable-next-line']]);
  });

  it('builds the comment for each format', () => {
    assert.equal(ignoreComment('disable-line', ['NL001'], 'markdown'), '<!-- news-lens-disable-line NL001 -->');
    assert.equal(ignoreComment('disable', ['NL001', 'NL004'], 'plaintext'), 'news-lens-disable NL001 NL004');
    assert.equal(ignoreComment('disable-next-line', [], 'plaintext'), 'news-lens-disable-next-line');
    // What the builder writes, the reader reads back.
    for (const format of ['plaintext', 'markdown'] as const) {
      const text = `${ignoreComment('disable', ['NL003'], format)}\nText.`;
      assert.deepEqual(directives(text, format).map((d) => [d[0], d[1]]), [['disable', 'NL003']], format);
    }
  });

  it('masks directives with spaces, keeping offsets', () => {
    const text = `${CRITICS} news-lens-disable-line NL001\nNext.`;
    const masked = maskDirectives(text, findIgnoreDirectives(text));
    assert.equal(masked, `${CRITICS} ${' '.repeat('news-lens-disable-line NL001'.length)}\nNext.`);
  });
});

describe('ignore comments: which claims are silenced', () => {
  const claim = (start: number, end: number, code: string) => ({ start, end, code: code as 'NL001' });
  const run = (text: string, list: ReturnType<typeof claim>[], ds?: IgnoreDirective[]) =>
    filterIgnoredClaims(text, list, ds ?? findIgnoreDirectives(text)).map((c) => `${c.code}@${c.start}`);

  it('a stretch runs from disable to the matching enable, per code', () => {
    //          0         1         2         3         4         5
    const text = 'aaaa\nnews-lens-disable\nbbbb\nnews-lens-enable NL004\ncccc\nnews-lens-enable\ndddd';
    const b = text.indexOf('bbbb');
    const c = text.indexOf('cccc');
    const d = text.indexOf('dddd');
    assert.deepEqual(run(text, [claim(0, 4, 'NL001'), claim(b, b + 4, 'NL001'), claim(b, b + 4, 'NL004'),
      claim(c, c + 4, 'NL001'), claim(c, c + 4, 'NL004'), claim(d, d + 4, 'NL001')]),
    ['NL001@0', `NL004@${c}`, `NL001@${d}`]);
  });

  it('a disable with no enable runs to the end; an enable with no disable does nothing', () => {
    const text = 'news-lens-enable NL001\naaaa\nnews-lens-disable NL001\nbbbb';
    const a = text.indexOf('aaaa');
    const b = text.indexOf('bbbb');
    assert.deepEqual(run(text, [claim(a, a + 4, 'NL001'), claim(b, b + 4, 'NL001'), claim(b, b + 4, 'NL002')]),
      [`NL001@${a}`, `NL002@${b}`]);
  });

  it('a line directive silences a claim on any line the claim covers', () => {
    const text = 'one\ntwo news-lens-disable-line NL001\nthree\nfour';
    const two = text.indexOf('two');
    assert.deepEqual(run(text, [
      claim(0, two + 3, 'NL001'), // lines 0-1: covers the line
      claim(0, 3, 'NL001'), // line 0 only
      claim(two, two + 3, 'NL004'), // other code
      claim(text.indexOf('three'), text.length, 'NL001'),
    ]), ['NL001@0', `NL004@${two}`, `NL001@${text.indexOf('three')}`]);
  });

  it('keeps every claim when there is no directive', () => {
    assert.deepEqual(run('text', [claim(0, 4, 'NL001')], []), ['NL001@0']);
  });
});

describe('ignore comments: honoured by analyze()', () => {
  it('plain text: disable-line at the line end, on the line itself', () => {
    const text = `${CRITICS} news-lens-disable-line NL001\n\n${FIGURE}`;
    assert.deepEqual(claims(`${CRITICS}\n\n${FIGURE}`).map((c) => c[0]), ['NL001', 'NL004']);
    assert.deepEqual(claims(text), [['NL004', 'The war has killed more than 280,000 people']]);
  });

  it('plain text: disable-next-line on a line of its own, only for the codes named', () => {
    const text = `news-lens-disable-next-line NL004\n${FIGURE}\n\n${FIGURE}`;
    assert.deepEqual(claims(text).map((c) => c[0]), ['NL004']);
    assert.equal(analyze(text).claims[0].start, text.lastIndexOf(FIGURE));
    assert.deepEqual(claims(`news-lens-disable-next-line NL001\n${FIGURE}`).map((c) => c[0]), ['NL004']);
  });

  it('plain text: no codes means every rule, for the whole file', () => {
    assert.deepEqual(claims(`news-lens-disable\n\n${CRITICS}\n\n${FIGURE}`), []);
  });

  it('Markdown: comments, regions and code blocks', () => {
    const md = [
      `${CRITICS} <!-- news-lens-disable-line NL001 -->`,
      '',
      '<!-- news-lens-disable NL004 -->',
      '',
      FIGURE,
      '',
      '<!-- news-lens-enable NL004 -->',
      '',
      FIGURE,
      '',
      '```',
      '<!-- news-lens-disable -->',
      '```',
      '',
      CRITICS,
    ].join('\n');
    const found = analyze(md, { format: 'markdown' }).claims.map((c) => [c.code, md.slice(0, c.start).split('\n').length]);
    assert.deepEqual(found, [['NL004', 9], ['NL001', 15]]);
  });

  it('the words never reach the analysis: no entity, and span texts come from the original', () => {
    const text = `${CRITICS} news-lens-disable-line NL001\n\n"We will win," John Smith said. news-lens-disable-line NL005`;
    const a = analyze(text);
    assert.deepEqual(a.entities.map((e) => e.name), ['John Smith']);
    assert.deepEqual(a.claims, []);
    for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  });

  it('stays linear on many directive-like words', () => {
    const many = 'news-lens-disable NL001 x '.repeat(20_000) + '\n' + '<!-- news-lens-disable '.repeat(20_000);
    const started = Date.now();
    assert.deepEqual(findIgnoreDirectives(many, 'plaintext'), []);
    assert.deepEqual(findIgnoreDirectives(many, 'markdown'), []);
    assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
  });
});
