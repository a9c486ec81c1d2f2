// Who speaks when two people share a surname or a role, and "he" after a long quotation.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';

/** [speaker, text] for every direct quote, in document order. */
function direct(text: string): [string | null, string][] {
  return analyze(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.speakerId, q.text]);
}

describe('speaker patterns', () => {
  it('"Ms Brandt" and "Mr Brandt" are the sister and the brother, and "she" is the sister', () => {
    const text = 'Lisa Brandt runs the bakery. Her brother, Martin Brandt, owns the building.\n\n'
      + '"The rent has doubled," Ms Brandt said.\n\n"Costs have doubled too," Mr Brandt said.\n\n'
      + 'Mr Brandt said he had offered a new lease. She said it came too late.\n\n"I cannot wait a year," she said.';
    assert.deepEqual(direct(text), [
      ['Lisa Brandt', '"The rent has doubled,"'],
      ['Martin Brandt', '"Costs have doubled too,"'],
      ['Lisa Brandt', '"I cannot wait a year,"'],
    ]);
  });

  it('"the minister" is the minister named last, when two ministers are in the story', () => {
    const text = 'Peru\'s energy minister, Carlos Ibarra, opened the summit. Chile\'s mining minister, Paula Rojas, spoke next.\n\n'
      + '"We need the lithium road built by 2030," the minister said.\n\n"No," the minister said when asked about a delay.';
    assert.deepEqual(direct(text), [
      ['Paula Rojas', '"We need the lithium road built by 2030,"'],
      ['Paula Rojas', '"No,"'],
    ]);
  });

  it('"he" after a quotation of several paragraphs and a woman\'s reply is the man quoted before', () => {
    const text = '"I opened this garage in 1981," said Walter Kemp. "I fixed my first car here.\n\n'
      + '"My daughter lives abroad. My son sells insurance. Nobody wants the garage.\n\n'
      + '"It is time."\n\nHis partner, Irene Holt, keeps the books. "He will be bored in a week," she said.\n\n'
      + '"Probably," he said.';
    assert.deepEqual(direct(text).map((q) => q[0]), ['Walter Kemp', 'Walter Kemp', 'Walter Kemp', 'Walter Kemp', 'Irene Holt', 'Walter Kemp']);
  });

  it('a quotation after a question and its cue goes on in the same voice', () => {
    const text = 'Nora Lind coaches the under-12s.\n\n"Can these girls win the cup?" Lind said when asked about the final. "They can."\n\nThe final is on Sunday.';
    assert.deepEqual(direct(text), [
      ['Nora Lind', '"Can these girls win the cup?"'],
      ['Nora Lind', '"They can."'],
    ]);
  });

  it('a name with an age and a description between it and "said" speaks', () => {
    assert.deepEqual(direct('Ada Quint, 61, a farmer from Tarrow, said: "The river took half my field."'), [
      ['Ada Quint', '"The river took half my field."'],
    ]);
  });

  it('"the 61-year-old said" is the person just named', () => {
    const text = 'Ada Quint was fined in March. "I will pay nothing," the 61-year-old said.';
    assert.deepEqual(direct(text), [['Ada Quint', '"I will pay nothing,"']]);
  });

  it('"said Labour MP Owen Pryce": the member, not his party', () => {
    assert.deepEqual(direct('"The bridge must be fixed," said Labour MP Owen Pryce.'), [['Owen Pryce', '"The bridge must be fixed,"']]);
  });

  it('"the company said" is the company named just before, and "the national cycling association" the association', () => {
    assert.deepEqual(direct('Harlow Foods Ltd closed two shops. "We regret the job losses," the company said.'), [
      ['Harlow Foods Ltd', '"We regret the job losses,"'],
    ]);
    const text = 'The Federation of Tarrow Cyclists sued the city.\n\nIn what the national cycling association calls "a betrayal of every rider", the new road has no cycle lane.';
    assert.deepEqual(direct(text), [['Federation of Tarrow Cyclists', '"a betrayal of every rider"']]);
  });

  it('"X of the Red Cross said" and "X of the city police said" are X', () => {
    assert.deepEqual(direct('"The shelters are full," Hana Ito of the Red Cross said.'), [['Hana Ito', '"The shelters are full,"']]);
    assert.deepEqual(direct('Officer Dale Brook of the Tarrow police said: "Two men were arrested."'), [
      ['Dale Brook', '"Two men were arrested."'],
    ]);
  });

  it('a name, a colon and a quotation: that person speaks', () => {
    assert.deepEqual(direct('The debate ended late.\n\nHana Ito: "I will stand again."'), [['Hana Ito', '"I will stand again."']]);
  });

  it('a short bracket between the name and "said" ("Hana Ito (pictured) said") is skipped', () => {
    assert.deepEqual(direct('Hana Ito (pictured) said: "I will stand again."'), [['Hana Ito', '"I will stand again."']]);
  });
});

