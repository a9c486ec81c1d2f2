// Attribution cues: the verbs and phrases that introduce quoted or reported speech.
// Inflected forms are listed explicitly (no morphology at run time).

/** Verbs that introduce direct quotations and reported clauses ("said", "told", "claims"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'state', 'states', 'stated', 'stating',
  'claim', 'claims', 'claimed', 'claiming',
  'announce', 'announces', 'announced', 'announcing',
  'assert', 'asserts', 'asserted', 'asserting',
  'report', 'reports', 'reported', 'reporting',
  'note', 'notes', 'noted', 'noting',
  'observe', 'observes', 'observed',
  'explain', 'explains', 'explained', 'explaining',
  'concede', 'concedes', 'conceded', 'conceding',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'admit', 'admits', 'admitted', 'admitting',
  'argue', 'argues', 'argued', 'arguing',
  'insist', 'insists', 'insisted', 'insisting',
  'warn', 'warns', 'warned', 'warning',
  'reveal', 'reveals', 'revealed',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'deny', 'denies', 'denied', 'denying',
  'write', 'writes', 'wrote', 'writing',
  'testify', 'testifies', 'testified',
  'predict', 'predicts', 'predicted',
  'promise', 'promises', 'promised',
  'pledge', 'pledges', 'pledged',
  'vow', 'vows', 'vowed',
  'reply', 'replies', 'replied',
  'respond', 'responds', 'responded',
  'comment', 'comments', 'commented',
  'remark', 'remarks', 'remarked',
  'declare', 'declares', 'declared',
  'maintain', 'maintains', 'maintained',
  'contend', 'contends', 'contended',
  'allege', 'alleges', 'alleged',
  'suggest', 'suggests', 'suggested',
  'tweet', 'tweets', 'tweeted',
  'post', 'posts', 'posted',
  'recall', 'recalls', 'recalled',
  'continue', 'continues', 'continued',
  'conclude', 'concludes', 'concluded',
  'theorize', 'theorizes', 'theorized', 'theorise', 'theorises', 'theorised',
  'estimate', 'estimates', 'estimated',
  'believe', 'believes', 'believed',
  'urge', 'urges', 'urged',
  'ask', 'asks', 'asked',
  'complain', 'complains', 'complained',
  'boast', 'boasts', 'boasted',
  'stress', 'stresses', 'stressed',
  'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised',
  'point', 'points', 'pointed', // "pointed out"
  'charge', 'charges', 'charged',
  'blame', 'blames', 'blamed',
  'criticize', 'criticizes', 'criticized', 'criticise', 'criticises', 'criticised',
  'accuse', 'accuses', 'accused',
  'hope', 'hopes', 'hoped',
  'fear', 'fears', 'feared',
  'think', 'thinks', 'thought',
  'feel', 'feels', 'felt',
  'know', 'knows', 'knew',
  'agree', 'agrees', 'agreed',
  'describe', 'describes', 'described', 'describing',
  'call', 'calls', 'called', 'calling',
  'term', 'terms', 'termed', 'terming',
  'dub', 'dubs', 'dubbed', 'dubbing',
  'characterize', 'characterizes', 'characterized', 'characterise', 'characterises', 'characterised',
  'label', 'labels', 'labelled', 'labeled',
  'joke', 'jokes', 'joked',
  'quip', 'quips', 'quipped',
  'sue', 'sues', 'sued',
  'shout', 'shouts', 'shouted',
  'whisper', 'whispers', 'whispered',
  'read', 'reads', // "the statement read"
]);

/** Verbs whose object can be a reported clause ("said [that] X"): indirect speech. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'tell', 'tells', 'told', 'add', 'adds', 'added', 'state', 'states', 'stated',
  'claim', 'claims', 'claimed', 'announce', 'announces', 'announced', 'assert', 'asserts', 'asserted',
  'report', 'reports', 'reported', 'note', 'notes', 'noted', 'observe', 'observes', 'observed',
  'explain', 'explains', 'explained', 'concede', 'concedes', 'conceded', 'acknowledge', 'acknowledges',
  'acknowledged', 'acknowledging', 'admit', 'admits', 'admitted', 'argue', 'argues', 'argued',
  'insist', 'insists', 'insisted', 'warn', 'warns', 'warned', 'reveal', 'reveals', 'revealed',
  'confirm', 'confirms', 'confirmed', 'deny', 'denies', 'denied', 'write', 'writes', 'wrote',
  'testify', 'testifies', 'testified', 'predict', 'predicts', 'predicted', 'promise', 'promises',
  'promised', 'pledge', 'pledges', 'pledged', 'vow', 'vows', 'vowed', 'reply', 'replies', 'replied',
  'declare', 'declares', 'declared', 'maintain', 'maintains', 'maintained', 'contend', 'contends',
  'contended', 'allege', 'alleges', 'alleged', 'suggest', 'suggests', 'suggested', 'theorize',
  'theorizes', 'theorized', 'theorise', 'theorised', 'estimate', 'estimates', 'estimated',
  'believe', 'believes', 'believed', 'stress', 'stresses', 'stressed', 'emphasize', 'emphasized',
  'emphasise', 'emphasised', 'complain', 'complains', 'complained', 'charge', 'charges', 'charged',
  'tweet', 'tweets', 'tweeted', 'recall', 'recalls', 'recalled', 'conclude', 'concludes', 'concluded',
  'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'posted',
]);

/** Verbs that introduce a quotation only when directly attached to it ("agreed "concrete steps""). */
export const DIRECT_ONLY_VERBS: ReadonlySet<string> = new Set([
  'agree', 'agrees', 'agreed', 'describe', 'describes', 'described', 'describing', 'call', 'calls', 'called',
  'calling', 'term', 'terms', 'termed', 'terming', 'dub', 'dubs', 'dubbed', 'dubbing', 'characterize',
  'characterizes', 'characterized', 'characterise', 'characterises', 'characterised', 'label', 'labels',
  'labelled', 'labeled', 'sue', 'sues', 'sued', 'continue', 'continues', 'continued', 'ask', 'asks', 'asked',
  'joke', 'jokes', 'joked', 'quip', 'quips', 'quipped', 'shout', 'shouted', 'whisper', 'whispered',
]);

/** Words that may stand between a speaker and the speech verb ("Kerry has also said"). */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'previously', 'earlier', 'repeatedly', 'again', 'once',
  'would', 'will', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'been', 'being', 'publicly', 'privately',
  'recently', 'subsequently', 'further', 'separately', 'however', 'simply', 'reportedly', 'allegedly', 'since',
  'often', 'frequently', 'still', 'already', 'just', 'yesterday', 'today', 'openly', 'too',
]);

/** Personal pronouns that can be speakers. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

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
