// The one data model every feature is a view of. Plain, JSON-serialisable data.
// All offsets are UTF-16 code-unit indices into the analysed text, end exclusive,
// so that text.slice(start, end) === span.text always holds.

import type { TypeModel } from './entities/learned/classifier';

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'MISC';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface SpanText extends TextSpan {
  readonly text: string;
}

/** One occurrence of a named entity in the text. */
export interface Mention extends SpanText {
  /** Id of the entity this mention refers to (its canonical name). */
  readonly entityId: string;
  readonly type: EntityType;
}

/** One real-world entity, with everything the article says about it. */
export interface Entity {
  /** Canonical name: the fullest name the article uses ("John Kerry"). Unique in an analysis. */
  readonly id: string;
  readonly type: EntityType;
  /** Display name; equal to id. */
  readonly name: string;
  /** The first role or title the article gives ("U.S. Secretary of State"), or null. */
  readonly role: string | null;
  /** Every distinct role or title found, in document order. */
  readonly roles: readonly string[];
  /** Other surface forms used for this entity ("Kerry"), in document order, without the name. */
  readonly aliases: readonly string[];
  /** Number of mentions (entries of Analysis.mentions with this entityId). */
  readonly mentionCount: number;
  /** Number of quotes (direct and indirect) attributed to this entity. */
  readonly quoteCount: number;
  /** Offset of the first mention. */
  readonly firstOffset: number;
}

export type QuoteKind = 'direct' | 'indirect';

/**
 * How a quote's speaker was found: "cue" (a speech verb or phrase names the speaker: "Kerry
 * said", "according to the ministry"), "pronoun" (the cue's subject is a pronoun resolved to an
 * earlier person: "he said"), "continuation" (no cue of its own: the speaker of the quote it
 * continues) or "proximity" (no cue: a name next to the quote, as in a pull quote's "— Name" line).
 * The last three are inferences a reader may want to check.
 */
export type AttributionMethod = 'cue' | 'pronoun' | 'continuation' | 'proximity';

/** A direct quotation or a piece of reported speech. */
export interface Quote extends SpanText {
  readonly kind: QuoteKind;
  /** Entity id of the speaker, or null when the article does not say who. */
  readonly speakerId: string | null;
  /** The speech verb or phrase that introduces the quote ("said", "according to"), or null. */
  readonly cue: SpanText | null;
  /** Where the speaker is named or referred to ("Kerry", "he", "the president"), or null. */
  readonly speakerSpan: SpanText | null;
  /** True when this span is one paragraph of a quote that goes on in the next paragraph. */
  readonly continues: boolean;
  /** How the speaker was found, or null when no speaker phrase was found. */
  readonly attribution: AttributionMethod | null;
}

export type RuleCode = 'NL001' | 'NL002' | 'NL003' | 'NL004' | 'NL005' | 'NL006';

/** Why a claim is flagged, in the vocabulary of the evaluation format (plus unattributed-quote). */
export type ClaimReason =
  | 'vague-source'
  | 'anonymous-source'
  | 'unsourced-statistic'
  | 'unattributed-assertion'
  | 'unattributed-quote';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A statement that the article presents without an identifiable source. */
export interface Claim extends SpanText {
  readonly code: RuleCode;
  /** Short rule name, e.g. "vague-source". */
  readonly rule: string;
  readonly reason: ClaimReason;
  /** One line saying what is missing. */
  readonly message: string;
  readonly severity: Severity;
  /** The words that triggered the rule ("a monitor said", "280,000"). Inside [start, end). */
  readonly trigger: SpanText;
}

/** Something the user should know about the analysis as a whole (e.g. binary input). */
export interface Notice {
  readonly kind: 'binary' | 'too-large' | 'unclosed-quote' | 'internal-error';
  readonly message: string;
}

export interface Analysis {
  readonly version: 1;
  /** Length of the analysed text, in UTF-16 code units. */
  readonly length: number;
  /** One per entity, sorted by first mention. */
  readonly entities: readonly Entity[];
  /** Sorted by start, non-overlapping. */
  readonly mentions: readonly Mention[];
  /** Sorted by start (then longest first). Direct quotes may nest inside indirect ones. */
  readonly quotes: readonly Quote[];
  /** Sorted by start, non-overlapping. */
  readonly claims: readonly Claim[];
  readonly notices: readonly Notice[];
}

export interface RuleSetting {
  readonly enabled?: boolean;
  readonly severity?: Severity;
}

export interface AnalyzeOptions {
  /** Per-rule switches and severities, keyed by rule code. Rules are on by default. */
  readonly rules?: Partial<Record<RuleCode, RuleSetting>>;
  /** Extra phrases that mark a vague source ("insiders say"). Matched literally, case-insensitively. */
  readonly extraVagueSources?: readonly string[];
  /** Text format: markdown skips code and markup when looking for prose. Default plaintext. */
  readonly format?: 'plaintext' | 'markdown';
  /**
   * Trigger phrases the desk accepts ("a monitor said" where the monitor is named elsewhere):
   * findings whose trigger is one of them, ignoring case and spacing, are not reported.
   */
  readonly allowedPhrases?: readonly string[];
  /** The user's own gazetteer: names the engine should know, with their type, role and other forms. */
  readonly knownEntities?: readonly KnownEntity[];
  /**
   * A learned type classifier (docs/model.md) applied after the rules: it may change an entity's
   * type or drop it. Off unless given; the user's known entities keep their type.
   */
  readonly typeModel?: TypeModel;
}

export interface KnownEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly role?: string;
  readonly aliases?: readonly string[];
}
