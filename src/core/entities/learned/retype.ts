// One more evidence provider for entity types: the learned classifier (docs/model.md) reads each
// entity's mentions and may change the rules' type or drop the name, per its decision rule.
import type { Doc } from '../../text/document';
import type { EntityRecord, MentionRecord, RecognizedEntities } from '../model';
import { addScores, decide, LABELS, type Decision, type TypeModel } from './classifier';
import { docFacts, mentionFeatures } from './features';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../../lexicon/names';

/** The classifier's decision for every entity (same order as ents.entities). */
export function entityDecisions(doc: Doc, ents: RecognizedEntities, model: TypeModel): Decision[] {
  const facts = docFacts(doc);
  const index = new Map<EntityRecord, number>();
  ents.entities.forEach((e, i) => index.set(e, i));
  const sums = ents.entities.map(() => new Float64Array(LABELS.length));
  for (let mi = 0; mi < ents.mentions.length; mi++) {
    const i = index.get(ents.mentions[mi].entity);
    if (i !== undefined) addScores(model, mentionFeatures(doc, ents, mi, facts), sums[i]);
  }
  return ents.entities.map((e, i) => decide(model, sums[i], e.mentions.length, e.type));
}

/**
 * The entities with the classifier's decisions applied. Entities whose id is in `fixed` (the
 * user's known entities) keep their type. Returns `ents` itself when nothing changes.
 */
export function retypeEntities(doc: Doc, ents: RecognizedEntities, model: TypeModel, fixed: ReadonlySet<string> = new Set()): RecognizedEntities {
  if (ents.entities.length === 0) return ents;
  const decisions = entityDecisions(doc, ents, model);
  const dropped = new Set<EntityRecord>();
  ents.entities.forEach((e, i) => {
    const d = decisions[i];
    if (fixed.has(e.id) || d.kind === 'keep') return;
    if (d.kind === 'retype') {
      e.type = d.type;
      const first = e.id.split(' ')[0];
      e.gender = d.type !== 'PERSON' ? null : FEMALE_FIRST_NAMES.has(first) ? 'f' : MALE_FIRST_NAMES.has(first) ? 'm' : null;
      // Roles belong to people: a name that becomes a person takes the roles of its mentions.
      e.roles = [];
      if (d.type === 'PERSON') for (const mi of e.mentions) {
        const role = ents.mentions[mi].role;
        if (role && !e.roles.includes(role)) e.roles.push(role);
      }
    } else dropped.add(e);
  });
  if (dropped.size === 0) return ents;
  const entities = ents.entities.filter((e) => !dropped.has(e));
  const mentions: MentionRecord[] = [];
  const mentionAtToken = new Int32Array(ents.mentionAtToken.length).fill(-1);
  for (const e of entities) e.mentions = [];
  for (const m of ents.mentions) {
    if (dropped.has(m.entity)) continue;
    const mi = mentions.length;
    mentions.push(m);
    m.entity.mentions.push(mi);
    for (let t = m.first; t < m.last; t++) mentionAtToken[t] = mi;
  }
  return { entities, mentions, mentionAtToken };
}
