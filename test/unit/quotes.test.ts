// Quote patterns on short texts: who said what, and where the words are.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';

/** [kind, speaker, cue, text] for every quote, in document order. */
function quotes(text: string): [string, string | null, string | null, string][] {
  return analyze(text).quotes.map((q) => [q.kind, q.speakerId, q.cue?.text ?? null, q.text]);
}

describe('direct quotes', () => {
  it('"…," said X, with an appositive role', () => {
    assert.deepEqual(quotes('"We will win," said Jane Doe, the party leader.'), [['direct', 'Jane Doe', 'said', '"We will win,"']]);
    const jane = analyze('"We will win," said Jane Doe, the party leader.').entities[0];
    assert.equal(jane.role, 'party leader');
  });

  it('"…," X said', () => {
    assert.deepEqual(quotes('"We will win," Jane Doe said.'), [['direct', 'Jane Doe', 'said', '"We will win,"']]);
  });

  it('X said: "…" and X told reporters, "…", with titles before the name', () => {
    assert.deepEqual(quotes('Jane Doe said: "We will win."'), [['direct', 'Jane Doe', 'said', '"We will win."']]);
    assert.deepEqual(quotes('Prime Minister Jane Doe told reporters, "We will win."'), [['direct', 'Jane Doe', 'told', '"We will win."']]);
  });

  it('curly quotation marks and a pronoun that points back to the person named before', () => {
    assert.deepEqual(quotes('Jane Doe spoke on Monday. “We will win,” she said.'), [['direct', 'Jane Doe', 'said', '“We will win,”']]);
  });

  it('"he" is the subject of the previous sentence, not the person mentioned after it', () => {
    assert.deepEqual(quotes('John Smith met Jane Doe. "It went well," he said.'), [['direct', 'John Smith', 'said', '"It went well,"']]);
  });

  it('"he" refers to the person quoted just before', () => {
    const text = 'After signing the bill, the president said it was historic. Pervez Khattak was not there. '
      + 'Earlier, President Mamnoon Hussain had met him. "The nation must work together," he said.';
    const q = quotes(text);
    assert.deepEqual(q[q.length - 1], ['direct', 'Mamnoon Hussain', 'said', '"The nation must work together,"']);
  });

  it('a quote whose speaker is named in the next sentence', () => {
    assert.deepEqual(quotes('"We will not give up." Jane Doe said the party would fight on.'), [
      ['direct', 'Jane Doe', 'said', '"We will not give up."'],
      ['indirect', 'Jane Doe', 'said', 'the party would fight on'],
    ]);
  });

  it('a pronoun with nobody before it stays unattributed rather than guessing', () => {
    assert.deepEqual(quotes('“We will win,” she said. Jane Doe is the party leader.'), [['direct', null, 'said', '“We will win,”']]);
  });

  it('a quote over two paragraphs: opening mark repeated, speaker shared, cue only where it is', () => {
    assert.deepEqual(quotes('"The first part.\n\n"The second part," said John Smith.'), [
      ['direct', 'John Smith', null, '"The first part.'],
      ['direct', 'John Smith', 'said', '"The second part,"'],
    ]);
    assert.equal(analyze('"The first part.\n\n"The second part," said John Smith.').quotes[0].continues, true);
  });

  it('a quote over two paragraphs that lost its repeated opening mark: one speaker, no notice, no reported-speech copy', () => {
    const text = 'Results came in on Monday.\n\nAfter the match, the coach, Hernan Gomez, said, "I think we have learned a lot.\n\nIt was a very emotional day." The team left.';
    const a = analyze(text);
    assert.deepEqual(quotes(text), [
      ['direct', 'Hernan Gomez', 'said', '"I think we have learned a lot.'],
      ['direct', 'Hernan Gomez', null, 'It was a very emotional day."'],
    ]);
    assert.deepEqual(a.notices, []);
  });

  it('an unattributed quote right after an attributed one keeps the voice', () => {
    const text = '"Had it happened an hour later it would have been worse," Khaled Al-Maeena said. "I think the toll would have been higher."';
    assert.deepEqual(quotes(text).map((q) => q[1]), ['Khaled Al-Maeena', 'Khaled Al-Maeena']);
  });

  it('a pull quote takes its speaker from the "— Name" line', () => {
    const text = 'This is a regime change, like in other eras.\n\n— Deniz Baykal, party leader\n\nThe party met on Monday.';
    assert.deepEqual(quotes(text), [['direct', 'Deniz Baykal', null, 'This is a regime change, like in other eras.']]);
  });

  it('a statement printed as its own paragraph after "X says:"', () => {
    const text = 'In a statement Mike Peters says:\n\nI had no thought to insult anyone with the cartoon.\n\nThe paper ran it.';
    assert.deepEqual(quotes(text), [['direct', 'Mike Peters', 'says', 'I had no thought to insult anyone with the cartoon.']]);
  });

  it('a statement printed as its own paragraph ends where the article reports speech again', () => {
    const text = 'In a statement to the press, the Harbour Trust said:\n\nNobody was forced to work there. Every worker was paid on time. '
      + 'The trust also says the boats were inspected.\n\nThe inquiry opens next month.';
    assert.deepEqual(quotes(text), [
      ['direct', 'Harbour Trust', 'said', 'Nobody was forced to work there. Every worker was paid on time.'],
      ['indirect', 'Harbour Trust', 'says', 'the boats were inspected'],
    ]);
    // "They" after the statement is whoever made it, however many sentences the statement has.
    const they = 'In a statement to the press, the Harbour Trust said:\n\nNobody was forced to work there. Every worker was paid on time. '
      + 'They also claimed the inspectors had seen the payroll.\n\nThe inquiry opens next month.';
    assert.deepEqual(quotes(they)[1], ['indirect', 'Harbour Trust', 'claimed', 'the inspectors had seen the payroll']);
    // In the first person the statement goes on: "I said so" is still the speaker's.
    const own = 'In a statement Mike Peters says:\n\nI had no thought to insult anyone. I said so to the editor.\n\nThe paper ran it.';
    assert.deepEqual(quotes(own), [['direct', 'Mike Peters', 'says', 'I had no thought to insult anyone. I said so to the editor.']]);
  });

  it('the words of a message or sign are not anyone\'s quote, whoever the sentence is about', () => {
    assert.deepEqual(quotes('Ann Smith tried the site. All she got was a message stating, "The page you want is not here today."'), []);
    assert.deepEqual(quotes('Ann Smith arrived. The sign said "Closed until further notice for repairs" in red.'), []);
  });

  it('a quoted fragment inside reported speech is annotated twice, same speaker', () => {
    assert.deepEqual(quotes('Kerry Smith said Washington was "making progress" with Russia.'), [
      ['indirect', 'Kerry Smith', 'said', 'Washington was "making progress" with Russia'],
      ['direct', 'Kerry Smith', 'said', '"making progress"'],
    ]);
  });

  it('scare quotes and names in quotation marks are not quotes', () => {
    assert.deepEqual(quotes('The group, known as "Ergenekon", was banned.'), []);
    assert.deepEqual(quotes('The robot, named "Better Idea of Afghan Girls," scored two points.'), []);
    assert.deepEqual(quotes('The page is titled "The Internet Explorer 6 Countdown" by Microsoft.'), []);
  });

  it('a quotation mark that is never closed ends with its paragraph, says so, and leaves the next paragraph alone', () => {
    const a = analyze('Jane Doe said: "We will appeal, and we will win.\n\nThe court sits again on Monday. John Smith said the case was weak.');
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.speakerId, q.text]), [
      ['direct', 'Jane Doe', '"We will appeal, and we will win.'],
      ['indirect', 'John Smith', 'the case was weak'],
    ]);
    assert.deepEqual(a.notices.map((n) => [n.kind, n.message]), [
      ['unclosed-quote', '1 quotation mark is never closed; its quotation is taken to end with its paragraph.'],
    ]);
  });
});

describe('nationalities for people', () => {
  it('"the Dutchman said", "The German added" refer to the person just quoted, and are no vague source', () => {
    const text = 'Teams played on Sunday.\n\nLiverpool manager Arne Slot said his side had lacked sharpness. "We created chances," the Dutchman said. '
      + 'Brighton boss Fabian Hurzeler praised his players. The German added that the goal was superb.';
    assert.deepEqual(quotes(text).map((q) => [q[0], q[1]]), [['indirect', 'Arne Slot'], ['direct', 'Arne Slot'], ['indirect', 'Fabian Hurzeler']]);
    assert.deepEqual(analyze(text).claims, []);
  });
});

describe('reported speech', () => {
  it('"X, his lawyer, said his client would appeal": the clause after the verb, the named person speaking', () => {
    assert.deepEqual(quotes('The court ruled on Friday. John Smith, his lawyer, said his client would appeal.'),
      [['indirect', 'John Smith', 'said', 'his client would appeal']]);
    assert.deepEqual(quotes('The court ruled on Friday. Mr Oh\'s lawyer, John Smith, said his client would appeal.'),
      [['indirect', 'John Smith', 'said', 'his client would appeal']]);
  });

  it('"CLAUSE, X said, after …": the words before a parenthetical attribution, when an adjunct follows it (after a dateline\'s dash)', () => {
    assert.deepEqual(quotes('Talks stall\n\nBRUSSELS, March 3 — Ministers failed to agree on a budget, John Smith said, after the Dutch refused.'),
      [['indirect', 'John Smith', 'said', 'Ministers failed to agree on a budget']]);
    assert.deepEqual(quotes('About a year ago, John Smith said, observers noticed the planet.'),
      [['indirect', 'John Smith', 'said', 'observers noticed the planet']]);
  });

  it('"CLAUSE, X said on Thursday, as …": an inverted attribution may be followed by an adjunct; a dateline is no part of the clause', () => {
    assert.deepEqual(quotes('Floods hit\n\nKARACHI — Heavy rains forced 50,000 people from their homes, John Smith said on Thursday, as the army joined the rescue.'),
      [['indirect', 'John Smith', 'said', 'Heavy rains forced 50,000 people from their homes']]);
  });

  it('", Secretary of State Brad Raffensperger said, as …": a titled speaker in a parenthetical attribution', () => {
    assert.deepEqual(quotes('Votes\n\nATLANTA (AP) — Officials began a recount on Friday, Secretary of State Brad Raffensperger said, as the result drew attention.'),
      [['indirect', 'Brad Raffensperger', 'said', 'Officials began a recount on Friday']]);
  });

  it('"According to the council" after "Leeds City Council", the only council named: that council speaks', () => {
    assert.deepEqual(quotes('Lanes approved\n\nThe Leeds City Council voted on Wednesday. According to the council, traffic deaths rose last year.'),
      [['indirect', 'Leeds City Council', 'According to', 'traffic deaths rose last year']]);
  });

  it('"told analysts that …": the listeners are no part of the reported clause', () => {
    assert.deepEqual(quotes('Tim Cook told analysts that demand had softened.'), [['indirect', 'Tim Cook', 'told', 'that demand had softened']]);
    assert.deepEqual(quotes('Tim Cook warned investors that sales would fall.'), [['indirect', 'Tim Cook', 'warned', 'that sales would fall']]);
  });

  it('X said that A and that B gives two clauses', () => {
    assert.deepEqual(quotes('John Smith said that the road would reopen and that the bridge was safe.'), [
      ['indirect', 'John Smith', 'said', 'that the road would reopen'],
      ['indirect', 'John Smith', 'said', 'that the bridge was safe'],
    ]);
  });

  it('according to X, before or after the clause', () => {
    assert.deepEqual(quotes('According to John Smith, the road will reopen on Monday.'), [
      ['indirect', 'John Smith', 'According to', 'the road will reopen on Monday'],
    ]);
    assert.deepEqual(quotes('The road will reopen on Monday, according to John Smith.'), [
      ['indirect', 'John Smith', 'according to', 'The road will reopen on Monday'],
    ]);
  });

  it('"in the words of the Crown prosecutor, Mark Tedeschi, "…"": the person in apposition speaks, not the organisation before the role', () => {
    assert.deepEqual(quotes('In the words of the Crown prosecutor, Mark Tedeschi, "She suffered."'), [['direct', 'Mark Tedeschi', 'In the words of', '"She suffered."']]);
  });

  it('inverted attribution at the end of the sentence', () => {
    assert.deepEqual(quotes('The road will reopen, said John Smith.'), [['indirect', 'John Smith', 'said', 'The road will reopen']]);
    assert.deepEqual(quotes('The road will reopen, a monitor said.'), [['indirect', null, 'said', 'The road will reopen']]);
  });

  it('surnames and titles link to the full name', () => {
    assert.deepEqual(quotes('Russian President Vladimir Putin said the talks had failed. Putin added that he would not attend.'), [
      ['indirect', 'Vladimir Putin', 'said', 'the talks had failed'],
      ['indirect', 'Vladimir Putin', 'added', 'that he would not attend'],
    ]);
  });

  it('"the president said" resolves to the person the article calls president', () => {
    const text = 'Pakistani President Mamnoon Hussain signed the bill. Later the president said the move was historic.';
    assert.deepEqual(quotes(text), [['indirect', 'Mamnoon Hussain', 'said', 'the move was historic']]);
  });

  it('"X announced A, and said B": the second verb shares the subject', () => {
    const text = 'Hosni Mubarak announced he would cooperate with the inquiry, and said he would defend himself.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'Hosni Mubarak', 'announced', 'he would cooperate with the inquiry'],
      ['indirect', 'Hosni Mubarak', 'said', 'he would defend himself'],
    ]);
  });

  it('speech verbs that do not report a statement are left alone', () => {
    assert.deepEqual(quotes('The ministry denied using live ammunition.'), []);
    assert.deepEqual(quotes('They want to determine whether the planet has a tail, the study said.').filter((q) => q[0] === 'indirect' && q[3].startsWith('whether')), []);
    assert.deepEqual(quotes('It is an alleged plot that nobody has proved.'), []);
  });

  it('after "said", an -ing word opens the reported clause (a gerund subject), unlike after "denied"', () => {
    assert.deepEqual(quotes('Ines Carvalho said raising the tolls, which the council had rejected twice, was the only option.'), [
      ['indirect', 'Ines Carvalho', 'said', 'raising the tolls, which the council had rejected twice, was the only option'],
    ]);
    assert.deepEqual(quotes('Ines Carvalho denied raising the tolls.'), []);
  });
});

describe('direct quotes: titles and written text', () => {
  it('an unattributed title without closing punctuation is not a quote', () => {
    assert.deepEqual(quotes('Anonymous blogger, "Anon declares war on Church of Scientology"\n\nThe next paragraph.'), []);
  });

  it('speech ends with punctuation and stays a quote even when unattributed', () => {
    assert.deepEqual(quotes('There was silence. "We are not going anywhere." The crowd left.').map((q) => q[3]), ['"We are not going anywhere."']);
  });
});
