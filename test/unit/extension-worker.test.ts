// Analysis off the extension host's thread (issue 13): the edit mapper that lets hovers answer
// from the last finished analysis, and the worker client (one worker, reused; a newer request
// replaces a waiting one; an in-thread fallback when the worker cannot start or dies).
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import { WorkerAnalyzer, type WorkerLike } from '../../src/extension/analysisWorker';
import { mapAnalysis, mapSpan, unmapOffset } from '../../src/extension/editMap';
import { answer, pack, unpack, type AnalysisRequest, type AnalysisResponse } from '../../src/extension/worker/protocol';
import { hostEngine } from '../../src/extension/workerHost';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Applies VS Code-style content changes (in order) to a text. */
function apply(text: string, changes: { offset: number; length: number; text: string }[]): string {
  for (const c of changes) text = text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
  return text;
}

describe('edit mapper', () => {
  it('shifts spans after an edit, keeps those before, drops those it touches', () => {
    const insert = [{ offset: 10, length: 0, newLength: 3 }];
    assert.deepEqual(mapSpan(2, 10, insert), { start: 2, end: 10 }); // ends where the text is inserted
    assert.deepEqual(mapSpan(10, 15, insert), { start: 13, end: 18 }); // starts there: moves along
    assert.equal(mapSpan(8, 12, insert), undefined); // inserted inside
    const replace = [{ offset: 10, length: 4, newLength: 1 }];
    assert.deepEqual(mapSpan(14, 20, replace), { start: 11, end: 17 });
    assert.equal(mapSpan(12, 20, replace), undefined);
    assert.equal(mapSpan(5, 11, replace), undefined);
    // Two changes in one event apply in order.
    assert.deepEqual(mapSpan(30, 35, [{ offset: 20, length: 0, newLength: 2 }, { offset: 0, length: 5, newLength: 0 }]), { start: 27, end: 32 });
  });

  it('maps an offset of the edited text back (what a hover looks up in the older analysis)', () => {
    const changes = [{ offset: 10, length: 4, newLength: 1 }, { offset: 2, length: 0, newLength: 3 }];
    // Old text: 0..9 kept, 10..13 replaced by one character, then 3 characters inserted at 2.
    assert.deepEqual([0, 1, 2, 4, 5, 12, 13, 14, 20].map((o) => unmapOffset(o, changes)), [0, 1, undefined, undefined, 2, 9, undefined, 14, 20]);
    for (const old of [0, 1, 2, 9, 14, 20]) {
      const now = mapSpan(old, old + 1, changes);
      if (now) assert.equal(unmapOffset(now.start, changes), old);
    }
  });

  it('maps a whole analysis: mentions, quotes and claims keep their text in the edited document', () => {
    const before = '"We will rebuild the bridge," said Mayor Jane Holt. Critics say the plan will fail. Holt said the work would start in May.';
    const a = analyze(before, {});
    const edit = { offset: before.indexOf('Critics'), length: 0, text: 'Local ' };
    const after = apply(before, [edit]);
    const mapped = mapAnalysis(a, [{ offset: edit.offset, length: edit.length, newLength: edit.text.length }]);
    assert.equal(mapped.length, after.length);
    assert.deepEqual(mapped.mentions.map((m) => [m.start, m.end, after.slice(m.start, m.end)]), [[41, 50, 'Jane Holt'], [90, 94, 'Holt']]);
    for (const q of mapped.quotes) assert.equal(after.slice(q.start, q.end), q.text);
    // The claim 'Critics say the plan will fail.' starts where the text went in: it moves, whole.
    assert.deepEqual(mapped.claims.map((c) => after.slice(c.start, c.end)), ['Critics say the plan will fail.']);
    // An edit inside Holt's second mention drops it and the reported quote it speaks.
    const inside = mapAnalysis(a, [{ offset: before.lastIndexOf('Holt') + 2, length: 0, newLength: 1 }]);
    assert.deepEqual(inside.mentions.map((m) => m.text), ['Jane Holt']);
    assert.deepEqual(inside.quotes.map((q) => q.text), ['"We will rebuild the bridge,"', 'the plan will fail']);
    assert.deepEqual(inside.entities.map((e) => [e.id, e.mentionCount, e.quoteCount]), [['Jane Holt', 1, 1]]);
    assert.equal(mapAnalysis(a, []), a);
  });

  it('drops a quote whose speaker lost every mention: no quote names an entity that is gone', () => {
    const before = 'Ann Lee arrived late. "We are ready," she said. Bo Li left.';
    const a = analyze(before, {});
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speakerId, q.speakerSpan?.text]), [['"We are ready,"', 'Ann Lee', 'she']]);
    // Delete 'Ann Lee ' (her only mention); 'she said' is untouched.
    const mapped = mapAnalysis(a, [{ offset: 0, length: 'Ann Lee '.length, newLength: 0 }]);
    assert.deepEqual(mapped.entities.map((e) => [e.id, e.mentionCount, e.quoteCount]), [['Bo Li', 1, 0]]);
    assert.deepEqual(mapped.quotes, []);
  });
});

/** A worker that answers when told to, in the same thread. */
class FakeWorker implements WorkerLike {
  readonly posted: AnalysisRequest[] = [];
  private listener: ((m: AnalysisResponse) => void) | undefined;
  private errorListener: ((e: Error) => void) | undefined;
  terminated = false;
  post(m: AnalysisRequest): void {
    this.posted.push(m);
  }
  onMessage(l: (m: AnalysisResponse) => void): void {
    this.listener = l;
  }
  onError(l: (e: Error) => void): void {
    this.errorListener = l;
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest request not answered yet. */
  finish(): void {
    const request = this.posted.shift()!;
    this.listener!(answer(request));
  }
  die(): void {
    this.errorListener!(new Error('out of memory'));
  }
}

const quotes = (a: Analysis | undefined) => (a ? a.quotes.map((q) => q.text) : a);

describe('analysis worker client', () => {
  it('an analysis packed in the worker and unpacked on the host is the same analysis', () => {
    const text = '"We will rebuild the bridge," said Mayor Jane Holt. Critics say the plan will fail.';
    const a = analyze(text, {});
    const b = unpack(pack(a));
    assert.deepEqual(JSON.parse(JSON.stringify(b)), JSON.parse(JSON.stringify(a)));
    assert.deepEqual(b.mentions.map((m) => m.text), ['Jane Holt']);
    assert.equal(b.mentions, b.mentions); // parsed once
  });

  it('one worker, one request at a time; a newer request for a document replaces the waiting one', async () => {
    const worker = new FakeWorker();
    const client = new WorkerAnalyzer(() => worker, () => undefined, () => analyze);
    const first = client.analyze('a', '"We will start at once," Ann Lee said.', {});
    const second = client.analyze('a', '"We will start on Monday," Ann Lee said.', {});
    const third = client.analyze('a', '"We will start next week," Ann Lee said.', {});
    const other = client.analyze('b', '"We are ready," Bo Li said.', {});
    assert.deepEqual(worker.posted.map((p) => p.text), ['"We will start at once," Ann Lee said.']);
    assert.equal(await second, undefined); // replaced by the third before it was sent
    assert.equal(client.isBusy('a'), true);
    worker.finish();
    assert.deepEqual(quotes(await first), ['"We will start at once,"']);
    assert.deepEqual(worker.posted.map((p) => p.text), ['"We will start next week," Ann Lee said.']);
    worker.finish();
    assert.deepEqual(quotes(await third), ['"We will start next week,"']);
    worker.finish();
    assert.deepEqual(quotes(await other), ['"We are ready,"']);
    assert.equal(client.isBusy('a'), false);
    assert.equal(client.inThread, false);
  });

  it('a document closed while its request waits is not analysed: the request is forgotten', async () => {
    const worker = new FakeWorker();
    const client = new WorkerAnalyzer(() => worker, () => undefined, () => analyze);
    const running = client.analyze('a', '"We will start at once," Ann Lee said.', {});
    const closed = client.analyze('b', '"We are ready," Bo Li said.', {});
    const open = client.analyze('c', '"We are late," Cy Ng said.', {});
    client.cancel('b');
    client.cancel('a'); // running: it finishes, the caller drops its result
    assert.equal(await closed, undefined);
    assert.equal(client.isBusy('b'), false);
    worker.finish();
    assert.deepEqual(quotes(await running), ['"We will start at once,"']);
    assert.deepEqual(worker.posted.map((p) => p.text), ['"We are late," Cy Ng said.']);
    worker.finish();
    assert.deepEqual(quotes(await open), ['"We are late,"']);
    assert.deepEqual(worker.posted, []);
  });

  it('once disposed (deactivation), it ends the worker, settles what waits and analyses nothing more', async () => {
    const worker = new FakeWorker();
    const messages: string[] = [];
    const client = new WorkerAnalyzer(() => worker, (m) => messages.push(m), () => analyze);
    const running = client.analyze('a', '"We will start at once," Ann Lee said.', {});
    const waiting = client.analyze('b', '"We are ready," Bo Li said.', {});
    client.dispose();
    assert.equal(worker.terminated, true);
    assert.deepEqual([await running, await waiting], [undefined, undefined]);
    assert.equal(await client.analyze('c', '"We are late," Cy Ng said.', {}), undefined);
    assert.deepEqual(messages, []);
  });

  it('falls back to the host thread, with a message, when the worker cannot start or dies', async () => {
    const messages: string[] = [];
    let loads = 0;
    const broken = new WorkerAnalyzer(() => {
      throw new Error('Creating workers from remote extensions is currently not supported.');
    }, (m) => messages.push(m), () => (loads++, analyze));
    assert.equal(broken.inThread, false); // not started until asked
    assert.equal(loads, 0); // the engine is loaded on the host only when the fallback needs it
    assert.deepEqual(quotes(await broken.analyze('a', '"We are ready," Ann Lee said.', {})), ['"We are ready,"']);
    assert.equal(broken.inThread, true);
    assert.deepEqual(quotes(await broken.analyze('a', '"We are ready," Ann Lee said.', {})), ['"We are ready,"']);
    assert.equal(loads, 2); // asked for at each analysis (the host's module cache keeps one copy)
    assert.deepEqual(messages, [
      "The analysis worker is not available (Creating workers from remote extensions is currently not supported.); analysing on the extension host's thread instead.",
    ]);
    const worker = new FakeWorker();
    const client = new WorkerAnalyzer(() => worker, (m) => messages.push(m), () => analyze);
    const running = client.analyze('a', '"We are still here," Ann Lee said.', {});
    const waiting = client.analyze('b', '"We are next," Bo Li said.', {});
    worker.die();
    // The text the worker died on is not analysed again on the host (it may be what killed it);
    // the request that waited is analysed on the host.
    await assert.rejects(running, { message: 'the analysis worker stopped while analysing this document (out of memory)' });
    assert.deepEqual(quotes(await waiting), ['"We are next,"']);
    assert.equal(client.inThread, true);
    assert.equal(worker.terminated, true);
    assert.equal(messages.length, 2);
  });

  it('the desktop fallback analyses with the engine that dist/worker.js exports (built by npm test before the unit tests)', function () {
    const root = path.resolve(__dirname, '..', '..');
    if (!fs.existsSync(path.join(root, 'dist', 'worker.js'))) this.skip();
    const engine = hostEngine({ fsPath: root } as never);
    assert.deepEqual(engine('"We are ready," Ann Lee said.', {}).quotes.map((q) => [q.text, q.speakerId]), [['"We are ready,"', 'Ann Lee']]);
  });
});
