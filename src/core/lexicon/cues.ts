// Attribution cues: the verbs and phrases that introduce quoted or reported speech. The one
// place for verbs of saying: the quote finders use the sets below, the entity rules import the
// small views at the end (a speech verb after a capitalised word makes it a person).
// Most verbs come from WordNet (data/reporting-verbs.json, distilled at build time by
// scripts/data/reporting-verbs.mjs, with every inflected form: no morphology at run time).
import reportingVerbs from './data/reporting-verbs.json';

/** WordNet's reporting verbs, each as its forms (base, -s, past, -ing, participle). */
const WORDNET_VERBS: readonly (readonly string[])[] = reportingVerbs.verbs.map((v) => v.split(' '));

/**
 * WordNet reporting verbs whose usual sense in news prose is not saying ("the team will", "filed
 * a lawsuit", "signed the deal", "ordered an inquiry", "suspected of"): never cues.
 */
const NOT_SPEECH = new Set(['will', 'count', 'file', 'mind', 'sign', 'ejaculate', 'pipe', 'plain', 'record', 'order', 'swan', 'bet',
  'evidence', 'exact', 'designate', 'disregard', 'ignore', 'cable', 'telegraph', 'heliograph', 'bulletin', 'advertise', 'defend',
  'contest', 'question', 'demand', 'request', 'petition', 'teach', 'pray', 'preach', 'commend', 'recommend', 'advocate',
  'instruct', 'notify', 'advise', 'apprise', 'apprize', 'suppose', 'suspect', 'cry', 'lilt', 'accent', 'accentuate', 'snub',
  'publicise', 'publicize', 'promulgate', 'feign', 'pretend', 'dissemble', 'predestine', 'connote', 'denote', 'signify',
  'indicate', 'underline', 'underscore', 'deliberate', 'guarantee', 'hazard', 'enjoin', 'plight', 'counter', 'echo', 'parrot',
  'repeat', 'tout', 'ballyhoo', 'marvel', 'moot', 'specify', 'stipulate', 'generalise', 'generalize', 'extrapolate', 'predicate']);

/** News verbs of saying that the WordNet filter leaves out (first sense not communication, no that-clause frame, or newer). */
const NEWS_SPEECH_VERBS: readonly string[] = [
  'add', 'adds', 'added', 'adding',
  'observe', 'observes', 'observed',
  'insist', 'insists', 'insisted', 'insisting',
  'reveal', 'reveals', 'revealed',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'write', 'writes', 'wrote', 'writing',
  'respond', 'responds', 'responded',
  'maintain', 'maintains', 'maintained',
  'tweet', 'tweets', 'tweeted',
  'post', 'posts', 'posted',
  'recall', 'recalls', 'recalled',
  'conclude', 'concludes', 'concluded',
  'theorize', 'theorizes', 'theorized', 'theorise', 'theorises', 'theorised',
  'estimate', 'estimates', 'estimated',
  'believe', 'believes', 'believed',
  'charge', 'charges', 'charged',
  'blame', 'blames', 'blamed',
  'criticize', 'criticizes', 'criticized', 'criticise', 'criticises', 'criticised',
  'accuse', 'accuses', 'accused',
  'hope', 'hopes', 'hoped',
  'fear', 'fears', 'feared',
  'think', 'thinks', 'thought',
  'feel', 'feels', 'felt',
  'know', 'knows', 'knew',
  'clarify', 'clarifies', 'clarified',
  'read', 'reads', // "the statement read"
];

/** Verbs that introduce a quotation only when directly attached to it ("agreed "concrete steps""). */
export const DIRECT_ONLY_VERBS: ReadonlySet<string> = new Set([
  'agree', 'agrees', 'agreed', 'describe', 'describes', 'described', 'describing', 'call', 'calls', 'called',
  'calling', 'term', 'terms', 'termed', 'terming', 'dub', 'dubs', 'dubbed', 'dubbing', 'characterize',
  'characterizes', 'characterized', 'characterise', 'characterises', 'characterised', 'label', 'labels',
  'labelled', 'labeled', 'sue', 'sues', 'sued', 'continue', 'continues', 'continued', 'ask', 'asks', 'asked',
  'joke', 'jokes', 'joked', 'quip', 'quips', 'quipped', 'shout', 'shouted', 'whisper', 'whispered',
  // "dismissed the report as "pure fiction"", "denounced it as "a disgrace"", "hailed it as "historic"".
  'dismiss', 'dismisses', 'dismissed', 'denounce', 'denounces', 'denounced', 'hail', 'hails', 'hailed',
]);

const wordnetForms = WORDNET_VERBS.filter((forms) => !NOT_SPEECH.has(forms[0])).flat();

/** Verbs that introduce direct quotations and reported clauses ("said", "told", "claims", "quipped"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...wordnetForms, ...NEWS_SPEECH_VERBS, ...DIRECT_ONLY_VERBS]);

/**
 * Verbs whose object can be a reported clause ("said [that] X"): indirect speech. Finite forms
 * only ("saying that …" has no subject of its own), and not the verbs that only attach to a quote.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS].filter((w) => !DIRECT_ONLY_VERBS.has(w)
  && !/ing$/.test(w) && !['continue', 'continues', 'continued', 'post', 'posts', 'read', 'reads', 'think', 'thinks', 'thought',
  'feel', 'feels', 'felt', 'know', 'knows', 'knew', 'blame', 'blames', 'blamed', 'criticize', 'criticizes', 'criticized',
  'criticise', 'criticises', 'criticised', 'accuse', 'accuses', 'accused'].includes(w)).concat(['acknowledging']));

/** Verbs that report a finding, only before "that" ("the researchers found that …", "the study shows that …"). */
export const FINDING_VERBS: ReadonlySet<string> = new Set(['found', 'finds', 'showed', 'shows', 'shown', 'demonstrated', 'demonstrates']);

/** Verbs whose object is a person before the reported clause ("told reporters that …"). */
export const TELL_VERBS: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling', 'informed', 'assured', 'warned',
  'reminded', 'asked', 'urged']);

/** Verbs that report a question or a "what" clause ("asked whether …", "noted what began …"). */
export const QUESTION_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'noted', 'notes', 'explained',
  'explains', 'asked', 'asks', 'wondered', 'revealed', 'reveals', 'described', 'wrote', 'writes', 'added', 'adds']);

/**
 * Verbs that take a clause but never a gerund object: after them an -ing word opens the clause
 * ("said supporting the bill was a mistake"), unlike "denied using" or "recalled seeing".
 */
export const NO_GERUND_OBJECT_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'stated', 'states', 'claimed', 'claims',
  'argued', 'argues', 'added', 'adds', 'insisted', 'insists', 'declared', 'declares', 'believed', 'believes', 'wrote', 'writes']);

/** Words that may stand between a speaker and the speech verb ("Kerry has also said"). */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'previously', 'earlier', 'repeatedly', 'again', 'once',
  'would', 'will', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'been', 'being', 'publicly', 'privately',
  'recently', 'subsequently', 'further', 'separately', 'however', 'simply', 'reportedly', 'allegedly', 'since',
  'often', 'frequently', 'still', 'already', 'just', 'yesterday', 'today', 'openly', 'too',
]);

/** Personal pronouns that can be speakers. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Titles that tell a person's gender: "Ms Vogel" is not her brother "Mr Vogel". */
export const TITLE_GENDER: ReadonlyMap<string, 'f' | 'm'> = new Map([
  ...['Ms', 'Mrs', 'Miss', 'Madam', 'Mme', 'Dame', 'Lady'].map((t) => [t, 'f'] as const),
  ...['Mr', 'Sir', 'Lord'].map((t) => [t, 'm'] as const),
]);

/** Generic words for an organisation that stand for the one just named: "the company said". */
export const ORG_ANAPHORS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'charity', 'union', 'organisation',
  'organization', 'association', 'federation', 'airline', 'carmaker', 'retailer', 'insurer', 'club', 'broadcaster']);

/** Words that start a subordinate reported clause after the verb. */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'how', 'why', 'when', 'what']);

/** Finite verbs and auxiliaries: evidence that the words after a speech verb form a clause. */
export const FINITE_VERB_HINTS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'would', 'will', 'could', 'can', 'should',
  'may', 'might', 'must', 'shall', 'did', 'does', 'do', "isn't", "wasn't", "weren't", "aren't", "won't",
  "wouldn't", "couldn't", "can't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", 'need', 'needs',
  'wants', 'wanted', 'plans', 'planned', 'intends', 'remains', 'remained', 'seems', 'seemed', 'feels', 'felt',
  'found', 'made', 'took', 'gave', 'left', 'went', 'came', 'knew', 'thought', 'saw', 'got', 'lost', 'won',
  'became', 'began', 'kept', 'held', 'led', 'met', 'sent', 'spent', 'told', 'wrote', 'said', 'lies', 'lay',
  // Irregular past tenses: "the suspect fled", "prices rose".
  'fled', 'fell', 'rose', 'ran', 'sold', 'bought', 'paid', 'built', 'caught', 'chose', 'drove', 'flew', 'froze',
  'grew', 'hid', 'hit', 'hurt', 'laid', 'lent', 'let', 'meant', 'put', 'quit', 'rode', 'sank', 'shot', 'shut',
  'sat', 'slept', 'spoke', 'stood', 'stole', 'struck', 'swore', 'taught', 'tore', 'threw', 'understood', 'woke',
  'wore', 'broke', 'brought', 'fought', 'sought', 'drew', 'heard', 'forgot', 'forgave', 'won', 'beat', 'bit',
  'blew', 'bore', 'bred', 'bent', 'bound', 'cast', 'clung', 'cost', 'crept', 'cut', 'dealt', 'dug', 'fed',
  'fit', 'hung', 'knelt', 'leapt', 'left', 'lit', 'overtook', 'rang', 'sang', 'shook', 'shone', 'slid',
  'spun', 'split', 'spread', 'sprang', 'stuck', 'stung', 'swept', 'swung', 'withdrew', 'underwent', 'overthrew',
]);

/**
 * The entity rules' view: the commonest past and present forms of saying, after (or before) a
 * single capitalised word, make it a person ("Osei said", "said Osei", "Zhou conceded"). Kept
 * short on purpose: a place or company "says" and "reports" too, and the full SPEECH_VERBS would
 * type them as people.
 */
export const NAME_SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'explained', 'insisted',
  'admitted', 'wrote', 'recalled', 'replied', 'asked', 'argued', 'conceded', 'claimed', 'claims', 'stated']);
