#!/usr/bin/env node
// Converts the inline-marked sources of the "news never seen" set
// (test/fixtures/unseen/src/NN-name.txt) into gold JSON files in the form of
// ../shared/eval/FORMAT.md (test/fixtures/unseen/unseen_NN_name.json).
// Plain Node >= 18, no dependencies.
//
// Usage: node scripts/eval/markup-to-gold.mjs [srcDir] [outDir]
//
// Markup (see test/fixtures/unseen/README.md):
//   [[surface|T]] or [[surface|T|canonical id]]   entity; T = P(ERSON) O(RG) L(OC) M(ISC)
//   {{d SPEAKER;CUE|...}}                          direct quote (marks go inside the braces)
//   {{i SPEAKER;CUE|...}}                          indirect quote (reported clause)
//       SPEAKER and CUE are "-" for null; quotes may nest (a direct one inside an indirect one)
//   <<v|...>> <<a|...>> <<s|...>> <<u|...>>        claim: vague-source, anonymous-source,
//                                                   unsourced-statistic, unattributed-assertion
//   Lines starting with "%%" are annotator comments and are dropped with their newline.
// Offsets are UTF-16 code units (JavaScript string indices) into the stripped text.
// Quotes and claims keep separate stacks, so a claim may cross a quote (different layers).
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const srcDir = process.argv[2] || join(root, 'test', 'fixtures', 'unseen', 'src');
const outDir = process.argv[3] || join(root, 'test', 'fixtures', 'unseen');

const TYPES = { P: 'PERSON', O: 'ORG', L: 'LOC', M: 'MISC' };
const REASONS = { v: 'vague-source', a: 'anonymous-source', s: 'unsourced-statistic', u: 'unattributed-assertion' };
const SOURCE = 'written for News Lens, 2026-12-08';
const LICENSE = 'CC-BY-4.0';

const ENTITY = /^\[\[([^\]|]+)\|([A-Z]+)(?:\|([^\]|]+))?\]\]/;
const QUOTE_OPEN = /^\{\{([di]) ([^;|{}]+);([^|{}]*)\|/;
const CLAIM_OPEN = /^<<([vasu])\|/;

export function convert(markup, file = '<input>') {
  const src = markup.replace(/\r\n/g, '\n').split('\n').filter((l) => !l.startsWith('%%')).join('\n');
  const problems = [];
  let out = '';
  const entities = [], quotes = [], claims = [];
  const quoteStack = [], claimStack = [];
  const nul = (s) => (s.trim() === '-' ? null : s.trim());
  for (let i = 0; i < src.length; ) {
    const rest = src.slice(i, i + 400);
    let m;
    if (rest.startsWith('[[')) {
      if (!(m = ENTITY.exec(rest))) { problems.push(`bad entity markup at ${JSON.stringify(rest.slice(0, 40))}`); i += 2; continue; }
      const [all, surface, t, id] = m;
      const type = TYPES[t] || (Object.values(TYPES).includes(t) ? t : null);
      if (!type) problems.push(`bad entity type ${t} for ${surface}`);
      entities.push({ start: out.length, end: out.length + surface.length, text: surface, type, id: (id || surface).trim() });
      out += surface; i += all.length; continue;
    }
    if (rest.startsWith('{{')) {
      if (!(m = QUOTE_OPEN.exec(rest))) { problems.push(`bad quote markup at ${JSON.stringify(rest.slice(0, 40))}`); i += 2; continue; }
      quoteStack.push({ start: out.length, kind: m[1] === 'd' ? 'direct' : 'indirect', speaker: nul(m[2]), cue: nul(m[3]) });
      i += m[0].length; continue;
    }
    if (rest.startsWith('}}')) {
      const q = quoteStack.pop();
      if (!q) problems.push(`unmatched }} after ${JSON.stringify(out.slice(-40))}`);
      else quotes.push({ start: q.start, end: out.length, text: out.slice(q.start), kind: q.kind, speaker: q.speaker, cue: q.cue });
      i += 2; continue;
    }
    if (rest.startsWith('<<')) {
      if (!(m = CLAIM_OPEN.exec(rest))) { problems.push(`bad claim markup at ${JSON.stringify(rest.slice(0, 40))}`); i += 2; continue; }
      claimStack.push({ start: out.length, reason: REASONS[m[1]] });
      i += m[0].length; continue;
    }
    if (rest.startsWith('>>')) {
      const c = claimStack.pop();
      if (!c) problems.push(`unmatched >> after ${JSON.stringify(out.slice(-40))}`);
      else claims.push({ start: c.start, end: out.length, text: out.slice(c.start), reason: c.reason });
      i += 2; continue;
    }
    out += src[i]; i++;
  }
  if (quoteStack.length) problems.push(`${quoteStack.length} unclosed quote(s)`);
  if (claimStack.length) problems.push(`${claimStack.length} unclosed claim(s)`);
  // Texts end where the article ends; spans are fixed up to refer to the final string.
  const text = out.replace(/\s+$/, '');
  for (const list of [entities, quotes, claims]) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const s of list) {
      s.text = text.slice(s.start, s.end);
      if (s.text !== s.text.trim()) problems.push(`span with surrounding whitespace: ${JSON.stringify(s.text)}`);
    }
  }
  // Quote spans keep the order of keys of FORMAT.md.
  const entIds = new Set(entities.map((e) => e.id));
  for (const q of quotes) if (q.speaker !== null && !entIds.has(q.speaker)) problems.push(`speaker ${JSON.stringify(q.speaker)} is no entity id`);
  for (const e of entities) if (/'s$|’s$/.test(e.text)) problems.push(`entity with possessive: ${e.text}`);
  for (const p of problems) console.error(`${file}: ${p}`);
  return { text, entities, quotes, claims, problems };
}

function main() {
  mkdirSync(outDir, { recursive: true });
  let bad = 0;
  const names = readdirSync(srcDir).filter((n) => /^\d\d-[a-z0-9-]+\.txt$/.test(n)).sort();
  for (const name of names) {
    const { text, entities, quotes, claims, problems } = convert(readFileSync(join(srcDir, name), 'utf8'), name);
    bad += problems.length;
    const id = 'unseen_' + basename(name, '.txt').replace(/-/g, '_');
    const doc = {
      id, source: SOURCE, license: LICENSE, text,
      entities: entities.map(({ start, end, text: t, type, id: eid }) => ({ start, end, text: t, type, id: eid })),
      quotes: quotes.map(({ start, end, text: t, kind, speaker, cue }) => ({ start, end, text: t, kind, speaker, cue })),
      claims: claims.map(({ start, end, text: t, reason }) => ({ start, end, text: t, reason })),
      annotated: ['entities', 'quotes', 'claims'],
    };
    writeFileSync(join(outDir, `${id}.json`), JSON.stringify(doc, null, 1) + '\n');
    const words = text.split(/\s+/).filter(Boolean).length;
    console.log(`${id}: ${words} words, ${entities.length} entities, ${quotes.length} quotes, ${claims.length} claims`);
  }
  if (bad) { console.error(`${bad} problem(s)`); process.exit(1); }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
