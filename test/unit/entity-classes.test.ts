// Classes of names that general mechanisms handle (issue 11): regional demonyms, family names
// written first, titles before a name, organisation names with "for", "of" and "and".
import { strict as assert } from 'node:assert';
import { analyze, traceEntities } from '../../src/core/analyze';

const mentions = (text: string): [string, string, string][] => traceEntities(text).map((t) => [t.text, t.type, t.entityId]);

describe('classes of names', () => {
  it('reads a compass word before a people\'s adjective as a regional demonym', () => {
    assert.deepEqual(mentions('The talks drew Southern African ministers and West African traders to Accra.'), [
      ['Southern African', 'MISC', 'Southern African'], ['West African', 'MISC', 'West African'], ['Accra', 'LOC', 'Accra'],
    ]);
    assert.deepEqual(mentions('Many East Asian economies grew.'), [['East Asian', 'MISC', 'East Asian']]);
  });

  it('links a family name written first, then alone, to the person even where the words around it read as a body\'s', () => {
    assert.deepEqual(traceEntities("Investigators questioned Zhou Yongkang for hours. Zhou's staff refused to comment.").map((t) => [t.text, t.type, t.entityId, t.linkedBy]), [
      ['Zhou Yongkang', 'PERSON', 'Zhou Yongkang', null], ['Zhou', 'PERSON', 'Zhou Yongkang', 'family-name'],
    ]);
  });

  it('splits a title made of unknown words and a role noun off the name it does not know', () => {
    const entities = (text: string): [string, string, string | null][] => analyze(text).entities.map((e) => [e.id, e.type, e.role]);
    assert.deepEqual(entities('On Monday, Emergency Relief Coordinator Tamsin Okafor visited the camp.'), [
      ['Tamsin Okafor', 'PERSON', 'Emergency Relief Coordinator'],
    ]);
    assert.deepEqual(entities('UN Emergency Relief Coordinator Tamsin Okafor spoke. Okafor said the camp was full.'), [
      ['UN', 'ORG', null], ['Tamsin Okafor', 'PERSON', 'UN Emergency Relief Coordinator'],
    ]);
    assert.deepEqual(entities('On Monday, Regional Security Adviser Mark Duval said it was calm.'), [
      ['Mark Duval', 'PERSON', 'Regional Security Adviser'],
    ]);
  });

  it('reads an organisation\'s name through its "for", a title word that names no job, and an "and" between fields', () => {
    assert.deepEqual(analyze('Activists from the Coalition for Climate Justice met researchers of the Institute for Security and Development Policy. The Museum of Flight CEO spoke.')
      .entities.map((e) => [e.id, e.type]), [
      ['Coalition for Climate Justice', 'ORG'], ['Institute for Security and Development Policy', 'ORG'], ['Museum of Flight', 'ORG'],
    ]);
  });

  it('reads a year and a code as one designation', () => {
    assert.deepEqual(mentions('Astronomers tracked 2024 YR4 and P/2019 LD2 closely.'), [
      ['2024 YR4', 'MISC', '2024 YR4'], ['P/2019 LD2', 'MISC', 'P/2019 LD2'],
    ]);
  });
});
