// NL001 vague source and NL002 anonymous source: statements credited to someone the reader
// cannot identify ("a monitor said", "critics say", "the source said", "a source close to").
import type { ClaimContext, Finding } from './context';
import { isClauseBreak, sentenceAtOffset, sentenceSpan } from './context';
import { tokenIndexAt, tokenize } from '../text/tokens';
import { LOCAL_WINDOW } from '../text/document';
import { scanTriggers, sharedTriggers, trigger, type TriggerPattern } from './triggers';
import type { SpanText } from '../types';
import { phraseMatcher } from '../text/phrases';

const VAGUE_PATTERNS = sharedTriggers([
  trigger('critics observers analysts experts officials sources insiders diplomats residents witnesses activists opponents skeptics sceptics',
    /(?:critics|observers|analysts|experts|officials|sources|insiders|diplomats|residents|witnesses|activists|opponents|skeptics|sceptics)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:say|said|says|believe|believed|claim|claimed|charge|charged|argue|argued|suggest|suggested|fear|feared|warn|warned|blame|blamed|contend|allege|alleged|note|noted|think|thought|point\s+out|maintain|estimate|estimated|predict|predicted|expect|expected)\b/u),
  trigger('recent media news press local unconfirmed initial early state state-run turkish foreign social western official',
    /(?:(?:recent|media|news|press|local|unconfirmed|initial|early)\s+reports|(?:local|state|state-run|turkish|foreign|social|western|official)\s+media)\s+(?:have\s+|has\s+)?(?:also\s+)?(?:say|said|says|suggest|suggested|indicate|indicated|revealed|reported|claim|claimed|show|showed)\b/u),
  trigger('estimates', /estimates\s+(?:suggest|show|indicate|put)\b/u),
  trigger('a one another', /(?:a|one|another)\s+(?:recent\s+|new\s+|separate\s+)?(?:poll|survey|study|report)\s+(?:has\s+)?(?:found|finds|shows|showed|suggests|suggested|indicated)\b/u),
  trigger('studies research polls surveys', /(?:studies|research|polls|surveys)\s+(?:have\s+)?(?:show|shown|showed|suggest|suggested|found|indicate)\b/u),
  trigger('it', /it\s+(?:is|was|has\s+been)\s+(?:widely\s+|generally\s+)?(?:reported|rumou?red)\b/u),
]);

const SENTENCE_START_PATTERNS: readonly RegExp[] = [
  /(?:some|many|other|several|few)\s+(?:[\p{L}-]+\s+){0,4}(?:have\s+|has\s+)?(?:also\s+)?(?:say|said|criticized|criticised|argue|argued|claim|claimed|believe|believed|warn|warned|accused|charged|alleged|reported|suggest|suggested|complained|fear|feared|contend|contended)\b/iyu,
];

const ANONYMOUS_PATTERNS = sharedTriggers([
  trigger('a an one two three several', /(?:a|an|one|two|three|several)\s+(?:[\p{L}-]+\s+){0,2}(?:source|sources|official|officials|insider|person|people)\s+(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\b/u),
  trigger('source sources', /sources?\s+(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\b/u),
  // "according to people familiar with the plans", "people close to the talks said"
  trigger('people persons those', /(?:people|persons|those)\s+(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\b/u),
  trigger('who which', /(?:who|which)\s+(?:asked|wished|requested|spoke\s+on\s+condition)\s+not\s+to\s+be\s+(?:named|identified)\b/u),
  trigger('on', /on\s+(?:the\s+)?condition\s+of\s+anonymity\b/u),
  trigger('speaking', /speaking\s+(?:anonymously|on\s+background)\b/u),
  trigger('declined refused', /(?:declined|refused)\s+to\s+be\s+(?:named|identified)\b/u),
  trigger('not', /not\s+authori[sz]ed\s+to\s+speak\b/u),
]);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The user's extra phrases as trigger patterns: each phrase matched literally (escaped, any run of
 * spaces for a space), case-insensitively, where it starts and ends at word edges. Linear time:
 * literal text, no nested quantifiers.
 */
export function phrasePatterns(phrases: readonly string[]): TriggerPattern[] {
  const out: TriggerPattern[] = [];
  for (const raw of phrases) {
    const p = raw.trim();
    if (p.length === 0 || p.length > 200) continue;
    // The scanner looks for the phrase's first token as the tokenizer reads it ("a" in "a*a*a*b").
    const firstToken = tokenize(p)[0];
    if (!firstToken || firstToken.kind !== 'word' && firstToken.kind !== 'number') continue;
    const first = firstToken.text.toLowerCase();
    const body = escapeRegExp(p).replace(/\s+/g, '\\s+');
    out.push(trigger(first, new RegExp(`${body}(?![\\p{L}\\p{N}])`, 'u')));
  }
  return out;
}

function message(code: 'NL001' | 'NL002', trigger: string): string {
  const t = trigger.replace(/\s+/g, ' ');
  return code === 'NL001'
    ? `Vague source "${t}": say who the source is, or attribute the statement to someone named.`
    : `Anonymous source "${t}": name the source, or explain why they cannot be named.`;
}

function sentenceFinding(ctx: ClaimContext, code: 'NL001' | 'NL002', trigger: SpanText): Finding {
  const s = sentenceAtOffset(ctx.doc, trigger.start);
  const sent = ctx.doc.sentences[s];
  let { start, end } = sentenceSpan(ctx.doc, sent.first);
  // ", although a recent poll found …": the contrasting clause is a claim of its own.
  const toks = ctx.doc.tokens;
  const at = tokenIndexAt(toks, trigger.start);
  const after = tokenIndexAt(toks, trigger.end);
  // Run-on text: keep the claim to a window around the trigger.
  const lo = Math.max(sent.first, at - LOCAL_WINDOW);
  const hi = Math.min(sent.last, after + LOCAL_WINDOW);
  if (lo > sent.first) start = toks[lo].start;
  if (hi < sent.last) end = toks[hi - 1].end;
  for (let k = at - 1; k > lo; k--) {
    if (isClauseBreak(ctx.doc, k)) { start = toks[k + 1].start; break; }
  }
  for (let k = after; k < hi; k++) {
    if (isClauseBreak(ctx.doc, k)) { end = toks[k - 1].end; break; }
  }
  // A semicolon separates claims: keep to the part that holds the trigger.
  const text = ctx.doc.text;
  for (let k = trigger.start - 1; k >= start; k--) {
    if (text.charCodeAt(k) === 59 /* ; */) {
      start = k + 1;
      while (start < trigger.start && /\s/.test(text[start])) start++;
      break;
    }
  }
  for (let k = trigger.end; k < end; k++) {
    if (text.charCodeAt(k) === 59) {
      end = k;
      break;
    }
  }
  return {
    code, reason: code === 'NL001' ? 'vague-source' : 'anonymous-source',
    start: Math.min(start, trigger.start), end: Math.max(end, trigger.end), trigger,
    message: message(code, trigger.text),
  };
}

/** Runs the patterns at the tokens where they can start; matches that cross a sentence end are dropped. */
function scan(ctx: ClaimContext, patterns: readonly TriggerPattern[], code: 'NL001' | 'NL002', out: Finding[]): void {
  const { doc } = ctx;
  scanTriggers(doc, patterns, (m) => {
    const start = m.index;
    const sent = doc.sentences[sentenceAtOffset(doc, start)];
    if (!sent || start + m[0].length > sent.end) return;
    out.push(sentenceFinding(ctx, code, { start, end: start + m[0].length, text: m[0] }));
  });
}

/** Patterns that must match at the start of a sentence: tried once per sentence, anchored there. */
function scanSentenceStarts(ctx: ClaimContext, patterns: readonly RegExp[], code: 'NL001', out: Finding[]): void {
  const { doc } = ctx;
  for (const sent of doc.sentences) {
    for (const re of patterns) {
      re.lastIndex = sent.start;
      const m = re.exec(doc.text);
      if (!m || m.index + m[0].length > sent.end) continue;
      out.push(sentenceFinding(ctx, code, { start: m.index, end: m.index + m[0].length, text: m[0] }));
    }
  }
}

export function sourceRules(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  // Quotes whose speaker phrase is vague or anonymous.
  for (const q of ctx.quotes) {
    if (q.sourceKind !== 'vague' && q.sourceKind !== 'anonymous') continue;
    const sp = q.quote.speakerSpan;
    const cue = q.quote.cue;
    if (!sp && !cue) continue;
    const parts = [sp, cue].filter((x): x is SpanText => x !== null);
    const start = Math.min(...parts.map((p) => p.start));
    const end = Math.max(...parts.map((p) => p.end));
    const trigger = { start, end, text: ctx.doc.text.slice(start, end) };
    const code = q.sourceKind === 'vague' ? 'NL001' : 'NL002';
    const f = sentenceFinding(ctx, code, trigger);
    // A direct quote is the claim itself when it is longer than its sentence.
    out.push(q.quote.kind === 'direct' ? { ...f, start: Math.min(f.start, q.quote.start), end: Math.max(f.end, q.quote.end) } : f);
  }
  scan(ctx, VAGUE_PATTERNS, 'NL001', out);
  scanSentenceStarts(ctx, SENTENCE_START_PATTERNS, 'NL001', out);
  scan(ctx, ANONYMOUS_PATTERNS, 'NL002', out);
  if (ctx.extraVagueSources.length > 0) scanPhrases(ctx, out);
  return out;
}

/** The user's extra vague-source phrases, all found in one pass (text/phrases). */
function scanPhrases(ctx: ClaimContext, out: Finding[]): void {
  const { doc } = ctx;
  phraseMatcher(ctx.extraVagueSources).forEach(doc, (start, end) => {
    const sent = doc.sentences[sentenceAtOffset(doc, start)];
    if (!sent || end > sent.end) return;
    out.push(sentenceFinding(ctx, 'NL001', { start, end, text: doc.text.slice(start, end) }));
  });
}
