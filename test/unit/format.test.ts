import * as assert from 'node:assert/strict';
import { toGoldShape } from '../../src/core/format';
import type { Analysis } from '../../src/core/types';

// Hand-built analysis of a small text; offsets checked with text.slice below.
const TEXT = 'Kerry said "progress" was made.\nCritics say it failed.';
//            0         1         2         3           4         5
//            0123456789012345678901234567890 1234567890123456789012

const ANALYSIS: Analysis = {
  version: 1,
  length: TEXT.length,
  entities: [
    {
      id: 'John Kerry',
      type: 'PERSON',
      name: 'John Kerry',
      role: null,
      roles: [],
      aliases: ['Kerry'],
      mentionCount: 1,
      quoteCount: 2,
      firstOffset: 0,
    },
  ],
  mentions: [{ start: 0, end: 5, text: 'Kerry', entityId: 'John Kerry', type: 'PERSON' }],
  quotes: [
    {
      start: 11,
      end: 30,
      text: '"progress" was made',
      kind: 'indirect',
      speakerId: 'John Kerry',
      cue: { start: 6, end: 10, text: 'said' },
      speakerSpan: { start: 0, end: 5, text: 'Kerry' },
      continues: false,
      attribution: 'cue',
    },
    {
      start: 11,
      end: 21,
      text: '"progress"',
      kind: 'direct',
      speakerId: 'John Kerry',
      cue: { start: 6, end: 10, text: 'said' },
      speakerSpan: { start: 0, end: 5, text: 'Kerry' },
      continues: false,
      attribution: 'cue',
    },
    {
      start: 32,
      end: 54,
      text: 'Critics say it failed.',
      kind: 'direct',
      speakerId: null,
      cue: null,
      speakerSpan: null,
      continues: true,
      attribution: null,
    },
  ],
  claims: [
    {
      start: 32,
      end: 54,
      text: 'Critics say it failed.',
      code: 'NL001',
      rule: 'vague-source',
      reason: 'vague-source',
      message: 'Vague source: "Critics say" does not say who.',
      severity: 'warning',
      trigger: { start: 32, end: 43, text: 'Critics say' },
    },
  ],
  notices: [],
};

describe('format: toGoldShape', () => {
  it('the test analysis is consistent with its text', () => {
    for (const s of [...ANALYSIS.mentions, ...ANALYSIS.quotes, ...ANALYSIS.claims]) {
      assert.equal(TEXT.slice(s.start, s.end), s.text);
    }
  });

  it('flattens mentions, quotes and claims to the gold-file shape', () => {
    assert.deepEqual(toGoldShape(ANALYSIS, TEXT), {
      entities: [{ start: 0, end: 5, text: 'Kerry', type: 'PERSON', id: 'John Kerry' }],
      quotes: [
        { start: 11, end: 30, text: '"progress" was made', kind: 'indirect', speaker: 'John Kerry', cue: 'said', attribution: 'cue' },
        { start: 11, end: 21, text: '"progress"', kind: 'direct', speaker: 'John Kerry', cue: 'said', attribution: 'cue' },
        { start: 32, end: 54, text: 'Critics say it failed.', kind: 'direct', speaker: null, cue: null, attribution: null },
      ],
      claims: [
        {
          start: 32,
          end: 54,
          text: 'Critics say it failed.',
          reason: 'vague-source',
          code: 'NL001',
          message: 'Vague source: "Critics say" does not say who.',
        },
      ],
    });
  });

  it('takes span text from the document, not from the analysis', () => {
    const stale: Analysis = { ...ANALYSIS, mentions: [{ ...ANALYSIS.mentions[0], text: 'stale' }] };
    assert.equal(toGoldShape(stale, TEXT).entities[0].text, 'Kerry');
  });

  it('gives empty arrays for an empty analysis and is JSON round-trippable', () => {
    const empty: Analysis = { version: 1, length: 0, entities: [], mentions: [], quotes: [], claims: [], notices: [] };
    assert.deepEqual(toGoldShape(empty, ''), { entities: [], quotes: [], claims: [] });
    const shape = toGoldShape(ANALYSIS, TEXT);
    assert.deepEqual(JSON.parse(JSON.stringify(shape)), shape);
  });
});
