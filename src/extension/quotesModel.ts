// The Quotes view as plain data: speakers in order of their first quote, each with its
// quotes in document order, then an "Unattributed" group. Pure: no `vscode` import.
import type { Analysis, Entity, Quote, QuoteKind } from '../core/types';
import { inferredNote } from '../core/inferred';
import { collapseWhitespace, plural, truncate, UniqueIds } from './format';

const LABEL_CHARS = 90;

export interface QuoteEntry {
  readonly kind: 'quote';
  /** Stable id for the tree (kept across refreshes). */
  readonly id: string;
  readonly quote: Quote;
  /** Whitespace-collapsed text, truncated with "…". */
  readonly label: string;
  /** The kind, plus how the speaker was inferred when no cue names them: "direct · inferred from the previous quote". */
  readonly description: string;
  /** Full text, whitespace collapsed (and the inference note, on a line of its own). */
  readonly tooltip: string;
}

export interface SpeakerGroup {
  readonly kind: 'speaker';
  readonly id: string;
  /** Entity id, or null for the "Unattributed" group. */
  readonly speakerId: string | null;
  readonly label: string;
  /** "U.S. Secretary of State · 7 quotes", or "3 quotes" without a role. */
  readonly description: string;
  readonly quotes: readonly QuoteEntry[];
}

export const UNATTRIBUTED_LABEL = 'Unattributed';

export function buildQuotesModel(analysis: Analysis): SpeakerGroup[] {
  const bySpeaker = new Map<string | null, Quote[]>();
  for (const quote of analysis.quotes) {
    let list = bySpeaker.get(quote.speakerId);
    if (!list) bySpeaker.set(quote.speakerId, (list = []));
    list.push(quote);
  }
  const entities = new Map<string, Entity>();
  for (const e of analysis.entities) entities.set(e.id, e);

  const ids = new UniqueIds();
  const groups: SpeakerGroup[] = [];
  // Map iteration follows insertion order, i.e. the order of each speaker's first quote.
  for (const [speakerId, quotes] of bySpeaker) {
    if (speakerId === null) continue;
    const entity = entities.get(speakerId);
    const count = plural(quotes.length, 'quote');
    groups.push({
      kind: 'speaker',
      id: `speaker:${speakerId}`,
      speakerId,
      label: entity?.name ?? speakerId,
      description: entity?.role ? `${collapseWhitespace(entity.role)} · ${count}` : count,
      quotes: quotes.map((q) => toEntry(q, ids)),
    });
  }
  const unattributed = bySpeaker.get(null);
  if (unattributed) {
    groups.push({
      kind: 'speaker',
      id: 'unattributed',
      speakerId: null,
      label: UNATTRIBUTED_LABEL,
      description: plural(unattributed.length, 'quote'),
      quotes: unattributed.map((q) => toEntry(q, ids)),
    });
  }
  return groups;
}

function toEntry(quote: Quote, ids: UniqueIds): QuoteEntry {
  // Only an attributed quote's speaker is shown as inferred: an unattributed one has none.
  const note = quote.speakerId === null ? null : inferredNote(quote.attribution);
  const kind: QuoteKind = quote.kind;
  return {
    kind: 'quote',
    id: ids.make(`quote:${quote.kind}:${quote.start}:${quote.end}`),
    quote,
    label: truncate(quote.text, LABEL_CHARS),
    description: note ? `${kind} · ${note}` : kind,
    tooltip: note ? `${collapseWhitespace(quote.text)}\n\nSpeaker ${note}.` : collapseWhitespace(quote.text),
  };
}
