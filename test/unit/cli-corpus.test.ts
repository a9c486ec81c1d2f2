// Corpus mode of the CLI (issue 13): `analyze --format jsonl`, `speakers`, `--jobs N` on worker
// threads, and a corpus with bad files in it (binary, unreadable, Windows-1252).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { Worker } from 'node:worker_threads';
import { analyze } from '../../src/core/analyze';
import type { FileJob } from '../../src/cli/job';
import { forEachOrdered, inProcessRunner, WorkerPool } from '../../src/cli/pool';
import { SpeakerTally, speakersCsv, speakersText } from '../../src/cli/speakers';
import { runCli, write } from './cli-harness';

const A = '"We will rebuild the bridge," said Mayor Jane Holt. Holt said the work would start in May.\n';
const B = '"The budget is tight," Jane Holt said on Monday.\n\nThe Transport Workers Union said it would strike. "We have no choice," union leader Sam Ortiz said.\n';
// Windows-1252: é, and curly quotes (0x93, 0x94) that are not UTF-8.
const D = Uint8Array.from([...Buffer.from('Caf\xe9 owner Ren\xe9 Dubois said the tax was \x93unfair\x94.\n', 'latin1')]);
const BINARY = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0, 1]);

describe('CLI corpus mode', function () {
  this.timeout(60_000);
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-corpus-'));
    write(tmp, 'news/a.txt', A);
    write(tmp, 'news/b.txt', B);
    write(tmp, 'news/c.txt', BINARY);
    write(tmp, 'news/d.txt', D);
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const badFiles =
    `news-lens: ${path.join('news', 'c.txt')}: skipped: binary file (contains NUL bytes)\n` +
    `news-lens: ${path.join('news', 'd.txt')}: not UTF-8: decoded as windows-1252 (detected)\n`;

  it('analyze --format jsonl: one line per article in path order, bad files reported and skipped, exit 2', async () => {
    const r = await runCli(['analyze', 'news', '--format', 'jsonl', '--jobs', '1'], tmp);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, badFiles);
    const lines = r.stdout.split('\n');
    assert.equal(lines.pop(), '');
    const records = lines.map((l) => JSON.parse(l));
    assert.deepEqual(records.map((x) => [x.file, Object.keys(x)]), [
      [path.join('news', 'a.txt'), ['file', 'entities', 'quotes', 'claims']],
      [path.join('news', 'b.txt'), ['file', 'entities', 'quotes', 'claims']],
      [path.join('news', 'd.txt'), ['file', 'entities', 'quotes', 'claims']],
    ]);
    assert.deepEqual(records[0].quotes.map((q: { text: string; speaker: string }) => [q.text, q.speaker]), [
      ['"We will rebuild the bridge,"', 'Jane Holt'],
      ['the work would start in May', 'Jane Holt'],
    ]);
    // The Windows-1252 file was decoded: its name and curly quotes are right.
    assert.deepEqual(records[2].entities.map((e: { text: string; type: string }) => [e.text, e.type]), [['René Dubois', 'PERSON']]);
    assert.deepEqual(records[2].quotes.map((q: { text: string }) => q.text), ['the tax was \u201cunfair\u201d', '\u201cunfair\u201d']);
  });

  it('--jobs 2 (worker threads) writes exactly what --jobs 1 writes', async () => {
    for (let i = 0; i < 6; i++) write(tmp, `more/${i}.txt`, i % 2 ? A : B);
    const one = await runCli(['analyze', 'news', 'more', '--format', 'jsonl', '--jobs', '1'], tmp);
    const two = await runCli(['analyze', 'news', 'more', '--format', 'jsonl', '--jobs', '2'], tmp);
    assert.equal(two.code, 2);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    assert.equal(two.stdout.split('\n').length - 1, 9);
    const checkOne = await runCli(['check', 'news', 'more', '--format', 'json', '--jobs', '1'], tmp);
    const checkTwo = await runCli(['check', 'news', 'more', '--format', 'json', '--jobs', '2'], tmp);
    assert.equal(checkTwo.stdout, checkOne.stdout);
    assert.equal(checkTwo.code, checkOne.code);
  });

  it('speakers: who is quoted how often, with roles and articles, in text, CSV and JSON', async () => {
    const text = await runCli(['speakers', 'news', '--jobs', '2'], tmp);
    assert.equal(text.code, 2);
    assert.equal(text.stderr, badFiles);
    const a = path.join('news', 'a.txt');
    const b = path.join('news', 'b.txt');
    const d = path.join('news', 'd.txt');
    assert.equal(
      text.stdout,
      '4 speakers quoted 7 times in 3 articles\n\n' +
        `Jane Holt (PERSON) - Mayor\n  3 quotes in 2 articles: ${a} (2), ${b} (1)\n\n` +
        `René Dubois (PERSON) - owner\n  2 quotes in 1 article: ${d} (2)\n\n` +
        `Sam Ortiz (PERSON) - union leader\n  1 quote in 1 article: ${b} (1)\n\n` +
        `Transport Workers Union (ORG)\n  1 quote in 1 article: ${b} (1)\n`,
    );
    const csv = await runCli(['speakers', 'news', '--format', 'csv'], tmp);
    assert.equal(
      csv.stdout,
      'name,type,roles,quotes,articles,files\r\n' +
        `Jane Holt,PERSON,Mayor,3,2,${a}; ${b}\r\n` +
        `René Dubois,PERSON,owner,2,1,${d}\r\n` +
        `Sam Ortiz,PERSON,union leader,1,1,${b}\r\n` +
        `Transport Workers Union,ORG,,1,1,${b}\r\n`,
    );
    const json = JSON.parse((await runCli(['speakers', 'news', '--format', 'json'], tmp)).stdout);
    assert.deepEqual(json.speakers[0], { name: 'Jane Holt', type: 'PERSON', roles: ['Mayor'], quotes: 3, articles: [{ file: a, quotes: 2 }, { file: b, quotes: 1 }] });
    assert.deepEqual([json.articles, json.quotes, json.speakers.length], [3, 7, 4]);
  });

  it('a clean corpus exits 0; an unreadable file and a missing path are reported, the rest analysed', async () => {
    fs.rmSync(path.join(tmp, 'news', 'c.txt'));
    fs.writeFileSync(path.join(tmp, 'news', 'd.txt'), 'Nothing here.\n');
    const clean = await runCli(['analyze', 'news', '--format', 'jsonl'], tmp);
    assert.deepEqual([clean.code, clean.stderr, clean.stdout.split('\n').length - 1], [0, '', 3]);
    const locked = write(tmp, 'news/e.txt', A);
    fs.chmodSync(locked, 0o000);
    const canRead = (() => {
      try {
        fs.readFileSync(locked);
        return true;
      } catch {
        return false;
      }
    })();
    const r = await runCli(['speakers', 'news', 'missing', '--format', 'json', '--jobs', '2'], tmp);
    fs.chmodSync(locked, 0o644);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      `news-lens: missing: no such file or directory\n` + (canRead ? '' : `news-lens: ${path.join('news', 'e.txt')}: permission denied\n`),
    );
    assert.equal(JSON.parse(r.stdout).articles, canRead ? 4 : 3);
  });

  it('a file over --max-size is skipped with its size, exit 2', async () => {
    const r = await runCli(['analyze', path.join('news', 'a.txt'), path.join('news', 'b.txt'), '--format', 'jsonl', '--max-size', '100'], tmp);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `news-lens: ${path.join('news', 'b.txt')}: skipped: 150 bytes is over the size limit of 100 bytes (--max-size)\n`);
    assert.equal(r.stdout.split('\n').length - 1, 1);
  });
});

describe('CLI corpus mode: arguments and parts', () => {
  it('--jobs takes 1 to 256, and only where there are several files', () => {
    const msg = (argv: string[]) => {
      const r = parseArgs(argv);
      return r.kind === 'error' ? r.message : r.kind === 'run' ? r.options.jobs : r.kind;
    };
    assert.equal(msg(['check', '.', '--jobs', '3']), 3);
    assert.equal(msg(['speakers', '.']), undefined);
    assert.equal(msg(['check', '.', '--jobs', '0']), "invalid --jobs '0' (expected a whole number from 1 to 256)");
    assert.equal(msg(['check', '.', '--jobs', 'x']), "invalid --jobs 'x' (expected a whole number from 1 to 256)");
    assert.equal(msg(['analyze', 'a.txt', '--jobs', '2']), '--jobs needs several files: use it with check, speakers or analyze --format jsonl');
    assert.equal(msg(['speakers', '--format', 'sarif', '.']), "invalid --format 'sarif' for speakers (expected text or csv or json)");
    assert.equal(msg(['speakers']), 'speakers needs at least one PATH');
    assert.equal(msg(['analyze', '--format', 'jsonl']), 'analyze needs at least one PATH');
  });

  it('a worker pool whose workers cannot start analyses in this thread, with one message; a worker that dies on a file fails that file only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-pool-'));
    try {
      write(dir, 'a.txt', A);
      write(dir, 'b.txt', B);
      const job = (name: string): FileJob => ({ name, cwd: dir, options: {}, maxSize: 0, output: 'jsonl' });
      const expected = await Promise.all(['a.txt', 'b.txt'].map((f) => inProcessRunner(analyze).run(job(f))));
      // Its script cannot be loaded (a dist/ without cli-worker.js).
      const messages: string[] = [];
      const broken = new WorkerPool(2, analyze, (m) => messages.push(m), () => new Worker('throw new Error("Cannot find module cli-worker.js")', { eval: true }));
      try {
        assert.deepEqual(await Promise.all(['a.txt', 'b.txt', 'a.txt'].map((f) => broken.run(job(f)))), [expected[0], expected[1], expected[0]]);
      } finally {
        await broken.close();
      }
      assert.deepEqual(messages, ['the worker threads could not start (Cannot find module cli-worker.js); analysing in this thread instead']);
      // A worker that started, then died on a file: that file fails, and nothing moves in-thread.
      const dying = new WorkerPool(1, analyze, (m) => messages.push(m), () => new Worker(
        "const { parentPort } = require('node:worker_threads'); parentPort.on('message', () => { throw new Error('out of memory'); }); parentPort.postMessage({ ready: true });",
        { eval: true },
      ));
      try {
        assert.deepEqual(await dying.run(job('a.txt')), { kind: 'error', message: 'internal error in the analyser: out of memory' });
      } finally {
        await dying.close();
      }
      assert.equal(messages.length, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('forEachOrdered hands results on in input order with at most `window` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const out: number[] = [];
    await forEachOrdered([5, 1, 4, 2, 3], 2, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, n * 3));
      inFlight--;
      return n * 10;
    }, (_n, r) => out.push(r));
    assert.deepEqual(out, [50, 10, 40, 20, 30]);
    assert.equal(most, 2);
  });

  it('the tally adds up speakers by name and type, roles once each; CSV quotes what needs it', () => {
    const t = new SpeakerTally();
    t.add('x.txt', [{ name: 'Ann Lee', type: 'PERSON', roles: ['mayor'], quotes: 2 }, { name: 'Acme, Inc.', type: 'ORG', roles: [], quotes: 1 }]);
    t.add('y.txt', [{ name: 'Ann Lee', type: 'PERSON', roles: ['mayor', 'candidate'], quotes: 1 }, { name: 'Ann Lee', type: 'ORG', roles: [], quotes: 5 }]);
    assert.equal(
      speakersCsv(t),
      'name,type,roles,quotes,articles,files\r\nAnn Lee,ORG,,5,1,y.txt\r\nAnn Lee,PERSON,mayor; candidate,3,2,x.txt; y.txt\r\n"Acme, Inc.",ORG,,1,1,x.txt\r\n',
    );
    assert.equal(speakersText(new SpeakerTally()), '0 speakers quoted 0 times in 0 articles\n');
  });

  it('CSV: a file name or role a spreadsheet would run as a formula is written as text', () => {
    const t = new SpeakerTally();
    t.add('=HYPERLINK("http://example.com","open").txt', [{ name: 'Ann Lee', type: 'PERSON', roles: ['+mayor', '@chair'], quotes: 1 }]);
    assert.equal(
      speakersCsv(t),
      'name,type,roles,quotes,articles,files\r\nAnn Lee,PERSON,\'+mayor; @chair,1,1,"\'=HYPERLINK(""http://example.com"",""open"").txt"\r\n',
    );
  });
});
