// National teams: in a match report a country's name stands for its team, an organisation
// ("Sweden defeated South Korea 1 – 0"; "Group G — Belgium 3 – 0 Panama").
import type { Doc } from '../text/document';
import type { Candidate } from './model';
import { COUNTRIES, PLACE_VARIANTS } from '../lexicon/places';
import { DEMONYM_TO_PLACE } from '../lexicon/demonyms';

/** Nations that field their own teams although they are not sovereign countries. */
const HOME_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

/** Whether a name is a country (or home nation) that plays as a national team. */
export function isNationName(name: string): boolean {
  if (COUNTRIES.has(name) || HOME_NATIONS.has(name)) return true;
  const variant = PLACE_VARIANTS.get(name);
  return variant !== undefined && COUNTRIES.has(variant);
}

/** "the Belgians" in a match report: the plural of a nation's adjective stands for its team. */
export function isNationPlural(name: string): boolean {
  if (!name.endsWith('s')) return false;
  const nation = DEMONYM_TO_PLACE.get(name.slice(0, -1));
  return nation !== undefined && isNationName(nation);
}

/** Roles in a team: after a place's name they make it the club or the national side. */
const TEAM_ROLES = new Set(['manager', 'boss', 'coach', 'captain', 'striker', 'forward', 'goalkeeper', 'keeper', 'midfielder', 'defender',
  'winger', 'squad', 'fans', 'supporters', 'skipper', 'quarterback', 'pitcher', 'batsman', 'bowler']);

/** "Liverpool manager Arne Slot", "Brighton boss Fabian Hürzeler", "France coach Didier Deschamps": the place is its team. */
export function isTeamMention(doc: Doc, c: Candidate): boolean {
  const next = doc.tokens[c.last];
  return next !== undefined && next.kind === 'word' && !next.cap && TEAM_ROLES.has(next.text);
}

/** Scorelines needed before country names are read as teams throughout the article. */
const MIN_SCORELINES = 2;
/** Tokens allowed between a score and the team named before or after it ("lost 1 – 2 to England"). */
const TEAM_GAP = 2;
const GOALS_RE = /^\d{1,2}$/;
const SCORE_RE = /^\d{1,2}[-–—]\d{1,2}$/;
const DASHES = new Set(['-', '–', '—', ':']);

/**
 * A match report is an article with at least two scorelines between two nations
 * ("Sweden 1 – 0 Korea Republic", "Tunisia lost 1 – 2 to England"). One scoreline is not enough:
 * a vote ("France 2-1") can look like one.
 */
export function isMatchReport(doc: Doc, cands: readonly Candidate[], isNation: (c: Candidate) => boolean): boolean {
  const toks = doc.tokens;
  // For each token, the candidate that ends right before it and the one that starts at it.
  const endingAt = new Map<number, Candidate>();
  const startingAt = new Map<number, Candidate>();
  for (const c of cands) {
    if (!isNation(c)) continue;
    endingAt.set(c.last, c);
    startingAt.set(c.first, c);
  }
  if (endingAt.size < 2) return false;
  let scorelines = 0;
  for (let i = 0; i < toks.length && scorelines < MIN_SCORELINES; i++) {
    const scoreEnd = scoreEndAt(doc, i);
    if (scoreEnd < 0) continue;
    let before = false;
    for (let k = i; k >= Math.max(0, i - TEAM_GAP) && !before; k--) before = endingAt.has(k);
    let after = false;
    for (let k = scoreEnd; k <= Math.min(toks.length - 1, scoreEnd + TEAM_GAP) && !after; k++) after = startingAt.has(k);
    if (before && after) scorelines++;
    i = scoreEnd - 1;
  }
  return scorelines >= MIN_SCORELINES;
}

/** Where a score starting at token i ends (exclusive): "3-0" or "1 – 0"; -1 if none starts there. */
function scoreEndAt(doc: Doc, i: number): number {
  const toks = doc.tokens;
  const t = toks[i];
  if (t.kind !== 'number') return -1;
  if (SCORE_RE.test(t.text)) return i + 1;
  if (!GOALS_RE.test(t.text)) return -1;
  const dash = toks[i + 1];
  const other = toks[i + 2];
  if (dash && dash.kind === 'punct' && DASHES.has(dash.text) && other && other.kind === 'number' && GOALS_RE.test(other.text)) return i + 3;
  return -1;
}
