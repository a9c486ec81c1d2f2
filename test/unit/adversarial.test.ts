// The adversarial corpus (issue 4): input an editor or a newsroom's folder will sooner or later
// contain. Small cases are files in test/fixtures/adversarial/; big ones (10 MB, a 200,000-
// character line, thousands of marks) are generated here rather than committed. Each case asserts
// a sensible, exact result, plus every invariant of the Analysis type (./invariants.ts).
// robustness.test.ts has the first, smaller versions of some of these; nothing here repeats them.
//
// Analyses that could take long run in a worker thread with a generous limit (./timed.ts), so a
// non-linear step fails the test in bounded time. Scaling itself is measured by `npm run bench`.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { Analysis, AnalyzeOptions } from '../../src/core/types';
import { assertValidAnalysis } from './invariants';
import { describeTimed, TimedAnalyzer, type Timed } from './timed';

const FIXTURES = join(__dirname, '..', 'fixtures', 'adversarial');
const fixture = (name: string, encoding: BufferEncoding = 'utf8') => readFileSync(join(FIXTURES, name), encoding);
const SAMPLE = readFileSync(join(__dirname, '..', '..', 'seeds', 'syria-talks.txt'), 'utf8');

function valid(text: string, options?: AnalyzeOptions): Analysis {
  const a = analyze(text, options);
  assertValidAnalysis(text, a);
  return a;
}

function empty(length: number, notices: Analysis['notices'] = []): Analysis {
  return { version: 1, length, entities: [], mentions: [], quotes: [], claims: [], notices };
}

/** The analysis with every offset moved by `map` (and span texts re-read from `text`): to compare analyses of two encodings of one article. */
function mapOffsets(a: Analysis, text: string, map: (offset: number) => number): Analysis {
  const span = <T extends { start: number; end: number; text: string }>(s: T): T => ({ ...s, start: map(s.start), end: map(s.end), text: text.slice(map(s.start), map(s.end)) });
  return {
    ...a,
    length: text.length,
    entities: a.entities.map((e) => ({ ...e, firstOffset: map(e.firstOffset) })),
    mentions: a.mentions.map(span),
    quotes: a.quotes.map((q) => ({ ...span(q), cue: q.cue && span(q.cue), speakerSpan: q.speakerSpan && span(q.speakerSpan) })),
    claims: a.claims.map((c) => ({ ...span(c), trigger: span(c.trigger) })),
  };
}

type Shape = { mentions: unknown[]; quotes: unknown[]; claims: unknown[] };

/** The spans of a text made of `copies` repetitions of one unit, cut per copy with offsets relative to the copy: one linear pass. */
function perCopy(a: Analysis, unitLength: number, copies: number): Shape[] {
  const out: Shape[] = Array.from({ length: copies }, () => ({ mentions: [], quotes: [], claims: [] }));
  const at = (start: number) => out[Math.floor(start / unitLength)];
  const rel = (start: number) => start - Math.floor(start / unitLength) * unitLength;
  for (const m of a.mentions) at(m.start).mentions.push([rel(m.start), m.end - m.start, m.entityId, m.type]);
  for (const q of a.quotes) at(q.start).quotes.push([rel(q.start), q.end - q.start, q.kind, q.speakerId, q.cue?.text ?? null, q.speakerSpan?.text ?? null]);
  for (const c of a.claims) at(c.start).claims.push([rel(c.start), c.end - c.start, c.code, c.trigger.text]);
  return out;
}

function assertCopiesMatch(big: Analysis, single: Analysis, unitLength: number, copies: number): void {
  const [expected] = perCopy(single, unitLength, 1);
  perCopy(big, unitLength, copies).forEach((shape, i) => assert.deepEqual(shape, expected, `copy ${i + 1} of ${copies} is analysed like the article alone`));
  assert.deepEqual(
    big.entities.map((e) => [e.id, e.type, e.role, e.mentionCount, e.quoteCount]),
    single.entities.map((e) => [e.id, e.type, e.role, e.mentionCount * copies, e.quoteCount * copies]),
    'the same entities, with every count multiplied by the number of copies',
  );
}

function finished(t: Timed): { analysis: Analysis; ms: number } {
  assert.ok(!('timedOut' in t), `analysis ${describeTimed(t)}`);
  return t as { analysis: Analysis; ms: number };
}

describe('adversarial corpus', function () {
  this.timeout(120000);
  const timed = new TimedAnalyzer();
  after(() => timed.close());

  it('empty file: an empty analysis, in both formats', () => {
    const text = fixture('empty.txt');
    assert.equal(text, '');
    assert.deepEqual(valid(text), empty(0));
    assert.deepEqual(valid(text, { format: 'markdown' }), empty(0));
  });

  it('only whitespace (tabs, CR, CRLF, NBSP, line separator, ideographic space, form feed): an empty analysis', () => {
    const text = fixture('whitespace.txt');
    assert.equal(text.trim(), '');
    assert.deepEqual(valid(text), empty(text.length));
    assert.deepEqual(valid(text, { format: 'markdown' }), empty(text.length));
  });

  it('binary bytes (an image named .txt), however decoded: one "binary" notice and nothing else', () => {
    const bytes = readFileSync(join(FIXTURES, 'binary.bin'));
    for (const text of [bytes.toString('latin1'), bytes.toString('utf8')]) {
      const a = analyze(text);
      assert.deepEqual({ ...a, notices: a.notices.map((n) => n.kind) }, { ...empty(text.length), notices: ['binary'] });
    }
  });

  it('an article saved as UTF-16 and read as UTF-8 is binary; control characters without NUL above one in ten are binary too', () => {
    const utf16 = fixture('utf16le.txt');
    assert.deepEqual(analyze(utf16).notices.map((n) => n.kind), ['binary']);
    const controls = 'Kerry said \u0001\u0002\u0003\u0004\u0005\u0006 so.';
    assert.deepEqual(analyze(controls).notices.map((n) => n.kind), ['binary']);
    // A stray control character or two in real prose is not binary.
    const prose = '"We are not there yet,\u0007" Kerry said.\u001b';
    const a = valid(prose);
    assert.deepEqual(a.notices, []);
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speakerId]), [['"We are not there yet,\u0007"', 'Kerry']]);
  });

  describe('line ends and BOM', () => {
    const crlf = fixture('bom-crlf.txt');
    const noBom = crlf.slice(1);
    const lf = noBom.replace(/\r\n/g, '\n');
    const cr = noBom.replace(/\r\n/g, '\r');

    it('a BOM and CRLF article: exact spans, offsets into the file as read', () => {
      assert.equal(crlf.charCodeAt(0), 0xfeff);
      const a = valid(crlf);
      const at = (s: string) => [crlf.indexOf(s), crlf.indexOf(s) + s.length];
      assert.deepEqual(
        a.quotes.map((q) => [q.start, q.end, q.kind, q.speakerId]),
        [
          [...at('that the talks would resume'), 'indirect', 'John Kerry'],
          [...at('“We are not there yet,”'), 'direct', 'John Kerry'],
          [...at('"It will take time."'), 'direct', 'John Kerry'],
          [...at('The war has killed more than 280,000 people'), 'indirect', null],
        ],
      );
      assert.deepEqual(a.claims.map((c) => [c.start, c.end, c.code]), [[...at('The war has killed more than 280,000 people, a monitor said.'), 'NL001']]);
      const kerry = a.mentions.filter((m) => m.entityId === 'John Kerry').map((m) => [m.start, m.text]);
      assert.deepEqual(kerry, [[crlf.indexOf('John Kerry'), 'John Kerry'], [crlf.indexOf('Kerry told'), 'Kerry']]);
    });

    it('the BOM only shifts offsets by one', () => {
      assert.deepEqual(valid(crlf), mapOffsets(valid(noBom), crlf, (o) => o + 1));
    });

    it('CRLF finds exactly what LF finds, each offset moved by the CRs before it', () => {
      const crsBefore: number[] = [];
      let n = 0;
      for (let i = 0; i <= lf.length; i++) {
        crsBefore.push(n);
        if (lf[i] === '\n') n++;
      }
      assert.deepEqual(valid(noBom), mapOffsets(valid(lf), noBom, (o) => o + crsBefore[o]));
    });

    it('a reported clause that is almost all quotation is measured alike with CRLF and LF (found by the property test)', () => {
      const text = 'John Kerry said that: "some analysts have warned 12.5 per cent the the talks officials said on condition of anonymity government."  .\n   𐀀𐀀𐀀 ';
      const kinds = (t: string) => valid(t).quotes.map((q) => q.kind);
      assert.deepEqual(kinds(text), ['direct']);
      assert.deepEqual(kinds(text.replace('\n', '\r\n')), ['direct']);
    });

    it('the binary test gives the same answer with CRLF and LF (found by the property test)', () => {
      assert.deepEqual(valid('the\n\u000b UN ').notices.map((n) => n.kind), ['binary']);
      assert.deepEqual(valid('the\r\n\u000b UN ').notices.map((n) => n.kind), ['binary']);
    });

    it('two names joined by "and" at the very end of the text (found by the property test)', () => {
      assert.deepEqual(valid('John Kerry and Zoë Ångström ').entities.map((e) => e.id), ['John Kerry', 'Zoë Ångström']);
      assert.deepEqual(valid('Talks began on Monday.\n\nJohn Kerry met Ann Smith and Zoë').entities.map((e) => e.id), ['John Kerry', 'Ann Smith', 'Zoë']);
    });

    it('lone CR (old Mac) line ends read like LF, at the same offsets', () => {
      assert.deepEqual(valid(cr), mapOffsets(valid(lf), cr, (o) => o));
    });

    it('mixed line ends in one file, and a CR between the two halves of a CRLF', () => {
      const mixed = 'Talks to resume\r\n\n\r"We are not there yet," Kerry said.\r\r\nCritics say the plan will fail.\n\r';
      const a = valid(mixed);
      assert.deepEqual(a.quotes.map((q) => [q.text, q.speakerId]), [['"We are not there yet,"', 'Kerry'], ['the plan will fail', null]]);
      assert.deepEqual(a.claims.map((c) => [c.code, c.text]), [['NL001', 'Critics say the plan will fail.']]);
    });
  });

  it('lone surrogates, emoji and astral letters: spans never cut a pair, the quote keeps its odd characters', () => {
    const text = '😀 John Kerry said: “We\uD800 will \uDC00win 👩‍👩‍👧.” 😀\uD83D';
    const a = valid(text);
    assert.deepEqual(a.mentions.map((m) => [m.start, m.text]), [[3, 'John Kerry']]);
    assert.deepEqual(a.quotes.map((q) => [q.start, q.text, q.speakerId]), [[20, '“We\uD800 will \uDC00win 👩‍👩‍👧.”', 'John Kerry']]);
    assert.deepEqual(a.claims, []);
    // Only broken surrogates: nothing to find, nothing thrown.
    assert.deepEqual(valid('\uDC00\uD800 \uDBFF\uDFFF\uDFFF\uD800'), empty(7));
  });

  it('right-to-left text with bidi controls: guillemet quotes, Latin names inside RTL runs', () => {
    const text =
      'قال المبعوث الأممي ستافان دي ميستورا «نحن لسنا هناك بعد».\n\n' +
      '\u200fJohn Kerry said: \u201c\u202bالمحادثات ستستأنف\u202c\u201d.\n\n' +
      '\u2067"We will win," said John Kerry.\u2069';
    const a = valid(text);
    assert.deepEqual(
      a.quotes.map((q) => [q.kind, q.text, q.speakerId]),
      [
        ['direct', '«نحن لسنا هناك بعد»', null],
        ['direct', '\u201c\u202bالمحادثات ستستأنف\u202c\u201d', 'John Kerry'],
        ['direct', '"We will win,"', 'John Kerry'],
      ],
    );
    assert.deepEqual(a.mentions.map((m) => [m.start, m.text]), [[text.indexOf('John Kerry'), 'John Kerry'], [text.lastIndexOf('John Kerry'), 'John Kerry']]);
    // The Arabic quote has no speaker the engine can read: flagged as unattributed, nothing else.
    assert.deepEqual(a.claims.map((c) => [c.code, c.text]), [['NL005', '«نحن لسنا هناك بعد»']]);
  });

  describe('names made of every kind of letter', () => {
    // Upper-case letters of many scripts (Lu), with lower-case (Ll), combining marks (Mn) and
    // astral letters (Deseret: surrogate pairs): each is a name the engine can see.
    const CASED = [
      'Ǆemal Ǉubić', 'Zoë Ångström', 'Łukasz Żółć', 'Δημήτρης Παπαδόπουλος', 'Владимир Путин', 'Ἀλέξανδρος Παππάς',
      'Դավիթ Սարգսյան', 'Nguyễn Thị Minh', 'Ꭰꮒꮝ Ꮳꮃꭹ', '𐐎𐐮𐑊𐐨𐐩𐑉 𐐝𐐨𐐿', 'Ⱥndré Ȿmith',
    ];
    // Scripts without case (Lo), a title-case digraph (Lt), a modifier letter (Lm), a spacing
    // mark (Mc): no capital to go by.
    const UNCASED = ['毛泽东', 'محمد عبد الله', 'דוד בן', 'สมชาย ใจดี', 'अमित शाह', 'ǅemal ǈubić', 'ʻAkau ʻOumuamua'];
    const sentence = (name: string) => `"We will win," said ${name}. ${name} later left.`;

    for (const name of CASED) {
      it(`${name}: the speaker, both mentions whole`, () => {
        const text = sentence(name);
        const a = valid(text);
        assert.deepEqual(a.mentions.map((m) => [m.start, m.text, m.entityId]), [[text.indexOf(name), name, name], [text.lastIndexOf(name), name, name]]);
        assert.deepEqual(a.quotes.map((q) => [q.text, q.speakerId]), [['"We will win,"', name]]);
        assert.deepEqual(a.claims, []);
      });
    }

    it('the same name with decomposed accents (NFD) is the same speaker', () => {
      const name = 'Zoe\u0308 A\u030Angstro\u0308m';
      const a = valid(sentence(name));
      assert.deepEqual(a.quotes.map((q) => q.speakerId), [name]);
      assert.deepEqual(a.mentions.map((m) => m.text), [name, name]);
    });

    it('caseless scripts and names led by Lt/Lm letters: no name is guessed, the quote is flagged as unattributed, no mark is split', () => {
      for (const name of UNCASED) {
        const text = sentence(name);
        const a = valid(text);
        for (const s of [...a.mentions, ...a.quotes, ...a.claims]) {
          for (const edge of [s.start, s.end]) assert.ok(!/^\p{M}/u.test(text.slice(edge)) || edge === s.start && s.start === 0, `${name}: no span edge before a combining mark at ${edge}`);
        }
        assert.deepEqual(a.quotes.map((q) => [q.text, q.speakerId]), [['"We will win,"', null]], name);
        assert.deepEqual(a.claims.map((c) => c.code), ['NL005'], name);
      }
    });
  });

  describe('quotation marks', () => {
    it('thousands of opening marks that never close: reported once; the next paragraph is read normally', () => {
      const text = '“'.repeat(3000) + '\n\n"We are not there yet," Kerry said.';
      const a = valid(text);
      assert.deepEqual(a.quotes.map((q) => [q.text, q.speakerId]), [['"We are not there yet,"', 'Kerry']]);
      assert.deepEqual(a.notices.map((n) => n.kind), ['unclosed-quote']);
    });

    it('a lone opening mark in a paragraph of its own is not a quotation', () => {
      const text = '“\n\n"We are not there yet," Kerry said.';
      assert.deepEqual(valid(text).quotes.map((q) => [q.text, q.speakerId]), [['"We are not there yet,"', 'Kerry']]);
    });

    it('thousands of unbalanced straight, curly and single marks in one paragraph', () => {
      const text = '"'.repeat(2001) + ' ' + '“a ”b ”c ‘d ’e '.repeat(1000) + '\n\n"We are not there yet," Kerry said.';
      const a = valid(text);
      assert.deepEqual(a.quotes.slice(-1).map((q) => [q.text, q.speakerId]), [['"We are not there yet,"', 'Kerry']]);
    });

    it('quotes nested three deep (“ ‘ “ ’ ”) are one quotation', () => {
      const text = '“He told me, ‘They said “never” to us,’ and left,” Kerry said.';
      const a = valid(text);
      assert.deepEqual(a.quotes.map((q) => [q.text, q.speakerId]), [['“He told me, ‘They said “never” to us,’ and left,”', 'Kerry']]);
      assert.deepEqual(a.notices, []);
    });

    it('quotes nested a thousand deep: one quotation, no unclosed mark', () => {
      let inner = 'stop';
      for (let d = 1000; d >= 1; d--) inner = d % 2 ? `“level ${d} ${inner}”` : `‘level ${d} ${inner}’`;
      const text = `${inner}, Kerry said.`;
      const a = valid(text);
      assert.deepEqual(a.quotes.map((q) => [q.start, q.end, q.speakerId]), [[0, inner.length, 'Kerry']]);
      assert.deepEqual(a.notices, []);
    });
  });

  describe('Markdown: quotes in code are not quotes', () => {
    const md = fixture('code-blocks.md');
    const quoted = (a: Analysis) => a.quotes.map((q) => [q.text, q.speakerId]);
    const inProse = [
      ['“the report,”', 'Staffan de Mistura'],
      ['“The talks are not going to wait,”', 'Staffan de Mistura'],
    ];

    it('front matter, fenced code (``` and ~~~, closed or not), inline code and comments hide their quotes and claims', () => {
      const a = valid(md, { format: 'markdown' });
      const texts = a.quotes.map((q) => q.text).join('\n');
      for (const hidden of ['We will win', 'We are not there yet', 'It will take time', 'Nobody knows', 'quote,', 'In a comment', 'An unclosed fence']) {
        assert.ok(!texts.includes(hidden), `"${hidden}" is in code and must not be a quote`);
      }
      assert.deepEqual(a.claims, []);
      // As plain text the same file is full of quotes: the format is what hides them.
      assert.ok(valid(md).quotes.length > a.quotes.length);
    });

    it('an indented code block hides its quotes', () => {
      const a = valid(md, { format: 'markdown' });
      assert.ok(!a.quotes.some((q) => q.text.includes('An indented code line')), JSON.stringify(quoted(a)));
    });

    it('the content of an HTML <pre> block is not prose', () => {
      const a = valid(md, { format: 'markdown' });
      assert.ok(!a.quotes.some((q) => q.text.includes('Inside HTML')), JSON.stringify(quoted(a)));
    });

    it('code is code with CRLF and lone CR line ends too (fenced, indented, <pre>)', () => {
      for (const eol of ['\r\n', '\r']) {
        const text = ['```', '"In a fence," Bob said.', '```', '', '    "Indented," Bob said.', '', '<pre>', '"In pre," Bob said.', '</pre>', '', '"In prose," Ann said.', ''].join(eol);
        assert.deepEqual(quoted(valid(text, { format: 'markdown' })), [['"In prose,"', 'Ann']], JSON.stringify(eol));
      }
    });

    it('exactly the quotes in prose are found, link text included', () => {
      assert.deepEqual(quoted(valid(md, { format: 'markdown' })), inProse);
    });
  });

  describe('size', () => {
    it('a single line of 200,000 characters (the sample with its line breaks removed, repeated): each copy analysed like one', async () => {
      const unit = SAMPLE.split(/\n+/).slice(1).join(' ').trim() + ' ';
      const copies = Math.floor(200_000 / unit.length);
      const text = (unit.repeat(copies + 1)).slice(0, 200_000);
      assert.ok(!/[\r\n]/.test(text) && text.length === 200_000);
      const { analysis } = finished(await timed.run(text, {}, 20_000));
      assertValidAnalysis(text, analysis);
      // The last, cut copy aside, every copy gives what the paragraph alone gives.
      const whole = copies * unit.length;
      const cut = (a: Analysis): Analysis => ({
        ...a,
        mentions: a.mentions.filter((m) => m.start < whole),
        quotes: a.quotes.filter((q) => q.start < whole),
        claims: a.claims.filter((c) => c.start < whole),
      });
      const single = valid(unit);
      assert.ok(single.quotes.length > 10 && single.claims.length > 0);
      assert.deepEqual(perCopy(cut(analysis), unit.length, copies), Array(copies).fill(perCopy(single, unit.length, 1)[0]));
    });

    it('a 10 MB article (the sample repeated): valid, and every copy analysed like the sample alone', async () => {
      const unit = SAMPLE.trimEnd() + '\n\n';
      const copies = Math.ceil(10_000_000 / unit.length);
      const text = unit.repeat(copies);
      const { analysis } = finished(await timed.run(text, {}, 90_000));
      assert.equal(analysis.length, text.length);
      assert.deepEqual(analysis.notices, []);
      assertCopiesMatch(analysis, valid(unit), unit.length, copies);
      // Spot-check span texts at the start, middle and end (the full check is O(n) but slow to print).
      for (const i of [0, Math.floor(analysis.quotes.length / 2), analysis.quotes.length - 1]) {
        const q = analysis.quotes[i];
        assert.equal(text.slice(q.start, q.end), q.text);
      }
    });

    it('1.4 MB of run-on hearsay ("reportedly reportedly …"): analysed, not an internal error', async () => {
      const text = 'reportedly '.repeat(130_000);
      const { analysis } = finished(await timed.run(text, {}, 20_000));
      assert.deepEqual(analysis.notices, []);
      assert.ok(analysis.claims.length > 0 && analysis.claims.every((c) => c.code === 'NL003'));
    });
  });

  describe('no step is worse than linear (generous limits: linear input of these sizes takes milliseconds)', () => {
    // From 10 to 200 kB: at the engine's linear speed (megabytes per second) each takes well
    // under 100 ms, while a quadratic step needs many seconds.
    const LIMIT_MS = 3000;
    const cases: [string, string, AnalyzeOptions][] = [
      // The control: 200 kB of ordinary prose, far inside the limit.
      ['control: 200 kB of prose with a quote, a name and a claim in every sentence', '"It failed," said John Kerry. Critics say 280,000 died. '.repeat(3600), {}],
      ['a run of 2,000 "U.S." abbreviations', 'U.S. '.repeat(2000), {}],
      ['a run of 2,000 "Paris" (a known place repeated)', 'Paris '.repeat(2000), {}],
      ['a run of 4,000 capitalised first names', 'John '.repeat(4000), {}],
      ['a run of 20,000 initials', 'J. '.repeat(20000), {}],
      ['a run of 5,000 "Secretary of State"', 'Secretary of State '.repeat(5000), {}],
      ['100,000 backticks then 100,000 letters, in Markdown', '`'.repeat(100000) + 'a'.repeat(100000), { format: 'markdown' }],
      ['20,000 opening guillemets of two kinds, then 20,000 closing marks that close neither', 'a «b ‹'.repeat(20000) + 'c” '.repeat(20000), {}],
      ["50,000 apostrophe words (the Joneses' car, rock 'n' roll, the '90s) in one paragraph", "the Joneses' car, rock 'n' roll, the '90s, ".repeat(5000), {}],
      ['a fence of 100,000 backticks then 100,000 letters, in Markdown', '```' + '`'.repeat(100000) + 'a'.repeat(100000), { format: 'markdown' }],
    ];
    for (const [name, text, options] of cases) {
      it(name, async () => {
        const result = await timed.run(text, options, LIMIT_MS);
        finished(result);
        if (!('timedOut' in result)) assertValidAnalysis(text, result.analysis);
      });
    }
  });
});
