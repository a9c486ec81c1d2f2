// Flattens an Analysis to the shape of the evaluation gold files
// (../shared/eval/FORMAT.md), so that the CLI's JSON output and the evaluation
// data speak the same language. Pure: no Node API, no vscode.
import type { Analysis, AttributionMethod, ClaimReason, EntityType, QuoteKind, RuleCode } from './types';

export interface GoldEntity {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  /** The entity's canonical name (Mention.entityId). */
  readonly id: string;
}

export interface GoldQuote {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: QuoteKind;
  /** Speaker entity id (Quote.speakerId), or null. */
  readonly speaker: string | null;
  /** Text of the cue ("said", "according to"), or null. */
  readonly cue: string | null;
  /** How the speaker was found (Quote.attribution): "cue", "pronoun", "continuation", "proximity", or null. */
  readonly attribution: AttributionMethod | null;
}

export interface GoldClaim {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly reason: ClaimReason;
  readonly code: RuleCode;
  readonly message: string;
}

export interface GoldShape {
  readonly entities: GoldEntity[];
  readonly quotes: GoldQuote[];
  readonly claims: GoldClaim[];
}

/**
 * The analysis of `text` in the gold-file shape. Every `text` field is
 * `text.slice(start, end)`, so the invariant of FORMAT.md holds even if a span's
 * own text were stale. Order follows the analysis (sorted by start).
 */
export function toGoldShape(analysis: Analysis, text: string): GoldShape {
  return {
    entities: analysis.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      type: m.type,
      id: m.entityId,
    })),
    quotes: analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      kind: q.kind,
      speaker: q.speakerId,
      cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
      attribution: q.attribution,
    })),
    claims: analysis.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      reason: c.reason,
      code: c.code,
      message: c.message,
    })),
  };
}
