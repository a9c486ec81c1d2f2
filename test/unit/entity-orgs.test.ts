// Organisation names made of unknown words, and surnames used alone (docs/accuracy.md,
// "Organisation names and lone surnames"). Sentences written for these tests.
import { strict as assert } from 'node:assert';
import { analyze, traceEntities } from '../../src/core/analyze';

const typed = (text: string): [string, string][] => traceEntities(text).map((t) => [t.text, t.type]);
const speakers = (text: string): (string | null)[] => analyze(text).quotes.map((q) => q.speakerId);

describe('organisation names of unknown words', () => {
  it('reads a business word at the end of a name as a company, even after a first name', () => {
    assert.deepEqual(typed('Shares in Brantley Foods fell on Monday while Kestrel Logistics cut 200 jobs.'), [
      ['Brantley Foods', 'ORG'], ['Kestrel Logistics', 'ORG'],
    ]);
    assert.deepEqual(typed('Fernhill Capital bought a stake in Corran Therapeutics.'), [
      ['Fernhill Capital', 'ORG'], ['Corran Therapeutics', 'ORG'],
    ]);
  });

  it('reads a country or reach word after an unknown name as a company\'s branch, not a place', () => {
    assert.deepEqual(typed('Drivers for Zoomcab UK walked out, and Trellis Global said it would hire them.'), [
      ['Zoomcab UK', 'ORG'], ['Trellis Global', 'ORG'],
    ]);
    // A place stays a place: the words before the country are not unknown.
    assert.deepEqual(typed('Prices rose across Eastern Europe.'), [['Eastern Europe', 'LOC']]);
  });

  it('reads a name that "which" describes and that then speaks as an organisation, with its reported speech', () => {
    const text = 'Southern Water, which supplies most homes in the county, said on Friday that the ban would end next week.';
    assert.deepEqual(typed(text), [['Southern Water', 'ORG']]);
    assert.deepEqual(analyze(text).quotes.map((q) => [q.text, q.speakerId]), [['that the ban would end next week', 'Southern Water']]);
    // "who" is a person's relative; "which" without a speech verb after its clause proves nothing.
    assert.deepEqual(typed('Mara Quell, who runs the depot, said the trucks were late.'), [['Mara Quell', 'PERSON']]);
    assert.deepEqual(typed('They drove to Halden Ridge, which overlooks the valley, and camped.').map(([, type]) => type).includes('ORG'), false);
  });

  it('reads a name that an apposition calls a company, a charity or a chain as an organisation', () => {
    assert.deepEqual(typed('Marlow Quinlan, a small bakery chain, said it would close three shops.'), [['Marlow Quinlan', 'ORG']]);
    assert.deepEqual(typed('The report was written by Carers Voice, a charity that supports families.'), [['Carers Voice', 'ORG']]);
    assert.deepEqual(typed('Quinlan Marsh, a London-based retailer, said sales fell.'), [['Quinlan Marsh', 'ORG'], ['London', 'LOC']]);
    // A person described by a job at a company stays a person.
    assert.deepEqual(typed('Rosa Merrick, a company director, said profits were up.'), [['Rosa Merrick', 'PERSON']]);
  });

  it('keeps "First" that ends a campaign\'s name mid-sentence', () => {
    assert.deepEqual(speakers('"Waits are too long," said a spokesperson for Carers First.'), ['Carers First']);
    assert.deepEqual(typed('The campaign group Carers First wrote to the minister.'), [['Carers First', 'ORG']]);
  });

  it('reads a name that employs someone as an organisation', () => {
    assert.deepEqual(typed('A spokesperson for Oakfield Digital said staff had been told.'), [['Oakfield Digital', 'ORG']]);
    assert.deepEqual(typed('Staff at Halloran Brothers were told on Tuesday.'), [['Halloran Brothers', 'ORG']]);
  });

  it('reads a name that the next sentence calls "the company" or "the charity" as an organisation', () => {
    assert.deepEqual(typed('Oakfield Digital cut its forecast. The company said demand had slowed.'), [['Oakfield Digital', 'ORG']]);
    assert.deepEqual(typed('Patients Voice wrote to the minister. The charity said waiting lists were too long.'), [['Patients Voice', 'ORG']]);
    // A person named in the sentence before stays a person.
    assert.deepEqual(typed('Rosa Merrick joined in 2019. The company said she would stay.'), [['Rosa Merrick', 'PERSON']]);
  });

  it('gives a quote to the company that "the company" or "a spokesperson for" stands for', () => {
    assert.deepEqual(speakers('Brantley Foods cut 300 jobs. "This was a hard decision," the company said.'), ['Brantley Foods']);
    assert.deepEqual(speakers('"Waiting lists are too long," said a spokesperson for Carers Voice, a charity that supports families.'), ['Carers Voice']);
  });

  it('links a company\'s first word used alone to the company, even where it speaks', () => {
    assert.deepEqual(traceEntities('Drivers for Zoomcab UK walked out on Friday. Zoomcab said it would talk to the union.').map((t) => [t.text, t.type, t.entityId]), [
      ['Zoomcab UK', 'ORG', 'Zoomcab UK'], ['Zoomcab', 'ORG', 'Zoomcab UK'],
    ]);
    assert.deepEqual(speakers('Harlow Foods cut 300 jobs. "The cuts were needed," Harlow said.'), ['Harlow Foods']);
  });
});

describe('surnames used alone', () => {
  it('keeps a lone capitalised word that opens a sentence before a speech verb, as a person who speaks', () => {
    assert.deepEqual(typed('The plan was approved. Whitcombe told reporters it would start in May.'), [['Whitcombe', 'PERSON']]);
    assert.deepEqual(speakers('Lowe added: "It is over."'), ['Lowe']);
  });

  it('does not make people of plural nouns that open a sentence before a speech verb', () => {
    assert.deepEqual(typed('Campaigners said the plan was unfair.'), []);
    assert.deepEqual(typed('Officials said the road would reopen.'), []);
    assert.deepEqual(typed('Experts told the inquiry the wall was unsafe.'), []);
  });

  it('does not make a person of a lone word that speaks of itself as "it"', () => {
    assert.deepEqual(typed('The plan was approved. Tollbridge said it would appeal.'), []);
  });
});
