import { describe, expect, it } from 'vitest';
import { computeGaps } from './gaps.ts';

describe('network gaps', () => {
  const gaps = computeGaps({
    challenges: [
      { id: 'housing', name: 'Housing', cities: 3, practices: 0 },
      { id: 'language', name: 'Language', cities: 2, practices: 1 },
      { id: 'work', name: 'Work', cities: 2, practices: 2 },
      { id: 'alone', name: 'Alone', cities: 1, practices: 0 },
    ],
    areas: ['economy', 'education', 'civil-society'],
    maps: [
      { cityId: 'a', cityName: 'A', areas: ['education'] },
      { cityId: 'b', cityName: 'B', areas: ['education', 'civil-society'] },
    ],
    commitments: [
      { id: 'k1', role: 'employer', text: 'Hire', planned: 2, inProgress: 0, achieved: 0 },
      { id: 'k2', role: 'buyer', text: 'Buy', planned: 0, inProgress: 1, achieved: 0 },
    ],
  });

  it('finds challenges many cities face and few practices address', () => {
    expect(gaps.challenges).toEqual([
      { id: 'housing', name: 'Housing', cities: 3, practices: 0 },
      { id: 'language', name: 'Language', cities: 2, practices: 1 },
    ]);
  });

  it('finds stakeholder areas missing from maps, and those no map covers', () => {
    expect(gaps.areas).toEqual([
      {
        area: 'economy',
        maps: 2,
        covered: false,
        mapsWithout: [
          { cityId: 'a', cityName: 'A' },
          { cityId: 'b', cityName: 'B' },
        ],
      },
      { area: 'civil-society', maps: 2, covered: true, mapsWithout: [{ cityId: 'a', cityName: 'A' }] },
    ]);
  });

  it('finds commitments nobody reports progress on', () => {
    expect(gaps.commitments).toEqual([{ id: 'k1', role: 'employer', text: 'Hire', planned: 2 }]);
  });
});
