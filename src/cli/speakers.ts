// `news-lens speakers`: who is quoted, how often, across a corpus. Each article gives its quoted
// people and organisations (articleSpeakers, in the worker); the tally adds them up by name and
// type, and the formats print it. Pure functions, tested with exact values.
import type { Analysis, EntityType } from '../core/types';
import { displayText } from './report';
import { spreadsheetText } from '../core/spreadsheet';

/** A person or organisation quoted in one article. */
export interface ArticleSpeaker {
  readonly name: string;
  readonly type: EntityType;
  readonly roles: readonly string[];
  /** Quotes (direct and reported) attributed to them in this article. */
  readonly quotes: number;
}

/** The people and organisations an article quotes, in the order they first appear. */
export function articleSpeakers(analysis: Analysis): ArticleSpeaker[] {
  return analysis.entities
    .filter((e) => e.quoteCount > 0 && (e.type === 'PERSON' || e.type === 'ORG'))
    .map((e) => ({ name: e.name, type: e.type, roles: e.roles, quotes: e.quoteCount }));
}

export interface SpeakerTotal {
  readonly name: string;
  readonly type: EntityType;
  /** Every distinct role, in the order first met (articles in the order they were read). */
  readonly roles: string[];
  quotes: number;
  /** Each article they are quoted in, with how many quotes there. */
  readonly articles: { file: string; quotes: number }[];
}

/** Adds articles up, speaker by speaker (same name and type = same speaker). */
export class SpeakerTally {
  private readonly byKey = new Map<string, SpeakerTotal>();
  articles = 0;
  quotes = 0;

  add(file: string, speakers: readonly ArticleSpeaker[]): void {
    this.articles++;
    for (const s of speakers) {
      const key = `${s.type}\u0000${s.name}`;
      let total = this.byKey.get(key);
      if (!total) this.byKey.set(key, (total = { name: s.name, type: s.type, roles: [], quotes: 0, articles: [] }));
      for (const r of s.roles) if (!total.roles.includes(r)) total.roles.push(r);
      total.quotes += s.quotes;
      total.articles.push({ file, quotes: s.quotes });
      this.quotes += s.quotes;
    }
  }

  /** Most quoted first; then by the number of articles, then by name. */
  totals(): SpeakerTotal[] {
    return [...this.byKey.values()].sort(
      (a, b) => b.quotes - a.quotes || b.articles.length - a.articles.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  }
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

export function speakersText(tally: SpeakerTally): string {
  const totals = tally.totals();
  const out = [`${plural(totals.length, 'speaker')} quoted ${plural(tally.quotes, 'time')} in ${plural(tally.articles, 'article')}`];
  for (const t of totals) {
    const role = t.roles.length > 0 ? ` - ${t.roles.map((r) => displayText(r)).join('; ')}` : '';
    out.push('', `${displayText(t.name)} (${t.type})${role}`);
    out.push(`  ${plural(t.quotes, 'quote')} in ${plural(t.articles.length, 'article')}: ${t.articles.map((a) => `${displayText(a.file)} (${a.quotes})`).join(', ')}`);
  }
  return out.join('\n') + '\n';
}

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A field a
 * spreadsheet would run as a formula (a file named "=HYPERLINK(…).txt") starts with an apostrophe.
 */
function csvField(value: string): string {
  const s = spreadsheetText(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function speakersCsv(tally: SpeakerTally): string {
  const rows = [['name', 'type', 'roles', 'quotes', 'articles', 'files']];
  for (const t of tally.totals()) {
    rows.push([t.name, t.type, t.roles.join('; '), String(t.quotes), String(t.articles.length), t.articles.map((a) => a.file).join('; ')]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function speakersJson(tally: SpeakerTally): object {
  return { articles: tally.articles, quotes: tally.quotes, speakers: tally.totals() };
}
