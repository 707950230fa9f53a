import { describe, expect, it } from 'vitest';
import { computeAspatialForUnits } from './units.ts';
import { compareUnits } from './compare.ts';

const separated = { groups: { A: [30, 0, 30, 0, 30, 0, 30, 0], B: [0, 30, 0, 30, 0, 30, 0, 30] } };
const even = { groups: { A: [15, 15, 15, 15, 15, 15, 15, 15], B: [15, 15, 15, 15, 15, 15, 15, 15] } };

describe('comparing two sets of units', () => {
  it('reports both values and their difference, as the aspatial indices give them', () => {
    const c = compareUnits(separated, even, { permutations: 99, seed: 3 });
    const a = computeAspatialForUnits(separated);
    const b = computeAspatialForUnits(even);
    expect(c.groups.A.dissimilarity.a).toBe(a.groups.A.dissimilarity);
    expect(c.groups.A.dissimilarity.b).toBe(b.groups.A.dissimilarity);
    expect(c.multigroup.information_theory.difference).toBe(
      a.multigroup.information_theory - b.multigroup.information_theory,
    );
    expect(c.groups.A.morans_i).toBeUndefined();
  });

  it('a fully separated side against an even one differs significantly', () => {
    const c = compareUnits(separated, even, { permutations: 199, seed: 3 });
    expect(c.groups.A.dissimilarity.p_value).toBeLessThan(0.05);
    expect(c.multigroup.dissimilarity.p_value).toBeLessThan(0.05);
  });

  it('two copies of the same units do not differ: p = 1', () => {
    const c = compareUnits(separated, separated, { permutations: 99, seed: 3 });
    expect(c.groups.A.dissimilarity.difference).toBe(0);
    expect(c.groups.A.dissimilarity.p_value).toBe(1);
  });

  it('is reproducible from its seed', () => {
    const o = { permutations: 49, seed: 8 };
    const mixed = { groups: { A: [3, 9, 4, 12, 0, 7], B: [10, 2, 8, 1, 9, 3] } };
    expect(compareUnits(mixed, even, o)).toEqual(compareUnits(mixed, even, o));
  });
});
