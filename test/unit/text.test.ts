import { strict as assert } from 'node:assert';
import { tokenize } from '../../src/core/text/tokens';
import { splitParagraphs, splitSentences } from '../../src/core/text/sentences';
import { findMarkedQuotes } from '../../src/core/quotes/marks';
import { maskMarkdown } from '../../src/core/text/markdown';
import { splitRunTogether } from '../../src/core/text/runTogether';

function sentences(text: string): string[] {
  const tokens = tokenize(text);
  const paras = splitParagraphs(tokens);
  const marks = findMarkedQuotes(tokens, paras);
  return splitSentences(text, tokens, paras, marks.quotes.map((q) => [q.first, q.last] as const)).map((s) => text.slice(s.start, s.end));
}

function quotes(text: string): string[] {
  const tokens = tokenize(text);
  return findMarkedQuotes(tokens, splitParagraphs(tokens)).quotes.map((q) => text.slice(q.start, q.end));
}

describe('tokenizer', () => {
  it('keeps abbreviations, hyphenated names and numbers whole, and splits possessives', () => {
    const toks = tokenize("The UN's envoy met U.S. officials and Bashar Al-Assad; 280,000 dead.").map((t) => t.text);
    assert.deepEqual(toks, ['The', 'UN', "'s", 'envoy', 'met', 'U.S.', 'officials', 'and', 'Bashar', 'Al-Assad', ';', '280,000', 'dead', '.']);
  });

  it('marks paragraph and line breaks, with CRLF and lone CR', () => {
    const toks = tokenize('One\r\n\r\nTwo\rThree');
    assert.deepEqual(toks.map((t) => [t.text, t.lineBreakBefore, t.paragraphBreakBefore]), [
      ['One', false, false], ['Two', true, true], ['Three', true, false],
    ]);
  });

  it('splits run-together caption words only when both halves are names', () => {
    const toks = tokenize('Staffan de Mistura\nStaffan de MisturaReuters and YouTube');
    const split = splitRunTogether(toks, (w) => w === 'Reuters').map((t) => t.text);
    assert.deepEqual(split, ['Staffan', 'de', 'Mistura', 'Staffan', 'de', 'Mistura', 'Reuters', 'and', 'YouTube']);
  });
});

describe('sentences', () => {
  it('does not break after titles and initials, or inside quotations', () => {
    assert.deepEqual(sentences('Mr. Smith met Dr. Jones in Washington D.C. on Monday. "It went well. Very well," he said. Then he left.'), [
      'Mr. Smith met Dr. Jones in Washington D.C. on Monday.',
      '"It went well. Very well," he said.',
      'Then he left.',
    ]);
  });

  it('ends a sentence at a closing quotation mark followed by a capital', () => {
    assert.deepEqual(sentences('He said it was "a disaster." Critics agreed.'), ['He said it was "a disaster."', 'Critics agreed.']);
  });

  it('treats short lines (headline, dateline, captions) as their own sentences', () => {
    assert.deepEqual(sentences('Talks to resume\nGENEVA (Reuters)\nThe talks will resume.'), ['Talks to resume', 'GENEVA (Reuters)', 'The talks will resume.']);
  });
});

describe('quotation marks', () => {
  it('pairs straight and curly marks and keeps nested single quotes inside', () => {
    assert.deepEqual(quotes('He said "yes" and “no” and "it is \'fine\' now".'), ['"yes"', '“no”', '"it is \'fine\' now"']);
  });

  it('runs a quote over paragraphs when the opening mark is repeated', () => {
    const text = '"First part of it.\n\n"Second part," she said.';
    assert.deepEqual(quotes(text), ['"First part of it.', '"Second part,"']);
  });

  it('closes a quotation mark that is never closed at the end of its paragraph, and reports it', () => {
    const tokens = tokenize('He titled it "Juan Valdez drinks coffee.\n\nNext paragraph.');
    const scan = findMarkedQuotes(tokens, splitParagraphs(tokens));
    assert.deepEqual(scan.quotes.map((q) => [q.start, q.end, q.continues]), [[13, 40, false]]);
    assert.deepEqual(scan.unmatched, [13]);
  });

  it('reads apostrophes as apostrophes', () => {
    assert.deepEqual(quotes("The students' union said it's Tom's car, not the Joneses' car."), []);
    assert.deepEqual(quotes("He called it ‘a farce’, she said."), ['‘a farce’']);
  });
});

describe('markdown masking', () => {
  it('blanks code, front matter, HTML and link targets but keeps offsets and prose', () => {
    const md = '---\ntitle: x\n---\nKerry said `code` and [a link](http://x.y/z) <b>bold</b>.\n```\n"not a quote"\n```\n';
    const masked = maskMarkdown(md);
    assert.equal(masked.length, md.length);
    assert.equal(masked, '   \n        \n   \nKerry said        and [a link]' + ' '.repeat(18) + 'bold    .\n   \n             \n   \n');
  });
});
