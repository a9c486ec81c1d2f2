// fast-check arbitraries that produce news-like text: names, titles, speech verbs, vague
// sources, figures, straight and curly quotation marks, Markdown, every kind of line end and
// some Unicode that trips naive code (lone surrogates, combining marks, RTL, emoji).
import fc from 'fast-check';
import type { AnalyzeOptions, RuleCode } from '../../src/core/types';

const NAMES = [
  'John Kerry', 'Kerry', 'Staffan de Mistura', 'de Mistura', 'Sergei Lavrov', 'Vladimir Putin', 'Bashar Al-Assad',
  'U.S.', 'United States', 'United Nations', 'UN', 'Geneva', 'Syria', 'Aleppo', 'Reuters', 'the Ministry of Defence',
  'Mr. Smith', 'Ms Li', 'Dr. Ana Ñúñez', 'Δημήτρης Παπαδόπουλος', 'محمد عبد الله', 'Ǆemal Ǉubić', 'Zoë Ångström',
  'President Obama', 'Secretary of State John Kerry', 'U.S. Secretary of State John Kerry', 'the president', 'Pope Francis',
  // Shapes the entity rules look for: datelines, short surnames, venues, initials, factions, dated laws.
  'BRUSSELS', 'Oh Keo-don', 'James To', 'the Museum of Flight in Seattle', 'Space Shuttle Discovery', 'Discovery', 'US$', '(D-Mass.)',
  'FIRST Global', 'Café Britt', 'the Commission', 'the European Commission', 'Polaroid-room', 'Chief Minister of KP',
  'the Reforms Bill, 2018', 'Jamiat Ulema-e Islam (F)', 'the Velvet Underground', 'Mary & Leigh', 'Governor of Washington Chris Gregoire',
];
const VERBS = ['said', 'says', 'told reporters', 'added', 'said that', 'warned', 'announced', 'asked', 'insisted', 'told'];
const SOURCES = [
  'a monitor said', 'critics say', 'sources said', 'a source close to the talks said', 'who asked not to be named',
  'reportedly', 'allegedly', 'it is believed', 'is said to', 'officials said', 'insiders say', 'according to reports',
  'on condition of anonymity', 'some analysts have warned',
];
const FIGURES = ['280,000', '5%', '$3 million', '1.5 billion', '2016', 'three', '10', 'more than 400', '½', '12.5 per cent', '1,000,000'];
const WORDS = ['the', 'talks', 'plan', 'will', 'fail', 'and', 'of', 'in', 'progress', 'war', 'people', 'dead', 'The', 'government', 'also', 'that', 'he', 'she', 'they', 'It',
  '&', 'Army', 'Tuesday', 'minister', 'named', 'at', 'system'];
const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '`', '``', "''", '‹', '›', '‚', '〝', '〞', '〟', '＂', "'Tis", "'90s", "'n'"];
const PUNCT = ['.', ',', ';', ':', '?', '!', '—', '-', '(', ')', '…', '[', ']'];
const BREAKS = [' ', ' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '\u00a0', '\u2028', ''];
const ODD = ['😀', '👩‍👩‍👧', '\uD800', '\uDC00', '\uFEFF', 'e\u0301', 'ﬁ', '\u200f', 'שלום', '中文报道', '\u000b', 'İ', 'ß', 'ǅ'];
const MARKDOWN = [
  '```', '```\n', '~~~\n', '`', '# ', '> ', '- ', '* ', '_', '[the link](https://example.com/a_b)', '<!-- a comment -->',
  '<b>', '</b>', '---\n', '    code line\n', '![img](x.png)', '[ref]: https://x.y', 'news-lens-disable NL001', 'news-lens-enable',
  '<!-- news-lens-disable-line -->', 'news-lens-disable-next-line NL004', '<!-- news-lens-disable NL003 -- wire copy -->',
];

/** Random UTF-16 code units: anything a string can hold, lone surrogates and controls included. */
export const codeUnitString = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...VERBS) },
  { weight: 3, arbitrary: fc.constantFrom(...SOURCES) },
  { weight: 2, arbitrary: fc.constantFrom(...FIGURES) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: codeUnitString(4) },
);

/** A sentence the way reporters write them: quote then attribution, attribution then quote, reported speech. */
const sentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.constantFrom(...VERBS),
    fc.array(fc.constantFrom(...WORDS, ...FIGURES, ...SOURCES), { minLength: 1, maxLength: 8 }),
    fc.constantFrom(['"', '"'], ['“', '”'], ['‘', '’'], ['«', '»'], ['"', ''], ['', '”'], ['„', '“']),
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('.', ',', '?', '!', ''),
  )
  .map(([name, verb, words, [open, close], shape, end]) => {
    const body = words.join(' ');
    switch (shape) {
      case 0:
        return `${open}${body},${close} ${name} ${verb}${end}`;
      case 1:
        return `${name} ${verb}: ${open}${body}${end}${close}`;
      case 2:
        return `${name} ${verb} ${body}${end}`;
      default:
        return `${body[0]?.toUpperCase() ?? ''}${body.slice(1)}${end}`;
    }
  });

/** News-like text: sentences and loose pieces, joined by spaces and every kind of line break. */
export const newsText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof({ weight: 2, arbitrary: sentence }, { weight: 3, arbitrary: piece }), fc.constantFrom(...BREAKS)), { maxLength: 40 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

const RULE_CODES: readonly RuleCode[] = ['NL001', 'NL002', 'NL003', 'NL004', 'NL005'];

/** Options a user could set: format, rules on/off with severities, extra phrases (regex syntax included). */
export const options: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    format: fc.constantFrom('plaintext' as const, 'markdown' as const),
    rules: fc.dictionary(
      fc.constantFrom(...RULE_CODES),
      fc.oneof(fc.constant({ enabled: false }), fc.constantFrom('error', 'warning', 'information', 'hint').map((severity) => ({ severity }))),
    ),
    extraVagueSources: fc.array(
      fc.oneof(fc.constantFrom('insiders say', 'a monitor', 'critics', '(a+)+$', '.*', 'said.', '[', '\\', 'a  b', ''), fc.string({ maxLength: 12 })),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: [] },
);
