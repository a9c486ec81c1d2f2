// Entity recognition on short texts: names, types, roles and the short forms that refer to them.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';

function entities(text: string): [string, string, string | null, string[]][] {
  return analyze(text).entities.map((e) => [e.id, e.type, e.role, [...e.aliases]]);
}

describe('entities', () => {
  it('splits a title off the name and keeps it as the role', () => {
    assert.deepEqual(entities('Russian President Vladimir Putin met U.S. Secretary of State John Kerry in Moscow.'), [
      ['Russian', 'MISC', null, []],
      ['Vladimir Putin', 'PERSON', 'Russian President', []],
      ['U.S.', 'LOC', null, []],
      ['John Kerry', 'PERSON', 'U.S. Secretary of State', []],
      ['Moscow', 'LOC', null, []],
    ]);
  });

  it('reads lower-case roles before the name and in apposition', () => {
    assert.deepEqual(entities('He met deputy Russian foreign minister Gennady Gatilov and Cora Sherlock, an anti-abortion activist, on Monday.')
      .filter((e) => e[1] === 'PERSON'), [
      ['Gennady Gatilov', 'PERSON', 'deputy Russian foreign minister', []],
      ['Cora Sherlock', 'PERSON', 'anti-abortion activist', []],
    ]);
  });

  it('links surnames, particles and initials to the full name, whichever comes first', () => {
    assert.deepEqual(entities('Kerry arrived first. Later Staffan de Mistura met John Kerry. De Mistura and Kerry spoke; de Mistura left.')
      .filter((e) => e[1] === 'PERSON'), [
      ['John Kerry', 'PERSON', null, ['Kerry']],
      ['Staffan de Mistura', 'PERSON', null, ['De Mistura', 'de Mistura']],
    ]);
  });

  it('expands an abbreviation only when the article uses the full name', () => {
    assert.deepEqual(entities('The U.S. and the UN met.').map((e) => e[0]), ['U.S.', 'UN']);
    assert.deepEqual(entities('The United States and the U.S. Congress met.').map((e) => e[0]), ['United States', 'U.S. Congress']);
  });

  it('keeps organisation names with "of", "for" and "and" whole', () => {
    assert.deepEqual(entities('She studied at the University of Texas and visited the National Air and Space Museum.'), [
      ['University of Texas', 'ORG', null, []],
      ['National Air and Space Museum', 'ORG', null, []],
    ]);
  });

  it('takes names with Arabic particles whole and splits "UN-backed"', () => {
    assert.deepEqual(entities('General Suleiman al-Amr spoke about the UN-backed talks.'), [
      ['Suleiman al-Amr', 'PERSON', 'General', []],
      ['UN', 'ORG', null, []],
    ]);
  });

  it('does not take sentence-initial words, days, months or labels for names', () => {
    assert.deepEqual(entities('Meanwhile, on Tuesday, September 12, talks resumed.\n\nImage: a view of the city.'), []);
  });

  it('reads all-caps datelines', () => {
    assert.deepEqual(entities('WASHINGTON (Reuters) - The talks resumed.'), [
      ['WASHINGTON', 'LOC', null, []],
      ['Reuters', 'ORG', null, []],
    ]);
  });
});

describe("the user's gazetteer (knownEntities)", () => {
  it('types, names and links the forms the user lists, and gives the role', () => {
    const a = analyze('Ergenekon leaders met. The ERG network denied it.', {
      knownEntities: [{ name: 'Ergenekon', type: 'ORG', role: 'alleged clandestine network', aliases: ['ERG'] }],
    });
    assert.deepEqual(a.entities.map((e) => [e.id, e.type, e.role, e.aliases]), [
      ['Ergenekon', 'ORG', 'alleged clandestine network', ['ERG']],
    ]);
  });
});

describe('entities: words that look like common nouns', () => {
  it('drops capitalised common nouns and gerunds but keeps surnames that end the same way', () => {
    assert.deepEqual(entities('The Recognition of it. Refusing to go, Chelsea Manning left. Later Manning said it was over.'), [
      ['Chelsea Manning', 'PERSON', null, ['Manning']],
    ]);
  });

  it('websites are organisations and collective possessives stay inside names', () => {
    assert.deepEqual(entities("The security firm Secunia.com warned the Korean People's Army.").map((e) => [e[0], e[1]]), [
      ['Secunia.com', 'ORG'],
      ["Korean People's Army", 'ORG'],
    ]);
  });
});

describe('entities: organisations learnt from the article', () => {
  it('what people are members or founders of is an organisation', () => {
    assert.deepEqual(entities('Hundreds of members of Demosisto protested on Monday.').map((e) => [e[0], e[1]]), [['Demosisto', 'ORG']]);
  });
});

describe('entities: national teams', () => {
  it('reads nations as their teams (organisations) in an article with scorelines', () => {
    const report = 'Sweden defeated Korea Republic 1 – 0, and Tunisia lost 1-2 to England. Sweden had more of the ball in Nizhny Novgorod, as the Belgians did.';
    assert.deepEqual(entities(report).map((e) => [e[0], e[1]]), [
      ['Sweden', 'ORG'], ['Korea Republic', 'ORG'], ['Tunisia', 'ORG'], ['England', 'ORG'], ['Nizhny Novgorod', 'LOC'], ['Belgians', 'ORG'],
    ]);
  });

  it('keeps nations as places when a single figure only looks like a score', () => {
    assert.deepEqual(entities('Sweden voted 2-1 against Norway on the treaty.').map((e) => [e[0], e[1]]), [['Sweden', 'LOC'], ['Norway', 'LOC']]);
  });
});

describe('entities: sites and institutions', () => {
  it('a centre named for a field of work is an organisation, any other centre a place', () => {
    assert.deepEqual(entities('Shuttles flew from the Kennedy Space Center; the Halvorsen Policy Center and the Australian Centre for Iodine Studies disagreed.')
      .map((e) => [e[0], e[1]]), [['Kennedy Space Center', 'LOC'], ['Halvorsen Policy Center', 'ORG'], ['Australian Centre for Iodine Studies', 'ORG']]);
  });
});

describe('entities: where a name ends', () => {
  it('a university that names its place takes no second place, and "US" is not its acronym', () => {
    assert.deepEqual(entities('Researchers at Colorado State University of the US and the University of Sheffield of the UK agreed.')
      .map((e) => [e[0], e[1]]), [['Colorado State University', 'ORG'], ['US', 'LOC'], ['University of Sheffield', 'ORG'], ['UK', 'LOC']]);
  });

  it('a name ends with the place it is "of" when other names follow ("University of Texas Arlington Amneh Jafari")', () => {
    assert.deepEqual(entities('Professor at the University of Texas Arlington Amneh Jafari spoke to the Bank of England.').map((e) => [e[0], e[1]]),
      [['University of Texas', 'ORG'], ['Arlington', 'LOC'], ['Amneh Jafari', 'PERSON'], ['Bank of England', 'ORG']]);
  });

  it('"on" joins a committee to its subject but not a site to a mission number', () => {
    assert.deepEqual(entities('It left the Kennedy Space Center on STS-1, said the Committee on Foreign Relations.')
      .map((e) => e[0]), ['Kennedy Space Center', 'STS-1', 'Committee on Foreign Relations']);
  });
});

describe('entities: common nouns, sites and websites', () => {
  it('a lone capitalised word the article also writes in lower case is no name', () => {
    assert.deepEqual(entities('Iodine matters. Most iodine comes from salt, said Tom Hale.').map((e) => e[0]), ['Tom Hale']);
  });

  it('"State of Texas" is a place and "CBC.ca" an organisation', () => {
    assert.deepEqual(entities('The law of the State of Texas was reported by CBC.ca on Monday.').map((e) => [e[0], e[1]]),
      [['State of Texas', 'LOC'], ['CBC.ca', 'ORG']]);
  });
});

describe('entities: one-word names, captions and titles', () => {
  it('leaders and figures known by one word are people; so is a caption credit', () => {
    assert.deepEqual(entities('Erdogan compared him to Hitler, and Zeus was quoted.\n\nA protest. Image: Jambula.').map((e) => [e[0], e[1]]),
      [['Erdogan', 'PERSON'], ['Hitler', 'PERSON'], ['Zeus', 'PERSON'], ['Jambula', 'PERSON']]);
  });

  it('a quoted name after "named" or "labelled" is a name', () => {
    assert.deepEqual(entities('They built a robot named "Robogee" and a user labelled "Anonymous" posted it.').map((e) => e[0]), ['Robogee', 'Anonymous']);
  });

  it('a compass point ends a district\'s name and a regnal title after a name is no part of it', () => {
    assert.deepEqual(entities('Voters in Kowloon West met the Roman Catholic Pope and Adam West.').map((e) => [e[0], e[1]]),
      [['Kowloon West', 'LOC'], ['Roman Catholic', 'MISC'], ['Adam West', 'PERSON']]);
  });
});

describe('entities: a name with a lower-case suffix', () => {
  it('"Pulitzer Prize-winning", "Scientology-critic", "NASA T-shirt": the name ends at the hyphen', () => {
    assert.deepEqual(entities('The Pulitzer Prize-winning writer, a Scientology-critic, wore a NASA T-shirt.').map((e) => e[0]),
      ['Pulitzer Prize', 'Scientology', 'NASA']);
  });
});

describe('entities: titles with a portfolio', () => {
  it('"Minister of Education Stefania Giannini": the portfolio is part of the role, the person is the name', () => {
    assert.deepEqual(entities('Minister of Education Stefania Giannini met the Minister for Foreign Affairs Wang Yi.'), [
      ['Stefania Giannini', 'PERSON', 'Minister of Education', []],
      ['Wang Yi', 'PERSON', 'Minister for Foreign Affairs', []],
    ]);
  });

  it('a title with a portfolio and no person names nobody; a courtesy title is no part of the role', () => {
    assert.deepEqual(entities('The Minister of Home Affairs and the President of France met. Undersecretary for Education Mr. Toccafondi spoke.'), [
      ['France', 'LOC', null, []],
      ['Toccafondi', 'PERSON', 'Undersecretary for Education', []],
    ]);
  });

  it('a nationality before an institution is part of its name', () => {
    assert.deepEqual(entities('The Italian Supreme Court of Cassation ruled.').map((e) => [e[0], e[1]]), [['Italian Supreme Court of Cassation', 'ORG']]);
  });
});

describe('entities: long organisation names', () => {
  it('"of" and "and" inside an organisation\'s name, but not before a person or another known name', () => {
    assert.deepEqual(entities('The Union of Rationalist Atheists and Agnostics wrote to the Australian Centre for Control of Iodine Deficiency Disorders. '
      + 'The Department of Justice and Robert Mueller agreed; so did the University of Texas and Google.').map((e) => [e[0], e[1]]), [
      ['Union of Rationalist Atheists and Agnostics', 'ORG'],
      ['Australian Centre for Control of Iodine Deficiency Disorders', 'ORG'],
      ['Department of Justice', 'ORG'], ['Robert Mueller', 'PERSON'], ['University of Texas', 'ORG'], ['Google', 'ORG'],
    ]);
    assert.deepEqual(entities('The Department of Homeland Security and Senator Bernie Sanders clashed.'), [
      ['Department of Homeland Security', 'ORG', null, []], ['Bernie Sanders', 'PERSON', 'Senator', []],
    ]);
  });
});

describe('entities: words that are no names', () => {
  it('plurals of a name, abbreviations of common nouns, Roman numerals and a place word alone', () => {
    assert.deepEqual(entities('Andy Warhol shot Polaroids with a Polaroid camera. VIP guests saw part XVII at 9 GMT, said the State and Nancy Waters. '
      + 'Waters left.').map((e) => e[0]), ['Andy Warhol', 'Polaroid', 'Nancy Waters']);
  });
});

describe('entities: organisations named in other languages', () => {
  it('"Federación Nacional de Cafeteros", "Instituto Gonzaga": the first word makes an organisation', () => {
    assert.deepEqual(entities('The Federación Nacional de Cafeteros sued, and the Instituto Gonzaga paid Team Estonia.').map((e) => [e[0], e[1]]),
      [['Federación Nacional de Cafeteros', 'ORG'], ['Instituto Gonzaga', 'ORG'], ['Team Estonia', 'ORG']]);
  });
});

describe('entities: a place name as a surname', () => {
  it('"Paris" after "Valeska Paris" is her, except where it reads as a place', () => {
    const a = analyze('Valeska Paris left the Sea Org. Paris was a volunteer, the church said. She now lives in Paris.');
    assert.deepEqual(a.mentions.map((m) => [m.text, m.entityId, m.type]), [
      ['Valeska Paris', 'Valeska Paris', 'PERSON'], ['Sea Org', 'Sea Org', 'ORG'], ['Paris', 'Valeska Paris', 'PERSON'], ['Paris', 'Paris', 'LOC'],
    ]);
  });
});

describe('entities: places with a compass point, bodies in space, newspapers', () => {
  it('"East Los Angeles" and "LA" are places, Earth is a body in space, the "Edmonton Sun" one newspaper, a school district a body', () => {
    assert.deepEqual(entities('Police in East Los Angeles and LA told the Edmonton Sun that the Irving Independent School District saw Earth from orbit.')
      .map((e) => [e[0], e[1]]), [
      ['East Los Angeles', 'LOC'], ['LA', 'LOC'], ['Edmonton Sun', 'ORG'], ['Irving Independent School District', 'ORG'], ['Earth', 'MISC'],
    ]);
  });
});

describe('entities: a describing word opening the sentence', () => {
  it('"Nonpartisan Paul Tse" is Paul Tse when the article writes "nonpartisan" in lower case; "Space Shuttle Discovery" stays whole', () => {
    assert.deepEqual(entities('Two nonpartisan members watched the space shuttle. Nonpartisan Paul Tse held his seat. Space Shuttle Discovery flew.').map((e) => [e[0], e[1]]),
      [['Paul Tse', 'PERSON'], ['Space Shuttle Discovery', 'MISC']]);
  });
});

describe('entities: Scientology and the Crown', () => {
  it('"Scientology" is the Church of Scientology; "the Crown" is the prosecution', () => {
    const a = analyze('The Church of Scientology denied it. Scientology said so. The Crown said the parents were negligent.');
    assert.deepEqual(a.mentions.map((m) => [m.text, m.entityId, m.type]), [
      ['Church of Scientology', 'Church of Scientology', 'ORG'], ['Scientology', 'Church of Scientology', 'ORG'], ['Crown', 'Crown', 'ORG'],
    ]);
  });
});

describe('entities: initials', () => {
  it('initials join a product or a law as well as an organisation', () => {
    assert.deepEqual(entities('Internet Explorer beats IE8, and IE is faster. The Frontier Crimes Regulation (FCR) ended.').map((e) => [e[0], e[1], e[3]]), [
      ['Internet Explorer', 'MISC', ['IE']], ['IE8', 'MISC', []], ['Frontier Crimes Regulation', 'MISC', ['FCR']],
    ]);
  });
});

describe('entities: a person named right after an organisation', () => {
  it('"Refugee Council Enver Solomon" is the council and its chief; a planetarium is a place', () => {
    assert.deepEqual(entities('Head of the Refugee Council Enver Solomon visited the Adler Planetarium.').map((e) => [e[0], e[1]]),
      [['Refugee Council', 'ORG'], ['Enver Solomon', 'PERSON'], ['Adler Planetarium', 'LOC']]);
  });
});

describe('entities: names after a person, teams\' players, local city names', () => {
  it('"Warhol Polaroid" is Andy Warhol\'s: a mention of him, the thing no name; "Wong Kwok-kin" stays a person beside Raymond Wong', () => {
    assert.deepEqual(entities('Andy Warhol took it, they said.\n\nA Warhol Polaroid sold. Raymond Wong and Wong Kwok-kin voted.').map((e) => [e[0], e[1], e[3]]),
      [['Andy Warhol', 'PERSON', ['Warhol']], ['Raymond Wong', 'PERSON', []], ['Wong Kwok-kin', 'PERSON', []]]);
  });

  it('"from Eden Hazard\'s assist" is no place; Genova is Genoa; a municipality is a town\'s government', () => {
    assert.deepEqual(entities('Lukaku scored from Eden Hazard\'s assist in Genova, the Municipality of Livorno said.').map((e) => [e[0], e[1]]),
      [['Eden Hazard', 'PERSON'], ['Genova', 'LOC'], ['Municipality of Livorno', 'ORG']]);
  });
});

describe('entities: designations', () => {
  it('"KELT-9", "STS-135", "F-16": a letters-and-number designation is a thing (MISC), not a place', () => {
    assert.deepEqual(entities('The planet orbits near KELT-9, far from the STS-135 crew and an F-16.').map((e) => [e[0], e[1]]),
      [['KELT-9', 'MISC'], ['STS-135', 'MISC'], ['F-16', 'MISC']]);
  });
});

describe('entities: organisations learnt from the words around them', () => {
  it('"the magazine MicroMega", "al-Ikhbariya television", "Demosisto\'s Nathan Law", "Nathan Law of Demosisto"', () => {
    assert.deepEqual(entities('The magazine MicroMega and al-Ikhbariya television reported it. Later Demosisto\'s Nathan Law spoke; Joshua Wong of Scholarism agreed, as did the band Duran Duran.')
      .map((e) => [e[0], e[1]]), [
      ['MicroMega', 'ORG'], ['al-Ikhbariya', 'ORG'], ['Demosisto', 'ORG'], ['Nathan Law', 'PERSON'], ['Joshua Wong', 'PERSON'], ['Scholarism', 'ORG'], ['Duran Duran', 'ORG'],
    ]);
  });
});

describe('entities: places and people learnt from the words around them', () => {
  it('"the town of Yeoncheon", "the Malakand division", "the Berlaymont building", "the Monti government", "designer Halston", "said Mauer"', () => {
    assert.deepEqual(entities('Shells fell on the town of Yeoncheon and the Malakand division. Under the Monti government, designer Halston came, said Mauer. '
      + 'The Conservative government agreed outside the Berlaymont building.').map((e) => [e[0], e[1]]), [
      ['Yeoncheon', 'LOC'], ['Malakand', 'LOC'], ['Monti', 'PERSON'], ['Halston', 'PERSON'], ['Mauer', 'PERSON'], ['Berlaymont', 'LOC'],
    ]);
  });
});

describe('entities: names with "&"', () => {
  it('"Procter & Gamble" is one name; "Mary & Linda" and a credit "Video: Miharris & Acphillips" are two people each', () => {
    assert.deepEqual(entities('Shares of the company Procter & Gamble fell on the news today, according to Mary & Linda.\n\nThe launch. Video: Miharris & Acphillips.').map((e) => [e[0], e[1]]),
      [['Procter & Gamble', 'ORG'], ['Mary', 'PERSON'], ['Linda', 'PERSON'], ['Miharris', 'PERSON'], ['Acphillips', 'PERSON']]);
  });
});

describe('entities: names with "of"', () => {
  it('"Constitution of Pakistan", "Plains of Arafat" are one name; "Nathan Law of Demosisto" is two; "Bank of England" stays an organisation', () => {
    assert.deepEqual(entities('Under the Constitution of Pakistan, pilgrims crossed the Plains of Arafat. Later Nathan Law of Demosisto met the Bank of England.')
      .map((e) => [e[0], e[1]]), [
      ['Constitution of Pakistan', 'MISC'], ['Plains of Arafat', 'LOC'], ['Nathan Law', 'PERSON'], ['Demosisto', 'ORG'], ['Bank of England', 'ORG'],
    ]);
  });
});

describe('entities: venues placed by the article', () => {
  it('a museum or an observatory "in" a place is the site (LOC); one "at" a university stays an organisation', () => {
    assert.deepEqual(entities('The shuttle goes to the Museum of Flight in Seattle, and the Museum of Flight was glad. Stars were seen at the Winer Observatory in Arizona. '
      + 'Prints went to the Weatherspoon Art Museum at the University of North Carolina, and to the Tate Modern Museum.')
      .map((e) => [e[0], e[1]]), [
      ['Museum of Flight', 'LOC'], ['Seattle', 'LOC'], ['Winer Observatory', 'LOC'], ['Arizona', 'LOC'],
      ['Weatherspoon Art Museum', 'ORG'], ['University of North Carolina', 'ORG'], ['Tate Modern Museum', 'ORG'],
    ]);
  });
});

describe('entities: short surnames and names spelled like common nouns', () => {
  it('"James To" and "Wilson Or" are one person each; "Mary to" is Mary', () => {
    assert.deepEqual(entities('The lawmaker James To said he would stand again. He asked Mary to stay. In Kowloon East, Wilson Or won.')
      .filter((e) => e[1] === 'PERSON').map((e) => e[0]), ['James To', 'Mary', 'Wilson Or']);
  });

  it('a word shaped like a common noun is an organisation when the words around it say so ("localist group Youngspiration\'s"), but not "the Administration\'s"', () => {
    assert.deepEqual(entities('The localist group Youngspiration\'s Baggio Leung won. Later, Youngspiration\'s Yau Wai-ching won too. He blamed the Administration\'s decision.')
      .filter((e) => e[1] === 'ORG').map((e) => [e[0], [...e[3]].length]), [['Youngspiration', 0]]);
  });
});

describe('entities: capitals that name nothing', () => {
  it('currencies ("US$", "NZ $"), an emphasised "UNLESS" and a stance ("Pro-Beijing") are no names; "the US" still is', () => {
    assert.deepEqual(entities('Bail was US$ 20,000 and the vote cost NZ $ 26 million. He stays in jail, UNLESS of course he talks. '
      + 'For the Pro-Beijing camp, Pro-Beijing DAB won in the US.').map((e) => [e[0], e[1]]), [['DAB', 'ORG'], ['US', 'LOC']]);
  });
});

describe('entities: qualified titles', () => {
  it('"Shadow Home Secretary" is a title, not a name: the role of the person after it', () => {
    assert.deepEqual(entities("Labour's Shadow Home Secretary Yvette Cooper said no."), [
      ['Labour', 'ORG', null, []], ['Yvette Cooper', 'PERSON', 'Shadow Home Secretary', []],
    ]);
  });
});

describe('entities: headings and captions', () => {
  it('a heading of words the article writes in lower case is no name; a caption label ("Image:") is never part of one', () => {
    assert.deepEqual(entities('The election results came late.\n\nElection Results\n\nEddie Chu won. A game demo Image: Nick Moreau.\n\nA fan as Captain America Image: Nick Moreau.')
      .map((e) => [e[0], e[1]]), [['Eddie Chu', 'PERSON'], ['Nick Moreau', 'PERSON'], ['Captain America', 'PERSON']]);
  });
});

describe('entities: dated laws', () => {
  it('"Citizenship Amendment Bill, 2019" keeps its year; "Bill" before it is no first name', () => {
    assert.deepEqual(entities('Lawmakers voted on a new law today.\n\nThey said the Citizenship Amendment Bill, 2019 passed in May. The Indian Telegraph Act, 1885 stays.')
      .map((e) => [e[0], e[1]]), [['Citizenship Amendment Bill, 2019', 'MISC'], ['Indian Telegraph Act, 1885', 'MISC']]);
  });
});

describe('entities: events and institutions with places in their names', () => {
  it('"Fan Expo Canada" is the event and where it is held; "Doctor Who Society of Canada" is a society, not a doctor', () => {
    assert.deepEqual(entities('Fans met on Friday.\n\nThousands came to Fan Expo Canada this week, where the Doctor Who Society of Canada had a booth.')
      .map((e) => [e[0], e[1]]), [['Fan Expo', 'MISC'], ['Canada', 'LOC'], ['Doctor Who Society of Canada', 'ORG']]);
  });
});

describe('entities: party allegiance', () => {
  it('"the Conservative government", "an Ottawa New Democrat MP", "Republican from Texas" describe; "Republican People\'s Party" is a name', () => {
    assert.deepEqual(entities('The Conservative government agreed. Paul Dewar, an Ottawa New Democrat MP, said no. John Cornyn, Republican from Texas, said '
      + 'the Republican People\'s Party was wrong.').map((e) => [e[0], e[1]]), [
      ['Paul Dewar', 'PERSON'], ['Ottawa', 'LOC'], ['John Cornyn', 'PERSON'], ['Texas', 'LOC'], ["Republican People's Party", 'ORG'],
    ]);
  });
});

describe('entities: ideas', () => {
  it('"Islamophobia" and "Marxism" are no names; a religion in the lexicon ("Judaism") stays', () => {
    assert.deepEqual(entities('He wrote about it.\n\nShe said he had been subject to Islamophobia, not Judaism or Marxism, in Irving.').map((e) => [e[0], e[1]]),
      [['Judaism', 'MISC'], ['Irving', 'LOC']]);
  });
});

describe('entities: initials of things', () => {
  it('initials before "system", "database", "studies" are a thing\'s (MISC); before "party" a body\'s; alone a body\'s', () => {
    assert.deepEqual(entities('Taxes changed last year.\n\nThe tax moved from the ICI system to the IMU system, the M5S party said. '
      + 'Results of NCLAN studies and the NEMISIS database were shown to the UN.').map((e) => [e[0], e[1]]), [
      ['ICI', 'MISC'], ['IMU', 'MISC'], ['M5S', 'ORG'], ['NCLAN', 'MISC'], ['NEMISIS', 'MISC'], ['UN', 'ORG'],
    ]);
  });
});

describe('entities: families', () => {
  it('"the Sams" after "Thomas Sam and Manju Sam" are people, the family', () => {
    assert.deepEqual(entities('A couple was jailed.\n\nThomas Sam and Manju Sam were charged. Despite her illness, the Sams continued.').map((e) => [e[0], e[1]]),
      [['Thomas Sam', 'PERSON'], ['Manju Sam', 'PERSON'], ['Sams', 'PERSON']]);
  });
});

describe('entities: founding laws', () => {
  it('"the Constitution" is a mention of "the Constitution of Pakistan", even where the article also writes "constitution"', () => {
    assert.deepEqual(entities('It passed on Friday.\n\nThey have all the rights under the Constitution of Pakistan. This amends the Constitution, and the constitution changes.')
      .map((e) => [e[0], e[1], e[3]]), [['Constitution of Pakistan', 'MISC', ['Constitution']]]);
  });
});

describe('entities: initials in a portfolio', () => {
  it('"Chief Minister of KP" names the province KP, spelled out earlier as Khyber Pakhtunkhwa', () => {
    assert.deepEqual(entities('It passed on Friday.\n\nThe province of Khyber Pakhtunkhwa (KP) grew. Outgoing Chief Minister of KP, Pervez Khattak said no.')
      .map((e) => [e[0], e[1], e[3]]), [['Khyber Pakhtunkhwa', 'LOC', ['KP']], ['Pervez Khattak', 'PERSON', []]]);
  });
});

describe('entities: places in a portfolio', () => {
  it('"Governor of Washington Chris Gregoire": the state is a place, the whole title is her role; "Secretary of State" names no place', () => {
    assert.deepEqual(entities('It was sunny on Monday.\n\nIn a statement, Governor of Washington Chris Gregoire said it was fine. U.S. Secretary of State John Kerry agreed.'), [
      ['Washington', 'LOC', null, []], ['Chris Gregoire', 'PERSON', 'Governor of Washington', []],
      ['U.S.', 'LOC', null, []], ['John Kerry', 'PERSON', 'U.S. Secretary of State', []],
    ]);
  });
});

describe('entities: party and state of a lawmaker', () => {
  it('"(R-Texas)", "(D-Mass.)" are affiliations, no names; "D-Day" stays an event', () => {
    assert.deepEqual(entities('It was sunny on Monday.\n\nJohn Cornyn (R-Texas) spoke about D-Day with Elizabeth Warren (D-Mass.).').map((e) => [e[0], e[1]]),
      [['John Cornyn', 'PERSON'], ['D-Day', 'MISC'], ['Elizabeth Warren', 'PERSON']]);
  });
});

describe('entities: things named by their last word', () => {
  it('"Discovery" at a sentence start is "Space Shuttle Discovery"; "the Cup" is no short form of "World Cup"', () => {
    assert.deepEqual(entities('NASA chose museums for its space shuttle fleet on Tuesday.\n\nSpace Shuttle Discovery will go to Washington. Discovery has already been retired. '
      + 'The World Cup ended; the Cup was won by Spain.'), [
      ['NASA', 'ORG', null, []], ['Space Shuttle Discovery', 'MISC', null, ['Discovery']], ['Washington', 'LOC', null, []],
      ['World Cup', 'MISC', null, []], ['Spain', 'LOC', null, []],
    ]);
  });

  it('a heading "Cosplay celebration" is no short form of "Peekaboo Cosplay" when the article writes "cosplay" too', () => {
    assert.deepEqual(entities('Fans met on Friday.\n\nPeekaboo Cosplay came.\n\nCosplay celebration of craftsmanship\n\nMany love cosplay.'),
      [['Peekaboo Cosplay', 'MISC', null, []]]);
  });
});

describe('entities: adjectives before an organisation noun', () => {
  it('"the Brazillian team" is a nationality (misspelt), not a team\'s name; "Fatah officials", "Immortals players" are organisations', () => {
    assert.deepEqual(entities('Teams played on Sunday.\n\nIn the end the Brazillian team won, and Fatah officials and Immortals players cheered.').map((e) => [e[0], e[1]]),
      [['Brazillian', 'MISC'], ['Fatah', 'ORG'], ['Immortals', 'ORG']]);
  });
});

describe('entities: names given in quotation marks', () => {
  it('"named their robot "Robogee"" gives a name; a quotation that opens with a capital ("Hope is all") does not', () => {
    assert.deepEqual(entities('The team arrived on Monday.\n\nThey named their robot "Robogee." Then he said "Hope is all."').map((e) => [e[0], e[1]]), [['Robogee', 'MISC']]);
  });
});

describe('entities: lists of names', () => {
  it('a sentence opening "Ubisoft, Microsoft, and Sony" is a list of organisations; "Grudgingly, Microsoft and Sony" opens with an adverb', () => {
    assert.deepEqual(entities('The show opened on Friday.\n\nUbisoft, Microsoft, and Sony had booths. Grudgingly, Microsoft and Sony left.').map((e) => [e[0], e[1]]),
      [['Ubisoft', 'ORG'], ['Microsoft', 'ORG'], ['Sony', 'ORG']]);
  });
});

describe('entities: names after "the"', () => {
  it('"the Ontario Ghostbusters", "the Neo Democrats" are groups; "Austin Jones" and "the late Lou Reed" are people; "the Cook Islands" a place', () => {
    assert.deepEqual(entities('Fans met on Friday.\n\nThe Ontario Ghostbusters and the Neo Democrats came, as did Austin Jones and people from the Cook Islands. '
      + 'They played songs of the late Lou Reed.')
      .map((e) => [e[0], e[1]]), [['Ontario Ghostbusters', 'ORG'], ['Neo Democrats', 'ORG'], ['Austin Jones', 'PERSON'], ['Cook Islands', 'LOC'],
      ['Lou Reed', 'PERSON']]);
  });

  it('a name in the singular after "the" that nothing types is a thing, not a group: "the Copper Lantern", "the Midnight Ferry"', () => {
    assert.deepEqual(entities('We rewatched the Copper Lantern last night, then argued about the Midnight Ferry until late.')
      .map((e) => [e[0], e[1]]), [['Copper Lantern', 'MISC'], ['Midnight Ferry', 'MISC']]);
    // In the plural it stays a group; without "the", the shape of a person's name.
    assert.deepEqual(entities('The Harbour Owls beat the Granite Wolves, and Tobin Marsh scored twice.')
      .map((e) => [e[0], e[1]]), [['Harbour Owls', 'ORG'], ['Granite Wolves', 'ORG'], ['Tobin Marsh', 'PERSON']]);
  });
});

describe('entities: businesses named by their kind', () => {
  it('"Café Britt" is a business, and "Britt" alone a short form of it', () => {
    assert.deepEqual(entities('Coffee sold well on Monday.\n\nCafé Britt opened a shop, and Britt expects more.'), [['Café Britt', 'ORG', null, ['Britt']]]);
  });
});

describe('entities: initials before a descriptor', () => {
  it('initials and the words after them are one name ("USI Art Collections"); a ship ("HMC Searcher") and a known name ("BBC News") stay whole', () => {
    assert.deepEqual(entities('Robots met on Monday.\n\nPrints went to USI Art Collections. The vessel HMC Searcher sailed, and BBC News reported.')
      .map((e) => e[0]), ['USI Art Collections', 'HMC Searcher', 'BBC News']);
  });
});

describe('entities: a title before a function word', () => {
  it('"Doctor Who" is one name, not a person called "Who"; "Pope Francis" keeps its title', () => {
    assert.deepEqual(entities('Fans met on Friday.\n\nThey watched Doctor Who all night, and Pope Francis prayed.').map((e) => e[0]), ['Doctor Who', 'Pope Francis']);
  });
});

describe('entities: think tanks', () => {
  it('"the Germanwatch think tank" is an organisation', () => {
    assert.deepEqual(entities('Floods hit on Monday.\n\nThat is according to the Germanwatch think tank.').map((e) => [e[0], e[1]]), [['Germanwatch', 'ORG']]);
  });
});

describe('entities: institutions named after their kind', () => {
  it('"the religious schools Santo Spirito", "the carmaker Tesla", "airport operator Fraport" are organisations', () => {
    assert.deepEqual(entities('Taxes were due on Monday.\n\nThe religious schools Santo Spirito must pay, as must the carmaker Tesla and airport operator Fraport.')
      .map((e) => [e[0], e[1]]), [['Santo Spirito', 'ORG'], ['Tesla', 'ORG'], ['Fraport', 'ORG']]);
  });
});

describe('entities: a name joined to one of known type', () => {
  it('"Santo Spirito and Immacolata" are two schools; "Mary & Leigh" two people', () => {
    assert.deepEqual(entities('Taxes were due on Monday.\n\nThe religious schools Santo Spirito and Immacolata must pay, according to Mary & Leigh.').map((e) => [e[0], e[1]]),
      [['Santo Spirito', 'ORG'], ['Immacolata', 'ORG'], ['Mary', 'PERSON'], ['Leigh', 'PERSON']]);
  });
});

describe('entities: party factions', () => {
  it('"Jamiat Ulema-e Islam (F)" keeps its faction letter; "Wayne Smith (D)" is a lawmaker and his party', () => {
    assert.deepEqual(entities('Votes came in on Monday.\n\nThe Jamiat Ulema-e Islam (F) opposed it, and Senator Wayne Smith (D) agreed.'),
      [['Jamiat Ulema-e Islam (F)', 'ORG', null, []], ['Wayne Smith', 'PERSON', 'Senator', []]]);
  });
});

describe('entities: portfolios before a role noun', () => {
  it('"Foreign Affairs minister" names a portfolio, no person; "Baggio Leung" alone is a person by shape', () => {
    assert.deepEqual(entities('Papers were found on Friday.\n\nIn May, Maxime Bernier resigned as Foreign Affairs minister, and Baggio Leung spoke.').map((e) => [e[0], e[1]]),
      [['Maxime Bernier', 'PERSON'], ['Baggio Leung', 'PERSON']]);
  });
});

describe('entities: weekdays after a name', () => {
  it('"the Senate Tuesday passed" names the Senate and a date; "Black Friday" is a name', () => {
    assert.deepEqual(entities('Votes came in on Monday.\n\nThe Senate Tuesday passed the bill before Black Friday, said Rishi Sunak.').map((e) => [e[0], e[1]]),
      [['Senate', 'ORG'], ['Black Friday', 'MISC'], ['Rishi Sunak', 'PERSON']]);
  });
});

describe('entities: compounds ending in a lower-case word', () => {
  it('"Polaroid-room" and "Co-founder" are no names; "Shin-Wook" is', () => {
    assert.deepEqual(entities('Fans met on Friday.\n\nThe Polaroid-room was busy, said the Co-founder Shin-Wook.'), [['Shin-Wook', 'PERSON', 'Co-founder', []]]);
  });
});

describe('entities: a head word ending a list of bodies', () => {
  it('"the Gendarmerie, Turkish Air Force, and Army" names three bodies; "Army rules" alone names none', () => {
    assert.deepEqual(entities('Talks were held on Thursday.\n\nHe met commanders of the Gendarmerie, Turkish Air Force, and Army. Army rules apply.').map((e) => [e[0], e[1], e[3]]),
      [['Gendarmerie', 'ORG', []], ['Turkish Air Force', 'ORG', []], ['Army', 'ORG', []]]);
    assert.deepEqual(entities('Talks were held on Thursday.\n\nArmy rules apply to him.').map((e) => e[0]), []);
  });
});

describe('entities: class words that start names', () => {
  it('"the last Space Shuttle mission" beside two "Space Shuttle X" names is no name; "Andy Warhol" before two institutions stays a person', () => {
    assert.deepEqual(entities('NASA chose museums for its space shuttle fleet on Tuesday.\n\nSpace Shuttle Discovery and Space Shuttle Atlantis flew. '
      + 'It was the last Space Shuttle mission. Andy Warhol and the Andy Warhol Foundation and Andy Warhol Museum agreed.').map((e) => [e[0], e[1]]), [
      ['NASA', 'ORG'], ['Space Shuttle Discovery', 'MISC'], ['Space Shuttle Atlantis', 'MISC'],
      ['Andy Warhol', 'PERSON'], ['Andy Warhol Foundation', 'ORG'], ['Andy Warhol Museum', 'ORG'],
    ]);
  });
});

describe('entities: studies and surveys', () => {
  it('"Australian National Iodine Nutrition Study" is one name, its nationality included', () => {
    assert.deepEqual(entities('Iodine levels fell on Monday.\n\nThe Australian National Iodine Nutrition Study found it, and the National Health Survey agreed.')
      .map((e) => [e[0], e[1]]), [['Australian National Iodine Nutrition Study', 'MISC'], ['National Health Survey', 'MISC']]);
  });
});

describe('entities: datelines in capitals', () => {
  it('"BRUSSELS" in a dateline is a mention of Brussels, and the word after its dash starts a sentence; "NASA" stays an organisation of its own', () => {
    assert.deepEqual(entities('Talks stall\n\nBRUSSELS, March 3 — Ministers met in Brussels on Tuesday, NASA said.'), [
      ['Brussels', 'LOC', null, ['BRUSSELS']], ['NASA', 'ORG', null, []],
    ]);
  });
});

describe('entities: a body named by its head word', () => {
  it('"the Commission" after "the European Commission" is a mention of it; with two councils, "the Council" is linked to neither', () => {
    assert.deepEqual(entities('Talks stalled on Tuesday.\n\nThe plan was drawn up by the European Commission. Later the Commission has prepared a fallback. '
      + 'The European Council met; the Security Council too; the Council agreed.').map((e) => [e[0], e[1], e[3]]), [
      ['European Commission', 'ORG', ['Commission']], ['European Council', 'ORG', []], ['Security Council', 'ORG', []], ['Council', 'ORG', []],
    ]);
  });
});

describe('entities: Dutch particles', () => {
  it('"Erik ten Hag" is one name; "in Paris ten Britons" is a place and a nationality', () => {
    assert.deepEqual(entities('It rained on Monday.\n\nIn Paris ten Britons were hurt, said Erik ten Hag.').map((e) => [e[0], e[1]]),
      [['Paris', 'LOC'], ['Britons', 'MISC'], ['Erik ten Hag', 'PERSON']]);
  });
});

describe('entities: names with their article, markets, short family names', () => {
  it('"The Hague" keeps its article; "the Sydney Fish Market" is a place; "Oh Keo-don" is one person', () => {
    assert.deepEqual(entities('A court ruled on Friday.\n\nFormer mayor Oh Keo-don was jailed. The court in The Hague and the Sydney Fish Market were quiet.')
      .map((e) => [e[0], e[1]]), [['Oh Keo-don', 'PERSON'], ['The Hague', 'LOC'], ['Sydney Fish Market', 'LOC']]);
  });
});

describe('entities: known names inside longer ones', () => {
  it('"James Webb Space Telescope" and "Max Planck Institute for Astronomy" are one name each', () => {
    assert.deepEqual(entities('It was found on Monday.\n\nAstronomers using the James Webb Space Telescope saw it, with the Max Planck Institute for Astronomy in Heidelberg.')
      .map((e) => [e[0], e[1]]), [['James Webb Space Telescope', 'MISC'], ['Max Planck Institute for Astronomy', 'ORG'], ['Heidelberg', 'LOC']]);
  });
});

describe('entities: surnames that are places\' head words, saints\' names', () => {
  it('"chief executive, David Park," is a person, and "Park told" a mention of him; "St Mary\'s Hospital" is one name', () => {
    assert.deepEqual(entities('Nurses struck on Monday.\n\nNurses at St Mary\'s Hospital walked out. The hospital\'s chief executive, David Park, said the offer stood. '
      + '"We cannot pay," Park told the paper. They met in Hyde Park.').map((e) => [e[0], e[1], e[2], e[3]]), [
      ["St Mary's Hospital", 'ORG', null, []], ['David Park', 'PERSON', "hospital's chief executive", ['Park']], ['Hyde Park', 'LOC', null, []],
    ]);
    assert.deepEqual(analyze('Nurses struck on Monday.\n\nThe hospital\'s chief executive, David Park, said the offer stood. "We cannot pay," Park told the paper.')
      .quotes.map((q) => [q.kind, q.speakerId]), [['indirect', 'David Park'], ['direct', 'David Park']]);
  });
});

describe('entities: clubs named after their city', () => {
  it('"Liverpool manager Arne Slot", "Brighton boss …" make the places clubs; "goals from Bukayo Saka" is a person, not a place', () => {
    assert.deepEqual(entities('Teams played on Sunday.\n\nLiverpool drew with Brighton. Liverpool manager Arne Slot was calm, and Brighton boss Fabian Hurzeler smiled. '
      + 'Arsenal won with goals from Bukayo Saka and Declan Rice in London.').map((e) => [e[0], e[1]]), [
      ['Liverpool', 'ORG'], ['Brighton', 'ORG'], ['Arne Slot', 'PERSON'], ['Fabian Hurzeler', 'PERSON'], ['Arsenal', 'ORG'],
      ['Bukayo Saka', 'PERSON'], ['Declan Rice', 'PERSON'], ['London', 'LOC'],
    ]);
  });
});

describe('entities: a body before a role at a sentence start', () => {
  it('"Shelter chief executive Polly Neate": the charity, and its chief executive', () => {
    assert.deepEqual(entities('Rents rose on Monday.\n\nShelter chief executive Polly Neate said more people were homeless.'),
      [['Shelter', 'ORG', null, []], ['Polly Neate', 'PERSON', 'Shelter chief executive', []]]);
  });
});

describe('entities: companies, employers and appositive roles', () => {
  it('"Meta" is "Meta Platforms"; "Analysts at Jefferies" names a firm; roles stop before a relative clause and leave "its" out', () => {
    assert.deepEqual(entities('Regulators acted on Monday.\n\nThe regulator fined Meta Platforms, and Meta will appeal, said Jennifer Newstead, its chief legal officer. '
      + 'Max Schrems, the Austrian privacy activist whose complaint started the case, was glad. Analysts at Jefferies agreed.'), [
      ['Meta Platforms', 'ORG', null, ['Meta']], ['Jennifer Newstead', 'PERSON', 'chief legal officer', []],
      ['Max Schrems', 'PERSON', 'Austrian privacy activist', []], ['Austrian', 'MISC', null, []], ['Jefferies', 'ORG', null, []],
    ]);
  });
});

describe('entities: a party before a name, a speech verb used as a noun', () => {
  it('"Democrat Joe Biden" is Joe Biden; "the state\'s … manager" is a role ("state" is no speech verb there)', () => {
    assert.deepEqual(entities('Votes were counted on Friday.\n\nDemocrat Joe Biden leads. Gabriel Sterling, the state\'s voting system manager, said so.'), [
      ['Joe Biden', 'PERSON', null, []], ['Gabriel Sterling', 'PERSON', "state's voting system manager", []],
    ]);
  });
});

describe('entities: bylines and kinds of organisation', () => {
  it('"By Staff Reporter" names no one; "the group Leeds Cycling Campaign" is an organisation despite its head word', () => {
    assert.deepEqual(entities('Lanes approved\n\nBy Staff Reporter\n\nThe vote passed, said Rachel Wilson of the group Leeds Cycling Campaign.').map((e) => [e[0], e[1]]),
      [['Rachel Wilson', 'PERSON'], ['Leeds Cycling Campaign', 'ORG']]);
  });
});
