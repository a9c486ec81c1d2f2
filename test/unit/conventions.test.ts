// Quotation-mark conventions: British single marks, German, Polish, French, Danish, single
// guillemets, low single marks, CJK, fullwidth, TeX and mixed marks; apostrophes that are never
// marks; short replies with a cue; quotes over several paragraphs; unclosed marks; deep nesting.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { tokenize } from '../../src/core/text/tokens';
import { splitParagraphs } from '../../src/core/text/sentences';
import { findMarkedQuotes } from '../../src/core/quotes/marks';

/** [speaker, cue, text] for every direct quote, in document order. */
function direct(text: string): [string | null, string | null, string][] {
  return analyze(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.speakerId, q.cue?.text ?? null, q.text]);
}

/** The quotations the marks alone make, before any attribution or filtering. */
function marked(text: string): string[] {
  const tokens = tokenize(text);
  return findMarkedQuotes(tokens, splitParagraphs(tokens)).quotes.map((q) => text.slice(q.start, q.end));
}

describe('quotation-mark conventions', () => {
  it('British: single marks outside, double marks inside', () => {
    assert.deepEqual(direct(`Ruth Kane chairs the board. 'He said "no" twice,' she said.`), [['Ruth Kane', 'said', `'He said "no" twice,'`]]);
    assert.deepEqual(direct(`'We open on Friday,' said Owen Pryce. 'Bring a coat.'`), [
      ['Owen Pryce', 'said', `'We open on Friday,'`],
      ['Owen Pryce', null, `'Bring a coat.'`],
    ]);
  });

  it('apostrophes are never marks', () => {
    const text = `'Tis the season, and the Joneses' car was parked at five o'clock. They don't play rock 'n' roll like in the '90s, or the class of '19.`;
    assert.deepEqual(marked(text), []);
    assert.deepEqual(analyze(text).notices, []);
    assert.deepEqual(analyze(`‘Tis true: rock ‘n’ roll came back in the ’90s.`).quotes, []);
  });

  it('an apostrophe after a plural noun inside a British quote does not end it', () => {
    assert.deepEqual(direct(`'The workers' pay is too low,' said Owen Pryce.`), [['Owen Pryce', 'said', `'The workers' pay is too low,'`]]);
    assert.deepEqual(direct(`'We played rock 'n' roll all night,' said Owen Pryce.`), [['Owen Pryce', 'said', `'We played rock 'n' roll all night,'`]]);
  });

  it('German „…“ and Polish „…”, with ‚low single‘ marks inside', () => {
    assert.deepEqual(direct('„Wir bleiben hier,“ said Karl Brandt. „Für immer.“'), [
      ['Karl Brandt', 'said', '„Wir bleiben hier,“'],
      ['Karl Brandt', null, '„Für immer.“'],
    ]);
    assert.deepEqual(direct('„Nie mamy czasu,” said Ewa Zielinska.'), [['Ewa Zielinska', 'said', '„Nie mamy czasu,”']]);
    assert.deepEqual(marked('„Er rief ‚Halt!‘ und lief weiter,“ sagte sie.'), ['„Er rief ‚Halt!‘ und lief weiter,“']);
  });

  it('French «…» and « … » with ‹single guillemets› inside, Danish »…«, Swedish »…»', () => {
    assert.deepEqual(direct('«We stay,» said Anne Morel. « We are not afraid, » she added.'), [
      ['Anne Morel', 'said', '«We stay,»'],
      ['Anne Morel', 'added', '« We are not afraid, »'],
    ]);
    assert.deepEqual(marked('«She asked, ‹Why?›, and left,» he said.'), ['«She asked, ‹Why?›, and left,»']);
    assert.deepEqual(direct('»The harvest is gone,« said Jens Lund. »All of it.«'), [
      ['Jens Lund', 'said', '»The harvest is gone,«'],
      ['Jens Lund', null, '»All of it.«'],
    ]);
    assert.deepEqual(marked('»He said ›never‹ and meant it,« she wrote. »Vi kommer,» he said.'), ['»He said ›never‹ and meant it,«', '»Vi kommer,»']);
  });

  it('CJK 〝…〞 and 〝…〟, fullwidth ＂…＂', () => {
    assert.deepEqual(direct('〝We never closed,〞 said Kenji Ota. 〝Not once.〟'), [
      ['Kenji Ota', 'said', '〝We never closed,〞'],
      ['Kenji Ota', null, '〝Not once.〟'],
    ]);
    assert.deepEqual(direct('＂The price stays,＂ said Kenji Ota.'), [['Kenji Ota', 'said', '＂The price stays,＂']]);
  });

  it("TeX ``…'' and `…'", () => {
    assert.deepEqual(direct("``We fixed the roof,'' said Alun Rees. `Finally,' he added."), [
      ['Alun Rees', 'said', "``We fixed the roof,''"],
      ['Alun Rees', 'added', "`Finally,'"],
    ]);
    assert.deepEqual(marked("``He asked me, `Is it real?', and laughed,'' she said."), ["``He asked me, `Is it real?', and laughed,''"]);
    // Backticks on both sides are code: no quotation, no notice.
    assert.deepEqual(marked('Run `npm install`, then ``make`` twice.'), []);
    assert.deepEqual(analyze('Run `npm install`, then ``make`` twice.').notices, []);
  });

  it('a quote that opens with “ and closes with "', () => {
    assert.deepEqual(direct('“We need more staff," said Mary Hale.'), [['Mary Hale', 'said', '“We need more staff,"']]);
  });

  it('short replies with a cue right after them are quotes', () => {
    assert.deepEqual(direct('The bill passed. "No," the minister said.'), [[null, 'said', '"No,"']]);
    assert.deepEqual(direct('Ann Smith spoke first. "Absolutely," Smith added.'), [['Ann Smith', 'added', '"Absolutely,"']]);
    assert.deepEqual(direct('Ann Smith met the crowd. “Hello,” she said, “how are you?”'), [
      ['Ann Smith', 'said', '“Hello,”'],
      ['Ann Smith', 'said', '“how are you?”'],
    ]);
    // A single quoted word with no cue after it stays a term.
    assert.deepEqual(direct('Ann Smith called the plan "reckless" on Monday.'), [['Ann Smith', 'called', '"reckless"']]);
    assert.deepEqual(direct('The so-called "reform" passed.'), []);
  });

  it('"said when asked about …" is no reported clause', () => {
    const a = analyze('Ann Smith spoke on Monday. "No," she said when asked about a second vote.');
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.speakerId, q.text]), [['direct', 'Ann Smith', '"No,"']]);
  });

  it('quotes over several paragraphs in every convention: the opening mark repeated, the closing mark at the end', () => {
    const cases: [string, string][] = [
      ['"', '"'], ['“', '”'], ["'", "'"], ['‘', '’'], ['„', '“'], ['„', '”'], ['«', '»'], ['« ', ' »'], ['»', '«'],
      ['‹', '›'], ['‚', '‘'], ['〝', '〞'], ['＂', '＂'], ['``', "''"], ['`', "'"],
    ];
    for (const [open, close] of cases) {
      const text = `Ann Smith spoke first.\n\n${open}We start today.\n\n${open}We finish tomorrow,${close} she said.\n\nThe meeting ended.`;
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => [q.speakerId, q.text, q.continues]), [
        ['Ann Smith', `${open}We start today.`, true],
        ['Ann Smith', `${open}We finish tomorrow,${close}`, false],
      ], `${open}…${close}`);
      assert.deepEqual(a.notices, [], `${open}…${close}`);
    }
  });

  it('an unclosed mark is closed at its paragraph end, in every convention, and never swallows the next paragraph', () => {
    for (const open of ['"', '“', "'", '‘', '„', '«', '»', '‹', '〝', '＂', '``', '`']) {
      const text = `Ann Smith said: ${open}We will win this.\n\nThe vote is on Monday. "Yes," said Tom Hart.`;
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => [q.speakerId, q.text]), [['Ann Smith', `${open}We will win this.`], ['Tom Hart', '"Yes,"']], open);
      assert.deepEqual(a.notices.map((n) => n.kind), ['unclosed-quote'], open);
    }
  });

  it('nests quotes three levels deep in one quotation', () => {
    assert.deepEqual(marked('“He told me, ‘They said “never” to us,’ and left,” she said.'), ['“He told me, ‘They said “never” to us,’ and left,”']);
    assert.deepEqual(marked(`"He told me, 'They said "never" to us,' and left," she said.`), [`"He told me, 'They said "never" to us,' and left,"`]);
    assert.deepEqual(marked(`'He told me, "They said 'never' to us," and left,' she said.`), [`'He told me, "They said 'never' to us," and left,'`]);
    assert.deepEqual(marked('„Er sagte: ‚Sie riefen „nie“ zu uns‘, und ging,“ sagte sie.'), ['„Er sagte: ‚Sie riefen „nie“ zu uns‘, und ging,“']);
  });

  it('property: words with apostrophes, in any order, never make a quotation', () => {
    const APOSTROPHE_WORDS = ["'Tis", "'tis", "'twas", "rock 'n' roll", "the '90s", "the '60s", "the '80s-era", "class of '19.", "the Joneses'", "the workers'",
      "o'clock", "don't", "it's", "Tom's", "rock ’n’ roll", "the ’90s", "‘Tis", "the students’", "’em", "'cause", "O'Brien's"];
    const PLAIN = ['the', 'ferry', 'ran', 'late', 'and', 'we', 'waited', 'Ann', 'said', ',', '.', 'in', 'June'];
    const word = fc.oneof(fc.constantFrom(...APOSTROPHE_WORDS), fc.constantFrom(...PLAIN));
    fc.assert(fc.property(fc.array(word, { maxLength: 40 }), fc.constantFrom(' ', '\n\n'), (words, sep) => {
      const text = words.join(sep === ' ' ? ' ' : ' ') + (sep === '\n\n' ? '\n\nNext.' : '');
      assert.deepEqual(marked(text), [], text);
      assert.deepEqual(analyze(text).notices, [], text);
    }), { numRuns: 300 });
  });

  it('property: apostrophe words inside a British quote leave it whole', () => {
    const INSIDE = ["don't", "o'clock", "the Joneses' car", "rock 'n' roll", "the '90s", "'Tis", "it's", 'the', 'ferry', 'ran', 'late'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...INSIDE), { minLength: 1, maxLength: 20 }), (words) => {
      const body = `'We ${words.join(' ')},'`;
      assert.deepEqual(marked(`${body} said Ann Smith.`), [body]);
    }), { numRuns: 300 });
  });
});
