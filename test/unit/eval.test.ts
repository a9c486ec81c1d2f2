import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Analysis } from '../../src/core/types';
import { compromiseEntities } from '../../scripts/eval/baseline';
import { evaluate, mbPerSecond } from '../../scripts/eval/evaluate';
import { parseGold, type GoldDoc } from '../../scripts/eval/gold';
import {
  accuracy,
  addCounts,
  matchExact,
  matchOverlap,
  overlap,
  prf,
  scoreClaims,
  scoreEntities,
  scoreQuotes,
  spanKey,
  type EvalClaim,
  type EvalEntity,
  type EvalQuote,
} from '../../scripts/eval/metrics';
import { errorReport, pct, table, withRates } from '../../scripts/eval/report';
import { parseEvalArgs, runEval } from '../../scripts/eval/run';
import { quoteLines, threeSetTable, type Before, type EvalSet } from '../../scripts/eval/sets';

const ent = (start: number, end: number, type: EvalEntity['type'], id = `e${start}`): EvalEntity => ({ start, end, text: `t${start}`, type, id });
const quote = (start: number, end: number, kind: EvalQuote['kind'], speaker: string | null): EvalQuote => ({ start, end, text: `q${start}`, kind, speaker });
const claim = (start: number, end: number, reason: string): EvalClaim => ({ start, end, text: `c${start}`, reason });

describe('eval: prf and counting', () => {
  it('computes precision, recall and F1', () => {
    assert.deepEqual(prf({ tp: 3, pred: 4, gold: 6 }), { precision: 0.75, recall: 0.5, f1: 0.6 });
    assert.deepEqual(prf({ tp: 0, pred: 0, gold: 5 }), { precision: null, recall: 0, f1: 0 });
    assert.deepEqual(prf({ tp: 0, pred: 2, gold: 0 }), { precision: 0, recall: null, f1: 0 });
    assert.deepEqual(prf({ tp: 0, pred: 0, gold: 0 }), { precision: null, recall: null, f1: null });
    assert.deepEqual(prf({ tp: 2, pred: 2, gold: 2 }), { precision: 1, recall: 1, f1: 1 });
  });

  it('adds counts (micro-averaging) and computes accuracy', () => {
    assert.deepEqual(addCounts({ tp: 1, pred: 2, gold: 3 }, { tp: 4, pred: 5, gold: 6 }), { tp: 5, pred: 7, gold: 9 });
    assert.equal(accuracy({ correct: 3, total: 4 }), 0.75);
    assert.equal(accuracy({ correct: 0, total: 0 }), null);
  });

  it('measures overlap in code units; touching spans do not overlap', () => {
    assert.equal(overlap({ start: 0, end: 10 }, { start: 5, end: 20 }), 5);
    assert.equal(overlap({ start: 0, end: 10 }, { start: 10, end: 20 }), 0);
    assert.equal(overlap({ start: 3, end: 4 }, { start: 0, end: 10 }), 1);
  });
});

describe('eval: matching', () => {
  it('matchExact pairs equal keys one-to-one, duplicates in order', () => {
    const pred = [{ k: 'a' }, { k: 'b' }, { k: 'a' }, { k: 'a' }];
    const gold = [{ k: 'a' }, { k: 'c' }, { k: 'a' }];
    assert.deepEqual(
      matchExact(pred, gold, (p) => p.k, (g) => g.k),
      { pairs: [[0, 0], [2, 2]], unmatchedPred: [1, 3], unmatchedGold: [1] },
    );
  });

  it('spanKey includes the label only when given', () => {
    assert.equal(spanKey({ start: 1, end: 2 }), '1:2');
    assert.equal(spanKey({ start: 1, end: 2 }, 'ORG'), '1:2:ORG');
  });

  it('matchOverlap is one-to-one and greedy by largest overlap', () => {
    // p0 overlaps g0 by 2 and g1 by 8; p1 overlaps g1 by 5. Greedy: p0-g1 (8) first, then p1 cannot take g1.
    const pred = [{ start: 8, end: 20 }, { start: 15, end: 30 }];
    const gold = [{ start: 0, end: 10 }, { start: 12, end: 20 }];
    assert.deepEqual(matchOverlap(pred, gold), { pairs: [[0, 1]], unmatchedPred: [1], unmatchedGold: [0] });
  });

  it('matchOverlap breaks ties by earlier prediction, then earlier gold', () => {
    const pred = [{ start: 0, end: 10 }, { start: 0, end: 10 }];
    const gold = [{ start: 5, end: 15 }, { start: -5, end: 5 }];
    // Both predictions overlap both gold spans by 5: p0 takes g0, p1 takes g1.
    assert.deepEqual(matchOverlap(pred, gold), { pairs: [[0, 0], [1, 1]], unmatchedPred: [], unmatchedGold: [] });
  });

  it('matchOverlap ignores touching spans and honours compatible()', () => {
    const pred = [{ start: 0, end: 5, ok: false }, { start: 5, end: 9, ok: true }];
    const gold = [{ start: 5, end: 10 }, { start: 0, end: 4 }];
    assert.deepEqual(
      matchOverlap(pred, gold, (p) => p.ok),
      { pairs: [[1, 0]], unmatchedPred: [0], unmatchedGold: [1] },
    );
    assert.deepEqual(matchOverlap([], gold), { pairs: [], unmatchedPred: [], unmatchedGold: [0, 1] });
  });
});

describe('eval: layer scores', () => {
  it('entities: exact span and type, span only, per type, linking', () => {
    const gold = [ent(0, 5, 'PERSON', 'John Kerry'), ent(10, 16, 'LOC', 'Geneva'), ent(20, 25, 'ORG', 'UN'), ent(30, 35, 'MISC', 'Syrian')];
    const pred = [ent(0, 5, 'PERSON', 'Kerry'), ent(10, 16, 'LOC', 'Geneva'), ent(20, 25, 'LOC', 'UN'), ent(40, 45, 'PERSON', 'X')];
    const { scores, errors } = scoreEntities(pred, gold);
    assert.deepEqual(scores.exact, { tp: 2, pred: 4, gold: 4 });
    assert.deepEqual(scores.span, { tp: 3, pred: 4, gold: 4 });
    assert.deepEqual(scores.byType, {
      PERSON: { tp: 1, pred: 2, gold: 1 },
      ORG: { tp: 0, pred: 0, gold: 1 },
      LOC: { tp: 1, pred: 2, gold: 1 },
      MISC: { tp: 0, pred: 0, gold: 1 },
    });
    assert.deepEqual(scores.linking, { correct: 1, total: 2 });
    assert.deepEqual(errors.falsePositives, [pred[2], pred[3]]);
    assert.deepEqual(errors.falseNegatives, [gold[2], gold[3]]);
    assert.deepEqual(errors.wrongType, [[pred[2], gold[2]]]);
    assert.deepEqual(errors.wrongId, [[pred[0], gold[0]]]);
  });

  it('quotes: direct exact and lenient, indirect by overlap, speakers with null == null', () => {
    const gold = [
      quote(0, 20, 'direct', 'A'),
      quote(30, 40, 'direct', null),
      quote(50, 90, 'indirect', 'B'),
      quote(60, 70, 'direct', 'B'),
      quote(100, 120, 'indirect', null),
    ];
    const pred = [
      quote(0, 20, 'direct', 'A'), // exact, right speaker
      quote(29, 41, 'direct', null), // lenient only, null == null
      quote(55, 95, 'indirect', 'C'), // overlaps, wrong speaker
      quote(60, 70, 'direct', 'C'), // exact, wrong speaker
      quote(130, 140, 'indirect', null), // FP
      quote(200, 210, 'direct', 'A'), // FP
    ];
    const { scores, errors } = scoreQuotes(pred, gold);
    assert.deepEqual(scores, {
      directExact: { tp: 2, pred: 4, gold: 3 },
      directLenient: { tp: 3, pred: 4, gold: 3 },
      directSpeaker: { correct: 2, total: 3 },
      indirect: { tp: 1, pred: 2, gold: 2 },
      indirectSpeaker: { correct: 0, total: 1 },
    });
    assert.deepEqual(errors.direct, { falsePositives: [pred[5]], falseNegatives: [] });
    assert.deepEqual(errors.directBoundary, [[pred[1], gold[1]]]);
    assert.deepEqual(errors.indirect, { falsePositives: [pred[4]], falseNegatives: [gold[4]] });
    assert.deepEqual(errors.wrongSpeaker, [
      [pred[2], gold[2]],
      [pred[3], gold[3]],
    ]);
  });

  it('quotes: a direct prediction never matches an indirect gold quote', () => {
    const { scores } = scoreQuotes([quote(0, 10, 'direct', 'A')], [quote(0, 10, 'indirect', 'A')]);
    assert.deepEqual(scores.directLenient, { tp: 0, pred: 1, gold: 0 });
    assert.deepEqual(scores.indirect, { tp: 0, pred: 0, gold: 1 });
  });

  it('claims: overlap matching, reason accuracy, unattributed-quote left out', () => {
    const gold = [claim(0, 50, 'vague-source'), claim(60, 100, 'unsourced-statistic'), claim(200, 220, 'anonymous-source')];
    const pred = [claim(10, 20, 'vague-source'), claim(70, 80, 'vague-source'), claim(120, 130, 'unsourced-statistic'), claim(200, 210, 'unattributed-quote')];
    const { scores, errors } = scoreClaims(pred, gold);
    assert.deepEqual(scores, { claims: { tp: 2, pred: 3, gold: 3 }, reason: { correct: 1, total: 2 }, unscored: 1 });
    assert.deepEqual(errors.falsePositives, [pred[2]]);
    assert.deepEqual(errors.falseNegatives, [gold[2]]);
    assert.deepEqual(errors.wrongReason, [[pred[1], gold[1]]]);
  });
});

describe('eval: gold files', () => {
  it('reads a gold file, infers annotated layers when the field is missing, warns on text mismatch', () => {
    const { doc, warnings } = parseGold(
      {
        id: 'x',
        text: 'Kerry said so.',
        entities: [{ start: 0, end: 5, text: 'Kerry', type: 'PERSON', id: 'John Kerry' }],
        quotes: [{ start: 6, end: 13, text: 'WRONG', kind: 'indirect', speaker: null, cue: null }],
      },
      'x.json',
    );
    assert.deepEqual(doc.annotated, ['entities', 'quotes']);
    assert.deepEqual(doc.entities, [{ start: 0, end: 5, text: 'Kerry', type: 'PERSON', id: 'John Kerry' }]);
    assert.deepEqual(doc.quotes, [{ start: 6, end: 13, text: 'said so', kind: 'indirect', speaker: null }]);
    assert.deepEqual(warnings, ['quotes[0]: text "WRONG" differs from the slice "said so"']);
  });

  it('honours the annotated field and rejects broken files', () => {
    const { doc } = parseGold({ text: 'abc', entities: [], quotes: [], annotated: ['entities'] }, 'dir/y.json');
    assert.equal(doc.id, 'y');
    assert.deepEqual(doc.annotated, ['entities']);
    assert.throws(() => parseGold({ id: 'z' }, 'z.json'), /no "text"/);
    assert.throws(() => parseGold({ text: 'abc', entities: [{ start: 2, end: 9, type: 'PERSON' }] }, 'z.json'), /bad range 2-9/);
    assert.throws(() => parseGold({ text: 'abc', entities: [{ start: 0, end: 1, type: 'PER' }] }, 'z.json'), /bad type/);
  });

  it('every file of the dev corpus loads without warnings', function () {
    const dir = path.resolve(__dirname, '..', '..', '..', 'shared', 'eval', 'dev');
    if (!fs.existsSync(dir)) this.skip();
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const { doc, warnings } = parseGold(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')), name);
      assert.deepEqual(warnings, [], name);
      assert.ok(doc.annotated.includes('entities'), name);
    }
  });
});

describe('eval: compromise baseline', () => {
  it('gives name spans with JS offsets: titles, possessives and punctuation trimmed, lists split', () => {
    const text = '😀 President Barack Obama met John Kerry’s aide in Geneva, Switzerland. Kim Min-Woo and Apple Inc. agreed.';
    const found = compromiseEntities(text);
    for (const e of found) assert.equal(text.slice(e.start, e.end), e.text);
    const texts = found.map((e) => `${e.type}:${e.text}`);
    for (const expected of ['PERSON:Barack Obama', 'PERSON:John Kerry', 'LOC:Geneva', 'LOC:Switzerland']) {
      assert.ok(texts.includes(expected), `${expected} in ${texts.join(', ')}`);
    }
    assert.ok(!texts.some((t) => /President|’s|,/.test(t)), texts.join(', '));
    // sorted, no overlaps
    for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end);
  });

  it('returns nothing for empty or name-free text', () => {
    assert.deepEqual(compromiseEntities(''), []);
    assert.deepEqual(compromiseEntities('it was raining all day.'), []);
  });
});

// A tiny "engine" for the harness tests: finds "Kerry" as PERSON "John Kerry" and flags "reportedly".
function fakeAnalyze(text: string): Analysis {
  const mentions = [...text.matchAll(/Kerry/g)].map((m) => ({ start: m.index as number, end: (m.index as number) + 5, text: 'Kerry', entityId: 'John Kerry', type: 'PERSON' as const }));
  const claims = [...text.matchAll(/reportedly|"hi"/g)].map((m) => {
    const start = m.index as number;
    const end = start + m[0].length;
    const unattributed = m[0] === '"hi"';
    return {
      start,
      end,
      text: m[0],
      code: unattributed ? ('NL005' as const) : ('NL003' as const),
      rule: unattributed ? 'unattributed-quote' : 'hedged-hearsay',
      reason: unattributed ? ('unattributed-quote' as const) : ('vague-source' as const),
      message: 'm',
      severity: 'information' as const,
      trigger: { start, end, text: m[0] },
    };
  });
  return { version: 1, length: text.length, entities: [], mentions, quotes: [], claims, notices: [] };
}

const DOCS: GoldDoc[] = [
  {
    id: 'one',
    file: 'one.json',
    text: 'Kerry reportedly left. "hi"',
    annotated: ['entities', 'quotes', 'claims'],
    entities: [{ start: 0, end: 5, text: 'Kerry', type: 'PERSON', id: 'John Kerry' }],
    quotes: [{ start: 23, end: 27, text: '"hi"', kind: 'direct', speaker: null }],
    claims: [{ start: 0, end: 22, text: 'Kerry reportedly left.', reason: 'vague-source' }],
    split: 'test',
  },
  {
    id: 'two',
    file: 'two.json',
    text: 'Kerry and Lavrov. It reportedly rained.',
    annotated: ['entities'],
    entities: [
      { start: 0, end: 5, text: 'Kerry', type: 'PERSON', id: 'Kerry' },
      { start: 10, end: 16, text: 'Lavrov', type: 'PERSON', id: 'Lavrov' },
    ],
    quotes: [],
    claims: [],
    split: null,
  },
];

describe('eval: evaluate and reports', () => {
  let clock = 0;
  const now = () => (clock += 5);

  it('scores only annotated layers, micro-averages, times both systems', () => {
    clock = 0;
    const r = evaluate(DOCS, { analyze: fakeAnalyze, baseline: () => [{ start: 10, end: 16, text: 'Lavrov', type: 'PERSON', id: 'Lavrov' }], now });
    assert.deepEqual(r.layerFiles, { entities: 2, quotes: 1, claims: 1 });
    assert.deepEqual(r.docs[0].newsLens.entities?.exact, { tp: 1, pred: 1, gold: 1 });
    assert.equal(r.docs[1].newsLens.quotes, undefined);
    assert.equal(r.docs[1].newsLens.claims, undefined);
    assert.deepEqual(r.total.newsLens.entities.exact, { tp: 2, pred: 2, gold: 3 });
    assert.deepEqual(r.total.newsLens.entities.linking, { correct: 1, total: 2 });
    assert.deepEqual(r.total.newsLens.quotes.directLenient, { tp: 0, pred: 0, gold: 1 });
    assert.deepEqual(r.total.newsLens.claims, { claims: { tp: 1, pred: 1, gold: 1 }, reason: { correct: 1, total: 1 }, unscored: 1 });
    assert.deepEqual(r.total.compromise?.entities.exact, { tp: 1, pred: 2, gold: 3 });
    // every timed call took 5 "ms" on the fake clock
    assert.deepEqual(r.throughput.newsLens, { bytes: 27 + 39, ms: 10 });
    assert.deepEqual(r.throughput.compromise, { bytes: 66, ms: 10 });
    assert.equal(mbPerSecond({ bytes: 2e6, ms: 500 }), 4);
    assert.equal(mbPerSecond({ bytes: 10, ms: 0 }), null);
  });

  it('formats percentages and aligned tables', () => {
    assert.equal(pct(0.8125), '81.3');
    assert.equal(pct(null), '-');
    assert.equal(table([['a', 'bb'], ['ccc', 'd']]), 'a    bb\nccc   d');
  });

  it('adds rates next to counts in the JSON', () => {
    assert.deepEqual(withRates({ x: { tp: 1, pred: 2, gold: 4 }, y: [{ correct: 1, total: 2 }], z: 'k' }), {
      x: { tp: 1, pred: 2, gold: 4, precision: 0.5, recall: 0.25, f1: 1 / 3 },
      y: [{ correct: 1, total: 2, accuracy: 0.5 }],
      z: 'k',
    });
  });

  it('lists errors with positions', () => {
    clock = 0;
    const r = evaluate(DOCS, { analyze: fakeAnalyze, now });
    assert.equal(
      errorReport(r, ['entities', 'quotes', 'claims']),
      [
        'FP = predicted, not in gold; FN = in gold, not predicted; ~ = overlapping but not exact span; positions are line:column [start,end).',
        '',
        'one  (one.json)',
        '  direct    FN  1:24 [23,27)  "\\"hi\\""  speaker null',
        '',
        'two  (two.json)',
        '  entity    FN  1:11 [10,16)  PERSON "Lavrov"',
        '  linking       1:1 [0,5)  "Kerry" -> id "John Kerry", gold "Kerry"',
        '',
      ].join('\n'),
    );
  });
});

describe('eval: runEval', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-eval-'));
    for (const d of DOCS) {
      const { file, ...rest } = d;
      fs.writeFileSync(path.join(tmp, file), JSON.stringify(rest));
    }
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  async function runIt(argv: string[], analyze: (text: string) => Analysis = fakeAnalyze) {
    let stdout = '';
    let stderr = '';
    const code = await runEval(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: tmp }, {
      analyze,
      baseline: () => compromiseEntities,
    });
    return { code, stdout, stderr };
  }

  it('parses its options', () => {
    assert.deepEqual(parseEvalArgs(['a', '--json', '--errors=claims,quotes', '--no-baseline']), {
      paths: ['a'],
      json: true,
      errors: ['claims', 'quotes'],
      baselineErrors: false,
      baseline: false,
      split: null,
    });
    assert.equal((parseEvalArgs(['--split=test']) as { split: string }).split, 'test');
    assert.deepEqual(parseEvalArgs(['--errors=nope']), { error: "invalid --errors layers 'nope' (expected entities, quotes, claims)" });
    assert.deepEqual(parseEvalArgs(['--what']), { error: "unknown option '--what'" });
    assert.equal(parseEvalArgs(['-h']), 'help');
  });

  it('prints the table with TOTAL rows for both systems, and the footnotes', async () => {
    const r = await runIt(['.', '--errors']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^News Lens evaluation: 2 gold files from \./);
    assert.match(r.stdout, /\nTOTAL News Lens +80\.0 /);
    assert.match(r.stdout, /\nTOTAL compromise /);
    assert.match(r.stdout, /rule NL005\) are not scored: the gold format has no such claim type \(1 left out\)/);
    assert.match(r.stdout, /it has no MISC/);
    assert.match(r.stdout, /Throughput: News Lens [\d.-]+ MB\/s .*; compromise [\d.-]+ MB\/s/);
    assert.match(r.stdout, /\nErrors of News Lens\n/);
  });

  it('--json gives machine-readable totals', async () => {
    const r = await runIt(['one.json', 'two.json', '--json', '--no-baseline']);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(j.files.map((f: { id: string }) => f.id), ['one', 'two']);
    assert.deepEqual(j.total.newsLens.entities.exact, { tp: 2, pred: 2, gold: 3, precision: 1, recall: 2 / 3, f1: 0.8 });
    assert.equal(j.total.compromise, undefined);
    assert.equal(j.throughput.compromise, undefined);
  });

  it('--split keeps only the files of that split', async () => {
    const r = await runIt(['.', '--json', '--no-baseline', '--split=test']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { id: string }) => f.id), ['one']);
    const none = await runIt(['.', '--no-baseline', '--split=train']);
    assert.equal(none.code, 2);
    assert.equal(none.stderr, 'eval: no gold files (*.json, split train) in .\n');
  });

  it('scores a document the engine throws on as empty, says so and exits 2', async () => {
    const r = await runIt(['.', '--no-baseline'], (text) => {
      if (text.startsWith('Kerry and')) throw new Error('boom');
      return fakeAnalyze(text);
    });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'eval: two: analyze() threw: boom (scored as empty)\n');
    assert.match(r.stdout, /\ntwo +0\.0 /);
  });

  it('exits 2 on a missing folder or a broken gold file', async () => {
    const missing = await runIt(['nowhere']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^eval: cannot read nowhere:/);
    fs.writeFileSync(path.join(tmp, 'broken.json'), '{');
    const broken = await runIt(['.', '--no-baseline']);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /^eval: broken\.json: /);
    fs.rmSync(path.join(tmp, 'broken.json'));
  });
});

describe('eval: the standard sets side by side', () => {
  const set = (name: string, use: 'entities' | 'quotes'): EvalSet => ({ name, folder: name, split: null, use });
  const result = evaluate(DOCS, { analyze: fakeAnalyze, baseline: () => [], now: () => 0 });
  const before: Before = {
    commit: 'abc1234',
    sets: {
      dev: {
        entities: { exact: { tp: 1, pred: 2, gold: 3 }, span: { tp: 1, pred: 2, gold: 3 }, byType: { PERSON: { tp: 1, pred: 2, gold: 3 } } },
        quotes: { directExact: { tp: 1, pred: 1, gold: 2 }, indirect: { tp: 0, pred: 0, gold: 0 }, directSpeaker: { correct: 1, total: 1 }, indirectSpeaker: { correct: 0, total: 0 } },
        claims: { claims: { tp: 1, pred: 1, gold: 1 } },
      },
    },
  };

  it('prints P/R/F1 per type for before, now and compromise on each entity set', () => {
    const out = threeSetTable([{ set: set('dev', 'entities'), files: 2, result }, { set: set('GUM test', 'entities'), files: 2, result }], before);
    const lines = out.split('\n');
    assert.equal(lines[0], 'Entities on the standard sets: exact span and type, micro-averaged, in %');
    // before on dev: 1/2/3; no recorded figures for GUM test; now: 2 right of 2 predicted, 3 gold
    assert.match(out, /\nall +before \(abc1234\) +50\.0 +33\.3 +40\.0\n/);
    assert.match(out, /\n +News Lens +100\.0 +66\.7 +80\.0 +100\.0 +66\.7 +80\.0\n/);
    assert.match(out, /\n +compromise +- +0\.0 +0\.0 +- +0\.0 +0\.0\n/);
    assert.match(out, /\nMISC +before \(abc1234\)\n/);
    assert.equal(threeSetTable([{ set: set('conventions', 'quotes'), files: 1, result }], before), '');
  });

  it('prints quote and claim totals: dev before and now, the conventions set now', () => {
    const out = quoteLines([{ set: set('dev', 'entities'), files: 2, result }, { set: set('conventions', 'quotes'), files: 2, result }], before);
    assert.deepEqual(out.split('\n').slice(1, 4), [
      'dev, before (abc1234)       66.7    100.0            -             -     100.0',
      'dev (2), now                 0.0        -            -             -     100.0',
      'conventions (2), now         0.0        -            -             -     100.0',
    ]);
  });
});
