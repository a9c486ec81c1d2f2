// In-extension-host tests: they run inside VS Code's extension host with the real `vscode` API
// (code-server's Node extension host via test/integration/code-server.test.js, or desktop VS Code
// via test/integration/run-electron.js). The workspace is a fresh temp copy of
// test/e2e/fixtures/workspace with seeds/syria-talks.txt as sample.txt, sample.md and sample.article.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const EXTENSION_ID = 'news-lens.news-lens';
const SOURCE = 'News Lens';

const NL001_SENTENCE =
  'The government also carried out renewed barrel bomb attacks on opposition-held districts, ' +
  'a day after bombardments that killed at least 24 people, a monitor said.';
const NL004_CLAUSE = 'which has left more than 280,000 people dead and driven millions from their homes';

const folder = () => vscode.workspace.workspaceFolders[0].uri;
const fileUri = (name) => vscode.Uri.joinPath(folder(), name);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value; fails with `what` and the last value seen. */
async function waitFor(fn, what, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(100);
  }
}

async function open(name, { show = true } = {}) {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code));
const describe = (doc, diags) => diags.map((d) => `${codeOf(d)} ${JSON.stringify(doc.getText(d.range))}`).join('; ') || '(none)';

/** Waits until the document's News Lens diagnostics satisfy `pred`; returns them. */
async function diagnosticsWhere(doc, pred, what, timeout = 15_000) {
  try {
    return await waitFor(() => {
      const d = ours(doc.uri);
      return pred(d) && d;
    }, what, timeout);
  } catch (e) {
    e.message += `; diagnostics now: ${describe(doc, ours(doc.uri))}`;
    throw e;
  }
}

function unescapeMarkdown(s) {
  return s.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1').replace(/&nbsp;/g, ' ');
}

/** Text of every hover card at `needle` inside the first occurrence of `context`. */
async function hoverText(doc, needle, context) {
  const text = doc.getText();
  const at = text.indexOf(context);
  assert.ok(at >= 0, `${JSON.stringify(context)} not in the document`);
  const offset = at + context.indexOf(needle) + 1;
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return unescapeMarkdown(
    (hovers || []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n')
  );
}

function extension() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return ext;
}

/**
 * The Quotes tree's model for a document, through the extension's test hook:
 * activate() returns { quotesModel(uri) } giving the speaker groups the tree shows
 * ({ label, description, quotes: [{ label, quote: { start, end, text, speakerId } }] }).
 */
async function quotesModel(doc) {
  const ext = extension();
  const api = ext.isActive ? ext.exports : await ext.activate();
  assert.ok(api && typeof api.quotesModel === 'function',
    'test hook missing: activate() should return { quotesModel(uri) } (speaker groups of the Quotes tree)');
  const groups = await api.quotesModel(doc.uri);
  assert.ok(Array.isArray(groups), `quotesModel(uri) returned ${JSON.stringify(groups)}`);
  return groups;
}

async function setSetting(key, value) {
  await vscode.workspace.getConfiguration('newsLens').update(key, value, vscode.ConfigurationTarget.Workspace);
}

suite('News Lens (extension host)', function () {
  this.timeout(30_000);

  suiteTeardown(async () => {
    await setSetting('rules', undefined);
    await setSetting('maxDocumentSize', undefined);
    await setSetting('highlight', undefined);
  });

  test('activates for .article, .txt and .md documents and analyses each', async () => {
    const ext = extension();
    const openDocs = vscode.workspace.textDocuments.map((d) => `${d.uri.scheme}:${path.basename(d.uri.path)} (${d.languageId})`);
    console.log(`    (before the first test: extension active ${ext.isActive}; open documents: ${openDocs.join(', ') || 'none'})`);
    // Open the .article first: its language is contributed by the extension itself.
    for (const [name, languageId] of [['sample.article', 'news-article'], ['sample.txt', 'plaintext'], ['sample.md', 'markdown']]) {
      const doc = await open(name);
      assert.strictEqual(doc.languageId, languageId, `${name} language`);
      await waitFor(() => ext.isActive, `activation after opening ${name}`);
      await diagnosticsWhere(doc, (d) => d.length > 0, `News Lens diagnostics on ${name}`);
    }
  });

  test('hover on "Kerry" shows John Kerry, U.S. Secretary of State', async () => {
    const doc = await open('sample.txt');
    const text = await waitFor(async () => {
      const t = await hoverText(doc, 'Kerry', 'In Vientiane, Kerry said');
      return t.includes('John Kerry') && t;
    }, 'a hover card naming John Kerry', 10_000).catch(async (e) => {
      e.message += `; hover now: ${JSON.stringify(await hoverText(doc, 'Kerry', 'In Vientiane, Kerry said'))}`;
      throw e;
    });
    assert.ok(text.includes('John Kerry'), text);
    assert.ok(text.includes('U.S. Secretary of State'), `card without the role: ${JSON.stringify(text)}`);
  });

  test('hover on "de Mistura" shows Staffan de Mistura', async () => {
    const doc = await open('sample.txt');
    const text = await hoverText(doc, 'Mistura', 'As the bloodshed continued, de Mistura met');
    assert.ok(text.includes('Staffan de Mistura'), `hover: ${JSON.stringify(text)}`);
  });

  test('the sample gets exactly two diagnostics: NL001 (a monitor said) and NL004 (280,000 dead)', async () => {
    const doc = await open('sample.txt');
    const diags = await diagnosticsWhere(doc, (d) => d.length >= 2, 'two diagnostics');
    await sleep(300); // settle: a later analysis must not add more
    const now = ours(doc.uri).slice().sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.deepStrictEqual(now.map(codeOf), ['NL001', 'NL004'], `diagnostics: ${describe(doc, now)}`);
    assert.ok(diags.every((d) => d.source === SOURCE));
    assert.strictEqual(doc.getText(now[0].range), NL001_SENTENCE, 'NL001 range');
    assert.strictEqual(doc.getText(now[1].range), NL004_CLAUSE, 'NL004 range');
  });

  test('no diagnostic overlaps an attributed quote', async () => {
    const doc = await open('sample.txt');
    const diags = await diagnosticsWhere(doc, (d) => d.length === 2, 'two diagnostics');
    const groups = await quotesModel(doc);
    const spans = groups.filter((g) => g.speakerId !== null).flatMap((g) => g.quotes.map((q) => q.quote));
    assert.strictEqual(spans.length, 14);
    for (const d of diags) {
      const s = doc.offsetAt(d.range.start);
      const e = doc.offsetAt(d.range.end);
      const hit = spans.find((q) => s < q.end && q.start < e);
      assert.ok(!hit, `${codeOf(d)} ${JSON.stringify(doc.getText(d.range))} overlaps quote ${JSON.stringify(hit && hit.text)}`);
    }
  });

  test('the Quotes model groups quotes by speaker, with roles and counts', async () => {
    const doc = await open('sample.txt');
    await diagnosticsWhere(doc, (d) => d.length === 2, 'the analysis');
    const groups = await quotesModel(doc);
    assert.deepStrictEqual(groups.map((g) => [g.label, g.description]), [
      ['Staffan de Mistura', 'UN envoy · 5 quotes'],
      ['John Kerry', 'U.S. Secretary of State · 9 quotes'],
      ['Unattributed', '1 quote'],
    ]);
    // Quotes whose speaker was inferred (here from "They" and "he") say so in their description.
    const kerry = groups[1].quotes.filter((q) => q.quote.kind === 'direct').map((q) => [q.quote.text, q.description]);
    assert.deepStrictEqual(kerry, [
      ['"progress"', 'direct'],
      ['"making progress"', 'direct'],
      ['"concrete steps"', 'direct · inferred from a pronoun'],
      ['"somewhere in early August."', 'direct'],
      ['"What we\'re trying to do is strengthen the cessation of hostilities, provide a framework which allows us to actually get to the table and have a real negotiation,"', 'direct · inferred from a pronoun'],
    ]);
    for (const g of groups) {
      for (const q of g.quotes) assert.strictEqual(doc.getText().slice(q.quote.start, q.quote.end), q.quote.text);
    }
  });

  test('newsLens.revealQuote(uri, start, end) selects exactly that range', async () => {
    const doc = await open('sample.txt', { show: false });
    await diagnosticsWhere(doc, (d) => d.length === 2, 'the analysis');
    const groups = await quotesModel(doc);
    const { start, end } = groups[0].quotes[1].quote;
    assert.strictEqual(doc.getText().slice(start, end), '"Our aim is to proceed with a third round of intra-Syrian talks towards the end of August,"');
    await open('sample.md'); // another editor is active: the command must bring sample.txt forward
    await vscode.commands.executeCommand('newsLens.revealQuote', doc.uri.toString(), start, end);
    const editor = await waitFor(() => {
      const ed = vscode.window.activeTextEditor;
      return ed && ed.document.uri.toString() === doc.uri.toString() && ed;
    }, 'sample.txt to be the active editor', 5_000);
    const sel = editor.selection;
    assert.deepStrictEqual(
      [doc.offsetAt(sel.start), doc.offsetAt(sel.end)],
      [start, end],
      `selection ${JSON.stringify(doc.getText(sel))}`
    );
  });

  test('newsLens.nextMention cycles through an entity\'s mentions (what clicking it in the Entities view does)', async () => {
    const doc = await open('sample.txt');
    await diagnosticsWhere(doc, (d) => d.length === 2, 'the analysis');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const seen = [];
    for (let k = 0; k < 5; k++) {
      await vscode.commands.executeCommand('newsLens.nextMention', doc.uri.toString(), 'John Kerry');
      const sel = vscode.window.activeTextEditor.selection;
      seen.push(doc.getText(sel) + '@' + doc.offsetAt(sel.start));
    }
    const text = doc.getText();
    const kerry = [text.indexOf('John Kerry')];
    for (let at = text.indexOf('Kerry said'); at >= 0; at = text.indexOf('Kerry', at + 1)) if (at !== kerry[0] + 5) kerry.push(at);
    assert.deepStrictEqual(seen, [
      `John Kerry@${kerry[0]}`, `Kerry@${kerry[1]}`, `Kerry@${kerry[2]}`, `Kerry@${kerry[3]}`, `John Kerry@${kerry[0]}`,
    ]);
  });

  test('newsLens.rules {"NL001": "off"} removes NL001; restoring brings it back', async () => {
    const doc = await open('sample.txt');
    await diagnosticsWhere(doc, (d) => d.some((x) => codeOf(x) === 'NL001'), 'NL001 before the change');
    try {
      await setSetting('rules', { NL001: 'off' });
      await diagnosticsWhere(doc, (d) => !d.some((x) => codeOf(x) === 'NL001') && d.some((x) => codeOf(x) === 'NL004'),
        'NL001 gone, NL004 still there');
    } finally {
      await setSetting('rules', undefined);
    }
    await diagnosticsWhere(doc, (d) => d.some((x) => codeOf(x) === 'NL001'), 'NL001 back after restoring');
  });

  test('a document over newsLens.maxDocumentSize gets no diagnostics and a message', async () => {
    const messages = [];
    const win = vscode.window;
    const spied = ['showWarningMessage', 'showInformationMessage', 'showErrorMessage'];
    const originals = {};
    let spying = true;
    try {
      for (const k of spied) {
        originals[k] = win[k];
        win[k] = function (...args) { messages.push(String(args[0])); return originals[k].apply(this, args); };
      }
    } catch (e) {
      spying = false;
      console.log(`    (cannot spy on vscode.window messages: ${e.message})`);
    }
    const sample = fs.readFileSync(path.join(folder().fsPath, 'sample.txt'), 'utf8');
    fs.writeFileSync(path.join(folder().fsPath, 'large.txt'), sample);
    try {
      await setSetting('maxDocumentSize', 1000);
      const doc = await open('large.txt');
      assert.ok(doc.getText().length > 1000);
      if (spying) {
        const msg = await waitFor(() => messages.find((m) => m.includes('large.txt')), 'a message about large.txt', 10_000)
          .catch((e) => { e.message += `; messages: ${JSON.stringify(messages)}`; throw e; });
        assert.match(msg, /maxDocumentSize|too large|over the/i, msg);
      } else {
        await sleep(1500); // no visible signal to wait on without the spy
      }
      assert.deepStrictEqual(ours(doc.uri).map(codeOf), [], 'diagnostics on a document over the limit');
      assert.ok(extension().isActive, 'extension still active');
      // Raising the limit again analyses it: proves the size was the reason.
      await setSetting('maxDocumentSize', undefined);
      await diagnosticsWhere(doc, (d) => d.length > 0, 'diagnostics once under the limit');
    } finally {
      for (const k of Object.keys(originals)) try { win[k] = originals[k]; } catch {}
      await setSetting('maxDocumentSize', undefined);
    }
  });

  test('an ignore comment at the end of the line removes that diagnostic', async () => {
    const sample = fs.readFileSync(path.join(folder().fsPath, 'sample.txt'), 'utf8');
    fs.writeFileSync(path.join(folder().fsPath, 'ignored.txt'), sample.replace(NL001_SENTENCE, `${NL001_SENTENCE} news-lens-disable-line NL001`));
    const doc = await open('ignored.txt');
    await diagnosticsWhere(doc, (d) => d.length > 0, 'the analysis');
    await sleep(300);
    assert.deepStrictEqual(ours(doc.uri).map(codeOf), ['NL004'], describe(doc, ours(doc.uri)));
  });

  test('quick fixes: "Ignore NL001 on this line" writes the comment and the diagnostic goes', async () => {
    fs.writeFileSync(path.join(folder().fsPath, 'fix.md'), fs.readFileSync(path.join(folder().fsPath, 'sample.txt'), 'utf8'));
    const doc = await open('fix.md');
    const diags = await diagnosticsWhere(doc, (d) => d.some((x) => codeOf(x) === 'NL001'), 'NL001');
    const nl001 = diags.find((x) => codeOf(x) === 'NL001');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, nl001.range);
    const titles = actions.map((a) => a.title);
    for (const t of ['Ignore NL001 on this line', 'Ignore NL001 in this file', 'Open documentation for NL001']) {
      assert.ok(titles.includes(t), `missing ${t} in ${JSON.stringify(titles)}`);
    }
    const fix = actions.find((a) => a.title === 'Ignore NL001 on this line');
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
    const line = doc.lineAt(nl001.range.end.line).text;
    assert.ok(line.endsWith(`${NL001_SENTENCE} <!-- news-lens-disable-line NL001 -->`), line);
    await diagnosticsWhere(doc, (d) => !d.some((x) => codeOf(x) === 'NL001') && d.some((x) => codeOf(x) === 'NL004'), 'NL001 gone');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('quick fix: "Allow "a monitor said"" adds the phrase to the settings and the diagnostic goes', async () => {
    const doc = await open('sample.txt');
    const diags = await diagnosticsWhere(doc, (d) => d.some((x) => codeOf(x) === 'NL001'), 'NL001');
    const nl001 = diags.find((x) => codeOf(x) === 'NL001');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, nl001.range);
    const allow = actions.find((a) => a.title === 'Allow "a monitor said" in workspace settings');
    assert.ok(allow, `titles: ${JSON.stringify(actions.map((a) => a.title))}`);
    try {
      await vscode.commands.executeCommand(allow.command.command, ...allow.command.arguments);
      assert.deepStrictEqual(vscode.workspace.getConfiguration('newsLens').get('allowedPhrases'), ['a monitor said']);
      await diagnosticsWhere(doc, (d) => !d.some((x) => codeOf(x) === 'NL001') && d.some((x) => codeOf(x) === 'NL004'), 'NL001 gone');
    } finally {
      await setSetting('allowedPhrases', undefined);
    }
    await diagnosticsWhere(doc, (d) => d.some((x) => codeOf(x) === 'NL001'), 'NL001 back');
  });

  test('.news-lens.json found up the folders turns a rule off; editing it applies at once; a broken one says so', async () => {
    const desk = path.join(folder().fsPath, 'desk');
    fs.mkdirSync(path.join(desk, 'world'), { recursive: true });
    const config = path.join(desk, '.news-lens.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { NL004: 'off' } }));
    fs.writeFileSync(path.join(desk, 'world', 'story.txt'), fs.readFileSync(path.join(folder().fsPath, 'sample.txt'), 'utf8'));
    const doc = await open('desk/world/story.txt');
    await diagnosticsWhere(doc, (d) => d.some((x) => codeOf(x) === 'NL001'), 'NL001');
    await sleep(300);
    assert.deepStrictEqual(ours(doc.uri).map(codeOf), ['NL001'], 'NL004 is off in .news-lens.json');
    // A setting wins over the file.
    try {
      await setSetting('rules', { NL004: 'warning' });
      await diagnosticsWhere(doc, (d) => d.some((x) => codeOf(x) === 'NL004'), 'NL004 back through the setting');
    } finally {
      await setSetting('rules', undefined);
    }
    await diagnosticsWhere(doc, (d) => !d.some((x) => codeOf(x) === 'NL004'), 'NL004 off again');
    // Editing the file (through VS Code, so the watcher sees it) applies without a reload.
    const edit = new vscode.WorkspaceEdit();
    const configDoc = await vscode.workspace.openTextDocument(vscode.Uri.file(config));
    edit.replace(configDoc.uri, new vscode.Range(0, 0, configDoc.lineCount, 0), '{"rules": {"NL001": "off"}}');
    await vscode.workspace.applyEdit(edit);
    await configDoc.save();
    await diagnosticsWhere(doc, (d) => d.length > 0 && d.every((x) => codeOf(x) === 'NL004'), 'NL001 off, NL004 on after the edit');
    // A broken file: a message naming it, and the rules are back to their defaults.
    const messages = [];
    const original = vscode.window.showWarningMessage;
    try {
      vscode.window.showWarningMessage = function (...args) { messages.push(String(args[0])); return original.apply(this, args); };
    } catch { /* cannot spy: the diagnostics below still prove the fallback */ }
    try {
      fs.writeFileSync(config, '{"rules": {"NL001": "off",}}');
      await diagnosticsWhere(doc, (d) => d.some((x) => codeOf(x) === 'NL001') && d.some((x) => codeOf(x) === 'NL004'), 'defaults with a broken file');
      if (vscode.window.showWarningMessage !== original) {
        const msg = await waitFor(() => messages.find((m) => m.includes('.news-lens.json')), 'a message about .news-lens.json', 10_000);
        assert.match(msg, /not valid JSON.*the file is ignored/, msg);
      }
    } finally {
      try { vscode.window.showWarningMessage = original; } catch {}
      fs.rmSync(desk, { recursive: true, force: true });
    }
  });

  test('the status bar shows people, quotes and flagged claims of the active article', async () => {
    const doc = await open('sample.txt');
    await diagnosticsWhere(doc, (d) => d.length === 2, 'the analysis');
    const api = extension().exports;
    const groups = await quotesModel(doc);
    const quoteCount = groups.reduce((n, g) => n + g.quotes.length, 0);
    const text = await waitFor(() => api.statusBarText(), 'the status bar item');
    assert.match(text, new RegExp(`^\\$\\(person\\) \\d+ \\$\\(quote\\) ${quoteCount} \\$\\(warning\\) 2$`), text);
  });

  test('newsLens.highlight (off by default) decorates every quote and the speakers', async () => {
    const doc = await open('sample.txt');
    await diagnosticsWhere(doc, (d) => d.length === 2, 'the analysis');
    const api = extension().exports;
    assert.strictEqual(api.highlightCounts(), undefined, 'off by default');
    const groups = await quotesModel(doc);
    const all = groups.flatMap((g) => g.quotes);
    try {
      await setSetting('highlight', true);
      const counts = await waitFor(() => api.highlightCounts(), 'highlighting on');
      assert.strictEqual(counts.direct, all.filter((q) => q.quote.kind === 'direct').length);
      assert.strictEqual(counts.indirect, all.filter((q) => q.quote.kind === 'indirect').length);
      assert.ok(counts.speakers > 0, JSON.stringify(counts));
    } finally {
      await setSetting('highlight', undefined);
    }
    await waitFor(() => api.highlightCounts() === undefined, 'highlighting off again');
  });

  test('export quotes as Markdown (untitled document) and CSV (saved file)', async () => {
    const doc = await open('sample.txt');
    await diagnosticsWhere(doc, (d) => d.length === 2, 'the analysis');
    const md = await vscode.commands.executeCommand('newsLens.exportQuotes', 'markdown');
    assert.ok(md && md.isUntitled, 'an untitled document');
    const text = md.getText();
    assert.ok(text.startsWith('# Quotes in sample.txt\n'), text.slice(0, 80));
    assert.ok(text.includes('## John Kerry, U.S. Secretary of State\n'), text);
    assert.ok(text.includes('## Staffan de Mistura, UN envoy\n'), text);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await open('sample.txt');
    const target = vscode.Uri.joinPath(folder(), 'quotes.csv');
    const saved = await vscode.commands.executeCommand('newsLens.saveQuotes', 'csv', target);
    assert.strictEqual(saved && saved.toString(), target.toString());
    const csv = fs.readFileSync(target.fsPath, 'utf8');
    assert.ok(csv.startsWith('speaker,role,kind,quote,cue,attribution,line,column,start,end\r\n"Staffan de Mistura","UN envoy",'), csv.slice(0, 200));
  });

  test('typing "Critics say the plan will fail." adds an NL001 diagnostic after the debounce', async () => {
    fs.writeFileSync(path.join(folder().fsPath, 'edit.txt'), fs.readFileSync(path.join(folder().fsPath, 'sample.txt'), 'utf8'));
    const doc = await open('edit.txt');
    const editor = vscode.window.activeTextEditor;
    const before = await diagnosticsWhere(doc, (d) => d.some((x) => codeOf(x) === 'NL001'), 'initial NL001');
    const nl001Before = before.filter((x) => codeOf(x) === 'NL001').length;
    const at = doc.positionAt(doc.getText().indexOf('AFP contributed to this report.'));
    const sentence = 'Critics say the plan will fail.';
    assert.ok(await editor.edit((b) => b.insert(at, `${sentence}\n\n`)), 'edit applied');
    const after = await diagnosticsWhere(doc,
      (d) => d.some((x) => codeOf(x) === 'NL001' && doc.getText(x.range).includes('Critics say')),
      'an NL001 diagnostic on the new sentence');
    assert.strictEqual(after.filter((x) => codeOf(x) === 'NL001').length, nl001Before + 1, describe(doc, after));
    const added = after.find((x) => doc.getText(x.range).includes('Critics say'));
    assert.strictEqual(doc.getText(added.range), sentence, 'range of the new diagnostic');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('during a long re-analysis of a 1 MB article (in the worker), a hover answers within 100 ms', async function () {
    this.timeout(120_000);
    const api = extension().exports;
    const sample = fs.readFileSync(path.join(folder().fsPath, 'sample.txt'), 'utf8');
    const big = sample.repeat(Math.ceil(1_000_000 / sample.length)).slice(0, 1_000_000);
    fs.writeFileSync(path.join(folder().fsPath, 'big.txt'), big);
    const doc = await open('big.txt');
    await diagnosticsWhere(doc, (d) => d.length > 0, 'the first analysis of big.txt', 90_000);
    await waitFor(() => !api.isAnalysing(doc.uri), 'the first analysis to settle', 60_000);
    assert.strictEqual(api.analysesInThread(), false, 'the analysis worker did not start (see the News Lens output)');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(0), 'x')), 'edit applied');
    // The debounce passes and the worker starts on the new version; it takes far longer than 100 ms.
    await sleep(500);
    assert.strictEqual(api.isAnalysing(doc.uri), true, 'the re-analysis should still be running');
    const started = Date.now();
    const text = await hoverText(doc, 'Kerry', 'In Vientiane, Kerry said');
    const ms = Date.now() - started;
    const stillRunning = api.isAnalysing(doc.uri);
    console.log(`    (hover during the re-analysis: ${ms} ms; re-analysis still running: ${stillRunning})`);
    assert.ok(text.includes('John Kerry'), `hover: ${JSON.stringify(text.slice(0, 200))}`);
    assert.ok(ms < 100, `the hover took ${ms} ms`);
    await waitFor(() => !api.isAnalysing(doc.uri), 'the re-analysis to finish', 60_000);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
