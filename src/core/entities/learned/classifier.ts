// The learned type classifier's run-time half: scores a mention's features with the committed
// weights and decides, per entity, whether to keep the rules' type, change it, or drop the name.
// No I/O: the weights come in as a plain object (weights.json, bundled by esbuild).

/** The classes, in the order of every weight vector. NONE: not a name the gold standard counts. */
export const LABELS = ['PERSON', 'ORG', 'LOC', 'MISC', 'NONE'] as const;
export type Label = (typeof LABELS)[number];

export interface TypeModel {
  readonly version: 1;
  /** sha256 of the training data (file names and contents), written by `npm run train`. */
  readonly dataHash: string;
  /** Weights are integers: the learned value times `scale`. */
  readonly scale: number;
  /** Mean per-mention score margin above which the classifier overrides the rules' type / drops the name. */
  readonly retypeMargin: number;
  readonly dropMargin: number;
  /** Feature -> one integer weight per label (LABELS order). */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** Adds the scores of one mention's features to `into` (length LABELS.length). */
export function addScores(model: TypeModel, features: readonly string[], into: Float64Array): void {
  const w = model.weights;
  for (const f of features) {
    const v = Object.prototype.hasOwnProperty.call(w, f) ? w[f] : undefined;
    if (!v) continue;
    for (let k = 0; k < LABELS.length; k++) into[k] += v[k] / model.scale;
  }
}

export type Decision = { kind: 'keep' } | { kind: 'retype'; type: Exclude<Label, 'NONE'> } | { kind: 'drop' };

/**
 * The decision for one entity from the summed scores of its mentions: the best label wins over
 * the rules' type only when its mean margin over that type passes the model's threshold.
 */
export function decide(model: TypeModel, summed: Float64Array, mentionCount: number, ruleType: Label): Decision {
  let best = 0;
  for (let k = 1; k < LABELS.length; k++) if (summed[k] > summed[best]) best = k;
  const label = LABELS[best];
  if (label === ruleType) return { kind: 'keep' };
  const margin = (summed[best] - summed[LABELS.indexOf(ruleType)]) / Math.max(1, mentionCount);
  if (label === 'NONE') return margin > model.dropMargin ? { kind: 'drop' } : { kind: 'keep' };
  return margin > model.retypeMargin ? { kind: 'retype', type: label } : { kind: 'keep' };
}
