import * as assert from 'assert';
import { formatAttribution, stripQuotationMarks } from '../../src/extension/attribution';

const kerry = { name: 'John Kerry', role: 'U.S. Secretary of State' };
const ratney = { name: 'Michael Ratney', role: null };

describe('extension: formatAttribution', () => {
  it('direct quote with a role: strips the marks and the trailing comma', () => {
    assert.strictEqual(
      formatAttribution({ kind: 'direct', text: '"We are not there yet,"' }, kerry),
      '"We are not there yet," said John Kerry, U.S. Secretary of State.',
    );
  });

  it('direct quote with curly marks and a trailing period, no role', () => {
    assert.strictEqual(formatAttribution({ kind: 'direct', text: '“Talks will resume.”' }, ratney), '"Talks will resume," said Michael Ratney.');
  });

  it('direct quote with no speaker', () => {
    assert.strictEqual(formatAttribution({ kind: 'direct', text: '"Nobody knows,"' }, null), '"Nobody knows," (unattributed).');
  });

  it('keeps a question mark and takes no comma', () => {
    assert.strictEqual(formatAttribution({ kind: 'direct', text: '“Why now?”' }, ratney), '"Why now?" said Michael Ratney.');
    assert.strictEqual(formatAttribution({ kind: 'direct', text: '"Why now?"' }, null), '"Why now?" (unattributed).');
  });

  it('keeps an ellipsis', () => {
    assert.strictEqual(formatAttribution({ kind: 'direct', text: '"We will see..."' }, ratney), '"We will see..." said Michael Ratney.');
  });

  it('collapses whitespace and turns inner double quotes into single ones', () => {
    assert.strictEqual(
      formatAttribution({ kind: 'direct', text: '“He called it\n  “progress”, nothing more.”' }, ratney),
      '"He called it ‘progress’, nothing more," said Michael Ratney.',
    );
  });

  it('does not double the final period after a role ending in one', () => {
    assert.strictEqual(
      formatAttribution({ kind: 'direct', text: '"Yes."' }, { name: 'Ann Lee', role: 'Acme Inc.' }),
      '"Yes," said Ann Lee, Acme Inc.',
    );
  });

  it('a quote that runs on into the next paragraph has no closing mark', () => {
    assert.strictEqual(formatAttribution({ kind: 'direct', text: '"It was a long night' }, ratney), '"It was a long night," said Michael Ratney.');
  });

  it('indirect quote', () => {
    assert.strictEqual(
      formatAttribution({ kind: 'indirect', text: 'that talks could restart next month' }, kerry),
      'John Kerry said that talks could restart next month.',
    );
    assert.strictEqual(formatAttribution({ kind: 'indirect', text: 'the plan had failed.' }, ratney), 'Michael Ratney said the plan had failed.');
    assert.strictEqual(formatAttribution({ kind: 'indirect', text: 'talks had stalled' }, null), 'talks had stalled (unattributed).');
  });

  it('stripQuotationMarks', () => {
    assert.strictEqual(stripQuotationMarks('«Oui»'), 'Oui');
    assert.deepEqual(['»Ja«', '„Ja“', '‚Ja‘', '〝Hai〞', '＂Hai＂', "``Yes''", "`Yes'", '“Yes"', "'Yes'"].map(stripQuotationMarks),
      ['Ja', 'Ja', 'Ja', 'Hai', 'Hai', 'Yes', 'Yes', 'Yes', 'Yes']);
    assert.strictEqual(stripQuotationMarks('no marks'), 'no marks');
    assert.strictEqual(stripQuotationMarks('"'), '');
  });
});
