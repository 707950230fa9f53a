import { describe, expect, it } from 'vitest';
import { citySimilarity, rankSimilarCities, SIMILARITY_WEIGHTS, type CityProfile } from './similarity.ts';

const housing = { id: 'housing', name: 'housing' };
const language = { id: 'language', name: 'language' };
const youth = { id: 'youth', name: 'youth' };

function profile(id: string, over: Partial<CityProfile> = {}): CityProfile {
  return { id, name: id, population: null, migrantShare: null, challenges: [], themes: [], ...over };
}

describe('city similarity', () => {
  it('explains what two cities share in words', () => {
    const a = profile('a', { population: 100_000, challenges: [housing, language, youth] });
    const b = profile('b', { population: 104_000, challenges: [housing, language] });
    const r = citySimilarity(a, b);
    expect(r.known).toBe(2);
    expect(r.total).toBe(4);
    expect(r.reasons).toEqual([
      { code: 'bothSize', params: { population: 100_000 } },
      { code: 'bothFace', params: {}, items: ['housing', 'language'] },
    ]);
  });

  it('renormalises the weights over the features both cities have', () => {
    const a = profile('a', { population: 100_000, migrantShare: 10, challenges: [housing] });
    const b = profile('b', { population: 100_000, challenges: [language] });
    // population 1 (weight 0.3), challenges 0 (weight 0.3); migrant share unknown for b: left out.
    const r = citySimilarity(a, b);
    expect(r.features.map((f) => f.feature)).toEqual(['population', 'challenges']);
    expect(r.score).toBe(
      SIMILARITY_WEIGHTS.population / (SIMILARITY_WEIGHTS.population + SIMILARITY_WEIGHTS.challenges),
    );
  });

  it('uses a log scale for population: tenfold apart is half as alike', () => {
    const a = profile('a', { population: 10_000, migrantShare: 20 });
    const b = profile('b', { population: 100_000, migrantShare: 20 });
    const r = citySimilarity(a, b);
    expect(r.features).toEqual([
      { feature: 'population', similarity: 0.5 },
      { feature: 'migrantShare', similarity: 1 },
    ]);
  });

  it('gives no score with fewer than two features known on both sides', () => {
    const r = citySimilarity(
      profile('a', { population: 5000, challenges: [housing] }),
      profile('b', { population: 5000 }),
    );
    expect(r).toMatchObject({ score: null, known: 1, reasons: [] });
  });

  it('ranks cities, leaving out the ones it cannot compare, and says "not enough data" for an empty profile', () => {
    const me = profile('me', { population: 100_000, migrantShare: 30, challenges: [housing] });
    const ranked = rankSimilarCities(me, [
      profile('far', { population: 2_000_000, migrantShare: 5 }),
      profile('near', { population: 90_000, migrantShare: 28, challenges: [housing] }),
      profile('unknown'),
      me,
    ]);
    if (ranked.status !== 'ok') throw new Error('expected a ranking');
    expect(ranked.items.map((i) => i.city.id)).toEqual(['near', 'far']);
    expect(ranked.items[0]!.result.score).toBeGreaterThan(ranked.items[1]!.result.score);
    expect(ranked.notComparable).toBe(1);
    expect(rankSimilarCities(profile('empty'), [me])).toEqual({ status: 'not-enough-data', known: 0, total: 4 });
  });
});
