// `news-lens check` in CI: configuration files, --max-warnings, glob patterns, .gitignore,
// standard input, ignore comments and SARIF validated against the SARIF 2.1.0 schema.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import type { Log } from 'sarif';
import type { Analysis, AnalyzeOptions, Claim } from '../../src/core/types';
import type { CliDeps } from '../../src/cli/main';
import { runCli, write, type Captured } from './cli-harness';

const ROOT = path.resolve(__dirname, '..', '..');

/** A fake engine: "critics say" -> NL001 warning, "reportedly" -> NL003 information, "FAIL" -> NL005 error. */
function fakeAnalyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const claims: Claim[] = [];
  const table = {
    'critics say': ['NL001', 'vague-source', 'warning'],
    reportedly: ['NL003', 'hedged-hearsay', 'information'],
    FAIL: ['NL005', 'unattributed-quote', 'error'],
  } as const;
  for (const m of text.matchAll(/critics say|reportedly|FAIL/gi)) {
    const key = (m[0] === 'FAIL' ? 'FAIL' : m[0].toLowerCase()) as keyof typeof table;
    const [code, rule, severity] = table[key];
    const setting = options.rules?.[code];
    if (setting?.enabled === false) continue;
    const start = m.index as number;
    const end = start + m[0].length;
    claims.push({
      start, end, text: m[0], code, rule, reason: 'vague-source', message: `${code} here`,
      severity: setting?.severity ?? severity, trigger: { start, end, text: m[0] },
    });
  }
  return { version: 1, length: text.length, entities: [], mentions: [], quotes: [], claims, notices: [] };
}

async function cli(argv: string[], cwd: string, opts: { deps?: CliDeps; stdin?: string } = {}): Promise<Captured> {
  return runCli(argv, cwd, { deps: opts.deps ?? { analyze: fakeAnalyze }, stdin: opts.stdin });
}


/** The files a check reported on, from its text output. */
function filesIn(out: string): string[] {
  return [...new Set(out.split('\n').filter((l) => /:\d+:\d+ /.test(l)).map((l) => l.split(':')[0]))];
}

describe('cli for CI', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-ci-')));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('configuration file', () => {
    it('is found by walking up; flags win over it; --no-config ignores it', async () => {
      write(tmp, '.news-lens.json', JSON.stringify({ rules: { NL003: 'off', NL001: 'error' }, extraVagueSources: ['insiders say'] }));
      write(tmp, 'desk/world/a.txt', 'Critics say it reportedly rained.');
      const seen: AnalyzeOptions[] = [];
      const deps: CliDeps = { analyze: (t, o) => (seen.push(o), fakeAnalyze(t, o)) };
      const withFile = await cli(['check', 'desk'], tmp, { deps });
      assert.equal(withFile.stdout, `${path.join('desk', 'world', 'a.txt')}:1:1  error  NL001  NL001 here\n\n1 problem (1 error) in 1 file (1 checked)\n`);
      assert.equal(withFile.stderr, '');
      assert.deepEqual(seen[0], {
        rules: { NL003: { enabled: false }, NL001: { enabled: true, severity: 'error' } },
        extraVagueSources: ['insiders say'],
        knownEntities: [],
        format: 'plaintext',
      });
      const flags = await cli(['check', 'desk', '--rule', 'NL003=warning', '--vague-source', 'aides say'], tmp, { deps });
      assert.deepEqual(flags.stdout.split('\n').slice(0, 2), [
        `${path.join('desk', 'world', 'a.txt')}:1:1  error  NL001  NL001 here`,
        `${path.join('desk', 'world', 'a.txt')}:1:16  warning  NL003  NL003 here`,
      ]);
      assert.deepEqual(seen[1].extraVagueSources, ['insiders say', 'aides say']);
      const none = await cli(['check', 'desk', '--no-config'], tmp, { deps });
      assert.match(none.stdout, /1:1 {2}warning {2}NL001/);
      assert.deepEqual(seen[2], { rules: {}, extraVagueSources: [], format: 'plaintext' });
    });

    it('a package.json "news-lens" key counts; .news-lens.json in the same folder wins', async () => {
      write(tmp, 'package.json', JSON.stringify({ name: 'desk', 'news-lens': { rules: { NL001: 'off' } } }));
      write(tmp, 'a.txt', 'Critics say so.');
      assert.equal((await cli(['check', 'a.txt'], tmp)).code, 0);
      write(tmp, '.news-lens.json', '{}');
      assert.equal((await cli(['check', 'a.txt'], tmp)).code, 1);
    });

    it('a broken file: one clear message per file, the articles are still checked, exit 2', async () => {
      write(tmp, '.news-lens.json', '{\n  "rules": {"NL001": "loud"},\n}');
      write(tmp, 'a.txt', 'Critics say so.');
      write(tmp, 'b.txt', 'Critics say so.');
      const r = await cli(['check', '.'], tmp);
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`^news-lens: ${path.join(tmp, '.news-lens.json').replace(/[.\\\\]/g, '\\$&')}:3:1: not valid JSON: .+\\n$`));
      assert.match(r.stdout, /2 problems \(2 warnings\) in 2 files/);
    });

    it('wrong values are errors (exit 2), unknown keys only warnings', async () => {
      write(tmp, 'a.txt', 'Nothing here.');
      write(tmp, '.news-lens.json', '{"rules": {"NL001": "loud"}}');
      const bad = await cli(['check', 'a.txt'], tmp);
      assert.equal(bad.code, 2);
      assert.equal(bad.stderr, `news-lens: ${path.join(tmp, '.news-lens.json')}: rules.NL001: must be one of "off", "error", "warning", "information", "hint", not "loud"\n`);
      write(tmp, '.news-lens.json', '{"colour": "blue"}');
      const warn = await cli(['check', 'a.txt'], tmp);
      assert.equal(warn.code, 0);
      assert.match(warn.stderr, /colour: unknown setting "colour" is ignored/);
    });

    it('--config FILE is used for every article; a missing one exits 2', async () => {
      write(tmp, 'conf/strict.json', '{"rules": {"NL003": "error"}}');
      write(tmp, 'a.txt', 'It reportedly rained.');
      const r = await cli(['check', 'a.txt', '--config', 'conf/strict.json'], tmp);
      assert.match(r.stdout, /a\.txt:1:4 {2}error {2}NL003/);
      const missing = await cli(['check', 'a.txt', '--config', 'nope.json'], tmp);
      assert.deepEqual(missing, { code: 2, stdout: '', stderr: 'news-lens: nope.json: no such file or directory (--config)\n' });
    });
  });

  describe('--max-warnings', () => {
    beforeEach(() => {
      write(tmp, 'w.txt', 'Critics say so. Critics say more.');
      write(tmp, 'i.txt', 'It reportedly rained.');
      write(tmp, 'e.txt', 'FAIL');
    });
    it('fails only on errors or more than N warnings; information never fails', async () => {
      assert.equal((await cli(['check', 'w.txt'], tmp)).code, 1);
      assert.equal((await cli(['check', 'w.txt', '--max-warnings', '2'], tmp)).code, 0);
      const over = await cli(['check', 'w.txt', '--max-warnings', '1'], tmp);
      assert.equal(over.code, 1);
      assert.equal(over.stderr, 'news-lens: 2 warnings, more than --max-warnings 1\n');
      assert.equal((await cli(['check', 'i.txt', '--max-warnings', '0'], tmp)).code, 0);
      assert.equal((await cli(['check', 'e.txt', '--max-warnings', '100'], tmp)).code, 1);
    });
  });

  describe('paths', () => {
    it('glob patterns: article extensions unless the pattern names one; no match is an error', async () => {
      for (const f of ['news/a.md', 'news/deep/b.md', 'news/c.txt', 'news/d.csv', 'other/e.md', 'news/.hidden/f.md']) write(tmp, f, 'Critics say.');
      assert.deepEqual(filesIn((await cli(['check', 'news/**/*.md'], tmp)).stdout), [path.join('news', 'a.md'), path.join('news', 'deep', 'b.md')]);
      assert.deepEqual(filesIn((await cli(['check', 'news/*'], tmp)).stdout), [path.join('news', 'a.md'), path.join('news', 'c.txt')]);
      assert.deepEqual(filesIn((await cli(['check', '*/*.csv'], tmp)).stdout), [path.join('news', 'd.csv')]);
      assert.deepEqual(filesIn((await cli(['check', '**/*.{md,txt}', 'news/a.md'], tmp)).stdout),
        [path.join('news', 'a.md'), path.join('news', 'c.txt'), path.join('news', 'deep', 'b.md'), path.join('other', 'e.md')]);
      const none = await cli(['check', 'news/*.docx'], tmp);
      assert.equal(none.code, 2);
      assert.equal(none.stderr, 'news-lens: news/*.docx: no files match this pattern\n');
    });

    it('folders skip what .gitignore files exclude, from the repository root down; named files are always checked', async () => {
      fs.mkdirSync(path.join(tmp, '.git'));
      write(tmp, '.gitignore', 'drafts/\n*.tmp.md\n');
      write(tmp, 'site/.gitignore', 'build/\n!keep.tmp.md\n');
      for (const f of ['site/a.md', 'site/drafts/b.md', 'site/x.tmp.md', 'site/keep.tmp.md', 'site/build/c.md', 'site/sub/drafts/d.md']) {
        write(tmp, f, 'Critics say.');
      }
      const site = (f: string) => path.join('site', ...f.split('/'));
      assert.deepEqual(filesIn((await cli(['check', 'site'], tmp)).stdout), [site('a.md'), site('keep.tmp.md')]);
      // From inside the folder: the root's .gitignore still applies.
      assert.deepEqual(filesIn((await cli(['check', '.'], path.join(tmp, 'site'))).stdout), ['a.md', 'keep.tmp.md']);
      assert.deepEqual(filesIn((await cli(['check', 'site/**/*.md'], tmp)).stdout), [site('a.md'), site('keep.tmp.md')]);
      assert.deepEqual(filesIn((await cli(['check', 'site', '--no-ignore'], tmp)).stdout).length, 6);
      assert.deepEqual(filesIn((await cli(['check', 'site/build/c.md'], tmp)).stdout), [site('build/c.md')]);
    });
  });

  describe('standard input', () => {
    it('"-" reads standard input; --stdin-filename names it, picks the format and the configuration', async () => {
      write(tmp, 'desk/.news-lens.json', '{"rules": {"NL003": "off"}}');
      const seen: AnalyzeOptions[] = [];
      const deps: CliDeps = { analyze: (t, o) => (seen.push(o), fakeAnalyze(t, o)) };
      const plain = await cli(['check', '-'], tmp, { stdin: 'It reportedly rained.', deps });
      assert.equal(plain.stdout, '<stdin>:1:4  information  NL003  NL003 here\n\n1 problem (1 information) in 1 file (1 checked)\n');
      const named = await cli(['check', '-', '--stdin-filename', 'desk/story.md', '--format', 'json'], tmp, { stdin: 'It reportedly rained.', deps });
      assert.equal(named.code, 0);
      assert.deepEqual(JSON.parse(named.stdout).files, [{ file: 'desk/story.md', problems: [] }]);
      assert.equal(seen[1].format, 'markdown');
      const analyzed = await cli(['analyze', '-', '--format', 'json'], tmp, { stdin: 'Critics say.' });
      assert.equal(JSON.parse(analyzed.stdout).file, '<stdin>');
    });

    it('stdin over --max-size or binary is skipped with a message', async () => {
      const big = await cli(['check', '-', '--max-size', '4'], tmp, { stdin: 'Critics say.' });
      assert.deepEqual(big, { code: 0, stdout: 'No problems (0 files checked, 1 skipped)\n', stderr: 'news-lens: <stdin>: skipped: over the size limit of 4 bytes (--max-size)\n' });
      const binary = await cli(['check', '-'], tmp, { stdin: 'a\u0000b' });
      assert.match(binary.stderr, /<stdin>: skipped: binary file/);
    });

    it('the built CLI reads a pipe (spawned)', function () {
      this.timeout(20_000);
      const cliJs = path.join(ROOT, 'dist', 'cli.js');
      if (!fs.existsSync(cliJs)) this.skip();
      const r = spawnSync(process.execPath, [cliJs, 'check', '-', '--stdin-filename', 'x.md', '--no-config'], {
        input: 'Critics say the plan will fail. <!-- news-lens-disable-line NL004 -->\n\nThe war killed more than 280,000 people.\n',
        encoding: 'utf8',
      });
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^x\.md:1:1 {2}warning {2}NL001 /);
      assert.equal(r.status, 1);
    });
  });

  describe('ignore comments (real engine)', () => {
    it('are honoured by check', async () => {
      write(tmp, 'a.md', 'Critics say the plan will fail. <!-- news-lens-disable-line NL001 -->\n');
      write(tmp, 'b.txt', 'news-lens-disable\n\nCritics say the plan will fail.\n');
      const r = await cli(['check', '.', '--no-config'], tmp, { deps: {} });
      assert.deepEqual(r, { code: 0, stdout: 'No problems (2 files checked)\n', stderr: '' });
    });
  });

  describe('SARIF', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'sarif-2.1.0-rtm.5.schema.json'), 'utf8'));
    // The published schema has a pattern that is not a valid Unicode regular expression.
    const validate = new Ajv04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);

    it('is valid SARIF 2.1.0; every rule has an absolute helpUri and its page as help', async () => {
      write(tmp, 'a b.md', 'Critics say so.\nFAIL\n');
      write(tmp, 'c.txt', 'Clean.');
      const r = await cli(['check', '.', '--format', 'sarif'], tmp);
      const log: Log = JSON.parse(r.stdout);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      assert.equal(log.version, '2.1.0');
      for (const rule of log.runs[0].tool.driver.rules ?? []) {
        const uri = new URL(rule.helpUri ?? '');
        assert.equal(uri.protocol, 'file:');
        assert.ok(uri.pathname.endsWith(`/docs/rules/${rule.id}.md`), rule.helpUri);
        assert.equal(rule.help?.markdown, fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8'));
        assert.equal(rule.help?.text, rule.shortDescription?.text);
      }
      const results = log.runs[0].results ?? [];
      assert.deepEqual(results.map((x) => [x.ruleId, x.level]), [['NL001', 'warning'], ['NL005', 'error']]);
      assert.equal(results[0].locations?.[0].physicalLocation?.artifactLocation?.uri, 'a%20b.md');
    });

    it('an empty run is valid too', async () => {
      write(tmp, 'c.txt', 'Clean.');
      const log: Log = JSON.parse((await cli(['check', 'c.txt', '--format', 'sarif'], tmp)).stdout);
      assert.ok(validate(log), JSON.stringify(validate.errors));
      assert.deepEqual(log.runs[0].results, []);
    });
  });
});
