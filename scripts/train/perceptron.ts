// A multiclass averaged perceptron (Collins 2002), deterministic: a fixed-seed shuffle per epoch
// and features numbered in order of first appearance.
import type { Example } from './data';
import { LABELS, type TypeModel } from '../../src/core/entities/learned/classifier';

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
}

/** mulberry32: a small seeded generator, the same numbers on every platform. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Averaged weights per feature, one value per label. */
export function train(examples: readonly Example[], opts: TrainOptions): Map<string, Float64Array> {
  const L = LABELS.length;
  const index = new Map<string, number>();
  const feats = examples.map((ex) => ex.features.map((f) => {
    let i = index.get(f);
    if (i === undefined) index.set(f, (i = index.size));
    return i;
  }));
  const n = index.size;
  const w = new Float64Array(n * L);
  const u = new Float64Array(n * L);
  const order = examples.map((_, i) => i);
  const random = rng(opts.seed);
  let c = 1;
  const scores = new Float64Array(L);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const fs = feats[k];
      scores.fill(0);
      for (const f of fs) for (let l = 0; l < L; l++) scores[l] += w[f * L + l];
      let best = 0;
      for (let l = 1; l < L; l++) if (scores[l] > scores[best]) best = l;
      const gold = examples[k].label;
      if (best !== gold) {
        for (const f of fs) {
          w[f * L + gold] += 1;
          u[f * L + gold] += c;
          w[f * L + best] -= 1;
          u[f * L + best] -= c;
        }
      }
      c++;
    }
  }
  const out = new Map<string, Float64Array>();
  for (const [f, i] of index) {
    const v = new Float64Array(L);
    for (let l = 0; l < L; l++) v[l] = w[i * L + l] - u[i * L + l] / c;
    out.set(f, v);
  }
  return out;
}

/** The committed form: integer weights (value x scale), features whose weights all round to 0 left out, keys sorted. */
export function toModel(weights: Map<string, Float64Array>, meta: { dataHash: string; retypeMargin: number; dropMargin: number; scale: number; minWeight: number }): TypeModel {
  const out: Record<string, number[]> = {};
  for (const f of [...weights.keys()].sort()) {
    const v = [...weights.get(f)!].map((x) => Math.round(x * meta.scale));
    if (v.every((x) => Math.abs(x) < meta.minWeight * meta.scale)) continue;
    out[f] = v;
  }
  return { version: 1, dataHash: meta.dataHash, scale: meta.scale, retypeMargin: meta.retypeMargin, dropMargin: meta.dropMargin, weights: out };
}
