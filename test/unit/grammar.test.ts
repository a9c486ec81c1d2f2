// The TextMate grammar colours the quotation marks of every convention the analysis pairs.
// A small begin/end matcher stands in for the editor's: at each point the earliest "begin" of the
// quote rules wins (the first rule on a tie), and the string runs to its "end" (or a blank line).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Rule { readonly begin?: string; readonly end?: string; readonly match?: string }

const grammar = JSON.parse(readFileSync(join(__dirname, '../../syntaxes/news-article.tmLanguage.json'), 'utf8'));
const rules: Rule[] = grammar.repository.quotes.patterns;

/** The texts the grammar colours as quoted strings. */
function highlighted(text: string): string[] {
  const out: string[] = [];
  // A "match" rule (code in backticks) colours no string: it only takes its text out of play.
  const begins = rules.map((r) => new RegExp(r.begin ?? r.match!, 'gmu'));
  const ends = rules.map((r) => (r.end === undefined ? null : new RegExp(r.end, 'gmu')));
  let i = 0;
  while (i < text.length) {
    let best = -1;
    let at = Infinity;
    let len = 0;
    begins.forEach((re, k) => {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m.index < at) {
        best = k;
        at = m.index;
        len = m[0].length;
      }
    });
    if (best < 0) break;
    const end = ends[best];
    if (end === null) {
      i = at + len;
      continue;
    }
    end.lastIndex = at + len;
    const m = end.exec(text);
    const stop = m ? m.index + m[0].length : text.length;
    out.push(text.slice(at, stop).trimEnd());
    i = Math.max(stop, at + len);
  }
  return out;
}

describe('TextMate grammar: quotation marks', () => {
  it('colours every convention', () => {
    const cases: [string, string[]][] = [
      ['“Yes,” she said.', ['“Yes,”']],
      ['“Yes," she said.', ['“Yes,"']],
      ['"Yes," she said.', ['"Yes,"']],
      ['„Ja,“ sagte sie. „Tak,” powiedziała.', ['„Ja,“', '„Tak,”']],
      ['«Oui,» dit-elle. « Non, » dit-il.', ['«Oui,»', '« Non, »']],
      ['»Ja,« sagde hun. »Ja,» sa hon.', ['»Ja,«', '»Ja,»']],
      ['‹Oui› and ‚Ja‘', ['‹Oui›', '‚Ja‘']],
      ['〝Hai,〞 and 〝Hai〟 and ＂Hai＂', ['〝Hai,〞', '〝Hai〟', '＂Hai＂']],
      ["``Yes,'' and `no,' she said.", ["``Yes,''", "`no,'"]],
      [`'He said "no" twice,' she said.`, [`'He said "no" twice,'`]],
      ['‘We don’t know,’ she said.', ['‘We don’t know,’']],
    ];
    for (const [text, expected] of cases) assert.deepEqual(highlighted(text), expected, text);
  });

  it('does not colour apostrophes', () => {
    assert.deepEqual(highlighted("'Tis the season: rock 'n' roll in the '90s, don't, o'clock, the Joneses' car."), []);
    assert.deepEqual(highlighted('‘Tis true: rock ‘n’ roll came back in the ‘90s.'), []);
  });

  it('does not colour code in backticks', () => {
    assert.deepEqual(highlighted("Run `npm test` and ``make``, then `Yes,' she said."), ["`Yes,'"]);
  });

  it('an unclosed quote stops at the blank line', () => {
    assert.deepEqual(highlighted('She said: "We will win.\n\nThe vote is on Monday.'), ['"We will win.']);
  });
});
