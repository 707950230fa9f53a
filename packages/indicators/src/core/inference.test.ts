import { describe, expect, it } from 'vitest';
import { twoGroupGrid } from '../testing/two-group-grid.ts';
import { computeIndicatorsSync } from './compute.ts';
import { allocateAtRandom, emptyPeople, peopleOf, PeopleResampler } from './draws.ts';
import { gridFromArrays } from './grid-from-arrays.ts';
import { type Grid } from './grid.ts';
import { inferIndices, quantileSorted, type ScopeInference } from './inference.ts';
import { Random } from './random.ts';

const grid = twoGroupGrid;

const run = (g: Grid, o: Parameters<typeof inferIndices>[2]): ScopeInference[] =>
  inferIndices(g, g.scopes, o, 0.5, 'zero');

describe('random allocation', () => {
  it('keeps every cell total and every group total', () => {
    const g = grid(
      6,
      (c, r) => (c + r) % 5,
      (c) => c + 1,
    );
    const people = peopleOf(g.counts, g.total);
    const out = emptyPeople(people);
    allocateAtRandom(people, null, g.cellCount, new Random(3), out);
    for (let i = 0; i < g.cellCount; i++)
      expect(out.cats[0][i] + out.cats[1][i] + out.cats[2][i]).toBe(
        people.cats[0][i] + people.cats[1][i] + people.cats[2][i],
      );
    for (let c = 0; c < 3; c++)
      expect(out.cats[c].reduce((s, v) => s + v, 0)).toBe(people.cats[c].reduce((s, v) => s + v, 0));
    expect(Array.from(out.cats[0])).not.toEqual(Array.from(people.cats[0]));
  });

  it('draws each allocation of a tiny grid about equally often (brute force over all of them)', () => {
    // 2 cells of 2 people, 2 A and 2 B: allocations (A in cell 0) = 0, 1, 2 with odds 1:4:1.
    const g = gridFromArrays({ x: [0, 100], y: [0, 0], cellSize: 100, groups: { A: [2, 0], B: [0, 2] } });
    const people = peopleOf(g.counts, g.total);
    const out = emptyPeople(people);
    const rng = new Random(11);
    const seen = [0, 0, 0];
    const N = 30000;
    for (let r = 0; r < N; r++) {
      allocateAtRandom(people, null, 2, rng, out);
      seen[out.cats[0][0]]++;
    }
    expect(seen[0] / N).toBeCloseTo(1 / 6, 1);
    expect(seen[1] / N).toBeCloseTo(4 / 6, 1);
    expect(seen[2] / N).toBeCloseTo(1 / 6, 1);
  });

  it('resamples as many people as there are, in proportion to the counts', () => {
    const g = gridFromArrays({
      x: [0, 100, 200],
      y: [0, 0, 0],
      cellSize: 100,
      groups: { A: [10, 0, 30], B: [0, 60, 0] },
    });
    const people = peopleOf(g.counts, g.total);
    const out = emptyPeople(people);
    const rs = new PeopleResampler(people, null, 3);
    const rng = new Random(2);
    const sums = [0, 0, 0];
    for (let r = 0; r < 2000; r++) {
      rs.draw(rng, out);
      expect(out.cats[0][0] + out.cats[1][1] + out.cats[0][2]).toBe(100);
      expect(out.cats[1][0] + out.cats[0][1] + out.cats[1][2]).toBe(0);
      sums[0] += out.cats[0][0];
      sums[1] += out.cats[1][1];
      sums[2] += out.cats[0][2];
    }
    expect(sums[0] / 2000).toBeCloseTo(10, 0);
    expect(sums[1] / 2000).toBeCloseTo(60, 0);
    expect(sums[2] / 2000).toBeCloseTo(30, 0);
  });
});

describe('permutation tests', () => {
  it('a perfectly even grid is not significant: p = 1 for dissimilarity', () => {
    const g = grid(
      8,
      () => 10,
      () => 30,
    );
    const [all] = run(g, { permutations: 99, seed: 4 });
    expect(all.groups.A.dissimilarity.p_value).toBe(1);
    expect(all.multigroup.information_theory.p_value).toBe(1);
    expect(all.groups.A.exposure.p_value).toBe(1);
    expect(all.groups.A.dissimilarity.null_mean).toBeGreaterThan(0);
  });

  it('a fully separated grid gives the smallest p-value, 1/(n+1)', () => {
    const g = grid(
      8,
      (c) => (c < 4 ? 20 : 0),
      (c) => (c < 4 ? 0 : 20),
    );
    const [all] = run(g, { permutations: 199, seed: 9 });
    for (const name of ['dissimilarity', 'gini', 'entropy', 'isolation', 'exposure', 'morans_i'])
      expect(all.groups.A[name].p_value, name).toBe(1 / 200);
    expect(all.multigroup.dissimilarity.p_value).toBe(1 / 200);
  });

  it('the same seed gives the same figures, another seed others', () => {
    const g = grid(
      7,
      (c, r) => (c * r) % 7,
      (c, r) => ((c + 2 * r) % 5) + 1,
      (c) => (c < 3 ? 'W' : 'E'),
    );
    const o = { permutations: 49, bootstrap: 49, seed: 123 };
    const first = run(g, o);
    expect(first).toHaveLength(3);
    expect(run(g, o)).toEqual(first);
    expect(run(g, { ...o, seed: 124 })).not.toEqual(first);
  });

  it('the bootstrap interval contains the estimate when cells are large', () => {
    const g = grid(
      6,
      (c, r) => 2000 + 400 * c + 100 * r,
      (c, r) => 3000 - 300 * c + 50 * r,
    );
    const [all] = run(g, { bootstrap: 199, seed: 5 });
    const observed = computeIndicatorsSync(g, { areas: false }).areas[0];
    for (const name of ['dissimilarity', 'entropy', 'isolation', 'exposure', 'gini']) {
      const ci = all.groups.A[name];
      const v = (observed.groups.A as unknown as Record<string, number>)[name];
      expect(ci.ci_low!, name).toBeLessThanOrEqual(v);
      expect(ci.ci_high!, name).toBeGreaterThanOrEqual(v);
      expect(ci.ci_high! - ci.ci_low!, name).toBeGreaterThan(0);
    }
    expect(all.groups.A.dissimilarity.p_value).toBeNull();
  });

  it('areas are tested on their own cells', () => {
    // West: fully separated; east: even. Each area's p-value says so.
    const g = grid(
      8,
      (c) => (c < 2 ? 20 : c < 4 ? 0 : 10),
      (c) => (c < 2 ? 0 : c < 4 ? 20 : 10),
      (c) => (c < 4 ? 'W' : 'E'),
    );
    const [all, east, west] = run(g, { permutations: 99, seed: 1 });
    expect(g.areaCodes).toEqual(['E', 'W']);
    expect(all.groups.A.dissimilarity.p_value).toBe(0.01);
    expect(west.groups.A.dissimilarity.p_value).toBe(0.01);
    expect(east.groups.A.dissimilarity.p_value).toBe(1);
  });

  it('quantiles interpolate linearly, as numpy does', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.025)).toBeCloseTo(1.1, 12);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});
