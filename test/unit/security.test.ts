// Document text never becomes markup (issue 4, DESIGN.md "Rules of the house").
//
// Hover cards are Markdown, trusted for one command only (hover.ts: isTrusted =
// { enabledCommands: ['newsLens.revealMention'] }, supportHtml = false). These tests parse every
// card with marked 14.0.0, the Markdown library VS Code 1.100 renders hovers with, and check the
// tokens: hostile names, roles, aliases and quotes come out as text (shown exactly as written),
// never as a link, an image, HTML, a code span, emphasis or a block; the only links are ours.
// Tree labels and tooltips are plain strings (TreeItem labels are not Markdown): they must be the
// raw document text, not escaped.
import { strict as assert } from 'node:assert';
import { marked, type Token, type Tokens } from 'marked';
import { analyze } from '../../src/core/analyze';
import { indexAnalysis, mentionAt } from '../../src/core/query';
import type { Analysis, Entity, Mention, Quote } from '../../src/core/types';
import { buildEntitiesModel } from '../../src/extension/entitiesModel';
import { collapseWhitespace, truncate } from '../../src/extension/format';
import { hoverContent, REVEAL_MENTION } from '../../src/extension/hoverContent';
import { commandLink, commandUri, escapeInline } from '../../src/extension/markdown';
import { buildQuotesModel } from '../../src/extension/quotesModel';

/** Strings that are markup somewhere: Markdown, HTML, GFM, command and javascript URIs. */
const HOSTILE: readonly string[] = [
  '[x](command:workbench.action.quit)',
  '[x](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%5Cn%22%7D)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="command:workbench.action.quit">click</a>',
  '`rm -rf ~`',
  '``code `with` ticks``',
  '*bold* **strong** _it_ __under__ ~~struck~~',
  '![image](https://evil.example/pixel.png)',
  '[ref][1]\n\n[1]: command:workbench.action.quit',
  '<command:workbench.action.quit>',
  '<https://evil.example>',
  'https://evil.example/?a=(1)&b=2 www.evil.example',
  'javascript:alert(1)',
  '&lt;b&gt; &amp; &#60;script&#62; &#x3C;',
  '\\[escaped\\] \\*',
  '# Heading\n- item\n1. one\n> quote\n---\n| a | b |\n|---|---|',
  '    indented code',
  '$(zap) $(alert~spin)',
  'line  \nbreak\n\n\nparagraphs',
  'a\u0000b\u202eevil\u2066',
];

// --- reading a card the way VS Code does -------------------------------------------------------

interface Rendered {
  /** Every token type found, with nesting flattened. */
  readonly types: string[];
  readonly links: Tokens.Link[];
  readonly strong: string[];
  readonly em: string[];
  readonly blockquotes: number;
  /** The text a reader sees (entities decoded). */
  readonly text: string;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function render(markdown: string): Rendered {
  const out = { types: [] as string[], links: [] as Tokens.Link[], strong: [] as string[], em: [] as string[], blockquotes: 0, text: '' };
  const plain = (tokens: readonly Token[]): string => tokens.map((t) => ('tokens' in t && t.tokens ? plain(t.tokens) : t.type === 'text' || t.type === 'escape' ? decodeEntities(t.text) : t.type === 'br' ? '\n' : '')).join('');
  const walk = (tokens: readonly Token[]): void => {
    for (const t of tokens) {
      out.types.push(t.type);
      if (t.type === 'link') out.links.push(t as Tokens.Link);
      if (t.type === 'strong') out.strong.push(plain((t as Tokens.Strong).tokens));
      if (t.type === 'em') out.em.push(plain((t as Tokens.Em).tokens));
      if (t.type === 'blockquote') out.blockquotes++;
      if ('tokens' in t && t.tokens) walk(t.tokens);
    }
  };
  const tokens = marked.lexer(markdown, { gfm: true });
  walk(tokens);
  out.text = tokens.map((t) => ('tokens' in t && t.tokens ? plain(t.tokens) : '')).join('\n\n');
  return out;
}

/** Token types a card may contain: paragraphs of text, our bold/italic, line breaks, our one quote block, our links. */
const ALLOWED = new Set(['paragraph', 'text', 'escape', 'strong', 'em', 'br', 'space', 'blockquote', 'link']);

function assertSafeCard(markdown: string, expect: { strong: string[]; em: string[]; blockquotes: number; uri: string; visible: string[] }): void {
  const r = render(markdown);
  const unexpected = r.types.filter((t) => !ALLOWED.has(t));
  assert.deepEqual(unexpected, [], `no ${unexpected.join(', ')} in the card:\n${markdown}`);
  assert.deepEqual(r.strong, expect.strong, 'bold only where the card puts it');
  assert.deepEqual(r.em, expect.em, 'italics only where the card puts it');
  assert.equal(r.blockquotes, expect.blockquotes, 'one quote block at most, ours');
  for (const link of r.links) {
    assert.match(link.href, /^command:newsLens\.revealMention\?[^\s]+$/, `only our command: ${link.href}`);
    assert.match(link.text, /^\d+$/, 'link labels are mention numbers');
    const args: unknown = JSON.parse(decodeURIComponent(link.href.slice(`command:${REVEAL_MENTION}?`.length)));
    assert.ok(Array.isArray(args) && args.length === 3 && args[0] === expect.uri && Number.isInteger(args[1]) && Number.isInteger(args[2]), `arguments ${JSON.stringify(args)}`);
  }
  assert.ok(!/<[a-z!/]/i.test(markdown), 'no raw "<" before a letter: HTML cannot open');
  for (const v of expect.visible) assert.ok(r.text.includes(collapseWhitespace(v)), `the reader sees ${JSON.stringify(collapseWhitespace(v))} exactly, in:\n${r.text}`);
}

// --- hand-made analyses: hostile text in every field a card shows ------------------------------

function hostileAnalysis(evil: string): { analysis: Analysis; mention: Mention } {
  const mention: Mention = { start: 0, end: 5, text: evil, entityId: evil, type: 'PERSON' };
  const other: Mention = { start: 10, end: 15, text: evil, entityId: evil, type: 'PERSON' };
  const entity: Entity = { id: evil, type: 'PERSON', name: evil, role: evil, roles: [evil], aliases: [`${evil} (alias)`], mentionCount: 2, quoteCount: 1, firstOffset: 0 };
  const quote: Quote = { start: 20, end: 30, text: evil, kind: 'direct', speakerId: evil, cue: null, speakerSpan: null, continues: false, attribution: 'cue' };
  return { analysis: { version: 1, length: 100, entities: [entity], mentions: [mention, other], quotes: [quote], claims: [], notices: [] }, mention };
}

describe('security: hover cards', () => {
  const URI = 'file:///news/article.txt';

  for (const evil of HOSTILE) {
    it(`shows ${JSON.stringify(evil.length > 50 ? evil.slice(0, 50) + '…' : evil)} as text in name, role, alias and quote`, () => {
      const { analysis, mention } = hostileAnalysis(evil);
      const md = hoverContent({ index: indexAnalysis(analysis), mention, uri: URI });
      const flat = collapseWhitespace(evil);
      assertSafeCard(md, {
        strong: [flat, '1'],
        em: [flat],
        blockquotes: 1,
        uri: URI,
        visible: [`${flat} · Person`, `Also: ${flat} (alias)`, truncate(evil, 160)],
      });
    });
  }

  it('escapeInline output is inert for every printable ASCII character and every pair of them', () => {
    let all = '';
    for (let c = 32; c < 127; c++) all += String.fromCharCode(c);
    const pairs: string[] = [];
    for (const a of '[]()<>`*_~!&\\:#|') for (const b of '[]()<>`*_~!&\\:#|') pairs.push(a + 'x' + b + 'y' + a + b);
    for (const s of [all, ...pairs]) {
      const r = render(`x ${escapeInline(s)} x`);
      assert.deepEqual(r.types.filter((t) => !['paragraph', 'text', 'escape'].includes(t)), [], `${JSON.stringify(s)} -> ${escapeInline(s)}`);
      assert.equal(r.text, `x ${collapseWhitespace(s)} x`);
    }
  });

  it('a hostile document URI stays inside our link: the arguments decode back to it', () => {
    const uri = 'file:///tmp/a) [x](command:workbench.action.quit "t") <b>`"\'*.md';
    const { analysis, mention } = hostileAnalysis('Ann');
    const md = hoverContent({ index: indexAnalysis(analysis), mention, uri });
    assertSafeCard(md, { strong: ['Ann', '1'], em: ['Ann'], blockquotes: 1, uri, visible: [] });
    assert.equal(render(md).links.length, 1);
    assert.ok(!md.includes('command:workbench'), 'the hostile command never appears unencoded');
  });

  it('link titles that are ours cannot break out of the link either', () => {
    const link = commandLink('2', REVEAL_MENTION, ['u', 1, 2], 'Go "to" \\ line 5)');
    const r = render(link);
    assert.equal(r.links.length, 1);
    assert.equal(r.links[0].title, 'Go to  line 5)');
    assert.equal(r.links[0].href, commandUri(REVEAL_MENTION, ['u', 1, 2]));
  });

  it('on analysed documents: every mention of a hostile article gets a safe card that shows the quote as written', () => {
    const quoteText = '"[x](command:workbench.action.quit) <img src=x onerror=alert(1)> `rm -rf` *bold* _it_ ![i](https://evil.example/x.png) <script>alert(1)</script> [ref][1] &amp;,"';
    const text =
      `U.S. Secretary of State John Kerry said: ${quoteText} Kerry later told reporters.\n\n` +
      '[1]: command:workbench.action.quit\n\n' +
      'The spokesman `Bob` Smith said "ok." <b>Bob Smith</b> left. Mr. *Evil* Doer said __so__.\n';
    for (const format of ['plaintext', 'markdown'] as const) {
      const analysis = analyze(text, { format });
      const index = indexAnalysis(analysis);
      assert.ok(analysis.mentions.length >= 3, JSON.stringify(analysis.mentions.map((m) => m.text)));
      for (let offset = 0; offset < text.length; offset++) {
        const mention = mentionAt(analysis, offset);
        if (!mention || mention.start !== offset) continue;
        const entity = index.byId.get(mention.entityId) as Entity;
        const quotes = index.quotesBySpeaker.get(entity.id) ?? [];
        const md = hoverContent({ index, mention, uri: URI, lineOf: () => 1 });
        const firstQuote = quotes.find((q) => q.kind === 'direct') ?? quotes[0];
        assertSafeCard(md, {
          strong: [collapseWhitespace(entity.name), ...((index.mentionsById.get(entity.id)?.length ?? 0) > 1 ? [String((index.mentionsById.get(entity.id) ?? []).indexOf(mention) + 1)] : [])],
          em: entity.role ? [collapseWhitespace(entity.role)] : [],
          blockquotes: firstQuote ? 1 : 0,
          uri: URI,
          visible: firstQuote ? [truncate(firstQuote.text, 160)] : [],
        });
      }
      const kerry = analysis.quotes.find((q) => q.speakerId !== null && q.text.startsWith('"[x]'));
      if (format === 'plaintext') assert.equal(kerry?.text, quoteText, 'the hostile quote is found, attributed');
    }
  });
});

describe('security: tree labels are the raw text', () => {
  it('quote labels and tooltips are plain strings equal to the document text (collapsed), never escaped', () => {
    for (const evil of HOSTILE) {
      const { analysis } = hostileAnalysis(evil);
      const [group] = buildQuotesModel(analysis);
      assert.equal(group.label, evil, 'speaker label is the entity name as written');
      const [entry] = group.quotes;
      assert.equal(entry.label, truncate(evil, 90));
      assert.equal(entry.tooltip, collapseWhitespace(evil));
      assert.equal(typeof entry.tooltip, 'string');
    }
  });

  it('entity labels, descriptions and tooltips are plain strings with the text as written', () => {
    for (const evil of HOSTILE) {
      const { analysis } = hostileAnalysis(evil);
      const [group] = buildEntitiesModel(analysis);
      const [entry] = group.entities;
      assert.equal(entry.label, evil);
      assert.equal(entry.description, `${collapseWhitespace(evil)} · 2 mentions`);
      assert.equal(entry.tooltip, [evil, collapseWhitespace(evil), `Also: ${evil} (alias)`, '2 mentions · 1 quote'].join('\n'));
    }
  });

  it('from a hostile analysed article: the quote label is the quote as written', () => {
    const text = '"[x](command:workbench.action.quit) <img src=x onerror=alert(1)>," said John Kerry.';
    const groups = buildQuotesModel(analyze(text));
    assert.deepEqual(
      groups.map((g) => [g.label, g.quotes.map((q) => q.label)]),
      [['John Kerry', ['"[x](command:workbench.action.quit) <img src=x onerror=alert(1)>,"']]],
    );
  });
});
