// The web extension: the packaged .vsix's `browser` entry (dist/web/extension.js) running in the
// workbench's web worker extension host, as in vscode.dev / github.dev. code-server runs it there
// when the user setting remote.extensionKind says "web" for News Lens; the suite checks that the
// Running Extensions view says "web worker" and that the features work there: squiggles, the
// hover card, the status bar item, and a .news-lens.json read through vscode.workspace.fs.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');

const VSIX = path.resolve(h.ROOT, process.env.E2E_VSIX || '.e2e/news-lens.vsix');
const T = { timeout: 60_000 };
let ws, server, browser, page, consoleLines;

before(async () => {
  const t0 = Date.now();
  ws = h.makeWorkspace();
  // A folder with a configuration file: NL004 off for the articles in it.
  fs.mkdirSync(path.join(ws.dir, 'desk'));
  fs.writeFileSync(path.join(ws.dir, 'desk', '.news-lens.json'), JSON.stringify({ rules: { NL004: 'off' } }));
  fs.writeFileSync(path.join(ws.dir, 'desk', 'story.txt'), ws.sample);
  server = await h.startCodeServer({
    vsix: VSIX,
    settings: { 'remote.extensionKind': { 'news-lens.news-lens': ['web'] }, 'editor.quickSuggestions': { other: false } },
    extraDirs: [ws.dir],
  });
  ({ browser, page, consoleLines } = await h.openWorkbench(server, { folder: ws.dir }));
  console.log(`workbench up in ${Date.now() - t0} ms (web extension from ${path.relative(h.ROOT, VSIX)})`);
}, { timeout: 90_000 });

after(async () => {
  if (page) await h.screenshot(page, 'web-final-state').catch(() => {});
  if (consoleLines) h.writeArtifact('web-browser-console.log', consoleLines.join('\n'));
  await browser?.close().catch(() => {});
  await server?.stop();
  ws?.cleanup();
});

const squiggles = () => page.locator('.monaco-editor .view-overlays [class*="squiggly-"]');
const problemFileRows = () => page.locator('.markers-panel .monaco-list-row[aria-label*=" in file "]');

test('sample.txt is analysed by the web extension (squiggles)', T, async () => {
  await h.quickOpen(page, 'sample.txt');
  await page.locator('.monaco-editor .view-line', { hasText: 'As the bloodshed continued' }).first().waitFor();
  await squiggles().first().waitFor({ timeout: 30_000 });
});

test('Running Extensions lists News Lens in the web worker host', T, async () => {
  await h.runCommand(page, 'Developer: Show Running Extensions');
  const text = await h.waitFor(async () => {
    const t = await page.locator('.runtime-extensions-editor').innerText();
    return /News Lens\s+\S+\s+web worker/.test(t) && t;
  }, { what: 'News Lens in the web worker host' }).catch(async (e) => {
    e.message += `; view: ${JSON.stringify((await page.locator('.runtime-extensions-editor').innerText().catch(() => '')).slice(0, 800))}`;
    throw e;
  });
  assert.match(text, /News Lens\s+\S+\s+web worker/);
  await page.keyboard.press('Control+W');
});

test('hover card and status bar work in the browser', T, async () => {
  await h.quickOpen(page, 'sample.txt');
  const card = await h.hoverWord(page, 'de Mistura', 'Staffan de Mistura', { lineText: 'As the bloodshed continued, de Mistura met' });
  assert.match(card, /Staffan de Mistura · Person/);
  await page.mouse.move(5, 450);
  await page.keyboard.press('Escape');
  const item = page.locator('.statusbar-item[aria-label^="News Lens: "]');
  const label = await h.waitFor(async () => item.first().getAttribute('aria-label'), { what: 'the News Lens status bar item' });
  assert.match(label, /^News Lens: \d+ people, \d+ quotes, 2 flagged claims$/);
});

test('.news-lens.json is read through vscode.workspace.fs: NL004 is off in desk/', T, async () => {
  await h.quickOpen(page, 'story.txt');
  await squiggles().first().waitFor({ timeout: 30_000 });
  await h.runCommand(page, 'Problems: Focus on Problems View');
  const labels = await h.waitFor(async () => {
    const l = await problemFileRows().evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || ''));
    return l.some((x) => /in file story\.txt/.test(x)) && l;
  }, { timeout: 20_000, what: 'a Problems row for story.txt' });
  const story = labels.find((x) => /in file story\.txt/.test(x));
  assert.match(story, /^1 problems? in file story\.txt/, JSON.stringify(labels));
});
