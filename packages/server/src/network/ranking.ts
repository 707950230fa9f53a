import { type Reason, roundedCount, shared, sizeSimilarity } from './reasons.ts';

/*
 * Ranking the practices that could answer one of a city's challenges. Pure: the facts come in,
 * the ranking with its reasons goes out (no I/O), so it is tested on hand-made cases.
 */

/** What the ranking knows of a city. */
export interface CityFacts {
  id: string;
  name: string;
  population: number | null;
  migrantShare: number | null;
}

/** What the ranking knows of a practice. */
export interface PracticeFacts {
  id: string;
  name: string;
  city: CityFacts;
  themes: string[];
  targetGroups: string[];
  challengeIds: string[];
  /** Quantitative results: an indicator's achieved value and its target, either may be missing. */
  results: { indicator: string; achieved: number | null; target: number | null }[];
}

/** One challenge of the taxonomy, as the ranking needs it. */
export interface ChallengeFacts {
  id: string;
  name: string;
  /** Practice themes that work on this challenge (a practice on one of them is a weaker match). */
  themes: string[];
}

/** The city in need: who it is and whom its own practices serve. */
export interface NeedingCity extends CityFacts {
  /** Target groups of the city's own practices (the people it works with). */
  targetGroups: string[];
}

export interface RankedPractice {
  practice: PracticeFacts;
  /** `challenge`: tagged with the challenge; `theme`: only works on one of its themes. */
  match: 'challenge' | 'theme';
  /** 0–1; comparable within one challenge's list. */
  score: number;
  reasons: Reason[];
}

/** How much each kind of match counts. A tagged challenge always outweighs a theme. */
export const PRACTICE_WEIGHTS = { challenge: 0.4, theme: 0.15, targetGroup: 0.25, size: 0.2, results: 0.15 } as const;

/** Below this size similarity two cities are not called comparable. */
const COMPARABLE_SIZE = 0.6;

/** The share of its targets a practice reached (each indicator capped at 100%), or null without targets. */
export function targetAttainment(results: PracticeFacts['results']): { share: number; indicators: number } | null {
  const pairs = results.filter(
    (r): r is { indicator: string; achieved: number; target: number } =>
      r.achieved !== null && r.target !== null && r.target > 0,
  );
  if (!pairs.length) return null;
  const share = pairs.reduce((s, r) => s + Math.min(1, r.achieved / r.target), 0) / pairs.length;
  return { share, indicators: pairs.length };
}

/** Scores one practice for one challenge of one city; null when it has nothing to do with the challenge. */
export function scorePractice(city: NeedingCity, challenge: ChallengeFacts, p: PracticeFacts): RankedPractice | null {
  const reasons: Reason[] = [];
  let score = 0;
  const match = p.challengeIds.includes(challenge.id) ? 'challenge' : 'theme';
  if (match === 'challenge') {
    score += PRACTICE_WEIGHTS.challenge;
    reasons.push({ code: 'sameChallenge', params: { challenge: challenge.name } });
  } else {
    const themes = shared(p.themes, challenge.themes);
    if (!themes.length) return null;
    score += PRACTICE_WEIGHTS.theme;
    reasons.push({ code: 'sameTheme', params: {}, items: themes });
  }
  const groups = shared(p.targetGroups, city.targetGroups);
  if (groups.length) {
    score += PRACTICE_WEIGHTS.targetGroup * (groups.length / Math.min(p.targetGroups.length, city.targetGroups.length));
    reasons.push({ code: 'sameTargetGroup', params: {}, items: groups });
  }
  if (city.population !== null && p.city.population !== null) {
    const s = sizeSimilarity(city.population, p.city.population);
    score += PRACTICE_WEIGHTS.size * s;
    if (s >= COMPARABLE_SIZE)
      reasons.push({
        code: 'comparableSize',
        params: { city: p.city.name, population: roundedCount(p.city.population) },
      });
  }
  const attained = targetAttainment(p.results);
  if (attained) {
    score += PRACTICE_WEIGHTS.results * attained.share;
    reasons.push({
      code: 'resultsAgainstTarget',
      params: { percent: Math.round(attained.share * 100), indicators: attained.indicators },
    });
  }
  return { practice: p, match, score: Math.round(score * 1000) / 1000, reasons };
}

/**
 * The practices of other cities that address a challenge, best first, then those that only work
 * on one of its themes, best first; ties by name. The city's own practices are left out.
 */
export function rankPractices(
  city: NeedingCity,
  challenge: ChallengeFacts,
  practices: PracticeFacts[],
  limit = 10,
): RankedPractice[] {
  return practices
    .filter((p) => p.city.id !== city.id)
    .flatMap((p) => scorePractice(city, challenge, p) ?? [])
    .sort(
      (a, b) =>
        Number(b.match === 'challenge') - Number(a.match === 'challenge') ||
        b.score - a.score ||
        a.practice.name.localeCompare(b.practice.name),
    )
    .slice(0, limit);
}
