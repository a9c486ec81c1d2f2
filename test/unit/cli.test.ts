import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { Analysis, Claim } from '../../src/core/types';
import { DEFAULT_MAX_SIZE, parseArgs, parseSize } from '../../src/cli/args';
import { comparePaths, decodeArticle, formatSize } from '../../src/cli/files';
import { decodeMixedUtf8, utf8Census } from '../../src/cli/utf8';
import fc from 'fast-check';
import { VERSION, type CliDeps } from '../../src/cli/main';
import { runCli, write, type Captured } from './cli-harness';
import { LineIndex } from '../../src/cli/position';
import { analysisJson, analysisText, checkLines, displayText, sarifUri, summarize, summaryLine } from '../../src/cli/report';
import { toGoldShape } from '../../src/core/format';

const ROOT = path.resolve(__dirname, '..', '..');

/** A fake engine for exact expectations: "reportedly" -> NL003 information, "critics say" -> NL001 warning. */
function fakeAnalyze(text: string): Analysis {
  const claims: Claim[] = [];
  for (const m of text.matchAll(/reportedly|critics say/gi)) {
    const start = m.index as number;
    const end = start + m[0].length;
    const vague = m[0].toLowerCase() === 'critics say';
    claims.push({
      start,
      end,
      text: m[0],
      code: vague ? 'NL001' : 'NL003',
      rule: vague ? 'vague-source' : 'hedged-hearsay',
      reason: 'vague-source',
      message: vague ? 'Who are the critics?' : 'Reported by whom?',
      severity: vague ? 'warning' : 'information',
      trigger: { start, end, text: m[0] },
    });
  }
  return { version: 1, length: text.length, entities: [], mentions: [], quotes: [], claims, notices: [] };
}

async function cli(argv: string[], cwd: string, deps: CliDeps = { analyze: fakeAnalyze }): Promise<Captured> {
  return runCli(argv, cwd, { deps });
}


describe('cli: argument parsing', () => {
  it('parses commands, formats and options', () => {
    assert.deepEqual(parseArgs(['check', 'a', 'b', '--format=json', '--max-size', '2M', '--rule', 'nl003=off', '--rule', 'NL001=error', '--vague-source', 'insiders say', '--allow', 'a monitor said']), {
      kind: 'run',
      options: {
        command: 'check',
        paths: ['a', 'b'],
        format: 'json',
        maxSize: 2 * 1024 * 1024,
        rules: { NL003: { enabled: false }, NL001: { enabled: true, severity: 'error' } },
        extraVagueSources: ['insiders say'],
        allowedPhrases: ['a monitor said'],
        noConfig: false,
        noIgnore: false,
      },
    });
    assert.deepEqual(parseArgs(['analyze', 'f.txt']), {
      kind: 'run',
      options: { command: 'analyze', paths: ['f.txt'], format: 'text', maxSize: DEFAULT_MAX_SIZE, rules: {}, extraVagueSources: [], allowedPhrases: [], noConfig: false, noIgnore: false },
    });
    assert.deepEqual(parseArgs(['check', '--', '--weird-name.txt']), {
      kind: 'run',
      options: { command: 'check', paths: ['--weird-name.txt'], format: 'text', maxSize: DEFAULT_MAX_SIZE, rules: {}, extraVagueSources: [], allowedPhrases: [], noConfig: false, noIgnore: false },
    });
  });

  it('recognises help and version anywhere', () => {
    assert.deepEqual(parseArgs(['--help']), { kind: 'help' });
    assert.deepEqual(parseArgs(['check', 'x', '-h']), { kind: 'help' });
    assert.deepEqual(parseArgs(['help']), { kind: 'help' });
    assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
    assert.deepEqual(parseArgs(['-v']), { kind: 'version' });
  });

  it('reports usage errors precisely', () => {
    const msg = (argv: string[]) => {
      const r = parseArgs(argv);
      return r.kind === 'error' ? r.message : r.kind;
    };
    assert.equal(msg([]), 'missing command (analyze, check or speakers)');
    assert.equal(msg(['lint', 'x']), "unknown command 'lint'");
    assert.equal(msg(['check', 'x', '--bogus']), "unknown option '--bogus'");
    assert.equal(msg(['check', 'x', '-q']), "unknown option '-q'");
    assert.equal(msg(['check']), 'check needs at least one PATH');
    assert.equal(msg(['analyze']), 'analyze needs a FILE');
    assert.equal(msg(['analyze', 'a', 'b']), 'analyze takes exactly one FILE (use --format jsonl or check for several)');
    assert.equal(msg(['analyze', 'a', '--format', 'sarif']), "invalid --format 'sarif' for analyze (expected text or json or jsonl)");
    assert.equal(msg(['check', 'a', '--format']), "option '--format' needs a value");
    assert.equal(msg(['check', 'a', '--max-size', 'lots']), "invalid --max-size 'lots' (expected bytes, e.g. 500000, 512k, 10M)");
    assert.equal(msg(['check', 'a', '--rule', 'NL009=off']), "invalid --rule 'NL009=off' (expected CODE=LEVEL with CODE one of NL001, NL002, NL003, NL004, NL005, NL006)");
    assert.equal(msg(['check', 'a', '--rule', 'NL001=loud']), "invalid level 'loud' in --rule (expected off, error, warning, information, hint)");
    assert.equal(msg(['check', '-', 'a', '-']), "standard input ('-') can be read only once");
    assert.equal(msg(['check', 'a', '--max-warnings', '-1']), "invalid --max-warnings '-1' (expected a whole number, 0 or more)");
    assert.equal(msg(['check', 'a', '--max-warnings', 'ten']), "invalid --max-warnings 'ten' (expected a whole number, 0 or more)");
    assert.equal(msg(['analyze', 'a', '--max-warnings', '1']), '--max-warnings is an option of check');
    assert.equal(msg(['check', 'a', '--config', 'c.json', '--no-config']), '--config and --no-config cannot be used together');
  });

  it('parses sizes', () => {
    assert.equal(parseSize('500000'), 500000);
    assert.equal(parseSize('512k'), 512 * 1024);
    assert.equal(parseSize('10MB'), 10 * 1024 * 1024);
    assert.equal(parseSize('1.5M'), 1.5 * 1024 * 1024);
    assert.equal(parseSize('1GiB'), 1024 ** 3);
    assert.equal(parseSize('0'), 0);
    assert.equal(parseSize('-1'), undefined);
    assert.equal(parseSize('ten'), undefined);
  });
});

describe('cli: positions and text helpers', () => {
  it('counts lines at \\n, \\r\\n and \\r and columns in UTF-16 units', () => {
    const idx = new LineIndex('ab\r\ncd\ne\rf😀g');
    assert.deepEqual(idx.position(0), { line: 1, column: 1 });
    assert.deepEqual(idx.position(2), { line: 1, column: 3 }); // the \r of \r\n
    assert.deepEqual(idx.position(4), { line: 2, column: 1 });
    assert.deepEqual(idx.position(8), { line: 3, column: 2 }); // the \r
    assert.deepEqual(idx.position(9), { line: 4, column: 1 });
    assert.deepEqual(idx.position(12), { line: 4, column: 4 }); // after the surrogate pair
    assert.equal(idx.lineCount, 4);
  });

  it('makes document text safe for one terminal line', () => {
    assert.equal(displayText('  a\n\tb  '), 'a b');
    assert.equal(displayText('x\u001b[31my\u202ez'), 'x\uFFFD[31my\uFFFDz');
    assert.equal(displayText('abcdefghij', 8), 'abcde...');
    assert.equal(displayText('abcd😀fgh', 8), 'abcd...'); // no half surrogate pair
  });

  it('formats sizes and sorts paths segment by segment', () => {
    assert.equal(formatSize(10 * 1024 * 1024), '10 MB');
    assert.equal(formatSize(1536), '1.5 kB');
    assert.equal(formatSize(20), '20 bytes');
    const paths = ['b.txt', 'a-b.txt', 'a/z.md', 'A.news', 'a/b/c.txt'];
    assert.deepEqual([...paths].sort(comparePaths), ['A.news', 'a/b/c.txt', 'a/z.md', 'a-b.txt', 'b.txt']);
  });

  it('decodes UTF-8, strips a BOM, keeps CRLF, refuses binary', () => {
    const enc = new TextEncoder();
    assert.deepEqual(decodeArticle(enc.encode('\uFEFFa\r\nb')), { ok: true, text: 'a\r\nb' });
    assert.deepEqual(decodeArticle(Uint8Array.from([0x61, 0, 0x62])), { ok: false, message: 'binary file (contains NUL bytes)' });
    assert.deepEqual(decodeArticle(Uint8Array.from([0xc3, 0x28])), { ok: false, message: 'binary file or not UTF-8 text (invalid UTF-8)' });
    assert.deepEqual(decodeArticle(Uint8Array.from([0xff, 0xfe, 0x61, 0])), { ok: false, message: 'UTF-16 text is not supported (save the file as UTF-8)' });
  });

  it('decodes UTF-8 with a stray Windows-1252 byte as UTF-8, not the whole file as Windows-1252', () => {
    const enc = new TextEncoder();
    // A UTF-8 article with a curly quote pasted from a Windows-1252 source (0x93) and its last character cut.
    const utf8 = enc.encode('\uFEFFDie Bürgerin Jana Müller sagte: „Wir müssen über die Straße.“ Ärger überall. ');
    const bytes = Uint8Array.from([...utf8, 0x93, ...enc.encode('Köln'), 0xc3]);
    assert.deepEqual(decodeArticle(bytes), {
      ok: true,
      text: 'Die Bürgerin Jana Müller sagte: „Wir müssen über die Straße.“ Ärger überall. “KölnÃ',
      notice: 'not UTF-8 throughout: 2 bytes that are not UTF-8 decoded as windows-1252',
    });
    // A Windows-1252 file (no well-formed multi-byte UTF-8 in it) is still decoded whole, as detected.
    const cp1252 = Uint8Array.from([...enc.encode('The mayor, Jos'), 0xe9, ...enc.encode(' Mart'), 0xed, ...enc.encode('nez, said: '), 0x93, ...enc.encode('We will rebuild the caf'), 0xe9, ...enc.encode(' and the bridge.'), 0x94, ...enc.encode(' He thanked the volunteers who had worked through the night and the firefighters from three towns.')]);
    const decoded = decodeArticle(cp1252);
    assert.equal(decoded.ok && decoded.text, 'The mayor, José Martínez, said: “We will rebuild the café and the bridge.” He thanked the volunteers who had worked through the night and the firefighters from three towns.');
  });

  it('tells well-formed UTF-8 from stray bytes as the UTF-8 decoder does', () => {
    const latin1 = (b: Uint8Array) => String.fromCharCode(...b);
    // Overlong forms, surrogates and code points past U+10FFFF start no sequence.
    for (const bad of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80]]) {
      assert.deepEqual(utf8Census(Uint8Array.from(bad)), { multiByte: 0, invalid: bad.length }, bad.join(' '));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const bytes = new TextEncoder().encode(s);
        assert.equal(decodeMixedUtf8(bytes, latin1), new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
        assert.equal(utf8Census(bytes).invalid, 0);
      }),
      { numRuns: 300 },
    );
  });

  it('makes SARIF URIs', () => {
    assert.equal(sarifUri('dir/my file#1.txt'), 'dir/my%20file%231.txt');
    assert.equal(sarifUri('dir\\a.txt'), 'dir/a.txt');
    assert.equal(sarifUri('/abs/a.txt'), 'file:///abs/a.txt');
  });
});

describe('cli: report formats', () => {
  const text = 'Kerry visits Geneva\r\nJohn Kerry said "progress" was made.\nCritics say it failed. "No," one said.';
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const span = (s: string, from = 0) => ({ start: at(s, from), end: at(s, from) + s.length, text: s });
  const analysis: Analysis = {
    version: 1,
    length: text.length,
    entities: [
      { id: 'John Kerry', type: 'PERSON', name: 'John Kerry', role: 'U.S. Secretary of State', roles: ['U.S. Secretary of State'], aliases: ['Kerry'], mentionCount: 2, quoteCount: 1, firstOffset: 0 },
      { id: 'Geneva', type: 'LOC', name: 'Geneva', role: null, roles: [], aliases: [], mentionCount: 1, quoteCount: 0, firstOffset: at('Geneva') },
    ],
    mentions: [
      { ...span('Kerry'), entityId: 'John Kerry', type: 'PERSON' },
      { ...span('Geneva'), entityId: 'Geneva', type: 'LOC' },
      { ...span('John Kerry'), entityId: 'John Kerry', type: 'PERSON' },
    ],
    quotes: [
      { ...span('"progress"'), kind: 'direct', speakerId: 'John Kerry', cue: span('said'), speakerSpan: span('John Kerry'), continues: false, attribution: 'cue' },
      { ...span('"No,"'), kind: 'direct', speakerId: null, cue: span('said', at('"No,"')), speakerSpan: null, continues: false, attribution: null },
    ],
    claims: [
      {
        ...span('Critics say it failed.'),
        code: 'NL001',
        rule: 'vague-source',
        reason: 'vague-source',
        message: 'Vague source: who are the critics?',
        severity: 'warning',
        trigger: span('Critics say'),
      },
    ],
    notices: [],
  };

  it('analyze --format text', () => {
    assert.equal(
      analysisText('news/a.txt', analysis, text),
      [
        'news/a.txt',
        '2 entities, 3 mentions, 2 quotes (2 direct, 0 indirect), 1 flagged claim',
        '',
        'ENTITIES',
        '  PERSON (1)',
        '    John Kerry - U.S. Secretary of State - 2 mentions, 1 quote (also: Kerry)',
        '  LOC (1)',
        '    Geneva - 1 mention',
        '',
        'QUOTES',
        '  John Kerry (U.S. Secretary of State) - 1 quote',
        '    2:17  direct    "progress"  [said]',
        '  Unattributed - 1 quote',
        '    3:24  direct    "No,"  [said]',
        '',
        'CLAIMS',
        '  3:1  NL001  Vague source: who are the critics?',
        '',
      ].join('\n'),
    );
  });

  it('analyze --format text with an empty analysis', () => {
    const empty: Analysis = { version: 1, length: 2, entities: [], mentions: [], quotes: [], claims: [], notices: [] };
    assert.equal(
      analysisText('x.txt', empty, 'hi'),
      'x.txt\n0 entities, 0 mentions, 0 quotes (0 direct, 0 indirect), 0 flagged claims\n\nENTITIES\n  (none)\n\nQUOTES\n  (none)\n\nCLAIMS\n  (none)\n',
    );
  });

  it('analyze --format json is the gold shape plus the file', () => {
    assert.deepEqual(analysisJson('a.txt', analysis, text), { file: 'a.txt', ...toGoldShape(analysis, text) });
  });

  it('check lines and summary', () => {
    assert.deepEqual(checkLines({ file: 'news/a.txt', text, analysis }), ['news/a.txt:3:1  warning  NL001  Vague source: who are the critics?']);
    const other = fakeAnalyze('It reportedly rained.\nreportedly.');
    const s = summarize(
      [
        { file: 'a', text, analysis },
        { file: 'b', text: '', analysis: other },
        { file: 'c', text: '', analysis: fakeAnalyze('') },
      ],
      0,
      0,
    );
    assert.equal(summaryLine(s), '3 problems (1 warning, 2 information) in 2 files (3 checked)');
    assert.equal(summaryLine(summarize([{ file: 'a', text, analysis }], 1, 2)), '1 problem (1 warning) in 1 file (1 checked, 1 skipped, 2 failed)');
    assert.equal(summaryLine(summarize([{ file: 'c', text: '', analysis: fakeAnalyze('') }], 0, 0)), 'No problems (1 file checked)');
    assert.equal(summaryLine(summarize([], 2, 0)), 'No problems (0 files checked, 2 skipped)');
  });
});

describe('cli: run (in-process)', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-cli-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('--help and --version exit 0 on stdout; usage errors exit 2 on stderr', async () => {
    const help = await cli(['--help'], tmp);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage:\n {2}news-lens analyze FILE/);
    assert.equal(help.stderr, '');
    const version = await cli(['--version'], tmp);
    assert.deepEqual(version, { code: 0, stdout: `${VERSION}\n`, stderr: '' });
    assert.equal(VERSION, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    const bad = await cli(['check', '.', '--frobnicate'], tmp);
    assert.equal(bad.code, 2);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /^news-lens: unknown option '--frobnicate'\n\nUsage:/);
    const none = await cli([], tmp);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /missing command/);
  });

  it('check: exit 0 when clean, 1 when flagged, with editor positions', async () => {
    write(tmp, 'clean.txt', 'Nothing to see here.\n');
    write(tmp, 'flagged.txt', '\uFEFFHeadline\r\nIt 😀 reportedly rained, critics say.\r\n');
    const clean = await cli(['check', 'clean.txt'], tmp);
    assert.deepEqual(clean, { code: 0, stdout: 'No problems (1 file checked)\n', stderr: '' });
    const flagged = await cli(['check', 'clean.txt', 'flagged.txt'], tmp);
    assert.equal(flagged.code, 1);
    assert.equal(flagged.stderr, '');
    assert.equal(
      flagged.stdout,
      'flagged.txt:2:7  information  NL003  Reported by whom?\n' +
        'flagged.txt:2:26  warning  NL001  Who are the critics?\n' +
        '\n' +
        '2 problems (1 warning, 1 information) in 1 file (2 checked)\n',
    );
  });

  it('check: walks folders recursively in sorted order, skipping node_modules, dot-folders, other extensions and symlink loops', async () => {
    const files = ['b.txt', 'a/z.md', 'a-b.txt', 'A.news', 'd.markdown', 'e.article', 'sub/deep/f.TXT'];
    for (const f of files) write(tmp, path.join('root', f), 'It reportedly happened.');
    for (const f of ['node_modules/x.txt', '.git/y.txt', '.hidden/z.txt', '.dot.txt', 'c.json', 'g.html']) write(tmp, path.join('root', f), 'reportedly');
    fs.symlinkSync(path.join(tmp, 'root'), path.join(tmp, 'root', 'sub', 'loop'));
    fs.symlinkSync(path.join(tmp, 'root', 'b.txt'), path.join(tmp, 'root', 'sub', 'same-as-b.txt'));
    const r = await cli(['check', 'root'], tmp);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const listed = r.stdout
      .split('\n')
      .filter((l) => l.includes('NL003'))
      .map((l) => l.split(':')[0]);
    const j = (...p: string[]) => path.join('root', ...p);
    // sub/same-as-b.txt is a link to b.txt, which comes first in sorted order: listed once, as b.txt.
    assert.deepEqual(listed, [j('A.news'), j('a', 'z.md'), j('a-b.txt'), j('b.txt'), j('d.markdown'), j('e.article'), j('sub', 'deep', 'f.TXT')]);
    assert.match(r.stdout, /\n7 problems \(7 information\) in 7 files \(7 checked\)\n$/);
  });

  it('check: a file named twice is checked once; explicit files are read whatever their extension', async () => {
    write(tmp, 'x.html', 'reportedly');
    const r = await cli(['check', 'x.html', './x.html', '.'], tmp);
    assert.equal(r.stdout, 'x.html:1:1  information  NL003  Reported by whom?\n\n1 problem (1 information) in 1 file (1 checked)\n');
  });

  it('check: binary, non-UTF-8 and oversized files are skipped with a message; the run goes on', async () => {
    write(tmp, 'dir/a.txt', 'It reportedly rained.');
    write(tmp, 'dir/bin.txt', Uint8Array.from([0x48, 0x00, 0x49]));
    write(tmp, 'dir/latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9]));
    write(tmp, 'dir/big.md', 'x'.repeat(2048));
    const r = await cli(['check', 'dir', '--max-size', '1k'], tmp);
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      `news-lens: ${path.join('dir', 'big.md')}: skipped: 2 kB is over the size limit of 1 kB (--max-size)\n` +
        `news-lens: ${path.join('dir', 'bin.txt')}: skipped: binary file (contains NUL bytes)\n` +
        `news-lens: ${path.join('dir', 'latin1.txt')}: skipped: binary file or not UTF-8 text (invalid UTF-8)\n`,
    );
    assert.match(r.stdout, /\n1 problem \(1 information\) in 1 file \(1 checked, 3 skipped\)\n$/);
    // --max-size 0: no limit.
    const unlimited = await cli(['check', path.join('dir', 'big.md'), '--max-size', '0'], tmp);
    assert.deepEqual(unlimited, { code: 0, stdout: 'No problems (1 file checked)\n', stderr: '' });
  });

  it('check: a missing path or a dangling link exits 2 but the other files are still checked', async () => {
    write(tmp, 'ok.txt', 'critics say so');
    const r = await cli(['check', 'missing.txt', 'ok.txt'], tmp);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'news-lens: missing.txt: no such file or directory\n');
    assert.equal(r.stdout, 'ok.txt:1:1  warning  NL001  Who are the critics?\n\n1 problem (1 warning) in 1 file (1 checked, 1 failed)\n');
    fs.mkdirSync(path.join(tmp, 'd'));
    fs.symlinkSync(path.join(tmp, 'nowhere.txt'), path.join(tmp, 'd', 'gone.txt'));
    fs.symlinkSync(path.join(tmp, 'nowhere'), path.join(tmp, 'd', 'gone-dir'));
    const d = await cli(['check', 'd'], tmp);
    assert.equal(d.code, 2);
    assert.equal(d.stderr, `news-lens: ${path.join('d', 'gone.txt')}: no such file or directory\n`);
  });

  it('check: an empty folder is clean, with a note on stderr', async () => {
    fs.mkdirSync(path.join(tmp, 'empty'));
    const r = await cli(['check', 'empty'], tmp);
    assert.deepEqual(r, {
      code: 0,
      stdout: 'No problems (0 files checked)\n',
      stderr: 'news-lens: no article files found (looked for .txt, .md, .markdown, .article, .news)\n',
    });
  });

  it('check: an engine that throws is reported and counted as failed', async () => {
    write(tmp, 'a.txt', 'x');
    const r = await cli(['check', 'a.txt'], tmp, {
      analyze: () => {
        throw new Error('boom');
      },
    });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'news-lens: a.txt: internal error in the analyser: boom\n');
  });

  it('check: passes rule settings, extra phrases and the markdown format to the engine', async () => {
    write(tmp, 'a.md', '# x');
    write(tmp, 'b.txt', 'y');
    const seen: unknown[] = [];
    await cli(['check', 'a.md', 'b.txt', '--rule', 'NL005=off', '--vague-source', 'insiders say'], tmp, {
      analyze: (text, options) => {
        seen.push(options);
        return fakeAnalyze(text);
      },
    });
    assert.deepEqual(seen, [
      { rules: { NL005: { enabled: false } }, extraVagueSources: ['insiders say'], format: 'markdown' },
      { rules: { NL005: { enabled: false } }, extraVagueSources: ['insiders say'], format: 'plaintext' },
    ]);
  });

  it('check --format json and sarif', async () => {
    write(tmp, 'a.txt', 'Line one.\nIt reportedly rained.');
    const j = await cli(['check', 'a.txt', '--format', 'json'], tmp);
    assert.equal(j.code, 1);
    assert.deepEqual(JSON.parse(j.stdout), {
      files: [
        {
          file: 'a.txt',
          problems: [
            {
              line: 2,
              column: 4,
              endLine: 2,
              endColumn: 14,
              start: 13,
              end: 23,
              severity: 'information',
              code: 'NL003',
              rule: 'hedged-hearsay',
              reason: 'vague-source',
              message: 'Reported by whom?',
              text: 'reportedly',
            },
          ],
        },
      ],
      summary: {
        problems: 1,
        bySeverity: { error: 0, warning: 0, information: 1, hint: 0 },
        filesWithProblems: 1,
        filesChecked: 1,
        filesSkipped: 0,
        filesFailed: 0,
      },
    });
    const s = await cli(['check', 'a.txt', '--format', 'sarif'], tmp);
    assert.equal(s.code, 1);
    const sarif = JSON.parse(s.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(
      sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id),
      ['NL001', 'NL002', 'NL003', 'NL004', 'NL005', 'NL006'],
    );
    assert.deepEqual(sarif.runs[0].results, [
      {
        ruleId: 'NL003',
        ruleIndex: 2,
        level: 'note',
        message: { text: 'Reported by whom?' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'a.txt' },
              region: { startLine: 2, startColumn: 4, endLine: 2, endColumn: 14, charOffset: 13, charLength: 10, snippet: { text: 'reportedly' } },
            },
          },
        ],
      },
    ]);
  });

  it('analyze: json with the real engine equals analyze() of the decoded text', async () => {
    const content = 'Geneva (Reuters) - U.S. Secretary of State John Kerry said on Tuesday there had been "progress", a monitor said.\r\n';
    write(tmp, 'story.txt', '\uFEFF' + content);
    const r = await cli(['analyze', 'story.txt', '--format', 'json'], tmp, {});
    assert.equal(r.code, 0);
    const expected = analysisJson('story.txt', analyze(content, { rules: {}, extraVagueSources: [], format: 'plaintext' }), content);
    assert.deepEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(expected)));
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['file', 'entities', 'quotes', 'claims']);
    for (const s of [...out.entities, ...out.quotes, ...out.claims]) assert.equal(content.slice(s.start, s.end), s.text);
  });

  it('analyze: text with the real engine equals the report of analyze()', async () => {
    const content = 'John Kerry said "progress" was made, a monitor said.\n';
    write(tmp, 'story.md', content);
    const r = await cli(['analyze', 'story.md'], tmp, {});
    assert.equal(r.code, 0);
    assert.equal(r.stdout, analysisText('story.md', analyze(content, { rules: {}, extraVagueSources: [], format: 'markdown' }), content));
  });

  it('analyze: missing, binary and folder arguments exit 2', async () => {
    write(tmp, 'bin.txt', Uint8Array.from([1, 0, 2]));
    fs.mkdirSync(path.join(tmp, 'folder'));
    assert.deepEqual(await cli(['analyze', 'nope.txt'], tmp), { code: 2, stdout: '', stderr: 'news-lens: nope.txt: no such file or directory\n' });
    assert.deepEqual(await cli(['analyze', 'bin.txt'], tmp), {
      code: 2,
      stdout: '',
      stderr: 'news-lens: bin.txt: cannot analyse: binary file (contains NUL bytes)\n',
    });
    assert.deepEqual(await cli(['analyze', 'folder'], tmp), { code: 2, stdout: '', stderr: 'news-lens: folder: is a directory\n' });
  });

  it('analyze: engine notices go to stderr', async () => {
    write(tmp, 'a.txt', 'x');
    const r = await cli(['analyze', 'a.txt'], tmp, {
      analyze: (text) => ({ ...fakeAnalyze(text), notices: [{ kind: 'unclosed-quote', message: 'A quotation is never closed.' }] }),
    });
    assert.equal(r.code, 0);
    assert.equal(r.stderr, 'news-lens: a.txt: A quotation is never closed.\n');
  });
});

describe('cli: dist/cli.js (spawned)', function () {
  this.timeout(120000);
  const cliJs = path.join(ROOT, 'dist', 'cli.js');
  let tmp: string;
  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-spawn-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const node = (args: string[]) => spawnSync(process.execPath, [cliJs, ...args], { cwd: tmp, encoding: 'utf8' });

  it('starts with a shebang and prints its version', () => {
    assert.ok(fs.readFileSync(cliJs, 'utf8').startsWith('#!/usr/bin/env node\n'));
    const r = node(['--version']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${VERSION}\n`);
  });

  it('exits 2 with usage on stderr for an unknown option and for a missing file', () => {
    const bad = node(['check', '--nope']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown option '--nope'[\s\S]*Usage:/);
    const missing = node(['check', 'missing.txt']);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'news-lens: missing.txt: no such file or directory\n');
  });

  it('analyze --format json matches analyze() in-process; check exits 0 or 1 by what the engine flags', () => {
    const content = 'Critics say the plan failed, and reportedly 280,000 people died, a monitor said.\n';
    write(tmp, 'a.txt', content);
    const r = node(['analyze', 'a.txt', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const expected = analysisJson('a.txt', analyze(content, { rules: {}, extraVagueSources: [], format: 'plaintext' }), content);
    assert.deepEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(expected)));
    const c = node(['check', '.']);
    assert.equal(c.status, expected.claims.length > 0 ? 1 : 0, c.stdout + c.stderr);
    const b = write(tmp, 'bin.txt', Uint8Array.from([0, 1, 2]));
    const withBinary = node(['check', '.']);
    assert.match(withBinary.stderr, /^news-lens: bin\.txt: skipped: binary file \(contains NUL bytes\)$/m);
    fs.rmSync(b);
  });
});
