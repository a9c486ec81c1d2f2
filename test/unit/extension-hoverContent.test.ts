import * as assert from 'assert';
import { indexAnalysis } from '../../src/core/query';
import type { Analysis, Mention } from '../../src/core/types';
import { hoverContent } from '../../src/extension/hoverContent';
import { commandLink, commandUri, escapeInline } from '../../src/extension/markdown';
import { analysis, mentions } from './extension-fixture';

const URI = 'file:///a/article.txt';

describe('extension: markdown escaping', () => {
  it('turns a command link into plain text', () => {
    assert.strictEqual(escapeInline('[x](command:workbench.action.quit)'), '\\[x\\]\\(command\\:workbench\\.action\\.quit\\)');
  });

  it('turns HTML into entities', () => {
    assert.strictEqual(escapeInline('<img src=x onerror=alert(1)>'), '&lt;img src\\=x onerror\\=alert\\(1\\)&gt;');
  });

  it('escapes backticks, emphasis, images and ampersands', () => {
    assert.strictEqual(escapeInline('`code` *a* _b_ ![i](x) a&b'), '\\`code\\` \\*a\\* \\_b\\_ \\!\\[i\\]\\(x\\) a&amp;b');
  });

  it('stops autolinks and collapses newlines so no block can start', () => {
    assert.strictEqual(escapeInline('see https://x.io\n\n# Title\n- item'), 'see https\\:\\/\\/x\\.io \\# Title \\- item');
  });

  it('leaves letters, digits and non-ASCII text alone', () => {
    assert.strictEqual(escapeInline('Zoë 2016 “quoted” — ok'), 'Zoë 2016 “quoted” — ok');
  });

  it('encodes command arguments, parentheses included', () => {
    assert.strictEqual(commandUri('newsLens.revealMention', ['file:///a(1).txt', 3]), 'command:newsLens.revealMention?%5B%22file%3A%2F%2F%2Fa%281%29.txt%22%2C3%5D');
    assert.strictEqual(commandLink('2', 'c', [1], 'Go "there"'), '[2](command:c?%5B1%5D "Go there")');
  });
});

describe('extension: hoverContent', () => {
  const index = indexAnalysis(analysis);

  it('renders the entity card with role, aliases, counts, first quote and mention links', () => {
    const md = hoverContent({ index, mention: mentions[1], uri: URI });
    assert.strictEqual(
      md,
      [
        '**John Kerry** · Person  \n*U\\.S\\. Secretary of State*',
        'Also: Kerry  \nMentioned 2 times · quoted 2 times',
        '> \\"progress\\, real progress\\.\\"',
        'Mentions: **1** · [2](command:newsLens.revealMention?%5B%22file%3A%2F%2F%2Fa%2Farticle.txt%22%2C124%2C129%5D "Go to mention 2 of 2")',
      ].join('\n\n'),
    );
  });

  it('shows the first direct quote, or reported speech when there is none', () => {
    const withIndirectFirst: Analysis = { ...analysis, quotes: [{ ...analysis.quotes[2], speakerId: 'John Kerry' }, ...analysis.quotes] };
    const md = hoverContent({ index: indexAnalysis(withIndirectFirst), mention: mentions[1], uri: URI });
    assert.strictEqual(md.split('\n\n')[2], '> \\"progress\\, real progress\\.\\"');
    const staffan = hoverContent({ index, mention: mentions[4], uri: URI });
    assert.strictEqual(staffan, '**Staffan de Mistura** · Person\n\nMentioned 1 time · quoted 1 time\n\n> that talks could restart next month');
  });

  it('says when the quote shown was attributed by inference, not by a cue', () => {
    const inferred: Analysis = { ...analysis, quotes: analysis.quotes.map((q, i) => (i === 0 ? { ...q, attribution: 'continuation' as const } : q)) };
    const md = hoverContent({ index: indexAnalysis(inferred), mention: mentions[1], uri: URI });
    assert.strictEqual(md.split('\n\n').slice(2, 4).join('\n\n'), '> \\"progress\\, real progress\\.\\"\n\n*Speaker inferred from the previous quote.*');
  });

  it('uses line numbers in link titles when given', () => {
    const md = hoverContent({ index, mention: mentions[2], uri: URI, lineOf: () => 5 });
    assert.ok(md.endsWith('Mentions: [1](command:newsLens.revealMention?%5B%22file%3A%2F%2F%2Fa%2Farticle.txt%22%2C41%2C51%5D "Go to line 5") · **2**'), md);
  });

  it('renders a bare card for an entity without role, aliases or quotes', () => {
    const md = hoverContent({ index, mention: mentions[3], uri: URI });
    assert.strictEqual(md, '**Geneva** · Place\n\nMentioned 1 time · quoted 0 times');
  });

  it('escapes hostile document text everywhere and only links to revealMention', () => {
    const evil = '[x](command:workbench.action.quit) <img src=x onerror=alert(1)> `rm`';
    const mention: Mention = { start: 0, end: 5, text: evil, entityId: evil, type: 'ORG' };
    const other: Mention = { start: 10, end: 15, text: evil, entityId: evil, type: 'ORG' };
    const hostile: Analysis = {
      version: 1,
      length: 100,
      entities: [{ id: evil, type: 'ORG', name: evil, role: evil, roles: [evil], aliases: [evil], mentionCount: 2, quoteCount: 1, firstOffset: 0 }],
      mentions: [mention, other],
      quotes: [{ start: 20, end: 30, text: evil, kind: 'direct', speakerId: evil, cue: null, speakerSpan: null, continues: false, attribution: 'cue' }],
      claims: [],
      notices: [],
    };
    const md = hoverContent({ index: indexAnalysis(hostile), mention, uri: URI });
    const escaped = '\\[x\\]\\(command\\:workbench\\.action\\.quit\\) &lt;img src\\=x onerror\\=alert\\(1\\)&gt; \\`rm\\`';
    assert.strictEqual(
      md,
      [
        `**${escaped}** · Organisation  \n*${escaped}*`,
        `Also: ${escaped}  \nMentioned 2 times · quoted 1 time`,
        `> ${escaped}`,
        'Mentions: **1** · [2](command:newsLens.revealMention?%5B%22file%3A%2F%2F%2Fa%2Farticle.txt%22%2C10%2C15%5D "Go to mention 2 of 2")',
      ].join('\n\n'),
    );
    assert.ok(!md.includes('<'));
    assert.strictEqual(md.match(/\]\(command:/g)?.length, 1);
  });

  it('truncates a long first quote and caps the mention links', () => {
    const long = `"${'word '.repeat(60)}"`;
    const many: Mention[] = Array.from({ length: 13 }, (_, i) => ({ start: i * 10, end: i * 10 + 3, text: 'Ann', entityId: 'Ann', type: 'PERSON' as const }));
    const a: Analysis = {
      version: 1,
      length: 200,
      entities: [{ id: 'Ann', type: 'PERSON', name: 'Ann', role: null, roles: [], aliases: [], mentionCount: 13, quoteCount: 1, firstOffset: 0 }],
      mentions: many,
      quotes: [{ start: 150, end: 150 + long.length, text: long, kind: 'direct', speakerId: 'Ann', cue: null, speakerSpan: null, continues: false, attribution: 'cue' }],
      claims: [],
      notices: [],
    };
    const md = hoverContent({ index: indexAnalysis(a), mention: many[0], uri: 'u' });
    const blocks = md.split('\n\n');
    assert.strictEqual(blocks[2], `> \\"${'word '.repeat(30)}word…`);
    assert.strictEqual(blocks[3].split(' · ').length, 11);
    assert.ok(blocks[3].endsWith(' · … 3 more'), blocks[3]);
  });
});
