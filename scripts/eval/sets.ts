// The standard evaluation sets that `npm run eval` (no PATH) scores side by side, and the
// three-set entity table. Dev is read error by error; GUM test and GENTLE only as totals
// (../shared/train/README.md): this module prints nothing but totals for them.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { EvalResult } from './evaluate';
import { ENTITY_TYPES, prf, type Counts, type Ratio } from './metrics';
import { pct, table } from './report';

export interface EvalSet {
  readonly name: string;
  /** Folder, relative to the project root (the folder `npm run eval` runs in). */
  readonly folder: string;
  /** Keep only the files whose "split" field has this value. */
  readonly split: string | null;
  /** Shown in the entity table, in the quote and claim lines, or both. */
  readonly use: 'entities' | 'quotes' | 'both';
}

export const STANDARD_SETS: readonly EvalSet[] = [
  { name: 'dev', folder: path.join('..', 'shared', 'eval', 'dev'), split: null, use: 'entities' },
  { name: 'GUM test', folder: path.join('..', 'shared', 'train', 'gum'), split: 'test', use: 'entities' },
  { name: 'GENTLE', folder: path.join('..', 'shared', 'train', 'gentle'), split: null, use: 'entities' },
  { name: 'unseen news', folder: path.join('test', 'fixtures', 'unseen'), split: null, use: 'both' },
  { name: 'conventions', folder: path.join('test', 'fixtures', 'conventions'), split: null, use: 'quotes' },
  { name: 'speaker patterns', folder: path.join('test', 'fixtures', 'speakers'), split: null, use: 'quotes' },
];

type EntityCounts = { exact: Counts; span: Counts; byType: Record<string, Counts> };

/** Totals recorded for the engine before the current work (scripts/eval/before.json). */
export interface Before {
  readonly commit: string;
  readonly sets: Readonly<
    Record<
      string,
      {
        entities: EntityCounts;
        quotes?: { directExact: Counts; indirect: Counts; directSpeaker: Ratio; indirectSpeaker: Ratio };
        claims?: { claims: Counts };
      }
    >
  >;
}

export const BEFORE_FILE = path.join('scripts', 'eval', 'before.json');

/** The recorded totals, or null when the file is missing or unreadable. */
export function loadBefore(file: string): Before | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Before;
  } catch {
    return null;
  }
}

export interface ScoredSet {
  readonly set: EvalSet;
  readonly files: number;
  readonly result: EvalResult;
}

const cells = (c: Counts | undefined): string[] => {
  if (!c) return ['', '', ''];
  const s = prf(c);
  return [pct(s.precision), pct(s.recall), pct(s.f1)];
};

/**
 * Entity P / R / F1 per type on each entity set, for the engine before the current work (when
 * recorded), the engine now, and compromise (when it ran).
 */
export function threeSetTable(sets: readonly ScoredSet[], before: Before | null): string {
  const ents = sets.filter((s) => s.set.use !== 'quotes');
  if (ents.length === 0) return '';
  const head1 = ['', '', ...ents.flatMap((s) => ['', '', `${s.set.name} (${s.files})`])];
  const head2 = ['type', 'system', ...ents.flatMap(() => ['P', 'R', 'F1'])];
  const rows: string[][] = [head1, head2];
  const labels = ['all', ...ENTITY_TYPES] as const;
  for (const label of labels) {
    const pick = (e: EntityCounts | undefined): Counts | undefined => (e ? (label === 'all' ? e.exact : e.byType[label]) : undefined);
    const systems: [string, (s: ScoredSet) => Counts | undefined][] = [];
    if (before) systems.push([`before (${before.commit})`, (s) => pick(before.sets[s.set.name]?.entities)]);
    systems.push(['News Lens', (s) => pick(s.result.total.newsLens.entities)]);
    if (ents.some((s) => s.result.total.compromise)) systems.push(['compromise', (s) => pick(s.result.total.compromise?.entities)]);
    systems.forEach(([name, get], i) => rows.push([i === 0 ? label : '', name, ...ents.flatMap((s) => cells(get(s)))]));
  }
  const lines = [
    'Entities on the standard sets: exact span and type, micro-averaged, in %',
    '(dev is read error by error; GUM test, GENTLE and unseen news only as totals, never tuned to)',
    '',
    table(rows),
  ];
  return lines.join('\n') + '\n';
}

/** Quotes and claims on dev and the other sets that annotate quotes: before (when recorded) and now. */
export function quoteLines(sets: readonly ScoredSet[], before: Before | null): string {
  const f1 = (c: Counts | undefined) => (c ? pct(prf(c).f1) : '-');
  const acc = (r: Ratio | undefined) => (r && r.total > 0 ? pct(r.correct / r.total) : '-');
  const rows: string[][] = [['quotes and claims', 'direct F1', 'speaker', 'indirect F1', 'ind. speaker', 'claim F1']];
  for (const s of sets) {
    if (s.set.name !== 'dev' && s.set.use === 'entities') continue;
    const b = before?.sets[s.set.name];
    if (b?.quotes) {
      rows.push([`${s.set.name}, before (${before!.commit})`, f1(b.quotes.directExact), acc(b.quotes.directSpeaker), f1(b.quotes.indirect), acc(b.quotes.indirectSpeaker), f1(b.claims?.claims)]);
    }
    const q = s.result.total.newsLens.quotes;
    const hasClaims = s.result.layerFiles.claims > 0;
    rows.push([`${s.set.name} (${s.files}), now`, f1(q.directExact), acc(q.directSpeaker), f1(q.indirect), acc(q.indirectSpeaker), hasClaims ? f1(s.result.total.newsLens.claims.claims) : '-']);
  }
  return rows.length > 1 ? table(rows) + '\n' : '';
}
