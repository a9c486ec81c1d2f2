// Claim rules on short texts: what is flagged, with which code, and what is left alone.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import type { AnalyzeOptions } from '../../src/core/types';

/** [code, trigger, claim text] for every claim. */
function claims(text: string, options?: AnalyzeOptions): [string, string, string][] {
  return analyze(text, options).claims.map((c) => [c.code, c.trigger.text, c.text]);
}

describe('NL001 vague source', () => {
  it('flags unnamed sources with a speech verb', () => {
    assert.deepEqual(claims('Critics say the plan will fail.'), [['NL001', 'Critics say', 'Critics say the plan will fail.']]);
    assert.deepEqual(claims('Officials said the road would reopen on Monday.'), [['NL001', 'Officials said', 'Officials said the road would reopen on Monday.']]);
    assert.deepEqual(claims('The road will reopen, a spokesman said.'), [['NL001', 'a spokesman said', 'The road will reopen, a spokesman said.']]);
    assert.deepEqual(claims('Observers believe the vote was rigged.'), [['NL001', 'Observers believe', 'Observers believe the vote was rigged.']]);
    assert.deepEqual(claims('Sources said the minister would resign.'), [['NL001', 'Sources said', 'Sources said the minister would resign.']]);
    assert.deepEqual(claims('Turkish media reported that police found weapons.'), [['NL001', 'Turkish media reported', 'Turkish media reported that police found weapons.']]);
  });

  it('keeps to the clause when a semicolon separates claims', () => {
    assert.deepEqual(claims('The vote is on Friday; a recent poll found few voters care.'), [['NL001', 'a recent poll found', 'a recent poll found few voters care.']]);
  });

  it('does not flag named or identifiable sources', () => {
    assert.deepEqual(claims('The road will reopen, said John Smith.'), []);
    assert.deepEqual(claims('The road will reopen, the ministry said.'), []);
    assert.deepEqual(claims('"We will win," Jane Doe said.'), []);
  });

  it('does not flag a unique role or the spokesperson of a named organisation', () => {
    assert.deepEqual(claims("Portugal's prime minister said the bridge would reopen."), []);
    assert.deepEqual(claims("The city's mayor said the bridge would reopen."), []);
    assert.deepEqual(claims('A spokesperson for Amnesty International said the trial was unfair.'), []);
    // Several ministers, or one of many, are still vague.
    assert.deepEqual(claims("Portugal's ministers said the bridge would reopen."), [
      ['NL001', "Portugal's ministers said", "Portugal's ministers said the bridge would reopen."],
    ]);
    assert.deepEqual(claims('A government minister said the bridge would reopen.'), [
      ['NL001', 'A government minister said', 'A government minister said the bridge would reopen.'],
    ]);
  });

  it('extra phrases from the settings are matched literally, even with regex characters', () => {
    assert.deepEqual(claims('Insiders (at HQ) say the deal is off.', { extraVagueSources: ['insiders (at HQ) say'] }), [
      ['NL001', 'Insiders (at HQ) say', 'Insiders (at HQ) say the deal is off.'],
    ]);
    assert.deepEqual(claims('Nothing to see.', { extraVagueSources: ['.*', '(a+)+$', ''] }), []);
  });
});

describe('NL002 anonymous source', () => {
  it('flags sources kept anonymous on purpose', () => {
    assert.deepEqual(claims('A source close to the minister said the deal was off.'), [
      ['NL002', 'A source close to', 'A source close to the minister said the deal was off.'],
    ]);
    assert.deepEqual(claims('An official who asked not to be named said the deal was off.'), [
      ['NL002', 'who asked not to be named', 'An official who asked not to be named said the deal was off.'],
    ]);
    assert.deepEqual(claims('"Everyone is afraid," said the source.'), [['NL002', 'said the source', '"Everyone is afraid," said the source.']]);
  });
});

describe('NL003 hedged hearsay', () => {
  it('flags hearsay with nobody behind it', () => {
    assert.deepEqual(claims('The ministry reportedly plans to close the road.'), [['NL003', 'reportedly', 'The ministry reportedly plans to close the road.']]);
    assert.deepEqual(claims('It is believed the deal is off.'), [['NL003', 'It is believed', 'It is believed the deal is off.']]);
    assert.deepEqual(claims('The parents are also accused of neglect.'), [['NL003', 'are also accused of', 'The parents are also accused of neglect.']]);
    assert.deepEqual(claims('He is said to have left the country.'), [['NL003', 'is said to', 'He is said to have left the country.']]);
  });

  it('stops the claim where a named speaker takes over', () => {
    assert.deepEqual(claims('Allegedly, his sister pleaded with him, but he replied "I am not able to do that".'), [
      ['NL003', 'Allegedly', 'Allegedly, his sister pleaded with him'],
    ]);
  });

  it('does not flag hearsay inside words a named person stands behind, or the adjective "alleged"', () => {
    assert.deepEqual(claims('John Smith said the suspect allegedly fled.'), []);
    assert.deepEqual(claims('Police arrested him for alleged ties to the group.'), []);
  });
});

describe('NL004 unsourced statistic', () => {
  it('flags death tolls, percentages, sums and estimates with no source', () => {
    assert.deepEqual(claims('The war has killed more than 280,000 people.'), [['NL004', '280,000', 'The war has killed more than 280,000 people']]);
    assert.deepEqual(claims('Its market share fell to 56 percent.'), [['NL004', '56', 'Its market share fell to 56 percent']]);
    assert.deepEqual(claims('The project will cost $26 million.'), [['NL004', '26', 'The project will cost $26 million']]);
    assert.deepEqual(claims('Traffic had increased 18-fold before the attack.'), [['NL004', '18-fold', 'Traffic had increased 18-fold before the attack']]);
    assert.deepEqual(claims('On Friday, dozens were injured in the clashes.'), [['NL004', 'dozens', 'On Friday, dozens were injured in the clashes']]);
  });

  it('takes the clause that holds the figure', () => {
    assert.deepEqual(claims("The talks aim to end Syria's war, which has left more than 280,000 people dead."), [
      ['NL004', '280,000', 'which has left more than 280,000 people dead'],
    ]);
  });

  it('leaves dates, times, ages, durations, distances, ordinals, names and attributed figures alone', () => {
    assert.deepEqual(claims('The company was founded in 1998 and has 12 employees.'), []);
    assert.deepEqual(claims('On September 12, 2015 at 15:11 GMT the 22nd session opened.'), []);
    assert.deepEqual(claims('The planet takes about 36 to 48 hours to orbit its star, 650 light years away.'), []);
    assert.deepEqual(claims('She was aged 18 when she travelled about 500 miles to Kabul.'), []);
    assert.deepEqual(claims('Article 247 of the constitution and IE6 were discussed.'), []);
    assert.deepEqual(claims('The war has killed more than 280,000 people, the ministry said.'), []);
    assert.deepEqual(claims('According to the ministry, more than 280,000 people have died.'), []);
  });

  it('leaves the figures of a paragraph that says they were published, not those of another paragraph', () => {
    const text = 'Turnout in the mayoral race was 58%. Some 41,200 ballots went to Ines Carvalho. The results were announced at the town hall.\n\n'
      + 'About 3,000 people marched to the square.';
    assert.deepEqual(claims(text), [['NL004', '3,000', 'About 3,000 people marched to the square']]);
    // One figure someone states does not source the others of its paragraph.
    assert.deepEqual(claims('Ines Carvalho, the chief engineer, says the dam holds 4,000 tonnes of water. The reservoir is five times larger than the lake.'), [
      ['NL004', 'five', 'The reservoir is five times larger than the lake'],
    ]);
  });

  it('does not flag the headline', () => {
    assert.deepEqual(claims('At least 107 killed in crane collapse\n\nA crane fell on Friday.'), []);
  });

  it('leaves targets alone but not forecasts', () => {
    assert.deepEqual(claims('Its goal is to decrease IE6 users to less than one percent.'), []);
    assert.deepEqual(claims('The programme aims to cut emissions by 40 percent.'), []);
    assert.deepEqual(claims('The death toll is expected to reach 1,000.'), [['NL004', '1,000', 'The death toll is expected to reach 1,000']]);
    assert.deepEqual(claims("The talks aim to end Syria's war, which has left more than 280,000 people dead."), [
      ['NL004', '280,000', 'which has left more than 280,000 people dead'],
    ]);
  });
});

describe('NL005 unattributed quote', () => {
  it('flags a quotation nobody is said to have said', () => {
    assert.deepEqual(claims('There was silence. "We are not going anywhere." The crowd left.'), [
      ['NL005', '"We are not going anywhere."', '"We are not going anywhere."'],
    ]);
  });

  it('never flags an attributed quote', () => {
    assert.deepEqual(claims('"We are not going anywhere," the mayor Jane Doe said.'), []);
  });
});

describe('rule settings', () => {
  it('turns rules off and sets their severity', () => {
    const text = 'Critics say the plan will cost $26 million. It reportedly failed.';
    assert.deepEqual(analyze(text).claims.map((c) => [c.code, c.severity]), [['NL001', 'warning'], ['NL003', 'information']]);
    assert.deepEqual(analyze(text, { rules: { NL001: { enabled: false } } }).claims.map((c) => [c.code, c.severity]), [
      ['NL004', 'information'], ['NL003', 'information'],
    ]);
    assert.deepEqual(analyze(text, { rules: { NL003: { severity: 'error' } } }).claims.map((c) => [c.code, c.severity]), [
      ['NL001', 'warning'], ['NL003', 'error'],
    ]);
  });

  it('every claim says what is missing and links to its rule', () => {
    const [c] = analyze('Critics say the plan will fail.').claims;
    assert.equal(c.rule, 'vague-source');
    assert.equal(c.reason, 'vague-source');
    assert.equal(c.message, 'Vague source "Critics say": say who the source is, or attribute the statement to someone named.');
  });
});

describe('NL006 unattributed assertion', () => {
  it('flags verdicts given as fact', () => {
    assert.deepEqual(claims('There is no evidence that homeopathy is more effective than placebo.'), [
      ['NL006', 'There is no evidence', 'There is no evidence that homeopathy is more effective than placebo.'],
    ]);
    assert.deepEqual(claims('Internet Explorer 6 is one of the most successful software products ever.'), [
      ['NL006', 'one of the most successful software products ever', 'Internet Explorer 6 is one of the most successful software products ever.'],
    ]);
  });

  it('leaves verdicts someone stands behind, and plain narration, alone', () => {
    assert.deepEqual(claims('There is no evidence that it works, the review said.'), []);
    assert.deepEqual(claims('"It is one of the best films ever," said Jane Doe.'), []);
    assert.deepEqual(claims('The plan failed on Tuesday.'), []);
  });
});

describe('allowed phrases', () => {
  it('drops the problems whose trigger the desk accepts, ignoring case and spacing', () => {
    const text = 'The attacks killed 24 people, a monitor said. Critics say the plan will fail.';
    assert.deepEqual(claims(text).map((c) => c[1]), ['a monitor said', 'Critics say']);
    assert.deepEqual(claims(text, { allowedPhrases: ['A  Monitor said'] }).map((c) => c[1]), ['Critics say']);
    assert.deepEqual(claims(text, { allowedPhrases: ['', '  '] }).map((c) => c[1]), ['a monitor said', 'Critics say']);
  });
});

describe('the headline', () => {
  it('is one short line: a first paragraph of two lines is prose, whatever the line ends', () => {
    const lf = 'More than 400 people died in the floods.\nThe rain went on.\n\nThe river rose.';
    assert.deepEqual(claims(lf).map((c) => c[1]), ['400']);
    assert.deepEqual(claims(lf.replace(/\n/g, '\r\n')).map((c) => c[1]), ['400']);
  });
});

describe('claims: more anonymous and vague sources', () => {
  it('"people familiar with the plans", "a person with knowledge of" are anonymous; "Some economists argue" is vague', () => {
    const codes = (t: string) => analyze(`It rained on Monday.\n\n${t}`).claims.map((c) => [c.code, c.trigger?.text ?? null]);
    assert.deepEqual(codes('The target will be dropped, according to people familiar with the plans.'), [['NL002', 'people familiar with']]);
    assert.deepEqual(codes('A person with knowledge of the talks said they had failed.'), [['NL002', 'A person with knowledge of']]);
    assert.deepEqual(codes('Some economists argue the target was never realistic.'), [['NL001', 'Some economists argue']]);
    assert.deepEqual(codes('It is unclear whether it will change, according to election experts.'), [['NL001', 'according to election experts']]);
    assert.deepEqual(codes('The plan will fail, said security sources.'), [['NL001', 'said security sources']]);
    assert.deepEqual(codes('Analysts estimate each day of strikes costs the airline 30 million euros.'), [['NL001', 'Analysts estimate']]);
    assert.deepEqual(codes('Jane Smith, a person with a plan, said it would work.'), []);
  });
});
