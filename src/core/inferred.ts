// The words that tell a reader a quote's speaker was inferred, not named by a cue: shown in the
// CLI report, the Quotes view and the entity hover. Pure: no Node API, no vscode.
import type { AttributionMethod } from './types';

const NOTES: Readonly<Record<AttributionMethod, string | null>> = {
  cue: null,
  pronoun: 'inferred from a pronoun',
  continuation: 'inferred from the previous quote',
  proximity: 'inferred from a name next to the quote',
};

/** "inferred from the previous quote", or null when a cue names the speaker (or no one was found). */
export function inferredNote(method: AttributionMethod | null): string | null {
  return method === null ? null : NOTES[method];
}
