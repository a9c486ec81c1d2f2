// Training data for the learned type classifier: gold files read, each document run through the
// engine's entity pass, and every recognised mention turned into features and a gold label.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { tokenize } from '../../src/core/text/tokens';
import { splitParagraphs } from '../../src/core/text/sentences';
import { buildDoc, type Doc } from '../../src/core/text/document';
import { splitRunTogether } from '../../src/core/text/runTogether';
import { findMarkedQuotes } from '../../src/core/quotes/marks';
import { recognizeEntities } from '../../src/core/entities/recognize';
import type { RecognizedEntities } from '../../src/core/entities/model';
import { lexiconType } from '../../src/core/entities/lookup';
import { docFacts, mentionFeatures } from '../../src/core/entities/learned/features';
import { LABELS, type Label } from '../../src/core/entities/learned/classifier';

export interface GoldSpan { readonly start: number; readonly end: number; readonly type: string }

export interface GoldFile {
  readonly id: string;
  readonly split: string;
  /** File contents, for the data hash. */
  readonly raw: string;
  readonly text: string;
  readonly entities: readonly GoldSpan[];
}

export function readGoldFolder(dir: string): GoldFile[] {
  return readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => {
    const raw = readFileSync(path.join(dir, n), 'utf8');
    const j = JSON.parse(raw) as { text: string; split?: string; entities?: GoldSpan[] };
    return { id: n.replace(/\.json$/, ''), split: j.split ?? 'dev', raw, text: j.text, entities: j.entities ?? [] };
  });
}

/** sha256 over the names and contents of the files, in order. */
export function dataHash(files: readonly GoldFile[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(`${f.id}\n${f.raw}\n`);
  return h.digest('hex');
}

/** The engine's entity pass, as analyze() runs it on plain text. */
export function entityPass(text: string): { doc: Doc; ents: RecognizedEntities } {
  const tokens = splitRunTogether(tokenize(text), (w) => lexiconType(w) !== null);
  const paragraphs = splitParagraphs(tokens);
  const marks = findMarkedQuotes(tokens, paragraphs);
  const doc = buildDoc(text, tokens, paragraphs, marks.quotes.map((q) => [q.first, q.last] as const));
  return { doc, ents: recognizeEntities(doc, []) };
}

export interface Example {
  readonly features: readonly string[];
  /** Index into LABELS. */
  readonly label: number;
}

export interface PreparedDoc {
  readonly file: GoldFile;
  readonly doc: Doc;
  readonly ents: RecognizedEntities;
  /** One per mention of ents.mentions. */
  readonly examples: readonly Example[];
}

/** The gold label of a predicted span: the type of the exact gold span, else of the most overlapping one, else NONE. */
export function goldLabel(start: number, end: number, gold: readonly GoldSpan[]): Label {
  let best: GoldSpan | null = null;
  let bestOverlap = 0;
  for (const g of gold) {
    if (g.start === start && g.end === end) return g.type as Label;
    const o = Math.min(end, g.end) - Math.max(start, g.start);
    if (o > bestOverlap) {
      best = g;
      bestOverlap = o;
    }
  }
  return best ? (best.type as Label) : 'NONE';
}

export function prepare(file: GoldFile): PreparedDoc {
  const { doc, ents } = entityPass(file.text);
  const facts = docFacts(doc);
  const examples = ents.mentions.map((m, mi) => ({
    features: mentionFeatures(doc, ents, mi, facts),
    label: LABELS.indexOf(goldLabel(m.start, m.end, file.entities)),
  }));
  return { file, doc, ents, examples };
}
