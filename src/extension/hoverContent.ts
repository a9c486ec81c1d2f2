// The entity card shown when hovering a mention. Pure: no `vscode` import; returns Markdown.
// Every piece of document text goes through escapeInline.
import type { EntityIndex } from '../core/query';
import type { EntityType, Mention } from '../core/types';
import { inferredNote } from '../core/inferred';
import { plural, truncate } from './format';
import { commandLink, escapeInline } from './markdown';

export const REVEAL_MENTION = 'newsLens.revealMention';
const MAX_MENTION_LINKS = 10;
const QUOTE_PREVIEW_CHARS = 160;

export const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person',
  ORG: 'Organisation',
  LOC: 'Place',
  MISC: 'Other',
};

export interface HoverInput {
  readonly index: EntityIndex;
  /** The mention under the pointer. */
  readonly mention: Mention;
  /** The document URI as a string, passed back to newsLens.revealMention. */
  readonly uri: string;
  /** 1-based line of an offset, used in link titles. Optional. */
  readonly lineOf?: (offset: number) => number;
  /**
   * Where a span of the analysis is in the document now (the analysis may be of an earlier
   * version, see documents.ts); undefined when an edit touched it. Default: where it was.
   */
  readonly current?: (start: number, end: number) => { start: number; end: number } | undefined;
}

export function hoverContent(input: HoverInput): string {
  const { index, mention } = input;
  const entity = index.byId.get(mention.entityId);
  if (!entity) return `**${escapeInline(mention.text)}** · ${TYPE_LABELS[mention.type]}`;

  const blocks: string[] = [];
  const header = [`**${escapeInline(entity.name)}** · ${TYPE_LABELS[entity.type]}`];
  if (entity.role) header.push(`*${escapeInline(entity.role)}*`);
  blocks.push(header.join('  \n'));

  const facts: string[] = [];
  if (entity.aliases.length > 0) facts.push(`Also: ${entity.aliases.map(escapeInline).join(', ')}`);
  const mentions = index.mentionsById.get(entity.id) ?? [];
  const quotes = index.quotesBySpeaker.get(entity.id) ?? [];
  facts.push(`Mentioned ${plural(mentions.length, 'time')} · quoted ${plural(quotes.length, 'time')}`);
  blocks.push(facts.join('  \n'));

  // The first direct quote says most about the speaker; reported speech only when there is none.
  const quote = quotes.find((q) => q.kind === 'direct') ?? quotes[0];
  if (quote) {
    const note = inferredNote(quote.attribution);
    blocks.push(`> ${escapeInline(truncate(quote.text, QUOTE_PREVIEW_CHARS))}${note ? `\n\n*Speaker ${note}.*` : ''}`);
  }

  if (mentions.length > 1) blocks.push(mentionLinks(input, mentions));
  return blocks.join('\n\n');
}

/** "Mentions: 1 · **2** · 3 · … 4 more": links to each mention, the hovered one in bold. */
function mentionLinks(input: HoverInput, mentions: readonly Mention[]): string {
  const parts: string[] = [];
  const shown = Math.min(mentions.length, MAX_MENTION_LINKS);
  for (let i = 0; i < shown; i++) {
    const m = mentions[i];
    const label = String(i + 1);
    if (m.start === input.mention.start) {
      parts.push(`**${label}**`);
      continue;
    }
    const at = input.current ? input.current(m.start, m.end) : m;
    if (!at) {
      parts.push(label); // edited since the analysis: no link until the next one
      continue;
    }
    const title = input.lineOf ? `Go to line ${input.lineOf(at.start)}` : `Go to mention ${label} of ${mentions.length}`;
    parts.push(commandLink(label, REVEAL_MENTION, [input.uri, at.start, at.end], title));
  }
  if (mentions.length > shown) parts.push(`… ${mentions.length - shown} more`);
  return `Mentions: ${parts.join(' · ')}`;
}
