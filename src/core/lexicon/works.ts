// Nouns for kinds of creative or published work: a capitalised name right after one of them is
// the work's title ("the novel Dark Matters", "the television series Gilmore Girls").
// Hand-written closed class (English nouns for kinds of work), no external source.
export const WORK_KIND_NOUNS: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'movies', 'documentary', 'series', 'sitcom', 'show', 'drama', 'comedy', 'episode', 'miniseries',
  'novel', 'novels', 'book', 'books', 'memoir', 'poem', 'poems', 'essay', 'story', 'novella', 'play', 'musical', 'opera', 'ballet',
  'song', 'songs', 'single', 'album', 'albums', 'record', 'symphony', 'painting', 'paintings', 'sculpture',
  'game', 'videogame', 'podcast', 'blog', 'programme', 'program', 'franchise', 'trilogy', 'saga',
]);
