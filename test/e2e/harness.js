// Harness for the real-VS-Code test layers (test/e2e UI suite, test/integration launcher, npm start).
// Runs code-server 4.100.3 (VS Code 1.100.3's server + web workbench, installed by
// scripts/setup-e2e.sh outside the project) on 127.0.0.1 with throwaway directories, and opens the
// workbench in Debian's headless Chromium through playwright-core. See docs/testing.md.
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const E2E_HOME = process.env.E2E_HOME || path.join(os.homedir(), '.cache/code-server-e2e');
const CODE_SERVER = process.env.CODE_SERVER_BIN || path.join(E2E_HOME, 'node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const ARTIFACTS = path.resolve(process.env.E2E_ARTIFACTS || path.join(ROOT, '.e2e/artifacts'));
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
const SAMPLE = path.join(ROOT, 'seeds/syria-talks.txt');
const FIXTURES = path.join(__dirname, 'fixtures/workspace');

// User settings that keep the workbench quiet and deterministic.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.hover.delay': 300,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'off',
};

// ---- process bookkeeping: every process group we start is killed on exit, even on failure ----
// Normal path: server.stop() in a finally/after hook. Ctrl+C / SIGTERM / SIGHUP: the handlers
// below end every live group (TERM, then KILL) and exit. Exit without cleanup (SIGKILL, crash):
// the watchdog spawned with each server ends its group once this process is gone.
const liveGroups = new Map(); // pgid -> temp folders to remove
function killGroup(pid, signal) {
  try { process.kill(-pid, signal); } catch {}
}
function removeDirs(dirs) {
  if (process.env.E2E_KEEP_TMP) return;
  for (const d of dirs) try { fs.rmSync(d, { recursive: true, force: true }); } catch {}
}
process.on('exit', () => {
  for (const [pid, dirs] of liveGroups) { killGroup(pid, 'SIGKILL'); removeDirs(dirs); }
});
let shuttingDown = false;
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => {
    shuttingDown = true;
    if (liveGroups.size === 0) process.exit(code);
    for (const pid of liveGroups.keys()) killGroup(pid, 'SIGTERM');
    const deadline = Date.now() + 2000;
    const alive = (pid) => { try { process.kill(-pid, 0); return true; } catch { return false; } };
    // Give the groups a moment to exit cleanly; the 'exit' handler SIGKILLs whatever is left.
    setInterval(() => {
      if (Date.now() > deadline || ![...liveGroups.keys()].some(alive)) process.exit(code);
    }, 100);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function waitForHealth(url, proc, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode) throw new Error(`code-server exited early (${proc.exitCode ?? proc.signalCode})`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms`);
}

/**
 * Spawns a tiny watchdog in its own group: if this Node process dies without running its exit
 * handlers (SIGKILL, OOM), the watchdog still ends code-server's whole process group.
 */
function spawnWatchdog(pgid, dirs) {
  const q = (d) => `'${d.replace(/'/g, `'\\''`)}'`;
  const rm = process.env.E2E_KEEP_TMP ? '' : `rm -rf ${dirs.map(q).join(' ')};`;
  const script = `while kill -0 ${process.pid} 2>/dev/null && kill -0 -${pgid} 2>/dev/null; do sleep 1; done; ` +
    `kill -0 ${process.pid} 2>/dev/null && exit 0; ` + // the group ended first: normal stop() path
    `kill -TERM -${pgid} 2>/dev/null; sleep 2; kill -KILL -${pgid} 2>/dev/null; ${rm} exit 0`;
  const dog = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  dog.unref();
  return dog;
}

function checkInstalled() {
  if (!fs.existsSync(CODE_SERVER)) {
    throw new Error(`code-server not found at ${CODE_SERVER}: run \`npm run setup:e2e\` (or set E2E_HOME / CODE_SERVER_BIN)`);
  }
}

/**
 * Starts code-server on 127.0.0.1 with fresh user-data and extensions folders.
 *   vsix:            install this packaged extension first (tests the artifact users get)
 *   extensionFolder: symlink this folder into the extensions dir (npm start: rebuild + reload)
 *   port:            fixed port (default: a free one)
 *   password:        log in with this password (npm start); without it `--auth none`, which only
 *                    the test suites' throwaway servers use (random loopback port, one test long).
 *                    It reaches code-server in its environment (PASSWORD), never on its command
 *                    line (which `ps` shows to every user) nor in a file.
 *   host:            address to bind (default 127.0.0.1; npm start checks it, see start-options.mjs)
 *   settings:        extra user settings
 *   extraDirs:       temp folders (e.g. the test workspace) to remove too if this process is
 *                    interrupted or killed; on the normal path their owner removes them
 * Without either, open the page with devExtensionPayload() to load the source folder.
 */
async function startCodeServer({ vsix, extensionFolder, port, settings, extraDirs, password, host = '127.0.0.1' } = {}) {
  checkInstalled();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-cs-'));
  const dataDir = path.join(root, 'data');
  const extDir = path.join(root, 'extensions');
  const config = path.join(root, 'config.yaml');
  fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  fs.mkdirSync(extDir);
  fs.writeFileSync(path.join(dataDir, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...settings }, null, 2));
  // An explicit --config keeps code-server from reading or writing ~/.config/code-server/config.yaml
  // (which may hold a password of its own). It never holds ours.
  fs.writeFileSync(config, `auth: ${password ? 'password' : 'none'}\ncert: false\n`);
  const common = ['--config', config, '--user-data-dir', dataDir, '--extensions-dir', extDir];
  // EXTENSIONS_GALLERY={} turns the marketplace off: no lookups of outside hosts.
  // XDG_*: code-server otherwise keeps logs and a heartbeat file in ~/.local/share/code-server.
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_DATA_HOME: root, XDG_CONFIG_HOME: root };
  delete env.VSCODE_IPC_HOOK_CLI; // when run from a VS Code terminal, don't talk to that instance
  // The password is ours alone: a HASHED_PASSWORD (or PASSWORD) from the caller's shell would win
  // over it or replace it.
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  // code-server lets CODE_SERVER_HOST and PORT override --bind-addr: an exported
  // CODE_SERVER_HOST=0.0.0.0 would serve every network, and `PORT=8123 npm start` with 8123 taken
  // would make it try 8123 instead of the free port chosen.
  delete env.CODE_SERVER_HOST;
  delete env.PORT;

  const cleanupDir = () => { if (!process.env.E2E_KEEP_TMP) fs.rmSync(root, { recursive: true, force: true }); };
  try {
    if (vsix) {
      if (!fs.existsSync(vsix)) throw new Error(`${vsix} not found: run \`npm run package\` first`);
      execFileSync(CODE_SERVER, [...common, '--install-extension', path.resolve(vsix)], { stdio: 'pipe', env, timeout: 60_000 });
    }
    if (extensionFolder) {
      const pkg = JSON.parse(fs.readFileSync(path.join(extensionFolder, 'package.json'), 'utf8'));
      fs.symlinkSync(path.resolve(extensionFolder), path.join(extDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`));
    }
  } catch (e) {
    cleanupDir();
    throw e;
  }

  port = port || (await freePort());
  const bind = host.includes(':') ? `[${host}]` : host;
  // A wildcard address (0.0.0.0, ::) is reached from this machine through loopback.
  const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : bind}:${port}`;
  const logFile = path.join(root, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const proc = spawn(
    CODE_SERVER,
    [...common, '--bind-addr', `${bind}:${port}`, '--auth', password ? 'password' : 'none', '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--ignore-last-opened'],
    // detached: its own process group, so stop() ends code-server and every helper it forked
    // (extension host, file watcher, pty host).
    { detached: true, stdio: ['ignore', log, log], env: password ? { ...env, PASSWORD: password } : env }
  );
  const dirs = extraDirs ? [root, ...extraDirs] : [root];
  liveGroups.set(proc.pid, dirs);
  const watchdog = spawnWatchdog(proc.pid, dirs);
  const exited = new Promise((r) => proc.once('exit', r));

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    if (proc.exitCode === null && proc.signalCode === null) {
      killGroup(proc.pid, 'SIGTERM');
      let timer;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
      clearTimeout(timer);
    }
    killGroup(proc.pid, 'SIGKILL'); // helpers that outlived the main process
    liveGroups.delete(proc.pid);
    killGroup(watchdog.pid, 'SIGKILL');
    try { fs.closeSync(log); } catch {}
    if (process.env.E2E_KEEP_LOGS || process.env.CI) {
      try { fs.mkdirSync(ARTIFACTS, { recursive: true }); fs.copyFileSync(logFile, path.join(ARTIFACTS, `code-server-${port}.log`)); } catch {}
    }
    cleanupDir();
  }

  try {
    await waitForHealth(url, proc, 60_000);
  } catch (e) {
    let tail = '';
    try { tail = fs.readFileSync(logFile, 'utf8').slice(-2000); } catch {}
    await stop();
    throw new Error(`${e.message}\n--- code-server log ---\n${tail}`);
  }
  return { url, port, root, logFile, pid: proc.pid, exited, stop };
}

const remoteUri = (server, p) => `vscode-remote://127.0.0.1:${server.port}${p}`;

/** URL payload that loads the extension from source (like F5 "Extension Development Host"). */
function devExtensionPayload(server, { testsPath } = {}) {
  const payload = [['extensionDevelopmentPath', remoteUri(server, ROOT)]];
  if (testsPath) payload.push(['extensionTestsPath', remoteUri(server, path.resolve(testsPath))]);
  return payload;
}

/**
 * A fresh workspace in a temp folder: test/e2e/fixtures/workspace plus copies of the sample
 * article as sample.txt, sample.md and sample.article. Returns { dir, cleanup }.
 */
function makeWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-ws-'));
  fs.cpSync(FIXTURES, dir, { recursive: true });
  const sample = fs.readFileSync(SAMPLE, 'utf8');
  for (const name of ['sample.txt', 'sample.md', 'sample.article']) fs.writeFileSync(path.join(dir, name), sample);
  return {
    dir,
    sample,
    cleanup() { if (!process.env.E2E_KEEP_TMP) fs.rmSync(dir, { recursive: true, force: true }); },
  };
}

/** Launches headless Chromium and opens the workbench on `folder`. Returns { browser, page, consoleLines }. */
async function openWorkbench(server, { folder, payload, beforeGoto } = {}) {
  const { chromium } = require('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run \`npm run setup:e2e\` (or set CHROMIUM_BIN)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    if (beforeGoto) await beforeGoto(page);
    let url = `${server.url}/?folder=${encodeURIComponent(path.resolve(folder))}`;
    if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return { browser, page, consoleLines };
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}

/**
 * Writes a PNG to .e2e/artifacts/, and, when UPDATE_SCREENSHOTS=1, a JPEG to docs/screenshots/
 * (the README's pictures ship in the .vsix, so they are kept small).
 */
async function screenshot(page, name, { docs = false, clip = undefined } = {}) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (docs && process.env.UPDATE_SCREENSHOTS === '1') {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.jpg`), type: 'jpeg', quality: 45, clip });
  }
  return file;
}

function writeArtifact(name, text) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, name), text);
}

/** Polls `fn` until it returns a truthy value; throws with `what` (and the last value) on timeout. */
async function waitFor(fn, { timeout = 15_000, interval = 150, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

const quickInput = (page) => page.locator('.quick-input-widget input');

/** Runs a command through the Command Palette by its exact title, e.g. 'Problems: Focus on Problems View'. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await quickInput(page).waitFor();
  await quickInput(page).fill(`>${title}`);
  // A row's aria-label is the title, optionally followed by ", <keybinding>, ...".
  const q = JSON.stringify(title);
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label=${q}], ` +
    `.quick-input-list .monaco-list-row[aria-label^=${JSON.stringify(`${title}, `)}]`);
  await row.first().click({ timeout: 10_000 });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Opens a workspace file through Quick Open (Ctrl+P), as a person would; waits for its editor tab. */
async function quickOpen(page, fileName) {
  await page.keyboard.press('Control+P');
  await quickInput(page).waitFor();
  await quickInput(page).fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label^=${JSON.stringify(fileName)}]`).waitFor({ timeout: 15_000 });
}

/**
 * Screen rectangle of `word` in the first visible editor line that contains `lineText` (default:
 * the word itself). Works when the word is split over several DOM text nodes (decorations).
 */
async function wordBox(page, word, lineText = word) {
  const line = page.locator('.monaco-editor .view-line', { hasText: lineText }).first();
  await line.waitFor({ timeout: 10_000 });
  const box = await line.evaluate((el, w) => {
    const nodes = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ n, at: all.length });
      all += n.data;
    }
    const i = all.replace(/\u00a0/g, ' ').indexOf(w);
    if (i < 0) return null;
    const locate = (off) => {
      for (let k = nodes.length - 1; k >= 0; k--) if (nodes[k].at <= off) return [nodes[k].n, off - nodes[k].at];
      return null;
    };
    const range = document.createRange();
    range.setStart(...locate(i));
    range.setEnd(...locate(i + w.length - 1));
    range.setEnd(range.endContainer, range.endOffset + 1);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, word);
  if (!box) throw new Error(`${JSON.stringify(word)} not found in the editor line containing ${JSON.stringify(lineText)}`);
  return box;
}

/** Moves the mouse onto `word` and returns the hover card's text once it contains `expect`. */
async function hoverWord(page, word, expect, { lineText, timeout = 20_000 } = {}) {
  const deadline = Date.now() + timeout;
  const hover = page.locator('.monaco-hover:visible').first();
  let last = '(no hover card)';
  while (Date.now() < deadline) {
    const b = await wordBox(page, word, lineText);
    await page.mouse.move(b.x + b.width / 2 - 4, b.y + b.height / 2);
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 3 });
    try {
      await hover.waitFor({ timeout: 3000 });
      // The card fills in as providers answer: give it a moment to contain the expected text.
      const text = await waitFor(async () => {
        const t = await hover.innerText();
        last = t;
        return t.includes(expect) && t;
      }, { timeout: 1500, what: 'hover text' });
      return text;
    } catch {}
    await page.mouse.move(5, 450); // move away and retry: the provider may not be registered yet
    await page.locator('.monaco-hover:visible').waitFor({ state: 'hidden', timeout: 2000 }).catch(() => {});
  }
  throw new Error(`no hover containing ${JSON.stringify(expect)} over ${JSON.stringify(word)}; last card: ${JSON.stringify(last)}`);
}

/** 1-based line and column (as VS Code's status bar shows them) of a UTF-16 offset in `text`. */
function positionOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text, needle) {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${JSON.stringify(needle)} not in the text`);
  return positionOf(text, i).line;
}

module.exports = {
  ROOT, isShuttingDown: () => shuttingDown,
  startCodeServer, devExtensionPayload, makeWorkspace, openWorkbench, screenshot, writeArtifact, waitFor,
  runCommand, quickOpen, wordBox, hoverWord, positionOf, lineOf, freePort, portIsFree,
};
