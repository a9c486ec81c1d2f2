// Scores prepared documents with a model's decisions applied: typed exact-span micro F1, as the
// eval harness counts it (span and type equal).
import type { PreparedDoc } from './data';
import { addScores, decide, LABELS, type TypeModel } from '../../src/core/entities/learned/classifier';
import type { EntityRecord } from '../../src/core/entities/model';

export interface Counts { tp: number; pred: number; gold: number }

export function f1(c: Counts): number {
  return c.pred + c.gold === 0 ? 0 : (2 * c.tp) / (c.pred + c.gold);
}

/** Counts with the model (or without it, when model is null). */
export function score(docs: readonly PreparedDoc[], model: TypeModel | null, strong?: (features: readonly string[]) => boolean): Counts {
  const c: Counts = { tp: 0, pred: 0, gold: 0 };
  for (const p of docs) {
    const type = new Map<EntityRecord, string | null>();
    if (model) {
      const sums = new Map<EntityRecord, Float64Array>();
      const fixed = new Set<EntityRecord>();
      p.ents.mentions.forEach((m, mi) => {
        if (strong && strong(p.examples[mi].features)) fixed.add(m.entity);
        let s = sums.get(m.entity);
        if (!s) sums.set(m.entity, (s = new Float64Array(LABELS.length)));
        addScores(model, p.examples[mi].features, s);
      });
      for (const e of p.ents.entities) {
        if (fixed.has(e)) { type.set(e, e.type); continue; }
        const d = decide(model, sums.get(e) ?? new Float64Array(LABELS.length), e.mentions.length, e.type);
        type.set(e, d.kind === 'keep' ? e.type : d.kind === 'retype' ? d.type : null);
      }
    }
    const gold = new Set(p.file.entities.map((g) => `${g.start}:${g.end}:${g.type}`));
    c.gold += gold.size;
    for (const m of p.ents.mentions) {
      const t = model ? type.get(m.entity) : m.entity.type;
      if (!t) continue;
      c.pred++;
      if (gold.has(`${m.start}:${m.end}:${t}`)) c.tp++;
    }
  }
  return c;
}
