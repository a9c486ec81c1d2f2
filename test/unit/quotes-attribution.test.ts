// Quote.attribution: how each speaker was found, so that a reader knows which ones to check.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { toGoldShape } from '../../src/core/format';

/** [text, speaker, attribution] for every quote, in document order. */
function methods(text: string): [string, string | null, string | null][] {
  return analyze(text).quotes.map((q) => [q.text, q.speakerId, q.attribution]);
}

describe('quote attribution method', () => {
  it('a speech verb with a named subject is a cue; "she said" is a pronoun', () => {
    assert.deepEqual(methods('Mara Lindqvist opened the depot on Tuesday. "The shelves are full," Lindqvist said. "We planned for this," she said.'), [
      ['"The shelves are full,"', 'Mara Lindqvist', 'cue'],
      ['"We planned for this,"', 'Mara Lindqvist', 'pronoun'],
    ]);
  });

  it('a quote paragraph with no cue after an attributed quote is a continuation', () => {
    const text = '"The shelves are full," said Mara Lindqvist, who runs the depot.\n\n"Nobody will go hungry this winter."';
    assert.deepEqual(methods(text), [
      ['"The shelves are full,"', 'Mara Lindqvist', 'cue'],
      ['"Nobody will go hungry this winter."', 'Mara Lindqvist', 'continuation'],
    ]);
  });

  it('a quote that opens the sentence after someone\'s reported speech continues that speaker', () => {
    const text = 'Ines Carvalho noted the survey shows traffic has doubled. "We cannot keep the old bridge open for ever."\n\nThe council meets on Friday.';
    assert.deepEqual(methods(text), [
      ['the survey shows traffic has doubled', 'Ines Carvalho', 'cue'],
      ['"We cannot keep the old bridge open for ever."', 'Ines Carvalho', 'continuation'],
    ]);
    assert.deepEqual(analyze(text).claims.map((c) => c.code), []);
  });

  it('a second quote after a colon in the same sentence shares the cue', () => {
    assert.deepEqual(methods('Tomas Brandt told the Daily Ledger any toll "must be fair": "Drivers already pay enough for fuel and parking in this town."'), [
      ['"must be fair"', 'Tomas Brandt', 'cue'],
      ['"Drivers already pay enough for fuel and parking in this town."', 'Tomas Brandt', 'cue'],
    ]);
  });

  it('a pull quote signed by a dash line is attributed by proximity', () => {
    const text = '"We will keep the depot open every day of the year."\n\n— Mara Lindqvist, depot manager\n\nThe depot opened in May.';
    assert.deepEqual(methods(text), [['"We will keep the depot open every day of the year."', 'Mara Lindqvist', 'proximity']]);
  });

  it('a quote with no speaker has no attribution, and reported speech has its cue', () => {
    assert.deepEqual(methods('The sign read "closed for stocktaking" all week. Mara Lindqvist said the depot would reopen soon.'), [
      ['the depot would reopen soon', 'Mara Lindqvist', 'cue'],
    ]);
    // A vague source found by its cue is a cue too: the speaker phrase is there, it names no one.
    assert.deepEqual(methods('"Nobody will go hungry this winter," a witness said.'), [['"Nobody will go hungry this winter,"', null, 'cue']]);
    assert.deepEqual(methods('The depot opened in May.\n\n"Nobody will go hungry this winter."'), [['"Nobody will go hungry this winter."', null, null]]);
  });

  it('the JSON output carries the attribution of each quote', () => {
    const text = '"The shelves are full," said Mara Lindqvist.\n\n"Nobody will go hungry this winter."';
    assert.deepEqual(toGoldShape(analyze(text), text).quotes.map((q) => [q.speaker, q.cue, q.attribution]), [
      ['Mara Lindqvist', 'said', 'cue'],
      ['Mara Lindqvist', null, 'continuation'],
    ]);
  });
});
