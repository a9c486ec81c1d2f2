// A small hand-made Analysis for the extension's unit tests (the engine is not involved).
import type { Analysis, AttributionMethod, Entity, EntityType, Mention, Quote, QuoteKind } from '../../src/core/types';

export const TEXT = [
  'Talks to resume',
  '',
  'U.S. Secretary of State John Kerry said there had been "progress, real progress."',
  '',
  '"We are not there yet," Kerry told reporters in Geneva.',
  '',
  'Staffan de Mistura said that talks could restart next month.',
  '',
  '"Nobody knows," one diplomat said. “Why now?” asked another.',
].join('\n');

function span(text: string, occurrence = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(text, start + 1);
  if (start < 0) throw new Error(`fixture: ${text} not found`);
  return { start, end: start + text.length, text };
}

function mention(text: string, entityId: string, type: EntityType, occurrence = 0): Mention {
  return { ...span(text, occurrence), entityId, type };
}

function quote(text: string, kind: QuoteKind, speakerId: string | null, attribution: AttributionMethod | null = speakerId === null ? null : 'cue'): Quote {
  return { ...span(text), kind, speakerId, cue: null, speakerSpan: null, continues: false, attribution };
}

export const mentions: Mention[] = [
  mention('U.S.', 'United States', 'LOC'),
  mention('John Kerry', 'John Kerry', 'PERSON'),
  mention('Kerry', 'John Kerry', 'PERSON', 1),
  mention('Geneva', 'Geneva', 'LOC'),
  mention('Staffan de Mistura', 'Staffan de Mistura', 'PERSON'),
];

export const quotes: Quote[] = [
  quote('"progress, real progress."', 'direct', 'John Kerry'),
  quote('"We are not there yet,"', 'direct', 'John Kerry', 'continuation'),
  quote('that talks could restart next month', 'indirect', 'Staffan de Mistura'),
  quote('"Nobody knows,"', 'direct', null),
  quote('“Why now?”', 'direct', null),
];

function entity(id: string, type: EntityType, role: string | null, aliases: string[]): Entity {
  const own = mentions.filter((m) => m.entityId === id);
  return {
    id,
    type,
    name: id,
    role,
    roles: role ? [role] : [],
    aliases,
    mentionCount: own.length,
    quoteCount: quotes.filter((q) => q.speakerId === id).length,
    firstOffset: own[0].start,
  };
}

export const entities: Entity[] = [
  entity('United States', 'LOC', null, ['U.S.']),
  entity('John Kerry', 'PERSON', 'U.S. Secretary of State', ['Kerry']),
  entity('Geneva', 'LOC', null, []),
  entity('Staffan de Mistura', 'PERSON', null, []),
];

export const analysis: Analysis = {
  version: 1,
  length: TEXT.length,
  entities,
  mentions,
  quotes,
  claims: [],
  notices: [],
};

export function emptyAnalysis(): Analysis {
  return { version: 1, length: 0, entities: [], mentions: [], quotes: [], claims: [], notices: [] };
}
