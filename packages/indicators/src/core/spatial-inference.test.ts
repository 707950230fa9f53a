import { describe, expect, it } from 'vitest';
import { twoGroupGrid } from '../testing/two-group-grid.ts';
import { computeIndicatorsSync } from './compute.ts';
import { type Grid } from './grid.ts';
import { type IndicatorOptions } from './options.ts';
import { type SpatialResult } from './result.ts';

const grid = twoGroupGrid;

const even = grid(
  10,
  () => 6,
  () => 4,
);
const separated = grid(
  10,
  (c) => (c < 5 ? 10 : 0),
  (c) => (c < 5 ? 0 : 10),
  (_c, r) => (r < 5 ? 'S' : 'N'),
);
/** A weak pattern whose p-values lie well inside (0, 1). */
const weak = grid(
  12,
  (c, r) => ((c * 7 + r * 3) % 5) + (c > 8 ? 2 : 0),
  (c, r) => ((c * 3 + r * 5) % 4) + 1,
);

function spatial(g: Grid, o: IndicatorOptions, area = 0): SpatialResult[] {
  const res = computeIndicatorsSync(g, { bandwidths: [300], ...o }).areas[area].spatial;
  expect(res.length).toBeGreaterThan(0);
  return res;
}

describe('permutation tests of the spatial (kernel) indices', () => {
  it('gives p = 1 on a perfectly even grid: every random allocation is at least as segregated', () => {
    for (const compat of ['textbook', 'pysal'] as const) {
      const [s] = spatial(even, { compat, inference: { spatialPermutations: 49, seed: 3 } });
      const inf = s.inference!;
      expect(inf.permutations).toBe(49);
      // Indices at their minimum on an even grid (isolation and exposure of smoothed shares are not:
      // a draw can mix the groups more finely than even, so their p lies below 1).
      const atMinimum = ['dissimilarity', 'entropy', 'gini', 'atkinson'].filter((k) => k in inf.groups.A);
      expect(atMinimum.length).toBe(compat === 'pysal' ? 4 : 2);
      for (const k of atMinimum) expect(inf.groups.A[k].p_value).toBe(1);
      expect(inf.multigroup.information_theory.p_value).toBe(1);
      expect(inf.multigroup.dissimilarity.p_value).toBe(1);
      expect(inf.groups.A.dissimilarity.null_mean).toBeGreaterThan(s.groups.A.dissimilarity);
    }
  });

  it('gives the smallest p, 1/(draws + 1), on a fully separated grid, for all cells and each area', () => {
    for (const compat of ['textbook', 'pysal'] as const) {
      const o = { compat, inference: { spatialPermutations: 39, seed: 5 } };
      const areas = computeIndicatorsSync(separated, { bandwidths: [300], ...o }).areas;
      expect(areas.map((a) => a.area)).toEqual(['ALL', 'N', 'S']);
      for (const {
        spatial: [s],
      } of areas) {
        expect(s.inference!.groups.A.dissimilarity.p_value).toBe(1 / 40);
        expect(s.inference!.groups.B.entropy.p_value).toBe(1 / 40);
        expect(s.inference!.multigroup.dissimilarity.p_value).toBe(1 / 40);
        expect(s.inference!.groups.A.dissimilarity.null_mean).toBeLessThan(s.groups.A.dissimilarity);
      }
    }
  });

  it('tests each bandwidth and leaves the aspatial inference out unless asked', () => {
    const res = computeIndicatorsSync(separated, {
      bandwidths: [200, 400],
      inference: { spatialPermutations: 19 },
    }).areas[0];
    expect(res.spatial.map((s) => s.inference?.groups.A.dissimilarity.p_value)).toEqual([1 / 20, 1 / 20]);
    expect(res.inference).toBeUndefined();
    const none = computeIndicatorsSync(separated, { bandwidths: [200], inference: { permutations: 19 } }).areas[0];
    expect(none.spatial[0].inference).toBeUndefined();
    expect(none.inference?.permutations).toBe(19);
  });

  it('gives the same figures for the same seed and about the same p for another seed', () => {
    const o = (seed: number): IndicatorOptions => ({ inference: { spatialPermutations: 399, seed } });
    const a = spatial(weak, o(1))[0].inference!;
    expect(spatial(weak, o(1))[0].inference).toEqual(a);
    const b = spatial(weak, o(2))[0].inference!;
    expect(b).not.toEqual(a);
    const p = a.groups.A.isolation.p_value!;
    expect(p).toBeGreaterThan(0.05);
    expect(p).toBeLessThan(0.6);
    expect(Math.abs(b.groups.A.isolation.p_value! - p)).toBeLessThan(0.1);
  });

  it('refuses a negative or fractional number of draws, naming the option', () => {
    expect(() => spatial(weak, { inference: { spatialPermutations: 2.5 } })).toThrow(/spatialPermutations/);
  });
});
