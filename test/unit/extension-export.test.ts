// Quote export (Markdown, CSV, JSON), the status bar text, the highlight ranges, and "copy quote
// with attribution" on the sample article. Pure modules, exact output.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { quoteAt } from '../../src/core/query';
import type { Analysis } from '../../src/core/types';
import { LineIndex } from '../../src/cli/position';
import { formatAttribution } from '../../src/extension/attribution';
import { escapeMarkdownText, exportFileName, exportQuotes, quotesCsv, type ExportInput } from '../../src/extension/exportQuotes';
import { highlightRanges } from '../../src/extension/highlightRanges';
import { statusContent } from '../../src/extension/statusText';
import { analysis, emptyAnalysis, TEXT } from './extension-fixture';

function input(a: Analysis = analysis, text = TEXT): ExportInput {
  const lines = new LineIndex(text);
  return { fileName: 'talks.txt', analysis: a, positionOf: (o) => lines.position(o) };
}

describe('extension: quote export', () => {
  it('Markdown: grouped by speaker with roles, reported speech marked, unattributed last', () => {
    assert.strictEqual(exportQuotes('markdown', input()), [
      '# Quotes in talks.txt',
      '',
      '## John Kerry, U.S. Secretary of State',
      '',
      '- "progress, real progress." (line 3)',
      '- "We are not there yet," (line 5; speaker inferred from the previous quote)',
      '',
      '## Staffan de Mistura',
      '',
      '- Reported: that talks could restart next month (line 7)',
      '',
      '## Unattributed',
      '',
      '- "Nobody knows," (line 9)',
      '- “Why now?” (line 9)',
      '',
    ].join('\n'));
    assert.strictEqual(exportQuotes('markdown', input(emptyAnalysis())), '# Quotes in talks.txt\n\nNo quotes found.\n');
  });

  it('Markdown: document text cannot become a link, an image, HTML or emphasis', () => {
    assert.strictEqual(escapeMarkdownText('"See ![x](http://e.vil) <b>*now*</b> `x` a|b\n  _ok_"'),
      '"See !\\[x\\](http://e.vil) \\<b\\>\\*now\\*\\</b\\> \\`x\\` a\\|b \\_ok\\_"');
  });

  it('CSV: RFC 4180 with a header, CRLF, quotes doubled, formulas defused', () => {
    const csv = quotesCsv(input());
    const rows = csv.split('\r\n');
    assert.strictEqual(rows[0], 'speaker,role,kind,quote,cue,attribution,line,column,start,end');
    const q = analysis.quotes[0];
    assert.strictEqual(rows[1], `"John Kerry","U.S. Secretary of State","direct","""progress, real progress.""","","cue",3,${q.start - TEXT.indexOf('U.S. Secretary') + 1},${q.start},${q.end}`);
    assert.strictEqual(rows[4], `"","","direct","""Nobody knows,""","","",9,1,${TEXT.indexOf('"Nobody')},${TEXT.indexOf('"Nobody') + 15}`);
    assert.strictEqual(rows.length, 7); // header, 5 quotes, '' after the final CRLF
    const evil: Analysis = { ...analysis, quotes: [{ ...analysis.quotes[3], text: '=HYPERLINK("x")' }] };
    assert.match(quotesCsv(input(evil)).split('\r\n')[1], /^"","","direct","'=HYPERLINK\(""x""\)"/);
  });

  it('JSON: speakers with their quotes, exact text and positions', () => {
    const json = JSON.parse(exportQuotes('json', input()));
    assert.strictEqual(json.file, 'talks.txt');
    assert.deepStrictEqual(json.speakers.map((s: { speaker: string | null; role: string | null; quotes: unknown[] }) => [s.speaker, s.role, s.quotes.length]), [
      ['John Kerry', 'U.S. Secretary of State', 2],
      ['Staffan de Mistura', null, 1],
      [null, null, 2],
    ]);
    const first = json.speakers[0].quotes[0];
    assert.strictEqual(TEXT.slice(first.start, first.end), first.text);
    assert.deepStrictEqual([first.kind, first.line, first.attribution], ['direct', 3, 'cue']);
    assert.strictEqual(json.speakers[0].quotes[1].attribution, 'continuation');
  });

  it('file names', () => {
    assert.strictEqual(exportFileName('syria-talks.txt', 'markdown'), 'syria-talks-quotes.md');
    assert.strictEqual(exportFileName('story', 'csv'), 'story-quotes.csv');
    assert.strictEqual(exportFileName('.txt', 'json'), 'article-quotes.json');
  });
});

describe('extension: status bar text', () => {
  it('people, quotes and flagged claims', () => {
    assert.deepStrictEqual(statusContent(analysis, false), {
      text: '$(person) 2 $(quote) 5 $(check) 0',
      label: 'News Lens: 2 people, 5 quotes, 0 flagged claims',
    });
    const one = { ...analysis, entities: analysis.entities.filter((e) => e.id === 'John Kerry'), quotes: analysis.quotes.slice(0, 1),
      claims: [{ start: 0, end: 1, text: 'T', code: 'NL001' as const, rule: 'vague-source', reason: 'vague-source' as const, message: 'm', severity: 'warning' as const, trigger: { start: 0, end: 1, text: 'T' } }] };
    assert.deepStrictEqual(statusContent(one, false), { text: '$(person) 1 $(quote) 1 $(warning) 1', label: 'News Lens: 1 person, 1 quote, 1 flagged claim' });
    assert.strictEqual(statusContent(emptyAnalysis(), true).label, 'News Lens did not analyse this document');
  });
});

describe('extension: copy quote with attribution on the sample article', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', 'syria-talks.txt'), 'utf8');
  const a = analyze(text);
  const attribution = (needle: string) => {
    const q = quoteAt(a, text.indexOf(needle) + 1);
    assert.ok(q, `no quote at ${needle}`);
    const speaker = q.speakerId ? a.entities.find((e) => e.id === q.speakerId) : null;
    return formatAttribution(q, speaker);
  };
  it('gives "…," said Name, Role.', () => {
    assert.strictEqual(attribution('"Our aim is to proceed'),
      '"Our aim is to proceed with a third round of intra-Syrian talks towards the end of August," said Staffan de Mistura, UN envoy.');
    assert.strictEqual(attribution('"What we\'re trying to do'),
      '"What we\'re trying to do is strengthen the cessation of hostilities, provide a framework which allows us to actually get to the table and have a real negotiation," said John Kerry, U.S. Secretary of State.');
  });
});

describe('extension: highlight ranges', () => {
  it('direct quotes, reported speech, and each speaker reference once', () => {
    const kerry = { start: TEXT.indexOf('Kerry told'), end: TEXT.indexOf('Kerry told') + 5, text: 'Kerry' };
    const withSpeakers: Analysis = {
      ...analysis,
      quotes: analysis.quotes.map((q, i) => (i === 1 ? { ...q, speakerSpan: kerry } : i === 3 ? { ...q, speakerSpan: kerry } : q)),
    };
    const r = highlightRanges(withSpeakers);
    assert.deepStrictEqual(r.direct.map((s) => TEXT.slice(s.start, s.end)),
      ['"progress, real progress."', '"We are not there yet,"', '"Nobody knows,"', '“Why now?”']);
    assert.deepStrictEqual(r.indirect.map((s) => TEXT.slice(s.start, s.end)), ['that talks could restart next month']);
    // Quote 3 has no speaker: its span is not a speaker's.
    assert.deepStrictEqual(r.speakers, [{ start: kerry.start, end: kerry.end }]);
  });
});
