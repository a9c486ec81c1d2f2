// The edits behind the "Ignore … on this line / in this file" quick fixes: exact text, and the
// engine honouring the result.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { frontMatterEnd, ignoreInFileEdit, ignoreOnLineEdit, type LineEdit } from '../../src/extension/ignoreEdits';

const CRITICS = 'Critics say the plan will fail.';
const FIGURE = 'The war has killed more than 280,000 people.';

function linesOf(text: string) {
  const lines = text.split(/\r?\n/);
  return { count: lines.length, at: (i: number) => lines[i] };
}

/** Applies a LineEdit to a text with \n line breaks. */
function apply(text: string, edit: LineEdit): string {
  const lines = text.split('\n');
  const line = lines[edit.line];
  lines[edit.line] = line.slice(0, edit.start) + edit.text + line.slice(edit.end);
  return lines.join('\n');
}

describe('extension: ignore quick-fix edits', () => {
  it('on this line: appends the comment for the format', () => {
    assert.deepEqual(ignoreOnLineEdit(CRITICS, 3, 'NL001', 'markdown'), {
      line: 3, start: CRITICS.length, end: CRITICS.length, text: ' <!-- news-lens-disable-line NL001 -->',
    });
    assert.deepEqual(ignoreOnLineEdit(`${CRITICS}  \t`, 0, 'NL001', 'plaintext'), {
      line: 0, start: CRITICS.length, end: CRITICS.length, text: ' news-lens-disable-line NL001',
    });
  });

  it('on this line: adds the code to a disable-line comment already there', () => {
    const md = `${FIGURE} <!-- news-lens-disable-line NL004 -->`;
    assert.deepEqual(ignoreOnLineEdit(md, 0, 'NL001', 'markdown'), {
      line: 0, start: FIGURE.length + 1, end: md.length, text: '<!-- news-lens-disable-line NL004 NL001 -->',
    });
    const txt = `${FIGURE} news-lens-disable-line NL004`;
    assert.equal(apply(txt, ignoreOnLineEdit(txt, 0, 'NL001', 'plaintext')), `${FIGURE} news-lens-disable-line NL004 NL001`);
  });

  it('on this line: after a bare directive of another kind, says it from the line above', () => {
    const txt = `${CRITICS} news-lens-disable NL003`;
    assert.deepEqual(ignoreOnLineEdit(txt, 2, 'NL001', 'plaintext'), { line: 2, start: 0, end: 0, text: 'news-lens-disable-next-line NL001\n' });
  });

  it('in this file: a line of its own at the top, after Markdown front matter', () => {
    assert.deepEqual(ignoreInFileEdit(linesOf(`Headline\n\n${CRITICS}`), 'NL001', 'plaintext'), {
      line: 0, start: 0, end: 0, text: 'news-lens-disable NL001\n',
    });
    const md = `---\ntitle: Talks\n---\n# Headline\n\n${CRITICS}`;
    assert.deepEqual(ignoreInFileEdit(linesOf(md), 'NL001', 'markdown'), {
      line: 3, start: 0, end: 0, text: '<!-- news-lens-disable NL001 -->\n',
    });
    assert.equal(frontMatterEnd(linesOf('---\nunclosed')), 0);
    assert.equal(frontMatterEnd(linesOf('+++\na = 1\n+++')), 3);
  });

  it('in this file: adds the code to a disable comment already at the top', () => {
    const md = `<!-- news-lens-disable NL004 -->\n${CRITICS}`;
    assert.deepEqual(ignoreInFileEdit(linesOf(md), 'NL001', 'markdown'), {
      line: 0, start: 0, end: '<!-- news-lens-disable NL004 -->'.length, text: '<!-- news-lens-disable NL004 NL001 -->',
    });
    // A line-level directive at the top is not a file-level one: a new line goes above it.
    const txt = `${FIGURE} news-lens-disable-line NL004\n${CRITICS}`;
    assert.deepEqual(ignoreInFileEdit(linesOf(txt), 'NL001', 'plaintext'), { line: 0, start: 0, end: 0, text: 'news-lens-disable NL001\n' });
  });

  it('in this file: a document that is only front matter gets the comment on a new last line', () => {
    assert.deepEqual(ignoreInFileEdit(linesOf('---\na: 1\n---'), 'NL001', 'markdown'), {
      line: 2, start: 3, end: 3, text: '\n<!-- news-lens-disable NL001 -->',
    });
  });

  for (const format of ['plaintext', 'markdown'] as const) {
    it(`the engine honours each edit (${format})`, () => {
      const text = `Headline\n\n${CRITICS}\n\n${FIGURE}`;
      const codes = (t: string) => analyze(t, { format }).claims.map((c) => c.code);
      assert.deepEqual(codes(text), ['NL001', 'NL004']);
      assert.deepEqual(codes(apply(text, ignoreOnLineEdit(CRITICS, 2, 'NL001', format))), ['NL004']);
      const once = apply(text, ignoreInFileEdit(linesOf(text), 'NL004', format));
      assert.deepEqual(codes(once), ['NL001']);
      assert.deepEqual(codes(apply(once, ignoreInFileEdit(linesOf(once), 'NL001', format))), []);
    });
  }
});
