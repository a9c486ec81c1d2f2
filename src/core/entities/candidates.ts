// Finds proper-name candidates: runs of capitalised words, with name particles ("de", "van"),
// inner "of"/"for"/"&" where the name is an organisation's, and titles split off as roles
// ("U.S. Secretary of State John Kerry" -> place "U.S.", role "U.S. Secretary of State", name "John Kerry").
import type { Doc } from '../text/document';
import { isDatelineDash, isSentenceInitial, tokenText } from '../text/document';
import { isPossessive, type Token } from '../text/tokens';
import { SURNAME_PARTICLES } from '../lexicon/names';
import { PERSON_TITLES, TITLE_MODIFIERS } from '../lexicon/titles';
import { isFirstEnding } from './companies';
import { CAPITALISED_NON_NAMES, CAPTION_LABELS, COMMON_ABBREVIATIONS, DAYS_AND_MONTHS } from '../lexicon/stopwords';
import { ORG_HEAD_WORDS, ORG_PREFIX_WORDS } from '../lexicon/organisations';
import { isFirstName, lexiconType } from './lookup';
import type { Candidate } from './model';
import { isRoleNoun } from './roles';
import { COUNTRIES, LOC_HEAD_WORDS, LOC_OF_WORDS, PLACE_VARIANTS } from '../lexicon/places';
import { FOUNDING_LAWS, MISC_HEAD_WORDS, PARTY_ADJECTIVES } from '../lexicon/demonyms';
import { NAME_SPEECH_VERBS } from '../lexicon/cues';

/** Nouns written with a capital that name no particular entity when they stand alone. */
const COMMON_CAPITALISED = new Set(['Internet', 'Web', 'Net', 'God', 'Heaven', 'Hell', 'Staff']);

/** Names that take a number: "Article 247", "Flight 17". */
const NUMBERED_HEADS = new Set(['Article', 'Articles', 'Section', 'Chapter', 'Clause', 'Resolution', 'Flight', 'Route', 'Highway',
  'Interstate', 'Proposition', 'Amendment', 'Apollo', 'Gemini', 'Soyuz', 'Expedition', 'Mission', 'Bill', 'Act', 'Rule']);
const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
/** Words that make a weekday a name: "Black Friday", "Good Friday", "Super Tuesday", "Ash Wednesday". */
const DAY_NAME_MODIFIERS = new Set(['Black', 'Good', 'Super', 'Ash', 'Holy', 'Maundy', 'Palm', 'Easter', 'Cyber', 'Bloody', 'Giving',
  'Whit', 'Shrove', 'Low', 'Mad', 'Blue', 'Small', 'Spy', 'Fat', 'Clean', 'Great']);

/** Laws whose title may end with ", <year>". */
const DATED_LAWS = new Set(['Act', 'Bill', 'Ordinance', 'Order', 'Regulations', 'Code']);

function isYear(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && /^(?:1[89]|20)\d\d$/.test(t.text);
}

/** First words of the party adjectives, to test before building the candidate's text. */
const PARTY_FIRST_WORDS = new Set([...PARTY_ADJECTIVES].map((p) => p.split(' ')[0]));
const SAINT_WORDS = new Set(['St', 'St.', 'Saint', 'San', 'Santa', 'Sainte', 'Ste']);
/** Collective nouns whose possessive appears inside names: "People's Army", "Workers' Party". */
const COLLECTIVES = new Set(['People', 'Peoples', 'Workers', 'Women', 'Children', 'Citizens', 'Nations', 'Veterans', 'Farmers', 'Soldiers']);
/** Endings of common nouns, gerunds, ideologies and fears: a single capitalised word ending so ("Recognition", "Islamophobia") is no name. */
const COMMON_NOUN_SUFFIX = /^\p{Lu}\p{Ll}{3,}(?:ing|tion|sion|ment|ness|ity|ance|ence|ship|ism|phobia)$/u;

const MAX_RUN_WORDS = 12;
/** Words after which a quoted capitalised word is a name: 'a dog named "Ralph"', 'a user labelled "Anonymous"'. */
const NAMING_WORDS = new Set(['named', 'called', 'dubbed', 'nicknamed', 'labelled', 'labeled', 'titled', 'entitled', 'christened', 'codenamed', 'code-named']);
const REGNAL_TITLES = new Set(['Pope', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Saint', 'St.']);
const MAX_TITLE_WORDS = 5;
const CONNECTORS = new Set(['of', 'for', 'and', 'on', '&']);
const COURTESY_TITLES = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mx', 'Mx.']);

/** Arabic and Persian name particles written in lower case before a capital: "al-Amr", "el-Sheikh". */
const LOWER_PARTICLE_NAME_RE = /^(?:al|el|ad|ar|as|at|an|az|ash|bin|ibn|abu|abd|bint|ul|ud)-\p{Lu}/u;

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (t.cap || t.upper || LOWER_PARTICLE_NAME_RE.test(t.text)) && !isPossessive(t);
}

/** Longest person title (up to MAX_TITLE_WORDS words) starting at token i, as a token count. */
export function titleLengthAt(doc: Doc, i: number, limit: number): number {
  let best = 0;
  let phrase = '';
  // "Shadow Home Secretary": the title after a modifier word.
  let rest = '';
  limit = Math.min(limit, doc.tokens.length);
  const modified = TITLE_MODIFIERS.has(doc.tokens[i]?.text ?? '');
  for (let k = 0; k < MAX_TITLE_WORDS && i + k < limit; k++) {
    const t = doc.tokens[i + k];
    if (t.kind !== 'word') break;
    const sep = k > 0 && doc.tokens[i + k - 1].end === t.start ? '' : ' ';
    phrase = k === 0 ? t.text : `${phrase}${sep}${t.text}`;
    if (modified && k > 0) rest = k === 1 ? t.text : `${rest}${sep}${t.text}`;
    if (PERSON_TITLES.has(phrase) || modified && k > 0 && PERSON_TITLES.has(rest)) best = k + 1;
  }
  return best;
}

/** Whether the first line of the text is a title-case headline (most words capitalised). */
function headlineEnd(doc: Doc): number {
  const toks = doc.tokens;
  if (toks.length === 0) return 0;
  let words = 0;
  let caps = 0;
  let i = 0;
  for (; i < toks.length && (i === 0 || !toks[i].lineBreakBefore); i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    words++;
    if (t.cap || t.upper) caps++;
  }
  return words >= 3 && caps / words >= 0.6 ? i : 0;
}

/** Whether a connector word at token i may join the name run on its left to the one on its right. */
function connectorJoins(doc: Doc, runFirst: number, i: number): boolean {
  const t = doc.tokens[i];
  let next = doc.tokens[i + 1];
  const word = t.text;
  // "Foundation for the Visual Arts", "Bank of the West": the article joins too.
  const withArticle = next?.text === 'the' && (word === 'of' || word === 'for') && isNameWord(doc.tokens[i + 2]);
  if (withArticle) next = doc.tokens[i + 2];
  if (!isNameWord(next) || next.lineBreakBefore) return false;
  if (SURNAME_PARTICLES.has(word) || SURNAME_PARTICLES.has(word.toLowerCase()) && !t.cap) return true;
  // "Erik ten Hag": the Dutch particle that is also a number, only after a first name.
  if (word === 'ten' && isFirstName(doc.tokens[i - 1].text)) return true;
  // "Procter & Gamble", but not two people: "Mary & Leigh", a credit "Video: Miharris & Acphillips".
  if (word === '&') return !isFirstName(doc.tokens[i - 1].text) && !isFirstName(next.text) && !isCreditLine(doc, runFirst);
  const left = doc.tokens[i - 1].text;
  // Only the last words of a long run are looked at (runs are cut into names of MAX_RUN_WORDS
  // words anyway): each connector then costs the same, and a run of thousands of words stays linear.
  const from = Math.max(runFirst, i - 2 * MAX_RUN_WORDS);
  // The name proper starts after a leading "The" ("The Union of …").
  let nameFirst = from;
  while (nameFirst < i - 1 && CAPITALISED_NON_NAMES.has(doc.tokens[nameFirst].text)) nameFirst++;
  const firstWord = doc.tokens[nameFirst].text;
  // "Department of Health and Human Services", "Institute for Security and Development Policy":
  // an organisation's head word, then its "of" or "for": what follows is one field of work.
  const prefixOf = ORG_PREFIX_WORDS.has(firstWord) && (doc.tokens[nameFirst + 1]?.text === 'of' || doc.tokens[nameFirst + 1]?.text === 'for');
  if (DAYS_AND_MONTHS.has(next.text)) return false;
  if (word === 'on' && (!ON_HEADS.has(left) || /\d/.test(next.text))) return false;
  if (word === 'of' || word === 'for' || word === 'on' || word === 'de' || word === 'del') {
    // "University of Sheffield of the UK", "Colorado State University of the US": a name that
    // already names its place, or has its "of", does not take a second place.
    if (withArticle && lexiconType(next.text) === 'LOC' && hasPlaceOrOf(doc, from, i)) return false;
    if (ORG_HEAD_WORDS.has(left)) return true;
    if (word === 'of' && (ORG_PREFIX_WORDS.has(firstWord) || ORG_PREFIX_WORDS.has(left) || LOC_OF_WORDS.has(left))) return true;
    // "Constitution of Pakistan", "Treaty of Versailles": a law's or an event's name with its "of".
    // (Not "Nathan Law of Demosisto": a person's name that ends in such a word.)
    if (word === 'of' && !withArticle && MISC_HEAD_WORDS.has(left) && !isFirstName(firstWord) && !isFirstName(next.text)) return true;
    // "Australian Centre for Control of Iodine Deficiency Disorders", "Joint Council for the
    // Welfare of Immigrants": a further "of" inside an organisation's name.
    if (word === 'of' && !withArticle && hasOrgConnector(doc, nameFirst, i)) return true;
    if (withArticle) return false;
    // "Minister of Education Stefania Giannini", "Minister for Immigration Chris Bowen": a title
    // with its portfolio (emitWithTitles splits the person off).
    if ((word === 'of' || word === 'for') && PERSON_TITLES.has(left) && !REGNAL_TITLES.has(left)) return true;
    // A title that spans the connector: "Secretary of State".
    for (let k = Math.max(from, i - 3); k < i; k++) {
      if (titleLengthAt(doc, k, i + 2) >= i + 2 - k) return true;
    }
    return false;
  }
  if (word === 'the') {
    // "Bank of the West", "Foundation for the Visual Arts": only inside an organisation's name.
    const prev = doc.tokens[i - 2];
    return prev !== undefined && (prev.text === 'of' || prev.text === 'for') && (ORG_PREFIX_WORDS.has(firstWord) || ORG_HEAD_WORDS.has(doc.tokens[i - 3]?.text ?? ''));
  }
  if (word === 'and') {
    // "Department of Justice and Robert Mueller", "… and FBI": a person or a known name of its own.
    // (… "and Senator Bernie Sanders": a title starts a person's name.)
    if (isFirstName(next.text) || lexiconType(next.text) !== null || titleLengthAt(doc, i + 1, i + 1 + MAX_TITLE_WORDS) > 0) return false;
    // "Department of Health and Human Services", "National Air and Space Museum": when the name
    // goes on to an organisation's head word and the left part is not a name by itself.
    if (lexiconType(tokenText(doc, nameFirst, i)) !== null || ORG_HEAD_WORDS.has(left)) return prefixOf;
    let k = i + 1;
    while (k - i < 8 && isNameWord(doc.tokens[k + 1]) && !doc.tokens[k + 1].lineBreakBefore) k++;
    return ORG_HEAD_WORDS.has(doc.tokens[k].text) || prefixOf;
  }
  return false;
}

/** Whether the run starting at `first` follows a caption label ("Image: …", "Video: …"). */
function isCreditLine(doc: Doc, first: number): boolean {
  return doc.tokens[first - 1]?.text === ':' && CAPTION_LABELS.has(doc.tokens[first - 2]?.text ?? '');
}

/** Bodies whose names go on with "on": "Committee on Foreign Relations", "Council on Foreign Relations". */
const ON_HEADS = new Set(['Committee', 'Subcommittee', 'Council', 'Commission', 'Conference', 'Convention', 'Panel', 'Forum',
  'Institute', 'Center', 'Centre', 'Task', 'Force', 'Board', 'Office', 'Summit', 'Treaty', 'Agreement']);

/** Whether the name words in [first, end) already contain "of" or a known place. */
function hasPlaceOrOf(doc: Doc, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const w = doc.tokens[k].text;
    if (w === 'of' || lexiconType(w) === 'LOC') return true;
  }
  return false;
}

interface Run {
  first: number;
  last: number;
}

/** Maximal runs of name words on one line, joined by particles and organisation connectors. */
function findRuns(doc: Doc): Run[] {
  const toks = doc.tokens;
  const runs: Run[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    const startsWithParticle = t.kind === 'word' && !t.cap && SURNAME_PARTICLES.has(t.text) && isNameWord(toks[i + 1]) && !toks[i + 1].lineBreakBefore
      && !isNameWord(toks[i - 1]);
    if (!isNameWord(t) && !startsWithParticle) {
      i++;
      continue;
    }
    const first = i;
    let last = i + 1;
    while (last < toks.length) {
      const n = toks[last];
      // "Korean People's Army", "Republican People's Party": a collective noun's possessive inside a
      // name; so is a saint's ("St Mary's Hospital", "St Paul's Cathedral").
      if (isPossessive(n) && (COLLECTIVES.has(toks[last - 1].text) || last - first === 2 && SAINT_WORDS.has(toks[first].text))
        && isNameWord(toks[last + 1]) && toks[last + 1].spaceBefore) {
        let k = last + 1;
        while (k + 1 < toks.length && isNameWord(toks[k + 1]) && toks[k + 1].spaceBefore && !toks[k + 1].lineBreakBefore && k - last < 4) k++;
        if (ORG_HEAD_WORDS.has(toks[k].text) || LOC_HEAD_WORDS.has(toks[k].text) || LOC_OF_WORDS.has(toks[k].text)) {
          last = k + 1;
          continue;
        }
      }
      if (n.lineBreakBefore || !n.spaceBefore) break;
      if (isNameWord(n)) {
        last++;
        continue;
      }
      // ("&" between spaces is a punctuation token: "Procter & Gamble", "Marks & Spencer".)
      if ((n.kind === 'word' || n.text === '&') && connectorJoins(doc, first, last)) {
        // The connector, "the" when it follows one, and the name word after them.
        last += toks[last + 1]?.text === 'the' && (n.text === 'of' || n.text === 'for') ? 3 : 2;
        continue;
      }
      break;
    }
    // "Article 247", "Resolution 2254", "Flight 17": the number is part of the name.
    if (last < toks.length && toks[last].kind === 'number' && !toks[last].lineBreakBefore && NUMBERED_HEADS.has(toks[last - 1].text)) last++;
    // "Jamiat Ulema-e Islam (F)", "Pakistan Muslim League (N)": a faction's letter in brackets
    // (not a US lawmaker's party: "John Smith (D)").
    else if (last - first >= 2 && toks[last]?.text === '(' && /^[A-CE-HJ-QS-Z]$/.test(toks[last + 1]?.text ?? '') && toks[last + 2]?.text === ')'
      && !toks[last].lineBreakBefore) last += 3;
    // "Federally Administered Tribal Areas Reforms Bill, 2018": a law's year after a comma is part
    // of its title (the way South Asian and Commonwealth statutes are named).
    else if (last - first >= 2 && DATED_LAWS.has(toks[last - 1].text) && toks[last]?.text === ',' && isYear(toks[last + 1]) && !toks[last + 1].lineBreakBefore) last += 2;
    // "31st Amendment", "22nd Congress": an ordinal before a law or an assembly.
    let start = first;
    const before = toks[first - 1];
    if (before && before.kind === 'number' && /^\d+(?:st|nd|rd|th)$/.test(before.text) && !toks[first].lineBreakBefore && MISC_HEAD_WORDS.has(toks[last - 1].text)) start = first - 1;
    // "2024 YR4", "P/2019 LD2": an asteroid's or a comet's designation, a year and a code.
    else if (last - first === 1 && DESIGNATION_CODE_RE.test(toks[first].text) && isYear(before) && toks[first].spaceBefore && !toks[first].lineBreakBefore) {
      start = first - 1;
      const slash = toks[first - 2];
      if (slash?.text === '/' && !before.spaceBefore && !slash.spaceBefore && /^[PCDXI]$/.test(toks[first - 3]?.text ?? '')) start = first - 3;
    }
    // No name is longer than a dozen words: longer runs (lists, all-caps lines) are cut, which
    // also keeps the work per run bounded.
    for (let s = start; s < last; s += MAX_RUN_WORDS) runs.push({ first: s, last: Math.min(last, s + MAX_RUN_WORDS) });
    i = last;
  }
  return runs;
}

/** A minor planet's or a comet's code after its year: "YR4", "LD2", "MN4". */
const DESIGNATION_CODE_RE = /^\p{Lu}{2}\d{1,3}$/u;

/** "Pro-Beijing", "Anti-Assad", "Non-Muslim": a stance or a negation, an adjective and no name. */
const LEANING_RE = /^(?:Pro|Anti|Non)-/;

/**
 * A function word in capitals for emphasis, standing alone ("UNLESS of course"). Short capitals
 * ("US", "IT", "OR") are names, and so is one inside a longer name ("FIRST Global Challenge").
 */
function isEmphasisedStopword(t: Token): boolean {
  return t.upper && t.text.length >= 4 && CAPITALISED_NON_NAMES.has(t.text.charAt(0) + t.text.slice(1).toLowerCase());
}

/** A function word, a day or month, or a stance ("Pro-Beijing") that a name does not start with. */
function isLeadingNonName(t: Token): boolean {
  return CAPITALISED_NON_NAMES.has(t.text) || DAYS_AND_MONTHS.has(t.text) || t.text.charCodeAt(3) === 45 && LEANING_RE.test(t.text)
    || t.text.charCodeAt(4) === 45 && LEANING_RE.test(t.text);
}

/** Splits a run into candidates: strips leading stopwords, splits off titles, drops days and months. */
export function findCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const headline = headlineEnd(doc);
  const toks = doc.tokens;
  for (const run of findRuns(doc)) {
    let first = run.first;
    const last = run.last;
    // "The Guardian", "The Hague" and similar names keep their article.
    if (isLeadingNonName(toks[first]) && lexiconType(tokenText(doc, first, last)) === null) {
      while (first < last && isLeadingNonName(toks[first]) && !isShortFamilyName(doc, first, last)) first++;
    }
    // "Democrat Joe Biden", "Republican Brad Raffensperger": the party is no part of the name.
    if (last - first >= 3 && PARTY_ADJECTIVES.has(toks[first].text) && isFirstName(toks[first + 1].text)) first++;
    // "Prime Minister's Questions Wednesday", "the Senate Tuesday passed": a weekday after a name
    // is a date (not in "Black Friday", "Ash Wednesday", where a word before it makes the name).
    let end = last;
    if (end - first >= 2 && WEEKDAYS.has(toks[end - 1].text) && !DAY_NAME_MODIFIERS.has(toks[end - 2].text)) end--;
    if (first >= end) continue;
    emitWithTitles(doc, first, end, headline, out);
  }
  return out;
}

function emitWithTitles(doc: Doc, first: number, last: number, headline: number, out: Candidate[]): void {
  const toks = doc.tokens;
  // A caption's credit label after a name, or alone: "Ahmed Mohamed Image: …", "demo Image: …".
  if (toks[last]?.text === ':' && CAPTION_LABELS.has(toks[last - 1].text)) last--;
  if (last <= first) return;
  // A run that ends with a title and no name ("Pakistani President", "State Department Spokesperson"):
  // the title is not part of any name.
  for (let i = first; i < last; i++) {
    const len = titleLengthAt(doc, i, last);
    // ("Roman Catholic Pope" too; a regnal title alone may be a name: "the Pope".)
    // ("Department of Justice", "Ministry of Defence": a title word after "of" is the portfolio, not a title.)
    // ("Coalition for Climate Justice": nor is a title word that names no job, "Justice", ending an
    // organisation's name after its "for" or "of"; "Museum of Flight CEO" ends with a job.)
    const afterConnector = i > first && (CONNECTORS.has(toks[i - 1].text)
      || len === 1 && !isRoleNoun(toks[i].text.toLowerCase()) && hasOrgConnector(doc, first, i));
    if (len > 0 && i + len === last && !afterConnector && (i > first || !REGNAL_TITLES.has(tokenText(doc, i, last)))) {
      if (i > first) emitWithTitles(doc, first, i, headline, out);
      return;
    }
  }
  // Find the last title inside the run that is followed by at least one name word.
  let titleStart = -1;
  let titleLen = 0;
  for (let i = first; i < last - 1; i++) {
    const len = titleLengthAt(doc, i, last - 1);
    if (len > 0) {
      titleStart = i;
      titleLen = len;
      i += len - 1;
    }
  }
  if (titleStart >= 0) {
    let nameFirst = titleStart + titleLen;
    // "Governor of Washington Chris Gregoire": a known place or body in the portfolio is a name too.
    let portfolioPlace = -1;
    const connector = toks[nameFirst].text;
    if (connector === 'of' || connector === 'for') {
      // The portfolio runs up to the person's first name; with no first name, the run is a
      // role without a person, and only a known place or organisation in it is a name.
      let k = nameFirst + 1;
      while (k < last && !isFirstName(toks[k].text)) k++;
      // A first name not in our lists: after a portfolio of one word at least, the last two words
      // are the person when they are no head words ("Minister of Education Stefania Giannini").
      if (k >= last && last - nameFirst >= 4 && !isHeadWord(toks[last - 1].text) && !isHeadWord(toks[last - 2].text)
        && lexiconType(tokenText(doc, last - 2, last)) === null) k = last - 2;
      // A name is two words at least after a portfolio: "Wang Yi", where the given name comes last.
      if (k === last - 1 && k - 1 > nameFirst + 1 && !isHeadWord(toks[k - 1].text)) k--;
      if (k >= last) {
        if (titleStart > first) pushPlain(doc, first, titleStart, headline, out);
        // ("Chief Minister of KP": initials name a place or a body the article has spelled out.)
        const portfolio = tokenText(doc, nameFirst + 1, last);
        if (lexiconType(portfolio) !== null || last - nameFirst === 2 && /^\p{Lu}{2,6}$/u.test(portfolio)) pushPlain(doc, nameFirst + 1, last, headline, out);
        return;
      }
      const placeType = k > nameFirst + 1 ? lexiconType(tokenText(doc, nameFirst + 1, k)) : null;
      if (placeType === 'LOC' || placeType === 'ORG') portfolioPlace = nameFirst + 1;
      nameFirst = k;
    }
    const titleText = tokenText(doc, titleStart, nameFirst);
    // "Pope Francis", "King Abdullah": the title is part of the name; so it is before a function
    // word, which is no one's name ("Doctor Who").
    if (last - nameFirst === 1 && (REGNAL_TITLES.has(titleText) || CAPITALISED_NON_NAMES.has(toks[nameFirst].text))) {
      if (titleStart > first) pushPlain(doc, first, titleStart, headline, out);
      push(doc, titleStart, last, headline, out, null, false);
      return;
    }
    // An all-capitals title ("PC" for police constable) before a single unknown word is more
    // likely part of a name ("PC World").
    if (/^\p{Lu}{2,}$/u.test(titleText) && last - nameFirst === 1 && !isFirstName(toks[nameFirst].text)) {
      pushPlain(doc, first, last, headline, out);
      return;
    }
    // "Duke University", "King College", "Doctor Who Society of Canada": an institution named with
    // a title word is not a person.
    const lastWord = toks[last - 1].text;
    if (ORG_HEAD_WORDS.has(lastWord) || hasOrgConnector(doc, nameFirst, last) || LOC_HEAD_WORDS.has(lastWord) || MISC_HEAD_WORDS.has(lastWord) || lexiconType(tokenText(doc, nameFirst, last)) !== null && lexiconType(tokenText(doc, nameFirst, last)) !== 'PERSON') {
      pushPlain(doc, first, last, headline, out);
      return;
    }
    // Words before the title in the same run are a place or organisation of their own ("U.S."),
    // unless they are a title too: "Undersecretary for Education Mr. Toccafondi".
    if (titleStart > first && titleLengthAt(doc, first, titleStart) === 0) pushPlain(doc, first, titleStart, headline, out);
    if (portfolioPlace > 0) push(doc, portfolioPlace, nameFirst, headline, out, null, false);
    // "Undersecretary for Education Mr. Toccafondi": the courtesy title is no part of the role.
    const roleEnd = titleStart > first && COURTESY_TITLES.has(tokenText(doc, titleStart, nameFirst)) ? titleStart : nameFirst;
    const role = tokenText(doc, first, roleEnd).replace(/\s+/g, ' ');
    push(doc, nameFirst, last, headline, out, role, true);
    return;
  }
  // A title alone at the start of a run with a single name word: "Mr Key".
  pushPlain(doc, first, last, headline, out);
}

const ROMAN_NUMERAL_RE = /^(?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

function isCommonWord(word: string): boolean {
  return LOC_OF_WORDS.has(word) && !ORG_HEAD_WORDS.has(word) || COMMON_ABBREVIATIONS.has(word) || ROMAN_NUMERAL_RE.test(word);
}

/** An organisation's head word followed by "of" or "for" in [first, end): "Centre for", "Council for the". */
function hasOrgConnector(doc: Doc, first: number, end: number): boolean {
  for (let k = first; k + 1 < end; k++) {
    const w = doc.tokens[k + 1].text;
    if (ORG_HEAD_WORDS.has(doc.tokens[k].text) && (w === 'of' || w === 'for')) return true;
  }
  return false;
}

function hasOrgHead(doc: Doc, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (ORG_HEAD_WORDS.has(doc.tokens[k].text)) return true;
  return false;
}

/** An organisation's, a place's or an event's head word ("Council", "Street", "Summit"). */
export function isHeadWord(word: string): boolean {
  return ORG_HEAD_WORDS.has(word) || LOC_HEAD_WORDS.has(word) || MISC_HEAD_WORDS.has(word);
}

function pushPlain(doc: Doc, first: number, last: number, headline: number, out: Candidate[]): void {
  const toks = doc.tokens;
  // Drop trailing stopwords and connectors.
  // A single capital before a hyphen ends no name: "NASA T-shirt", "X-ray".
  while (last > first && (CAPITALISED_NON_NAMES.has(toks[last - 1].text) || !isNameWord(toks[last - 1])
    || toks[last]?.text === '-' && !toks[last].spaceBefore && /^\p{Lu}$/u.test(toks[last - 1].text))) {
    if (toks[last - 1].kind === 'number' && last - 2 >= first && NUMBERED_HEADS.has(toks[last - 2].text)) break;
    if (isYear(toks[last - 1]) && last - 3 >= first && toks[last - 2].text === ',' && DATED_LAWS.has(toks[last - 3].text)) break;
    if (toks[last - 1].text === ')' && last - 3 > first && toks[last - 3].text === '(') break;
    if (last - first === 2 && isShortSurname(doc, first, headline)) break;
    // "Patients First", "Britain First": a slogan-like name of a campaign or a party (companies.ts).
    if (isFirstEnding(doc, first, last, headline)) break;
    last--;
  }
  if (last <= first) return;
  // A head word alone ("University", "the Street", "the Summit") refers back to a name without
  // being one; after "the", a body or a founding law is named by it ("the Court has ruled",
  // "the Church denied", "under the Constitution").
  const theBefore = toks[first - 1]?.text.toLowerCase() === 'the';
  const head = toks[first].text;
  // ("Park told the newspaper": a place's head word that speaks is a surname.)
  if (last - first === 1 && (ORG_HEAD_WORDS.has(head) && !theBefore && !listedAfterBody(doc, first, out)
    || LOC_HEAD_WORDS.has(head) && !(NAME_SPEECH_VERBS.has(toks[last]?.text ?? '') && !theBefore)
    || MISC_HEAD_WORDS.has(head) && !(theBefore && FOUNDING_LAWS.has(head))
    || PERSON_TITLES.has(head)) && lexiconType(head) === null) return;
  // Capitalised common nouns ("the Internet", "Recognition", "Refusing") are not names on their own.
  if (last - first === 1 && COMMON_CAPITALISED.has(toks[first].text)) return;
  // "the State", "the Republic": a place word alone; "VIP", "GMT", "XVII": abbreviations of common nouns and numerals.
  if (last - first === 1 && isCommonWord(toks[first].text)) return;
  // Single letters ("F", "C") are not names; nor is a label before a colon ("Image:", "Photo:").
  if (last - first === 1 && /^\p{L}\.?$/u.test(toks[first].text)) return;
  if (last - first === 1 && toks[last]?.text === ':' && (isLineStart(doc, first) || isSentenceInitial(doc, first))) return;
  if (last - first === 1 && isEmphasisedStopword(toks[first])) return;
  // "Polaroid-room", "Ground-level", "Co-founder": a compound that ends in a lower-case word is a
  // common noun or an adjective, not a name (a romanised given name such as "Kwok-kin" comes after
  // the family name, in a longer name).
  if (last - first === 1 && toks[first].text.includes('-') && /^\p{Lu}\p{Ll}+-\p{Ll}{3,}$/u.test(toks[first].text) && lexiconType(toks[first].text) === null) return;
  // "(R-Texas)", "(D-Mass.)": a lawmaker's party and state, an affiliation rather than a name.
  if (last - first === 1 && toks[first].text.charCodeAt(1) === 45 && /^[RDI]-\p{Lu}/u.test(toks[first].text)
    && (lexiconType(toks[first].text.slice(2)) === 'LOC' || toks[first - 1]?.text === '(')) return;
  // "US$ 20,000", "NZ $ 26 million": a currency, no place.
  if (last - first === 1 && toks[last]?.text === '$' && toks[first].upper) return;
  // Days and months alone are dates, not names.
  if (last - first === 1 && DAYS_AND_MONTHS.has(toks[first].text)) return;
  // "Emergency Relief Coordinator Tamsin Okafor": a role noun written as a title before a name of
  // two or three words; the words up to the role noun are the person's role, not part of a name.
  const roleEnd = capitalisedRoleEnd(doc, first, last);
  if (roleEnd > 0) {
    const known = knownPrefixEnd(doc, first, roleEnd - 1);
    if (known > first) pushPlain(doc, first, known, headline, out);
    push(doc, roleEnd, last, headline, out, tokenText(doc, first, roleEnd).replace(/\s+/g, ' '), true);
    return;
  }
  // "U.S. Syria envoy": two known names side by side are two mentions.
  const parts = last - first > 1 && lexiconType(tokenText(doc, first, last)) === null ? segmentKnown(doc, first, last) ?? splitKnownPrefix(doc, first, last) : null;
  if (parts) {
    for (const [a, b] of parts) push(doc, a, b, headline, out, null, false);
    return;
  }
  // "Fan Expo Canada": an event's name, then the country or city where it is held.
  const eventEnd = placeAfterEvent(doc, first, last);
  if (eventEnd > 0) {
    push(doc, first, eventEnd, headline, out, null, false);
    push(doc, eventEnd, last, headline, out, null, false);
    return;
  }
  // "University of Texas Arlington Amneh Jafari": the name ends with the place it is "of";
  // what follows is a name of its own (here a campus, then a person).
  const afterPlace = endOfPlaceOf(doc, first, last);
  if (afterPlace > 0) {
    pushPlain(doc, first, afterPlace, headline, out);
    pushPlain(doc, afterPlace, last, headline, out);
    return;
  }
  // A person's name closing a longer run.
  const personStart = trailingPersonStart(doc, first, last);
  if (personStart > first) {
    pushPlain(doc, first, personStart, headline, out);
    push(doc, personStart, last, headline, out, null, false);
    return;
  }
  push(doc, first, last, headline, out, null, false);
}

/**
 * "Oh Keo-don", "So Wai-man", "An Cheol-soo": a Korean or Cantonese family name spelled like a
 * function word, before a romanised given name (two syllables joined by a hyphen).
 */
function isShortFamilyName(doc: Doc, first: number, last: number): boolean {
  return last - first === 2 && SHORT_FAMILY_NAMES.has(doc.tokens[first].text) && isRomanisedGivenName(doc.tokens[first + 1].text);
}

/** "Keo-don", "Kwok-kin": a romanised Korean or Chinese given name, two syllables joined by a hyphen. */
export function isRomanisedGivenName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word);
}

/** Korean and Cantonese family names that are also English function words. */
const SHORT_FAMILY_NAMES = new Set(['Oh', 'So', 'To', 'An', 'Or', 'No', 'Do', 'On']);

/**
 * "James To", "Wilson Or": a given name, then a surname spelled like a short function word
 * (romanised Cantonese surnames). Written with a capital after a first name in running text, the
 * word can only be the surname; in a title-case headline ("Obama To Visit") it proves nothing.
 */
function isShortSurname(doc: Doc, first: number, headline: number): boolean {
  const name = doc.tokens[first + 1];
  if (first < headline || !name.cap || name.text.length !== 2) return false;
  // ("Wilson Or": a given name in no list, in running text, not at a line's start where a
  // title-case heading could begin.)
  return isFirstName(doc.tokens[first].text) || !isLineStart(doc, first) && !isSentenceInitial(doc, first);
}

/** Head words of events that may be followed by where they are held. */
const EVENT_HEADS = new Set(['Expo', 'Festival', 'Summit', 'Games', 'Cup', 'Championship', 'Championships', 'Marathon', 'Fair', 'Show',
  'Conference', 'Convention', 'Exhibition', 'Con', 'Week']);

/** "Fan Expo Canada": where the event's name [first, k) ends and a known place [k, last) begins, else -1. */
function placeAfterEvent(doc: Doc, first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    if (!EVENT_HEADS.has(doc.tokens[k - 1].text)) continue;
    if (lexiconType(tokenText(doc, k, last)) === 'LOC' && lexiconType(tokenText(doc, first, last)) === null) return k;
  }
  return -1;
}

/**
 * "the Gendarmerie, Turkish Air Force, and Army": a head word alone that ends a list after the
 * name of a body (the candidate just found) names a body too.
 */
function listedAfterBody(doc: Doc, first: number, out: readonly Candidate[]): boolean {
  const toks = doc.tokens;
  let k = first - 1;
  if (toks[k]?.text !== 'and' && toks[k]?.text !== ',') return false;
  if (toks[k].text === 'and' && toks[k - 1]?.text === ',') k--;
  const prev = out[out.length - 1];
  if (!prev || prev.last !== k) return false;
  const lastWord = toks[prev.last - 1].text;
  return ORG_HEAD_WORDS.has(lastWord) || lexiconType(prev.text) === 'ORG';
}

/** After "of <known place>" inside [first, last), where more capitalised words follow: the end of the name, else -1. */
function endOfPlaceOf(doc: Doc, first: number, last: number): number {
  const toks = doc.tokens;
  let known: boolean | null = null;
  for (let k = first + 2; k + 1 < last; k++) {
    if (toks[k - 1].text !== 'of' || lexiconType(toks[k].text) !== 'LOC') continue;
    const next = toks[k + 1];
    // "Gulf of Mexico Coast", "University of New South Wales": a head word or a longer place goes
    // on with the name; "Bank of America Merrill Lynch" stays whole when the lexicon knows it.
    if (!next.cap || isHeadWord(next.text) || lexiconType(tokenText(doc, k, k + 2)) !== null) continue;
    known ??= lexiconType(tokenText(doc, first, last)) !== null;
    if (known) return -1;
    return k + 1;
  }
  return -1;
}

/**
 * Where a role phrase ends before a person's name in [first, last): the token after a capitalised
 * role noun of the roles resource ("Coordinator", "Adviser", "Negotiator") that is followed by
 * two or three capitalised words, none of them a head word or a role noun; else -1.
 */
function capitalisedRoleEnd(doc: Doc, first: number, last: number): number {
  const toks = doc.tokens;
  for (let k = last - 3; k >= Math.max(first + 1, last - 4); k--) {
    const role = toks[k];
    if (role.kind !== 'word' || !role.cap || role.upper || !isRoleNoun(role.text.toLowerCase())) continue;
    for (let j = k + 1; j < last; j++) {
      const w = toks[j];
      if (w.kind !== 'word' || !w.cap || w.upper || isHeadWord(w.text) || isRoleNoun(w.text.toLowerCase()) || lexiconType(w.text) !== null) return -1;
    }
    return k + 1;
  }
  return -1;
}

/** End of the longest known name (place, body) that starts the run [first, end), else first. */
function knownPrefixEnd(doc: Doc, first: number, end: number): number {
  for (let j = end; j > first; j--) if (lexiconType(tokenText(doc, first, j)) !== null) return j;
  return first;
}

/**
 * Start of a two- or three-word person name at the end of a run of four or more words: one with a
 * known first name, or two words right after an organisation's head word ("Refugee Council Enver Solomon").
 */
function trailingPersonStart(doc: Doc, first: number, last: number): number {
  if (last - first < 4) return -1;
  const toks = doc.tokens;
  if (isHeadWord(toks[last - 1].text) || toks[last - 1].kind === 'number') return -1;
  for (let k = Math.max(first + 2, last - 3); k <= last - 2; k++) {
    if (isFirstName(toks[k].text) && !ORG_HEAD_WORDS.has(toks[last - 1].text) && !LOC_HEAD_WORDS.has(toks[last - 1].text)) return k;
  }
  const k = last - 2;
  if (ORG_HEAD_WORDS.has(toks[k - 1].text) && !isHeadWord(toks[k].text) && toks[k].cap && toks[k + 1].cap) return k;
  return -1;
}

/** "United States Hamdullah Mohib", "Scientologist Tom Cruise": a known name, then another name. */
function splitKnownPrefix(doc: Doc, first: number, last: number): [number, number][] | null {
  for (let j = last - 1; j > first; j--) {
    const t = lexiconType(tokenText(doc, first, j));
    // What follows must be a name of two words at least ("Washington D.C." and "Kowloon West" are
    // one place), and start as a name ("Max Planck Institute | for Astronomy" is one name).
    if (last - j < 2 || !doc.tokens[j].cap) continue;
    if (t === 'LOC' || t === 'MISC' || t === 'ORG') {
      // The rest must look like a name of its own (not "Court", "Party": head words of one name).
      const restFirst = doc.tokens[j].text;
      // "Italian Supreme Court of Cassation", "Italian Episcopal Conference": a nationality before an institution is part of its name.
      if (t === 'MISC' && hasOrgHead(doc, j, last)) return null;
      if (ORG_HEAD_WORDS.has(restFirst) || ORG_HEAD_WORDS.has(doc.tokens[last - 1].text) || LOC_HEAD_WORDS.has(doc.tokens[last - 1].text) || MISC_HEAD_WORDS.has(doc.tokens[last - 1].text)) return null;
      return [[first, j], [j, last]];
    }
  }
  return null;
}

/**
 * Splits [first, last) into known names (longest first) when one of them is a country or an
 * organisation ("U.S. Syria envoy", "UN Syria envoy"), or null. Places that read as one name
 * ("Washington D.C.", "Kowloon West") are left whole.
 */
function segmentKnown(doc: Doc, first: number, last: number): [number, number][] | null {
  const parts = segmentAll(doc, first, last);
  if (!parts) return null;
  const hasActor = parts.some(([a, b]) => {
    const name = tokenText(doc, a, b);
    return COUNTRIES.has(name) || COUNTRIES.has(PLACE_VARIANTS.get(name) ?? '') || lexiconType(name) === 'ORG' || lexiconType(name) === 'MISC';
  });
  const hasAbbrev = parts.some(([a, b]) => b - a === 1 && doc.tokens[a].abbrev && !PLACE_VARIANTS.has(doc.tokens[a].text));
  // "United States Supreme Court", "Pakistani Constitution": a nation's institution is one name.
  const lastPart = parts[parts.length - 1];
  const lastType = lexiconType(tokenText(doc, lastPart[0], lastPart[1]));
  // "Edmonton Sun", "Toronto Star": a place and an organisation's head word are one name.
  if (lastType === 'ORG' && lastPart[1] - lastPart[0] > 1 || MISC_HEAD_WORDS.has(doc.tokens[last - 1].text) || ORG_HEAD_WORDS.has(doc.tokens[last - 1].text)) return null;
  return hasActor && !hasAbbrev ? parts : null;
}

function segmentAll(doc: Doc, first: number, last: number): [number, number][] | null {
  const parts: [number, number][] = [];
  let i = first;
  while (i < last) {
    let found = 0;
    for (let j = last; j > i; j--) {
      if (lexiconType(tokenText(doc, i, j)) !== null) {
        found = j;
        break;
      }
    }
    if (!found) return null;
    parts.push([i, found]);
    i = found;
  }
  return parts.length > 1 ? parts : null;
}

function push(doc: Doc, first: number, last: number, headline: number, out: Candidate[], role: string | null, titled: boolean): void {
  const toks = doc.tokens;
  // "the Conservative government", "an Ottawa New Democrat MP": a party allegiance describes; it names nothing.
  if (last - first <= 2 && PARTY_FIRST_WORDS.has(toks[first].text) && PARTY_ADJECTIVES.has(tokenText(doc, first, last))) return;
  const before = toks[first - 1];
  // After an opening quotation mark, a colon, or a full stop inside a quotation, any word is capitalised.
  // ... except a name given in quotation marks after "named", "called", "dubbed": 'a robot named "Robogee"'.
  const namedInQuotes = before?.kind === 'quote' && isNamedBefore(doc, first - 2);
  const afterOpening = before !== undefined && !namedInQuotes && (before.text === ':' || before.kind === 'quote' && !toks[first].spaceBefore || /^[.!?]$/.test(before.text)
    || isDatelineDash(doc, first - 1));
  const weakCap = first < headline || isSentenceInitial(doc, first) || afterOpening || toks[first].lineBreakBefore && isLineStart(doc, first);
  const commonShape = last - first === 1 && COMMON_NOUN_SUFFIX.test(toks[first].text) && lexiconType(toks[first].text) === null && !FOUNDING_LAWS.has(toks[first].text);
  out.push(candidate(doc, first, last, role, titled, weakCap, commonShape, first < headline));
}

/**
 * The one place a candidate is built, so that every candidate has one shape (measured on quote
 * records: a second shape slowed the loops that read them).
 */
function candidate(doc: Doc, first: number, last: number, role: string | null, titled: boolean, weakCap: boolean,
  commonShape: boolean, inHeadline: boolean): Candidate {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last - 1].end;
  return { first, last, start, end, text: doc.text.slice(start, end), role, titled, weakCap, commonShape, inHeadline };
}

/** The candidate without its first words, no longer sentence-initial. */
export function startingAt(doc: Doc, c: Candidate, first: number): Candidate {
  return candidate(doc, first, c.last, c.role, c.titled, false, c.commonShape, c.inHeadline);
}

/** The candidate's first words only, up to token `last`. */
export function endingAt(doc: Doc, c: Candidate, last: number): Candidate {
  return candidate(doc, c.first, last, c.role, c.titled, c.weakCap, false, c.inHeadline);
}

/** The part [first, last) of a candidate, as a candidate of its own (same flags). */
export function subCandidate(doc: Doc, c: Candidate, first: number, last: number): Candidate {
  return candidate(doc, first, last, first === c.first ? c.role : null, c.titled && last === c.last, c.weakCap, c.commonShape && first === c.first && last === c.last, c.inHeadline);
}

/** 'named "Robogee"', 'named their robot "Robogee"': a naming verb at token i or up to three lower-case words before it. */
function isNamedBefore(doc: Doc, i: number): boolean {
  for (let k = i; k >= 0 && k > i - 4; k--) {
    const t = doc.tokens[k];
    if (t.kind !== 'word' || t.cap) return false;
    if (NAMING_WORDS.has(t.text)) return true;
  }
  return false;
}

function isLineStart(doc: Doc, i: number): boolean {
  return i === 0 || doc.tokens[i].lineBreakBefore;
}
