import { describe, expect, it } from 'vitest';
import { pairScore, suggestPairs, type MatchOffer, type MatchSide } from './matching.ts';

const side = (id: string, over: Partial<MatchSide> = {}): MatchSide => ({
  id,
  themeId: 'theme-a',
  cityId: `city-${id}`,
  challengeId: null,
  languages: [],
  population: null,
  ...over,
});
const offer = (id: string, over: Partial<MatchOffer> = {}): MatchOffer => ({ ...side(id), capacity: 1, ...over });

describe('pairScore', () => {
  it('requires the same theme and another city', () => {
    expect(pairScore(offer('o1'), side('r1', { themeId: 'theme-b' }))).toBeNull();
    expect(pairScore(offer('o1', { cityId: 'city-x' }), side('r1', { cityId: 'city-x' }))).toBeNull();
    expect(pairScore(offer('o1'), side('r1'))).toEqual({ score: 0, reasons: ['same-theme'] });
  });

  it('adds 4 for the same challenge, 2 for a comparable city, 1 for a language in common', () => {
    const o = offer('o1', { challengeId: 'housing', population: 500_000, languages: ['nl', 'en'] });
    expect(pairScore(o, side('r1', { challengeId: 'housing', population: 1_000_000, languages: ['en'] }))).toEqual({
      score: 7,
      reasons: ['same-theme', 'same-challenge', 'comparable-city', 'common-language'],
    });
    // 1,000,001 is more than twice 500,000: not comparable.
    expect(pairScore(o, side('r2', { challengeId: 'jobs', population: 1_000_001, languages: ['de'] }))).toEqual({
      score: 0,
      reasons: ['same-theme'],
    });
  });
});

describe('suggestPairs on hand-made cases', () => {
  it('says "no mentor" with the reason when no offer is on the theme', () => {
    const s = suggestPairs([offer('o1', { themeId: 'theme-b' })], [side('r1')]);
    expect(s.pairs).toEqual([]);
    expect(s.unmatched).toEqual([{ requestId: 'r1', reason: 'no-offer-on-theme' }]);
  });

  it("counts an offer of the request's own city as no offer", () => {
    const s = suggestPairs([offer('o1', { cityId: 'city-x' })], [side('r1', { cityId: 'city-x' })]);
    expect(s.unmatched).toEqual([{ requestId: 'r1', reason: 'no-offer-on-theme' }]);
  });

  it('keeps to capacity and says the offers are full', () => {
    const s = suggestPairs(
      [offer('o1', { capacity: 2 })],
      [side('r1'), side('r2', { challengeId: 'housing' }), side('r3')],
    );
    expect(s.pairs.map((p) => `${p.requestId}-${p.offerId}`)).toEqual(['r1-o1', 'r2-o1']);
    expect(s.unmatched).toEqual([{ requestId: 'r3', reason: 'offers-full' }]);
  });

  it('gives the one place to the better-scoring request', () => {
    const s = suggestPairs(
      [offer('o1', { challengeId: 'housing' })],
      [side('r1'), side('r2', { challengeId: 'housing' })],
    );
    expect(s.pairs).toEqual([{ requestId: 'r2', offerId: 'o1', score: 4, reasons: ['same-theme', 'same-challenge'] }]);
    expect(s.unmatched).toEqual([{ requestId: 'r1', reason: 'offers-full' }]);
  });

  it('prefers more pairs to a higher score: gives up a best match to pair everyone', () => {
    // r1 fits o1 best (7) but also o2; r2 fits only o1. Two pairs beat one best pair.
    const o1 = offer('o1', { challengeId: 'housing', population: 100, languages: ['it'] });
    const o2 = offer('o2', { themeId: 'theme-a' });
    const r1 = side('r1', { challengeId: 'housing', population: 100, languages: ['it'] });
    const r2 = side('r2', { themeId: 'theme-a' });
    const s = suggestPairs([o1, { ...o2, cityId: 'city-r2' }], [r1, r2]);
    expect(s.pairs.map((p) => `${p.requestId}-${p.offerId}`)).toEqual(['r1-o2', 'r2-o1']);
  });

  it('breaks a tie by id, whatever the input order', () => {
    const offers = [offer('o2'), offer('o1')];
    const a = suggestPairs(offers, [side('r1')]);
    const b = suggestPairs([...offers].reverse(), [side('r1')]);
    expect(a.pairs).toEqual([{ requestId: 'r1', offerId: 'o1', score: 0, reasons: ['same-theme'] }]);
    expect(b).toEqual(a);
  });

  it('matches each theme separately', () => {
    const s = suggestPairs(
      [offer('o1'), offer('o2', { themeId: 'theme-b' })],
      [side('r1', { themeId: 'theme-b' }), side('r2')],
    );
    expect(s.pairs.map((p) => `${p.requestId}-${p.offerId}`)).toEqual(['r1-o2', 'r2-o1']);
  });
});

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** The best (pairs, total score) over every way of giving each request an offer or none. */
function bruteForce(offers: MatchOffer[], requests: MatchSide[]): [number, number] {
  let best: [number, number] = [0, 0];
  const load = offers.map(() => 0);
  const walk = (i: number, pairs: number, score: number) => {
    if (i === requests.length) {
      if (pairs > best[0] || (pairs === best[0] && score > best[1])) best = [pairs, score];
      return;
    }
    walk(i + 1, pairs, score);
    offers.forEach((o, j) => {
      const s = pairScore(o, requests[i]!);
      if (!s || load[j]! >= o.capacity) return;
      load[j]! += 1;
      walk(i + 1, pairs + 1, score + s.score);
      load[j]! -= 1;
    });
  };
  walk(0, 0, 0);
  return best;
}

describe('suggestPairs against brute force', () => {
  it('finds the most pairs and the best score on 300 small random cases', () => {
    const rnd = random(20170201);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    let paired = 0;
    for (let c = 0; c < 300; c++) {
      const make = (id: string): MatchSide => ({
        id,
        themeId: pick(['theme-a', 'theme-b']),
        cityId: pick(['city-a', 'city-b', 'city-c', 'city-d']),
        challengeId: pick([null, 'housing', 'jobs']),
        languages: [pick(['en', 'fr', 'de'])],
        population: pick([null, 100, 150, 400]),
      });
      const offers = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, i) => ({
        ...make(`o${i}`),
        capacity: 1 + Math.floor(rnd() * 2),
      }));
      const requests = Array.from({ length: 1 + Math.floor(rnd() * 5) }, (_, i) => make(`r${i}`));
      const got = suggestPairs(offers, requests);
      const total = got.pairs.reduce((s, p) => s + p.score, 0);
      expect([got.pairs.length, total], `case ${c}`).toEqual(bruteForce(offers, requests));
      expect(got.pairs.length + got.unmatched.length).toBe(requests.length);
      for (const o of offers)
        expect(got.pairs.filter((p) => p.offerId === o.id).length).toBeLessThanOrEqual(o.capacity);
      paired += got.pairs.length;
    }
    expect(paired).toBeGreaterThan(100);
  });
});
