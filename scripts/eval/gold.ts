// Reading gold files (../shared/eval/FORMAT.md) into the evaluation's records.
import type { EvalClaim, EvalEntity, EvalQuote } from './metrics';

export type Layer = 'entities' | 'quotes' | 'claims';
export const LAYERS: readonly Layer[] = ['entities', 'quotes', 'claims'];

export interface GoldDoc {
  readonly id: string;
  /** Path the file was read from. */
  readonly file: string;
  readonly text: string;
  /** Layers this file annotates; only these are scored. */
  readonly annotated: readonly Layer[];
  readonly entities: readonly EvalEntity[];
  readonly quotes: readonly EvalQuote[];
  readonly claims: readonly EvalClaim[];
  /** The corpus split the file belongs to ("train", "dev", "test", "check"), when it says. */
  readonly split: string | null;
}

const ENTITY_TYPES = new Set(['PERSON', 'ORG', 'LOC', 'MISC']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks and converts one parsed gold file. Throws on a structural error
 * (missing text, bad offsets); returns warnings for spans whose text does not
 * match the slice (those spans are kept, with the slice as text).
 */
export function parseGold(json: unknown, file: string): { doc: GoldDoc; warnings: string[] } {
  if (!isObj(json) || typeof json.text !== 'string') throw new Error('not a gold file (no "text")');
  const text = json.text;
  const id = typeof json.id === 'string' ? json.id : file.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
  const warnings: string[] = [];

  const spans = (layer: Layer): Obj[] => {
    const list = json[layer];
    if (list === undefined) return [];
    if (!Array.isArray(list)) throw new Error(`"${layer}" is not an array`);
    return list.map((s, i) => {
      if (!isObj(s) || !Number.isInteger(s.start) || !Number.isInteger(s.end)) throw new Error(`${layer}[${i}]: bad span`);
      const start = s.start as number;
      const end = s.end as number;
      if (start < 0 || end > text.length || start >= end) throw new Error(`${layer}[${i}]: bad range ${start}-${end}`);
      const slice = text.slice(start, end);
      if (s.text !== slice) warnings.push(`${layer}[${i}]: text ${JSON.stringify(s.text)} differs from the slice ${JSON.stringify(slice)}`);
      return { ...s, text: slice };
    });
  };

  const entities = spans('entities').map((s, i): EvalEntity => {
    if (!ENTITY_TYPES.has(s.type as string)) throw new Error(`entities[${i}]: bad type ${JSON.stringify(s.type)}`);
    return { start: s.start as number, end: s.end as number, text: s.text as string, type: s.type as EvalEntity['type'], id: String(s.id ?? s.text) };
  });
  const quotes = spans('quotes').map((s, i): EvalQuote => {
    if (s.kind !== 'direct' && s.kind !== 'indirect') throw new Error(`quotes[${i}]: bad kind ${JSON.stringify(s.kind)}`);
    return { start: s.start as number, end: s.end as number, text: s.text as string, kind: s.kind, speaker: typeof s.speaker === 'string' ? s.speaker : null };
  });
  const claims = spans('claims').map((s): EvalClaim => ({ start: s.start as number, end: s.end as number, text: s.text as string, reason: String(s.reason) }));

  let annotated: Layer[];
  if (Array.isArray(json.annotated)) {
    annotated = LAYERS.filter((l) => (json.annotated as unknown[]).includes(l));
  } else {
    annotated = LAYERS.filter((l) => Array.isArray(json[l]));
  }
  const split = typeof json.split === 'string' ? json.split : null;
  return { doc: { id, file, text, annotated, entities, quotes, claims, split }, warnings };
}
