// node:test: `npm start` serves the workbench to the person who started it only. Starts the real
// `npm start` (one code-server) and checks, as an outsider would see it: a request without the
// password gets the login page, not the workbench; the printed password logs in (and another does
// not); the server listens on loopback only; the password is on no command line, in no log and in
// no file of the project. Also: a non-loopback HOST is refused with a message, not a stack trace.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const h = require('../e2e/harness');

const E2E_HOME = process.env.E2E_HOME || path.join(os.homedir(), '.cache/code-server-e2e');
const START_TIMEOUT = 180_000; // the build, then code-server's first start

/** Runs `npm start -- ...args` in its own process group; collects its output. */
function npmStart(env, args = []) {
  const child = spawn('npm', ['start', '--', ...args], { cwd: h.ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (d) => (out.stdout += d));
  child.stderr.on('data', (d) => (out.stderr += d));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, out, exited };
}

/** This process's environment without HOST, plus `extra`. */
const cleanEnv = (extra) => {
  const env = { ...process.env };
  delete env.HOST;
  return { ...env, ...extra };
};

/** Ctrl+C to the whole `npm start` group; SIGKILL if it is still there after `ms`. */
async function stopGroup(run, ms = 10_000) {
  try { process.kill(-run.child.pid, 'SIGINT'); } catch {}
  let timer;
  await Promise.race([run.exited, new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
  try { process.kill(-run.child.pid, 'SIGKILL'); } catch {}
}

async function waitUntil(fn, what, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The local addresses of the TCP sockets listening on `port` (from /proc/net/tcp and tcp6). */
function listeningAddresses(port) {
  const found = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text;
    try { text = fs.readFileSync(file, 'utf8'); } catch { continue; }
    for (const line of text.trim().split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [hex, portHex] = local.split(':');
      if (state !== '0A' || parseInt(portHex, 16) !== port) continue; // 0A = LISTEN
      found.push(decodeAddress(hex));
    }
  }
  return found;
}

/** /proc/net/tcp addresses are 32-bit words in host (little-endian) order. */
function decodeAddress(hex) {
  const words = hex.match(/.{8}/g).map((w) => w.match(/../g).reverse().join(''));
  if (words.length === 1) return words[0].match(/../g).map((b) => parseInt(b, 16)).join('.');
  const groups = words.join('').match(/.{4}/g).map((g) => parseInt(g, 16).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::').replace(/:::+/, '::');
}

function canConnect(host, port) {
  return new Promise((resolve) => {
    const s = net.connect({ host, port, timeout: 3000 });
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
    s.once('timeout', () => { s.destroy(); resolve(false); });
  });
}

/** Files of the project (node_modules and .git aside) changed since `since` whose text contains `needle`. */
function projectFilesContaining(needle, since) {
  const hits = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === '.git') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && fs.statSync(p).mtimeMs >= since && fs.readFileSync(p).includes(needle)) hits.push(p);
    }
  };
  walk(h.ROOT);
  return hits;
}

/** Processes whose command line contains `needle`. */
function commandLinesContaining(needle) {
  const hits = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`);
      if (cmd.includes(needle)) hits.push(`${pid}: ${cmd.toString().replace(/\0/g, ' ')}`);
    } catch {}
  }
  return hits;
}

test('start options: loopback addresses pass, others need --allow-remote', async () => {
  const { startOptions, StartError } = await import('../../scripts/start-options.mjs');
  const host = (HOST, args = []) => startOptions(args, HOST === undefined ? {} : { HOST }).host;
  assert.equal(host(undefined), '127.0.0.1');
  assert.equal(host(''), '127.0.0.1');
  assert.equal(host('localhost'), '127.0.0.1');
  assert.equal(host('127.0.0.2'), '127.0.0.2');
  assert.equal(host('::1'), '::1');
  assert.equal(host('[::1]'), '::1');
  assert.equal(host('::ffff:127.0.0.1'), '::ffff:127.0.0.1');
  for (const bad of ['0.0.0.0', '::', '192.168.1.20', '10.0.0.1', '::ffff:10.0.0.1', 'fe80::1', '128.0.0.1', 'example.org']) {
    assert.throws(() => host(bad), (e) => e instanceof StartError && e.message.includes('not a loopback address'), bad);
    const o = startOptions(['--allow-remote'], { HOST: bad });
    assert.deepEqual([o.host, o.remote, o.allowRemote], [bad, true, true], bad);
  }
  assert.throws(() => startOptions(['--allow-remot'], {}), /unknown option --allow-remot/);
  assert.equal(startOptions(['some/dir'], {}).folder, 'some/dir');
});

test('npm start refuses a non-loopback HOST with a message, not a stack trace', { timeout: 60_000 }, async () => {
  const run = npmStart(cleanEnv({ HOST: '0.0.0.0', PORT: String(await h.freePort()) }));
  let timer;
  const { code } = await Promise.race([
    run.exited,
    new Promise((r) => (timer = setTimeout(r, 30_000, { code: 'still running after 30 s' }))),
  ]).finally(() => clearTimeout(timer));
  if (typeof code === 'string') {
    await stopGroup(run, 5000);
    assert.fail(`HOST=0.0.0.0 npm start is ${code}:\n${run.out.stdout}`);
  }
  assert.notEqual(code, 0);
  assert.match(run.out.stderr, /npm start: HOST=0\.0\.0\.0 is not a loopback address/);
  assert.match(run.out.stderr, /--allow-remote/);
  assert.doesNotMatch(run.out.stderr, /^\s+at /m, 'a stack trace');
  assert.doesNotMatch(run.out.stdout, /is running|Password:/);
});

test('npm start: password login, loopback only, the secret written nowhere', { timeout: START_TIMEOUT + 60_000 }, async (t) => {
  const since = Date.now() - 1000;
  // A HOME whose code-server config.yaml holds another password and binds 0.0.0.0, and a shell
  // with PASSWORD and CODE_SERVER_HOST (which code-server reads): none of them may count.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-home-'));
  fs.mkdirSync(path.join(home, '.config/code-server'), { recursive: true });
  fs.writeFileSync(path.join(home, '.config/code-server/config.yaml'), 'bind-addr: 0.0.0.0:8080\nauth: password\npassword: from-config-yaml\ncert: false\n');
  const port = await h.freePort();
  const run = npmStart(cleanEnv({
    PORT: String(port), HOME: home, E2E_HOME, XDG_CONFIG_HOME: path.join(home, '.config'),
    PASSWORD: 'from-the-shell', CODE_SERVER_HOST: '0.0.0.0', npm_config_cache: path.join(home, '.npm'),
  }));
  try {
    const printed = await Promise.race([
      waitUntil(() => /Password: (\S+)/.test(run.out.stdout) && /Server log: (.+)/.test(run.out.stdout) && run.out.stdout, 'the address and password', START_TIMEOUT),
      run.exited.then((e) => { throw new Error(`npm start exited (${e.code ?? e.signal}):\n${run.out.stdout}\n${run.out.stderr}`); }),
    ]);
    const secret = /Password: (\S+)/.exec(printed)[1];
    const logFile = /Server log: (.+)/.exec(printed)[1].trim();
    const address = /(http:\/\/127\.0\.0\.1:(\d+))\/\?folder=\S+/.exec(printed);
    assert.ok(address, `no address in:\n${printed}`);
    assert.equal(Number(address[2]), port);
    const base = address[1];
    assert.match(secret, /^[A-Za-z0-9_-]{24}$/);
    t.diagnostic(`code-server up on ${base}`);

    // 1. Without the password: the login page, never the workbench.
    const anon = await fetch(address[0], { redirect: 'manual' });
    assert.equal(anon.status, 302);
    assert.match(anon.headers.get('location'), /^\.\/login\b/);
    const loginPage = await (await fetch(address[0])).text();
    assert.match(loginPage, /<form[^>]*method="post"/i);
    assert.match(loginPage, /name="password"/);
    assert.doesNotMatch(loginPage, /vscode-workbench-web-configuration/);
    const anonWorkbench = await fetch(`${base}/stable-`, { redirect: 'manual' }).catch(() => null);
    if (anonWorkbench) assert.notEqual(anonWorkbench.status, 200);

    // 2. A wrong password (the shell's PASSWORD) is refused; the printed one logs in.
    const login = (password) => fetch(`${base}/login`, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ password }).toString(),
    });
    const wrong = await login('from-the-shell');
    assert.equal(wrong.headers.get('set-cookie'), null, 'a wrong password got a cookie');
    assert.match(await wrong.text(), /Incorrect password/);
    const right = await login(secret);
    assert.equal(right.status, 302);
    const cookie = right.headers.get('set-cookie');
    assert.ok(cookie, 'no session cookie after logging in');
    const session = cookie.split(';')[0];
    const workbench = await fetch(address[0], { headers: { cookie: session }, redirect: 'manual' });
    assert.equal(workbench.status, 200);
    assert.match(await workbench.text(), /vscode-workbench-web-configuration/);

    // 3. Listening on loopback only.
    const listening = listeningAddresses(port);
    t.diagnostic(`listening on ${listening.join(', ')}`);
    assert.ok(listening.length > 0, `nothing listens on port ${port} in /proc/net/tcp*`);
    for (const a of listening) assert.ok(a === '::1' || /^127\./.test(a), `listens on ${a}`);
    const outside = Object.values(os.networkInterfaces()).flat().filter((i) => !i.internal);
    for (const i of outside) {
      assert.equal(await canConnect(i.address.split('%')[0], port), false, `reachable on ${i.address}:${port}`);
    }
    t.diagnostic(`not reachable on ${outside.map((i) => i.address).join(', ') || '(no other interface)'}`);

    // 4. The secret: printed once, on no command line, in no log, in no project file.
    assert.equal(run.out.stdout.split(secret).length - 1, 1);
    assert.ok(!run.out.stderr.includes(secret));
    assert.deepEqual(commandLinesContaining(secret), []);
    const log = fs.readFileSync(logFile, 'utf8');
    assert.match(log, /HTTP server listening on/);
    assert.ok(!log.includes(secret), 'the password is in the code-server log');
    assert.ok(!log.includes('from-config-yaml'));
    assert.deepEqual(projectFilesContaining(secret, since), []);
  } finally {
    await stopGroup(run);
    fs.rmSync(home, { recursive: true, force: true });
  }
  // Ctrl+C stopped code-server too.
  await waitUntil(() => listeningAddresses(port).length === 0, `port ${port} to close after Ctrl+C`, 10_000);
});
