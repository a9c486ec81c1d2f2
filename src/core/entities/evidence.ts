// Typing as a list of evidence providers with one merge rule (the seam a learned tagger plugs into).
//
// Each provider looks at one candidate and says what type it suggests and how strongly
// (model.ts, Evidence). The providers are listed in one array (TYPE_PROVIDERS in recognize.ts),
// and their answers are merged by one rule:
//
//   THE MERGE RULE: the strongest evidence wins; at equal strength, the provider listed first wins.
//
// Strength 3 is the lexicon's or a title's, 2 a name's shape, 1 the words around one mention, 0
// nothing. A name's entity then takes the strongest type among all its mentions (the first
// mention wins a tie), and the passes (PASSES in recognize.ts) may change it afterwards.
// Because a provider listed later can only win with strictly stronger evidence, the merge skips
// any provider whose strongest possible answer (maxStrength) cannot beat the evidence in hand:
// expensive providers cost nothing where a gazetteer has already answered.
import type { Doc } from '../text/document';
import type { KnownEntity } from '../types';
import type { Candidate, Evidence, Strength } from './model';

/** What providers may read: the document, every candidate, and each candidate's own (lexicon or shape) evidence. */
export interface TypingContext {
  readonly doc: Doc;
  readonly cands: readonly Candidate[];
  /** candidateEvidence of each candidate, computed once (typing.ts). */
  readonly own: readonly Evidence[];
  /** The user's gazetteer, by every written form. */
  readonly knownBySurface: ReadonlyMap<string, KnownEntity>;
}

export interface EvidenceProvider {
  /** Unique id, printed by the trace (traceEntities, `news-lens analyze --trace`). */
  readonly id: string;
  /** The strongest evidence this provider ever gives. */
  readonly maxStrength: Strength;
  /** Evidence for candidate `i` of ctx.cands; { type: null, strength: 0 } when it has nothing to say. */
  evidence(ctx: TypingContext, i: number): Evidence;
}

/** Merged evidence, with the id of the provider that gave it (null when none said anything). */
export interface TypedEvidence extends Evidence {
  readonly by: string | null;
}

const NOTHING: TypedEvidence = { type: null, strength: 0, by: null };

/** The merge rule: strongest first; at equal strength the provider listed first. */
export function mergeEvidence(providers: readonly EvidenceProvider[], ctx: TypingContext, i: number): TypedEvidence {
  let best: TypedEvidence = NOTHING;
  for (const p of providers) {
    if (p.maxStrength <= best.strength) continue;
    const e = p.evidence(ctx, i);
    if (e.strength > best.strength) best = { type: e.type, strength: e.strength, by: p.id };
  }
  return best;
}
