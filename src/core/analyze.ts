// The one entry point of the engine: text in, one immutable Analysis out.
// Deterministic and total: any string gives a valid Analysis, nothing throws.
import type { Analysis, AnalyzeOptions, Entity, Mention, Notice, Quote } from './types';
import { tokenize } from './text/tokens';
import { splitParagraphs } from './text/sentences';
import { buildDoc, type Doc } from './text/document';
import { splitRunTogether } from './text/runTogether';
import { maskMarkdown } from './text/markdown';
import { withOriginalText } from './reslice';
import { findMarkedQuotes } from './quotes/marks';
import { recognizeEntities } from './entities/recognize';
import type { EntityRecord, MentionRecord, MentionTrace } from './entities/model';
import { lexiconType } from './entities/lookup';
import { retypeEntities } from './entities/learned/retype';
import { findQuotes } from './quotes/index';
import { buildClaimContext } from './claims/context';
import { findClaims } from './claims/index';
import { unattributedQuoteRule } from './claims/quoteRule';
import { withIgnoreComments } from './ignores';

export type * from './types';
export type { MentionTrace } from './entities/model';
export { RULES, RULE_CODES, ruleInfo, ruleDocPath } from './claims/rules';

/** Share of NUL and other C0 control characters above which a text is treated as binary. */
const BINARY_CONTROL_RATIO = 0.1;

function emptyAnalysis(length: number, notices: Notice[] = []): Analysis {
  return { version: 1, length, entities: [], mentions: [], quotes: [], claims: [], notices };
}

/** True for text that is clearly not prose: NUL bytes, or many control characters. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.indexOf('\u0000') >= 0) return true;
  let control = 0;
  let crs = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 13) crs++;
    else if (c < 32 && c !== 9 && c !== 10 && c !== 12) control++;
  }
  // CRs are left out of the length, so that a file reads the same with CRLF and LF line ends.
  const length = sample.length - crs;
  return length > 0 && control / length > BINARY_CONTROL_RATIO;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof text !== 'string') return emptyAnalysis(0);
  if (looksBinary(text)) {
    return emptyAnalysis(text.length, [{ kind: 'binary', message: 'This looks like a binary file, not an article: nothing was analysed.' }]);
  }
  try {
    return withIgnoreComments(text, options.format, (t) => analyzeText(t, options));
  } catch (err) {
    // The engine is meant never to throw; if a bug slips through, the editor keeps working.
    const message = err instanceof Error ? err.message : String(err);
    return emptyAnalysis(text.length, [{ kind: 'internal-error', message: `News Lens could not analyse this text (${message}).` }]);
  }
}

/**
 * The other forms an entity is written in: its mentions' texts on one line, each once, in
 * document order. (A function of its own: its loop over every mention is then optimised.)
 */
function aliasesOf(e: EntityRecord, mentions: readonly MentionRecord[]): string[] {
  const aliases: string[] = [];
  // A name is written the same way again and again: each way is looked at once.
  const seen = new Set<string>();
  for (let k = 0; k < e.mentions.length; k++) {
    const text = mentions[e.mentions[k]].text;
    if (seen.has(text)) continue;
    seen.add(text);
    const form = text.replace(/\s+/g, ' ');
    if (form !== e.id && !aliases.includes(form)) aliases.push(form);
  }
  return aliases;
}

/** The document the engine reads: the (masked) prose, its tokens, paragraphs and marked quotations. */
function prepare(original: string, options: AnalyzeOptions): { doc: Doc; marks: ReturnType<typeof findMarkedQuotes> } {
  const text = options.format === 'markdown' ? maskMarkdown(original) : original;
  const tokens = splitRunTogether(tokenize(text), (w) => lexiconType(w) !== null);
  const paragraphs = splitParagraphs(tokens);
  const marks = findMarkedQuotes(tokens, paragraphs);
  const doc = buildDoc(text, tokens, paragraphs, marks.quotes.map((q) => [q.first, q.last] as const));
  return { doc, marks };
}

/**
 * A debug view of the entities: per mention, its type and entity, the evidence provider or the
 * pass that set the type, and the pass that linked it to another name (see docs/engine.md).
 */
export function traceEntities(original: string, options: AnalyzeOptions = {}): MentionTrace[] {
  if (typeof original !== 'string' || looksBinary(original)) return [];
  const { doc } = prepare(original, options);
  const trace = recognizeEntities(doc, options.knownEntities ?? [], { trace: true }).trace ?? [];
  return trace.map((t) => ({ ...t, text: original.slice(t.start, t.end) }));
}

function analyzeText(original: string, options: AnalyzeOptions): Analysis {
  // The analysis reads the (masked) prose; every span's text is taken from the original at the end.
  const { doc, marks } = prepare(original, options);
  const text = doc.text;
  const recognized = recognizeEntities(doc, options.knownEntities ?? []);
  // The learned type classifier (docs/model.md): one more evidence provider, off unless a model is given.
  const ents = options.typeModel ? retypeEntities(doc, recognized, options.typeModel, new Set((options.knownEntities ?? []).map((k) => k.name))) : recognized;
  const quoteRecords = findQuotes(doc, ents, marks.quotes);
  const ctx = buildClaimContext(doc, quoteRecords, options.extraVagueSources ?? []);
  const claims = findClaims(ctx, options, unattributedQuoteRule(quoteRecords));

  const quotes: Quote[] = quoteRecords.map((r) => r.quote);
  const quoteCount = new Map<string, number>();
  for (const q of quotes) if (q.speakerId) quoteCount.set(q.speakerId, (quoteCount.get(q.speakerId) ?? 0) + 1);

  const mentions: Mention[] = ents.mentions.map((m) => ({
    start: m.start, end: m.end, text: m.text, entityId: m.entity.id, type: m.entity.type,
  }));
  const entities: Entity[] = ents.entities.map((e) => {
    return {
      id: e.id, type: e.type, name: e.id,
      role: e.roles[0] ?? null, roles: [...e.roles], aliases: aliasesOf(e, ents.mentions),
      mentionCount: e.mentions.length,
      quoteCount: quoteCount.get(e.id) ?? 0,
      firstOffset: ents.mentions[e.mentions[0]].start,
    };
  });
  entities.sort((a, b) => a.firstOffset - b.firstOffset);

  const notices: Notice[] = [];
  if (marks.unmatched.length > 0) {
    notices.push({
      kind: 'unclosed-quote',
      message: `${marks.unmatched.length} quotation mark${marks.unmatched.length === 1 ? ' is' : 's are'} never closed; ${marks.unmatched.length === 1 ? 'its quotation is' : 'each quotation is'} taken to end with ${marks.unmatched.length === 1 ? 'its' : 'its own'} paragraph.`,
    });
  }
  const analysis: Analysis = { version: 1, length: original.length, entities, mentions, quotes, claims, notices };
  return text === original ? analysis : withOriginalText(analysis, original);
}

