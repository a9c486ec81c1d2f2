// What the status bar item says for the active article. Pure: no `vscode` import.
import type { Analysis } from '../core/types';
import { plural } from './format';

export interface StatusContent {
  /** With codicons: "$(person) 7 $(quote) 15 $(warning) 2". */
  readonly text: string;
  /** Plain words for the tooltip and screen readers: "News Lens: 7 people, 15 quotes, 2 flagged claims". */
  readonly label: string;
}

export function statusContent(analysis: Analysis, skipped: boolean): StatusContent {
  if (skipped) return { text: '$(circle-slash) News Lens', label: 'News Lens did not analyse this document' };
  const people = analysis.entities.filter((e) => e.type === 'PERSON').length;
  const quotes = analysis.quotes.length;
  const claims = analysis.claims.length;
  return {
    text: `$(person) ${people} $(quote) ${quotes} $(${claims > 0 ? 'warning' : 'check'}) ${claims}`,
    label: `News Lens: ${plural(people, 'person', 'people')}, ${plural(quotes, 'quote')}, ${plural(claims, 'flagged claim')}`,
  };
}
