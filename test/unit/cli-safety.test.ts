// `news-lens check` on a hostile file system (issue 4, Security): it never writes anything, ends on
// symlink loops, and reports what it cannot read (missing, looping, unreadable, FIFOs, devices)
// without stopping the run. Extends cli.test.ts (walk order, binary and oversized files, a
// directory loop through one link, a dangling link in a folder), which these cases do not repeat.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, write, type Captured } from './cli-harness';

const ROOT = path.resolve(__dirname, '..', '..');

const cli = (argv: string[], cwd: string): Promise<Captured> => runCli(argv, cwd);


/** Every entry under dir (links not followed): type, size, mode and times. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = fs.lstatSync(p);
      const kind = st.isSymbolicLink() ? `link->${fs.readlinkSync(p)}` : st.isDirectory() ? 'dir' : st.isFIFO() ? 'fifo' : 'file';
      out[path.relative(dir, p)] = `${kind} ${st.size} ${st.mode.toString(8)} ${st.mtimeMs} ${st.ctimeMs}`;
      if (kind === 'dir') walk(p);
    }
  };
  walk(dir);
  return out;
}

/** Lines of stdout that name a checked file with a problem, as "file:line". */
function flagged(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => /\s(?:warning|information|error|hint)\s+NL\d{3}\s/.test(l))
    .map((l) => l.split(':').slice(0, 2).join(':'));
}

const canMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

describe('cli: file-system safety', function () {
  this.timeout(60000);
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-safety-'));
  });
  afterEach(() => {
    fs.chmodSync(tmp, 0o700);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('never writes: the tree (files, links, modes, times) is the same after check and analyze in every format', async () => {
    write(tmp, 'news/a.txt', 'Critics say the plan will fail.\n');
    write(tmp, 'news/b.md', '# Talks\n\n"We are not there yet," Kerry said. It reportedly rained.\n');
    write(tmp, 'news/.news-lens.json', '{ "rules": { "NL003": "hint" }, "extraVagueSources": ["insiders say"] }\n');
    write(tmp, 'news/.gitignore', 'drafts/\n');
    write(tmp, 'news/drafts/c.txt', 'Insiders say so.\n');
    fs.symlinkSync(path.join(tmp, 'news'), path.join(tmp, 'news', 'loop'));
    const before = snapshot(tmp);
    const runs: string[][] = [
      ['check', 'news'],
      ['check', 'news', '--format', 'json'],
      ['check', 'news', '--format', 'sarif'],
      ['check', 'news/a.txt', 'news/drafts/c.txt', '--max-size', '1k'],
      ['analyze', 'news/b.md', '--format', 'json'],
      ['analyze', 'news/a.txt'],
    ];
    for (const argv of runs) {
      const r = await cli(argv, tmp);
      assert.ok(r.code === 0 || r.code === 1, `${argv.join(' ')}: exit ${r.code} ${r.stderr}`);
    }
    assert.deepEqual(snapshot(tmp), before);
  });

  it('no file-system write API is used anywhere in the CLI or the engine', () => {
    const WRITES = /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|mkdir|mkdirSync|mkdtemp|rmdir|rmSync|unlink|unlinkSync|rename|renameSync|copyFile|cpSync|symlink|symlinkSync|chmod|chown|utimes|truncate|ftruncate)\b|\.rm\(|\bopen(?:Sync)?\([^)]*['"][wa]\+?['"]/;
    const files: string[] = [];
    const collect = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) collect(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    collect(path.join(ROOT, 'src', 'cli'));
    collect(path.join(ROOT, 'src', 'core'));
    const offenders = files.flatMap((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => [line, i] as const)
        .filter(([line]) => !/^\s*(?:\/\/|\*)/.test(line) && WRITES.test(line))
        .map(([line, i]) => `${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('two folders that link to each other: each file checked once, and the run ends', async () => {
    write(tmp, 'a/one.txt', 'It reportedly happened.');
    write(tmp, 'b/two.txt', 'Critics say so.');
    fs.symlinkSync(path.join(tmp, 'b'), path.join(tmp, 'a', 'to-b'));
    fs.symlinkSync(path.join(tmp, 'a'), path.join(tmp, 'b', 'to-a'));
    fs.symlinkSync('.', path.join(tmp, 'a', 'self'));
    const r = await cli(['check', 'a', 'b'], tmp);
    assert.equal(r.stderr, '');
    assert.deepEqual(flagged(r.stdout), [path.join('a', 'one.txt') + ':1', path.join('a', 'to-b', 'two.txt') + ':1']);
    assert.match(r.stdout, /\(2 checked\)\n$/);
    assert.equal(r.code, 1);
  });

  it('a link to itself (ELOOP), in a folder and named on the command line: reported, the others still checked, exit 2', async () => {
    write(tmp, 'd/ok.txt', 'Critics say so.');
    fs.symlinkSync('loop.txt', path.join(tmp, 'd', 'loop.txt'));
    const walked = await cli(['check', 'd'], tmp);
    assert.equal(walked.stderr, `news-lens: ${path.join('d', 'loop.txt')}: too many levels of symbolic links\n`);
    assert.deepEqual(flagged(walked.stdout), [path.join('d', 'ok.txt') + ':1']);
    assert.equal(walked.code, 2);
    const named = await cli(['check', path.join('d', 'loop.txt'), path.join('d', 'ok.txt')], tmp);
    assert.equal(named.stderr, `news-lens: ${path.join('d', 'loop.txt')}: too many levels of symbolic links\n`);
    assert.deepEqual(flagged(named.stdout), [path.join('d', 'ok.txt') + ':1']);
    assert.equal(named.code, 2);
  });

  it('a dangling link named on the command line: reported, the others still checked, exit 2', async () => {
    write(tmp, 'ok.txt', 'Critics say so.');
    fs.symlinkSync(path.join(tmp, 'gone.txt'), path.join(tmp, 'dangling.txt'));
    const r = await cli(['check', 'dangling.txt', 'ok.txt'], tmp);
    assert.equal(r.stderr, 'news-lens: dangling.txt: no such file or directory\n');
    assert.deepEqual(flagged(r.stdout), ['ok.txt:1']);
    assert.equal(r.code, 2);
  });

  it('a device named on the command line is refused without reading it', async () => {
    if (!fs.existsSync('/dev/zero')) return;
    write(tmp, 'ok.txt', 'Critics say so.');
    const r = await cli(['check', '/dev/zero', 'ok.txt'], tmp);
    assert.equal(r.stderr, 'news-lens: /dev/zero: not a regular file\n');
    assert.deepEqual(flagged(r.stdout), ['ok.txt:1']);
    assert.equal(r.code, 2);
  });

  describe('FIFOs never block the run (spawned, with a timeout)', () => {
    const spawnCli = (args: string[], cwd: string) =>
      spawnSync(process.execPath, ['-r', path.join(ROOT, 'test', 'register-ts.js'), path.join(ROOT, 'src', 'cli', 'main.ts'), ...args], { cwd, encoding: 'utf8', timeout: 20000 });

    it('a FIFO named like an article (named, and in a folder) and a FIFO .news-lens.json or .gitignore', function () {
      if (!canMkfifo) this.skip();
      write(tmp, 'ok.txt', 'Critics say so.');
      execFileSync('mkfifo', [path.join(tmp, 'pipe.txt')]);
      const named = spawnCli(['check', 'pipe.txt', 'ok.txt'], tmp);
      assert.equal(named.signal, null, 'did not hang');
      assert.equal(named.stderr, 'news-lens: pipe.txt: not a regular file\n');
      assert.deepEqual(flagged(named.stdout), ['ok.txt:1']);
      assert.equal(named.status, 2);

      // In a folder walk a FIFO is not a file: skipped silently, like a socket.
      write(tmp, 'dir/ok.txt', 'Critics say so.');
      execFileSync('mkfifo', [path.join(tmp, 'dir', 'pipe.txt')]);
      const walked = spawnCli(['check', 'dir'], tmp);
      assert.equal(walked.signal, null, 'did not hang');
      assert.deepEqual(flagged(walked.stdout), [path.join('dir', 'ok.txt') + ':1']);
      assert.equal(walked.stderr, '');

      write(tmp, 'cfg/ok.txt', 'Critics say so.');
      execFileSync('mkfifo', [path.join(tmp, 'cfg', '.news-lens.json')]);
      execFileSync('mkfifo', [path.join(tmp, 'cfg', '.gitignore')]);
      const config = spawnCli(['check', 'cfg'], tmp);
      assert.equal(config.signal, null, 'did not hang');
      assert.match(config.stderr, /\.news-lens\.json: .*not a regular file/);
      assert.equal(config.status, 2);
    });
  });

  it('an unreadable file is reported and the run goes on (as an unprivileged user)', function () {
    write(tmp, 'ok.txt', 'Critics say so.');
    write(tmp, 'secret.txt', 'Critics say so.');
    fs.chmodSync(path.join(tmp, 'secret.txt'), 0o000);
    fs.chmodSync(tmp, 0o755);
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (process.platform === 'win32') this.skip();
    // root reads anything: run the built CLI as "nobody" instead.
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '.'], {
      cwd: tmp,
      encoding: 'utf8',
      timeout: 20000,
      ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    assert.equal(r.stderr, 'news-lens: secret.txt: permission denied\n');
    assert.deepEqual(flagged(r.stdout), ['ok.txt:1']);
    assert.equal(r.status, 2);
  });
});
