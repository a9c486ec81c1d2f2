// The Entities view as plain data: People, Organisations, Places, Other, each with its
// entities in order of first mention. Pure: no `vscode` import.
import type { Analysis, Entity, EntityType } from '../core/types';
import { collapseWhitespace, plural, UniqueIds } from './format';

export interface EntityEntry {
  readonly kind: 'entity';
  readonly id: string;
  readonly entity: Entity;
  readonly label: string;
  /** "U.S. Secretary of State · 5 mentions", or "5 mentions" without a role. */
  readonly description: string;
  /** Name, role and other forms, one per line. */
  readonly tooltip: string;
}

export interface EntityGroup {
  readonly kind: 'group';
  readonly id: string;
  readonly type: EntityType;
  readonly label: string;
  /** Number of entities in the group. */
  readonly description: string;
  readonly entities: readonly EntityEntry[];
}

export const GROUP_ORDER: readonly { type: EntityType; label: string }[] = [
  { type: 'PERSON', label: 'People' },
  { type: 'ORG', label: 'Organisations' },
  { type: 'LOC', label: 'Places' },
  { type: 'MISC', label: 'Other' },
];

/** Non-empty groups only, in the fixed order People, Organisations, Places, Other. */
export function buildEntitiesModel(analysis: Analysis): EntityGroup[] {
  const ids = new UniqueIds();
  const groups: EntityGroup[] = [];
  for (const { type, label } of GROUP_ORDER) {
    const entities = analysis.entities.filter((e) => e.type === type).map((e) => toEntry(e, ids));
    if (entities.length === 0) continue;
    groups.push({ kind: 'group', id: `group:${type}`, type, label, description: String(entities.length), entities });
  }
  return groups;
}

function toEntry(entity: Entity, ids: UniqueIds): EntityEntry {
  const mentions = plural(entity.mentionCount, 'mention');
  const role = entity.role ? collapseWhitespace(entity.role) : null;
  const tooltip = [entity.name];
  if (role) tooltip.push(role);
  if (entity.aliases.length > 0) tooltip.push(`Also: ${entity.aliases.join(', ')}`);
  tooltip.push(`${mentions} · ${plural(entity.quoteCount, 'quote')}`);
  return {
    kind: 'entity',
    id: ids.make(`entity:${entity.id}`),
    entity,
    label: entity.name,
    description: role ? `${role} · ${mentions}` : mentions,
    tooltip: tooltip.join('\n'),
  };
}
