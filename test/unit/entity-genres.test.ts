// Entity typing in genres beyond news: scholarly citations, … (docs/accuracy.md, "Genres beyond news").
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';

function typed(text: string): [string, string][] {
  return analyze(text).entities.map((e) => [e.id, e.type]);
}

describe('entities in genres beyond news', () => {
  it('reads a name in an author–year citation as a person', () => {
    assert.deepEqual(typed('Earlier work on tone found the same effect (Okonkwo, 2011; Tervald and Brusk, 2015), and Halvig et al. (2019) agree.'), [
      ['Okonkwo', 'PERSON'],
      ['Tervald', 'PERSON'],
      ['Brusk', 'PERSON'],
      ['Halvig', 'PERSON'],
    ]);
    assert.deepEqual(typed('The method follows Pellerin (1998) closely.'), [['Pellerin', 'PERSON']]);
  });

  it('leaves a month or a place before a year alone', () => {
    assert.deepEqual(typed('The museum in Utrecht reopened in December 2017, and again in Utrecht, 2019.'), [['Utrecht', 'LOC']]);
  });

  it('reads a known place after a word that is no first name as a place, and its later mentions too', () => {
    assert.deepEqual(typed('Walk through Old Lisbon first. Lisbon rewards the patient.'), [['Old Lisbon', 'LOC'], ['Lisbon', 'LOC']]);
    // A first name or a title before the place still makes a person.
    assert.deepEqual(typed('Jack London wrote it. Captain Lisbon answered.'), [['Jack London', 'PERSON'], ['Captain Lisbon', 'PERSON']]);
  });

  it('reads a name after a noun for a kind of work, or alone in quotation marks, as a title', () => {
    assert.deepEqual(typed('She starred in the television series Harbour Lights and in the novel Glass Orchard.'), [
      ['Harbour Lights', 'MISC'],
      ['Glass Orchard', 'MISC'],
    ]);
    assert.deepEqual(typed('Fans still argue about "Silent Harvest" every winter.'), [['Silent Harvest', 'MISC']]);
    // Quotation marks do not outweigh a head word, nor the plain mentions of the same name.
    assert.deepEqual(typed('Locals call it the “Kestrel Airport” now.'), [['Kestrel Airport', 'LOC']]);
    assert.deepEqual(typed('Fans love Tamsin Vale. The “Tamsin Vale” signs went up, and Tamsin Vale smiled.'), [['Tamsin Vale', 'PERSON']]);
  });

  it('does not report a lone capitalised word that nothing types, but keeps made names and adjectives of peoples', () => {
    // A how-to heading and a figure label: capitals of style, no names.
    assert.deepEqual(typed('Tips\n\nStir the batter twice. Figure 3 shows the bowl, which Pendrake designed.'), []);
    // A heading in capitals that nothing types is no name either; initials still are.
    assert.deepEqual(typed('Stir the batter.\n\nKEY BAKING STEPS\n\nThe WFBA approved it.'), [['WFBA', 'ORG']]);
    assert.deepEqual(typed('The Velmarian delegation used an X-ray and a PalmCard.'), [
      ['Velmarian', 'MISC'],
      ['X-ray', 'MISC'],
      ['PalmCard', 'MISC'],
    ]);
  });
});

describe('names made only of common English words', () => {
  it('does not report one that nothing types as a person', () => {
    assert.deepEqual(typed('After lunch we drove out to Copper Gate and bought two cans of Golden Hour at the shop.'), []);
  });

  it('keeps one the article treats as a person, and a name with an uncommon word', () => {
    assert.deepEqual(typed('Copper Gate told reporters the plan would fail.'), [['Copper Gate', 'PERSON']]);
    assert.deepEqual(typed('After lunch we drove out to Tobin Marsh and Copper Gate.'), [['Tobin Marsh', 'PERSON']]);
  });
});

describe('greetings in letters', () => {
  it('leaves "Dear" out of the name of the one addressed', () => {
    assert.deepEqual(typed('A letter kept in the archive.\n\nDear Marisol Quent,\n\nThe parcel from Tobin Marsh came today.'), [['Marisol Quent', 'PERSON'], ['Tobin Marsh', 'PERSON']]);
  });
});

describe('capitalised common words after a place preposition', () => {
  it('does not make a place of a common word that only its preposition types, but keeps unknown and known places', () => {
    assert.deepEqual(typed('A short guide to the report.\n\nYou will find the details in Method and the sums in Budget, as we did in Tallinn and in Gweru.'),
      [['Tallinn', 'LOC'], ['Gweru', 'LOC']]);
  });
});
