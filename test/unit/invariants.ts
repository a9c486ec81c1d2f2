// What every Analysis must satisfy, whatever the text (src/core/types.ts, DESIGN.md "Rules of
// the house"). Shared by the property-based and adversarial tests; throws an AssertionError
// naming the first broken rule.
import { strict as assert } from 'node:assert';
import { RULE_CODES } from '../../src/core/analyze';
import type { Analysis, SpanText } from '../../src/core/types';

const KINDS = new Set(['direct', 'indirect']);
const TYPES = new Set(['PERSON', 'ORG', 'LOC', 'MISC']);
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
const NOTICES = new Set(['binary', 'too-large', 'unclosed-quote', 'internal-error']);
const CODES = new Set<string>(RULE_CODES);

function checkSpan(text: string, s: SpanText, what: string, allowEmpty = false): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets, got [${s.start}, ${s.end})`);
  assert.ok(s.start >= 0 && s.end <= text.length, `${what} [${s.start}, ${s.end}) inside the text (length ${text.length})`);
  assert.ok(allowEmpty ? s.start <= s.end : s.start < s.end, `${what} [${s.start}, ${s.end}) is ${allowEmpty ? 'ordered' : 'non-empty'}`);
  assert.equal(s.text, text.slice(s.start, s.end), `${what} [${s.start}, ${s.end}): text.slice(start, end) === span.text`);
  assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `${what} [${s.start}, ${s.end}) does not cut a surrogate pair (an emoji or astral letter) in two`);
}

/** True when offset falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

function checkInside(inner: SpanText, outer: { start: number; end: number }, what: string): void {
  assert.ok(inner.start >= outer.start && inner.end <= outer.end, `${what} [${inner.start}, ${inner.end}) inside [${outer.start}, ${outer.end})`);
}

/** Asserts every structural promise of the Analysis type for `a = analyze(text, …)`. */
export function assertValidAnalysis(text: string, a: Analysis): void {
  assert.equal(a.version, 1, 'version');
  assert.equal(a.length, text.length, 'length is the text length in UTF-16 code units');
  for (const n of a.notices) {
    assert.ok(NOTICES.has(n.kind), `notice kind ${n.kind}`);
    assert.equal(typeof n.message, 'string');
  }
  assert.ok(!a.notices.some((n) => n.kind === 'internal-error'), `no internal error: ${a.notices.map((n) => n.message).join('; ')}`);

  // Entities: unique ids, counts and first offsets that agree with the mentions and quotes.
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  assert.equal(byId.size, a.entities.length, 'entity ids are unique');
  const mentionCount = new Map<string, number>();
  const firstOffset = new Map<string, number>();
  const quoteCount = new Map<string, number>();

  let prevEnd = -1;
  a.mentions.forEach((m, i) => {
    checkSpan(text, m, `mention ${i} "${m.text}"`);
    assert.ok(m.start >= prevEnd, `mention ${i} [${m.start}, ${m.end}) starts after the previous one ends (${prevEnd}): sorted, no overlap`);
    prevEnd = m.end;
    const e = byId.get(m.entityId);
    assert.ok(e, `mention ${i} "${m.text}": entity ${JSON.stringify(m.entityId)} exists`);
    assert.equal(m.type, e.type, `mention ${i} type is its entity's type`);
    mentionCount.set(m.entityId, (mentionCount.get(m.entityId) ?? 0) + 1);
    if (!firstOffset.has(m.entityId)) firstOffset.set(m.entityId, m.start);
  });

  a.quotes.forEach((q, i) => {
    checkSpan(text, q, `quote ${i}`);
    assert.ok(KINDS.has(q.kind), `quote ${i} kind ${q.kind}`);
    if (i > 0) {
      const p = a.quotes[i - 1];
      assert.ok(p.start < q.start || (p.start === q.start && p.end >= q.end), `quote ${i} sorted by start, then longest first`);
    }
    if (q.cue) checkSpan(text, q.cue, `quote ${i} cue`);
    if (q.speakerSpan) checkSpan(text, q.speakerSpan, `quote ${i} speaker span`);
    if (q.speakerId !== null) {
      assert.ok(byId.has(q.speakerId), `quote ${i}: speaker ${JSON.stringify(q.speakerId)} is an entity`);
      quoteCount.set(q.speakerId, (quoteCount.get(q.speakerId) ?? 0) + 1);
    }
    assert.equal(typeof q.continues, 'boolean');
  });

  prevEnd = -1;
  a.claims.forEach((c, i) => {
    checkSpan(text, c, `claim ${i} (${c.code})`);
    assert.ok(c.start >= prevEnd, `claim ${i} [${c.start}, ${c.end}) starts after the previous one ends (${prevEnd}): sorted, no overlap`);
    prevEnd = c.end;
    assert.ok(CODES.has(c.code), `claim ${i} code ${c.code}`);
    assert.ok(SEVERITIES.has(c.severity), `claim ${i} severity ${c.severity}`);
    checkSpan(text, c.trigger, `claim ${i} trigger`);
    checkInside(c.trigger, c, `claim ${i} trigger`);
    assert.ok(c.message.length > 0 && !/[\r\n]/.test(c.message), `claim ${i} message is one line`);
  });

  let prevFirst = -1;
  for (const e of a.entities) {
    assert.ok(TYPES.has(e.type), `entity ${e.id} type ${e.type}`);
    assert.equal(e.name, e.id, `entity ${e.id}: name === id`);
    assert.equal(e.mentionCount, mentionCount.get(e.id) ?? 0, `entity ${e.id}: mentionCount is its number of mentions`);
    assert.ok(e.mentionCount > 0, `entity ${e.id} has mentions`);
    assert.equal(e.firstOffset, firstOffset.get(e.id), `entity ${e.id}: firstOffset is its first mention's start`);
    assert.equal(e.quoteCount, quoteCount.get(e.id) ?? 0, `entity ${e.id}: quoteCount is its number of quotes`);
    assert.equal(e.role, e.roles[0] ?? null, `entity ${e.id}: role is the first of roles`);
    assert.ok(!e.aliases.includes(e.id), `entity ${e.id}: aliases leave out the name`);
    assert.equal(new Set(e.aliases).size, e.aliases.length, `entity ${e.id}: aliases are distinct`);
    assert.ok(e.firstOffset >= prevFirst, `entities sorted by first mention (${e.id})`);
    prevFirst = e.firstOffset;
  }

  assert.deepEqual(JSON.parse(JSON.stringify(a)), a, 'plain JSON data: survives a JSON round trip');
}
