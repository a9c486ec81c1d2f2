// End-to-end UI suite: the real VS Code 1.100 workbench (code-server) in headless Chromium,
// driven like a person: Quick Open, hover, Problems panel, the News Lens sidebar, typing.
// It installs the PACKAGED extension (.e2e/news-lens.vsix from `npm run package`, or $E2E_VSIX),
// so a .vscodeignore or bundling mistake fails here. Screenshots go to .e2e/artifacts/ and, with
// UPDATE_SCREENSHOTS=1, to docs/screenshots/.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');

const VSIX = path.resolve(h.ROOT, process.env.E2E_VSIX || '.e2e/news-lens.vsix');
const T = { timeout: 60_000 };
let ws, server, browser, page, consoleLines;

// The person does not want autocomplete popping up while typing prose.
const UI_SETTINGS = { 'editor.quickSuggestions': { other: false, comments: false, strings: false }, 'editor.suggestOnTriggerCharacters': false };

before(async () => {
  const t0 = Date.now();
  ws = h.makeWorkspace();
  server = await h.startCodeServer({ vsix: VSIX, settings: UI_SETTINGS, extraDirs: [ws.dir] });
  ({ browser, page, consoleLines } = await h.openWorkbench(server, { folder: ws.dir }));
  console.log(`workbench up in ${Date.now() - t0} ms (extension from ${path.relative(h.ROOT, VSIX)})`);
}, { timeout: 90_000 });

after(async () => {
  if (page) await h.screenshot(page, 'final-state').catch(() => {}); // helps when a test failed
  if (consoleLines) h.writeArtifact('ui-browser-console.log', consoleLines.join('\n'));
  await browser?.close().catch(() => {});
  await server?.stop();
  ws?.cleanup();
});

const editorLine = (text) => page.locator('.monaco-editor .view-line', { hasText: text }).first();
const problemRows = () => page.locator('.markers-panel .monaco-list-row');
const squiggles = () => page.locator('.monaco-editor .view-overlays [class*="squiggly-"]');
const selectionStatus = () => page.locator('#status\\.editor\\.selection');
const quotesRows = () => page.locator('#workbench\\.parts\\.sidebar .pane:has(.pane-header[aria-label^="Quotes"]) .monaco-list-row');

/** Rows of the Problems panel as { label (aria-label), text (what is shown) }. */
async function readProblems() {
  return problemRows().evaluateAll((els) => els.map((e) => ({ label: e.getAttribute('aria-label') || '', text: e.innerText.replace(/\s+/g, ' ').trim() })));
}
const markerRows = (rows) => rows.filter((r) => !/ problems? in file /.test(r.label));
const codeRows = (rows, code) => markerRows(rows).filter((r) => r.text.includes(code) || r.label.includes(code));

test('Quick Open sample.txt: the packaged extension activates and flags claims', T, async () => {
  const t0 = Date.now();
  await h.quickOpen(page, 'sample.txt');
  await editorLine('As the bloodshed continued').waitFor();
  // Visible sign that activate() ran and the analysis came back: squiggles in the editor.
  await squiggles().first().waitFor({ timeout: 30_000 });
  console.log(`extension active and squiggles shown ${Date.now() - t0} ms after Quick Open`);
});

test('hovering "de Mistura" shows the entity card for Staffan de Mistura', T, async () => {
  const text = await h.hoverWord(page, 'de Mistura', 'Staffan de Mistura', { lineText: 'As the bloodshed continued, de Mistura met' });
  // The README's picture: the top of the editor, where the card is.
  await h.screenshot(page, 'hover', { docs: true, clip: { x: 0, y: 0, width: 1400, height: 440 } });
  console.log(`hover card: ${JSON.stringify(text.slice(0, 300))}`);
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  assert.deepEqual(lines.slice(0, 4), ['Staffan de Mistura · Person', 'UN envoy', 'Also: de Mistura', 'Mentioned 6 times · quoted 5 times']);
  await page.mouse.move(5, 450);
  await page.keyboard.press('Escape');
});

test('the Problems panel lists NL001 and NL004 with their messages', T, async () => {
  await h.runCommand(page, 'Problems: Focus on Problems View');
  const rows = await h.waitFor(async () => {
    const r = await readProblems();
    return codeRows(r, 'NL001').length >= 1 && codeRows(r, 'NL004').length >= 1 && r;
  }, { timeout: 20_000, what: 'Problems rows for NL001 and NL004' }).catch(async (e) => {
    e.message += `; rows: ${JSON.stringify(await readProblems())}`;
    throw e;
  });
  console.log(`problems: ${JSON.stringify(rows.map((r) => r.text))}`);
  assert.match(rows[0].label, /^2 problems in file sample\.txt/, JSON.stringify(rows));
  const markers = markerRows(rows);
  assert.equal(markers.length, 2, JSON.stringify(markers));
  assert.deepEqual(markers.map((r) => r.text.replace(/\s+/g, ' ').trim()), [
    'Vague source "a monitor said": say who the source is, or attribute the statement to someone named. News Lens NL001 [Ln 10, Col 1]',
    'Figure "280,000" has no source in its sentence: say where the number comes from. News Lens NL004 [Ln 20, Col 92]',
  ]);
  // NL001 sits on the "a monitor said" sentence (paragraph 5 = line 9), NL004 on the 280,000 sentence (line 19).
  const lineOf = (needle) => h.lineOf(ws.sample, needle);
  assert.match(codeRows(rows, 'NL001')[0].label, new RegExp(`at line ${lineOf('The government also carried out')} `));
  assert.match(codeRows(rows, 'NL004')[0].label, new RegExp(`at line ${lineOf('280,000')} `));
});

test('the News Lens sidebar shows the Quotes tree grouped by speaker', T, async () => {
  await page.locator('.activitybar a.action-label[aria-label="News Lens"]').click();
  await page.locator('#workbench\\.parts\\.sidebar .pane-header[aria-label^="Quotes"]').waitFor();
  const labels = await h.waitFor(async () => {
    const l = await quotesRows().evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || ''));
    return l.some((x) => x.startsWith('John Kerry')) && l.some((x) => x.startsWith('Staffan de Mistura')) && l;
  }, { timeout: 20_000, what: 'speaker rows John Kerry and Staffan de Mistura' }).catch(async (e) => {
    e.message += `; rows: ${JSON.stringify(await quotesRows().evaluateAll((els) => els.map((x) => x.getAttribute('aria-label'))))}`;
    throw e;
  });
  console.log(`quotes tree: ${JSON.stringify(labels)}`);
  const speakers = labels.filter((x) => / · \d+ quotes?$/.test(x));
  assert.deepEqual(speakers, ['Staffan de Mistura · UN envoy · 5 quotes', 'John Kerry · U.S. Secretary of State · 9 quotes', 'Unattributed · 1 quote']);
  await h.screenshot(page, 'tree-and-problems', { docs: true });
});

test('clicking a quote row selects the quote in the editor', T, async () => {
  // A quote row under "Staffan de Mistura" (speaker groups are expanded).
  const labels = await quotesRows().evaluateAll((els) => els.map((e) => ({
    label: e.getAttribute('aria-label') || '', level: Number(e.getAttribute('aria-level')),
  })));
  const s = labels.findIndex((x) => x.level === 1 && x.label.startsWith('Staffan de Mistura'));
  assert.ok(s >= 0 && labels[s + 1] && labels[s + 1].level === 2, `no quote row under Staffan de Mistura: ${JSON.stringify(labels)}`);
  const pick = s + 1;
  const quoteRow = quotesRows().nth(pick);
  const shown = (await quoteRow.locator('.label-name').innerText()).trim();

  // Where the quote is in the document. The row's aria-label is its tooltip, the full quote text
  // (whitespace collapsed); the label shows it cut with "…" when long.
  const pos = (off) => h.positionOf(ws.sample, off);
  const full = labels[pick].label;
  const prefix = shown.endsWith('…') ? shown.slice(0, -1) : shown;
  const exactAt = ws.sample.indexOf(full);
  let expect;
  let check;
  if (exactAt >= 0 && full.startsWith(prefix)) {
    // Exact: the selection is the quote's range, the cursor at either end.
    expect = [pos(exactAt), pos(exactAt + full.length)].map((p) => `Ln ${p.line}, Col ${p.col} (${full.length} selected)`);
    check = (status) => expect.includes(status);
  } else {
    const start = ws.sample.indexOf(prefix);
    assert.ok(start >= 0, `row text ${JSON.stringify(shown)} not found in the article`);
    expect = `Ln ${pos(start).line}, Col *, (>= ${prefix.length} selected)`;
    check = (status) => {
      const m = /^Ln (\d+), Col (\d+) \((\d+) selected\)$/.exec(status);
      return m && Number(m[1]) === pos(start).line && Number(m[3]) >= prefix.length;
    };
  }
  await quoteRow.click();
  let status = '';
  await h.waitFor(async () => {
    status = (await selectionStatus().innerText().catch(() => '')).trim();
    return check(status);
  }, { timeout: 10_000, what: 'the quote selected (status bar)' }).catch(() => {});
  console.log(`clicked quote ${JSON.stringify(shown)} -> status bar ${JSON.stringify(status)}`);
  assert.ok(check(status), `status bar ${JSON.stringify(status)}, expected ${JSON.stringify(expect)}`);
  // The editor shows the selection, too.
  await page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 5_000 });
});

test('typing "Critics say the talks will fail." adds a problem row', T, async () => {
  const before = Number(/^(\d+) problems? in file sample\.txt/.exec((await readProblems())[0]?.label || '')?.[1]);
  assert.ok(before > 0, 'the Problems panel lists sample.txt before typing');
  await editorLine('As the bloodshed continued').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Critics say the talks will fail.', { delay: 10 });
  await editorLine('Critics say the talks will fail.').waitFor();
  const lastLine = h.lineOf(ws.sample, 'AFP contributed to this report.') + 2;
  const rows = await h.waitFor(async () => {
    const r = await readProblems();
    return codeRows(r, 'NL001').some((x) => x.label.includes(`at line ${lastLine} `)) && r;
  }, { timeout: 15_000, what: `an NL001 problem row at line ${lastLine}` }).catch(async (e) => {
    e.message += `; rows: ${JSON.stringify(await readProblems())}`;
    throw e;
  });
  console.log(`problems after typing: ${JSON.stringify(rows.map((r) => r.text))}`);
  // The list is virtualised (rows scrolled out of view are not in the DOM): count with the file row.
  assert.match(rows[0].label, new RegExp(`^${before + 1} problems in file sample\\.txt`), rows[0].label);
  await h.screenshot(page, 'typing', { docs: false });
});

test('sample.md and sample.article are analysed too (Problems lists both files)', T, async () => {
  for (const name of ['sample.md', 'sample.article']) {
    await h.quickOpen(page, name);
    await editorLine('As the bloodshed continued').waitFor();
    await h.waitFor(async () => (await readProblems()).some((r) => new RegExp(`^\\d+ problems? in file ${name.replace('.', '\\.')}`).test(r.label)),
      { timeout: 20_000, what: `Problems rows for ${name}` }).catch(async (e) => {
      e.message += `; rows: ${JSON.stringify(await readProblems())}`;
      throw e;
    });
  }
  const files = (await readProblems()).filter((r) => / problems? in file /.test(r.label)).map((r) => r.label);
  console.log(`problem files: ${JSON.stringify(files)}`);
});
