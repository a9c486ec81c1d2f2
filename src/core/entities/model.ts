// The shapes the entities package passes between its steps. Types only: every module of the
// package imports them from here, so that no module needs another's code for its types.
import type { EntityType } from '../types';

/** A run of capitalised words that may be a name, as found in the text (candidates.ts). */
export interface Candidate {
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Title or role phrase found right before the name, if any ("U.S. Secretary of State"). */
  role: string | null;
  /** A person title was attached ("President", "Mr"): strong PERSON evidence. */
  titled: boolean;
  /** Starts a sentence or sits in a title-case headline, so capitalisation proves nothing. */
  readonly weakCap: boolean;
  /** Inside a title-case headline. */
  readonly inHeadline: boolean;
  /** One word shaped like a common noun or gerund ("Recognition", "Refusing", but also "Manning"). */
  readonly commonShape: boolean;
}

export type Strength = 0 | 1 | 2 | 3;

/** What one evidence provider says of a candidate's type. */
export interface Evidence {
  readonly type: EntityType | null;
  /** 3: gazetteer or title; 2: name shape (head word, first name); 1: context; 0: none. */
  readonly strength: Strength;
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  roles: string[];
  /** Indices into RecognizedEntities.mentions, in document order. */
  mentions: number[];
  /** 'f' or 'm' when the first name tells, else null. */
  gender: 'f' | 'm' | null;
}

export interface MentionRecord {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  entity: EntityRecord;
  /** Role or title given at this mention ("U.S. Secretary of State"), filled by findRoles. */
  role: string | null;
}

/** Why a mention has its type and its entity: the ids of the provider and the passes that decided. */
export interface MentionTrace {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  readonly entityId: string;
  /** The evidence provider (see TYPE_PROVIDERS) or the pass (see PASSES) that set the type last; 'fallback' when none did. */
  readonly typedBy: string;
  /** The pass that joined this mention's name to another entity's, or null when it names its entity itself. */
  readonly linkedBy: string | null;
}

export interface RecognizedEntities {
  readonly entities: EntityRecord[];
  readonly mentions: MentionRecord[];
  /** Mention index by token index (-1 where none). */
  readonly mentionAtToken: Int32Array;
  /** One entry per mention, in the same order, when recognizeEntities was asked for a trace. */
  readonly trace?: MentionTrace[];
}
