import * as assert from 'assert';
import { baseName, collapseWhitespace, formatSize, noticeMessage, plural, tooLargeMessage, triggerOf, truncate, UniqueIds } from '../../src/extension/format';

describe('extension: format', () => {
  it('collapseWhitespace', () => {
    assert.strictEqual(collapseWhitespace('  a\n\n b\t c  '), 'a b c');
  });

  it('truncate keeps short text and cuts long text on a word boundary', () => {
    assert.strictEqual(truncate('short  text', 20), 'short text');
    assert.strictEqual(truncate('the quick brown fox jumps', 12), 'the quick…');
    assert.strictEqual(truncate('abcdefghijklmnopqrstuvwxyz', 10), 'abcdefghi…');
    assert.strictEqual(truncate('aaaaaaaa😀bbb', 10), 'aaaaaaaa…');
  });

  it('plural', () => {
    assert.strictEqual(plural(1, 'quote'), '1 quote');
    assert.strictEqual(plural(7, 'quote'), '7 quotes');
    assert.strictEqual(plural(0, 'entity', 'entities'), '0 entities');
  });

  it('formatSize', () => {
    assert.strictEqual(formatSize(3_200_000), '3.2 MB');
    assert.strictEqual(formatSize(2_000_000), '2 MB');
    assert.strictEqual(formatSize(640_000), '640 KB');
    assert.strictEqual(formatSize(1), '1 character');
  });

  it('tooLargeMessage', () => {
    assert.strictEqual(
      tooLargeMessage('article.txt', 3_200_000, 2_000_000),
      'News Lens skipped article.txt: 3.2 MB is over the 2 MB limit (newsLens.maxDocumentSize)',
    );
    assert.strictEqual(
      tooLargeMessage('a.md', 2_000_001, 2_000_000),
      'News Lens skipped a.md: 2,000,001 characters is over the 2,000,000-character limit (newsLens.maxDocumentSize)',
    );
    assert.strictEqual(
      tooLargeMessage('a.md', 1_500, 500),
      'News Lens skipped a.md: 1.5 KB is over the 500-character limit (newsLens.maxDocumentSize)',
    );
  });

  it('noticeMessage', () => {
    assert.strictEqual(noticeMessage('x.bin', 'binary', 'The file looks binary. '), 'News Lens skipped x.bin: The file looks binary.');
    assert.strictEqual(noticeMessage('a.txt', 'unclosed-quote', 'A quote never closes.'), 'News Lens (a.txt): A quote never closes.');
    assert.strictEqual(
      noticeMessage('a.txt', 'internal-error', 'News Lens could not analyse this text (boom).'),
      'News Lens (a.txt): Could not analyse this text (boom).',
    );
  });

  it('baseName', () => {
    assert.strictEqual(baseName('/home/me/news/article.txt'), 'article.txt');
    assert.strictEqual(baseName('Untitled-1'), 'Untitled-1');
  });

  it('UniqueIds suffixes repeats', () => {
    const ids = new UniqueIds();
    assert.deepStrictEqual([ids.make('a'), ids.make('b'), ids.make('a'), ids.make('a')], ['a', 'b', 'a#2', 'a#3']);
  });
});

describe('the phrase a problem quotes', () => {
  it('is the first quoted phrase of the message', () => {
    assert.strictEqual(triggerOf('Vague source "a monitor said": say who the source is, or attribute the statement to someone named.'), 'a monitor said');
    assert.strictEqual(triggerOf('Quotation with no speaker: say who said it.'), undefined);
  });
});
