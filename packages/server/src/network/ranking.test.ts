import { describe, expect, it } from 'vitest';
import { cityNeeds } from './needs.ts';
import { PRACTICE_WEIGHTS, rankPractices, scorePractice, targetAttainment, type PracticeFacts } from './ranking.ts';

const city = (id: string, population: number | null) => ({
  id,
  name: id.toUpperCase(),
  population,
  migrantShare: null,
});
const needing = { ...city('here', 100_000), targetGroups: ['refugees', 'youth'] };
const housing = { id: 'housing', name: 'Housing', themes: ['housing'] };

function practice(id: string, over: Partial<PracticeFacts> = {}): PracticeFacts {
  return {
    id,
    name: `Practice ${id}`,
    city: city('there', null),
    themes: [],
    targetGroups: [],
    challengeIds: [],
    results: [],
    ...over,
  };
}

describe('ranking practices for a challenge', () => {
  it('puts a practice matching on challenge and target group above one matching on theme only', () => {
    const onTheme = practice('theme', { themes: ['housing'] });
    const onChallenge = practice('challenge', { challengeIds: ['housing'], targetGroups: ['refugees'] });
    const ranked = rankPractices(needing, housing, [onTheme, onChallenge]);
    expect(ranked.map((r) => r.practice.id)).toEqual(['challenge', 'theme']);
    expect(ranked[0]!.score).toBeCloseTo(PRACTICE_WEIGHTS.challenge + PRACTICE_WEIGHTS.targetGroup, 10);
    expect(ranked[1]!.score).toBe(PRACTICE_WEIGHTS.theme);
    expect(ranked[0]!.reasons.map((r) => r.code)).toEqual(['sameChallenge', 'sameTargetGroup']);
    expect(ranked[0]!.reasons[1]!.items).toEqual(['refugees']);
    expect(ranked[1]!.reasons.map((r) => r.code)).toEqual(['sameTheme']);
  });

  it('leaves out practices that touch neither the challenge nor its themes, and the city’s own', () => {
    const ranked = rankPractices(needing, housing, [
      practice('unrelated', { themes: ['sport'], targetGroups: ['refugees'] }),
      practice('own', { challengeIds: ['housing'], city: city('here', 100_000) }),
      practice('kept', { challengeIds: ['housing'] }),
    ]);
    expect(ranked.map((r) => r.practice.id)).toEqual(['kept']);
  });

  it('rewards a comparable city size (log scale) and says so, only when both sizes are known', () => {
    const near = scorePractice(
      needing,
      housing,
      practice('near', { challengeIds: ['housing'], city: city('a', 120_000) }),
    )!;
    const far = scorePractice(
      needing,
      housing,
      practice('far', { challengeIds: ['housing'], city: city('b', 2_000_000) }),
    )!;
    const unknown = scorePractice(needing, housing, practice('unknown', { challengeIds: ['housing'] }))!;
    expect(near.score).toBeGreaterThan(far.score);
    expect(far.score).toBeGreaterThan(unknown.score);
    expect(near.reasons.find((r) => r.code === 'comparableSize')?.params).toEqual({ city: 'A', population: 120_000 });
    expect(far.reasons.some((r) => r.code === 'comparableSize')).toBe(false);
  });

  it('measures results against targets, capping each indicator at 100%', () => {
    expect(targetAttainment([{ indicator: 'x', achieved: 62, target: null }])).toBeNull();
    expect(
      targetAttainment([
        { indicator: 'a', achieved: 30, target: 60 },
        { indicator: 'b', achieved: 150, target: 100 },
      ]),
    ).toEqual({ share: 0.75, indicators: 2 });
    const r = scorePractice(
      needing,
      housing,
      practice('r', { challengeIds: ['housing'], results: [{ indicator: 'a', achieved: 30, target: 60 }] }),
    )!;
    expect(r.reasons.at(-1)).toEqual({ code: 'resultsAgainstTarget', params: { percent: 50, indicators: 1 } });
    expect(r.score).toBeCloseTo(PRACTICE_WEIGHTS.challenge + PRACTICE_WEIGHTS.results * 0.5, 10);
  });
});

describe('a city’s needs', () => {
  const challenges = [housing, { id: 'language', name: 'Language', themes: ['language'] }];
  it('says "not enough data" for a city that names no challenge, instead of ranking anything', () => {
    const needs = cityNeeds({
      city: needing,
      challenges,
      cityChallenges: [{ cityId: 'there', cityName: 'THERE', challengeId: 'housing', priority: 'high' }],
      practices: [practice('p', { challengeIds: ['housing'] })],
    });
    expect(needs).toEqual({ status: 'not-enough-data' });
  });

  it('lists the challenges by priority with the practices and the cities that faced each', () => {
    const needs = cityNeeds({
      city: needing,
      challenges,
      cityChallenges: [
        { cityId: 'here', cityName: 'HERE', challengeId: 'housing', priority: 'low' },
        { cityId: 'here', cityName: 'HERE', challengeId: 'language', priority: 'high' },
        { cityId: 'other', cityName: 'OTHER', challengeId: 'housing', priority: 'medium' },
      ],
      practices: [practice('p', { challengeIds: ['housing'] })],
    });
    if (needs.status !== 'ok') throw new Error('expected needs');
    expect(needs.items.map((i) => [i.challenge.id, i.priority])).toEqual([
      ['language', 'high'],
      ['housing', 'low'],
    ]);
    expect(needs.items[0]!.practices).toEqual([]);
    expect(needs.items[1]!.practices.map((p) => p.practice.id)).toEqual(['p']);
    expect(needs.items[1]!.cities).toEqual([
      { id: 'other', name: 'OTHER', priority: 'medium', practices: 0 },
      { id: 'there', name: 'THERE', priority: null, practices: 1 },
    ]);
  });
});
