import { describe, expect, it } from 'vitest';
import { compareGrids } from './compare-grids.ts';
import { gridFromArrays } from './grid-from-arrays.ts';

/** A 6 × 6 grid with two areas (W: columns 0–2, E: columns 3–5) and groups A and B. */
function grid(countA: (c: number, r: number) => number, countB: (c: number, r: number) => number) {
  const cells = Array.from({ length: 36 }, (_, i) => ({ c: i % 6, r: Math.floor(i / 6) }));
  return gridFromArrays({
    x: cells.map((p) => p.c * 100),
    y: cells.map((p) => p.r * 100),
    cellSize: 100,
    area: cells.map((p) => (p.c < 3 ? 'W' : 'E')),
    groups: { A: cells.map((p) => countA(p.c, p.r)), B: cells.map((p) => countB(p.c, p.r)) },
  });
}

const mixed = grid(
  () => 10,
  () => 10,
);
const apart = grid(
  (c) => (c % 2 === 0 ? 20 : 0),
  (c) => (c % 2 === 0 ? 0 : 20),
);

describe('the change of the indices between two grids of the same place', () => {
  it('finds no change between a grid and itself: differences 0, p-value 1', () => {
    const changes = compareGrids(apart, apart, { permutations: 99, seed: 3 });
    expect(changes.map((c) => c.area)).toEqual(['ALL', 'E', 'W']);
    for (const change of changes) {
      const d = change.groups.A.dissimilarity;
      expect(d.difference).toBe(0);
      expect(d.p_value).toBe(1);
    }
  });

  it('finds a significant rise from an even grid to a fully separated one, at the smallest p-value possible', () => {
    const [all] = compareGrids(mixed, apart, { permutations: 99, seed: 3 });
    const d = all.groups.A.dissimilarity;
    expect(d.b).toBe(0);
    expect(d.a).toBe(1);
    expect(d.difference).toBe(1);
    expect(d.p_value).toBe(1 / 100);
    expect(all.cellsFrom).toBe(36);
    expect(all.cellsTo).toBe(36);
  });

  it('gives the same figures for the same seed, and names groups that differ', () => {
    const one = compareGrids(mixed, apart, { permutations: 49, seed: 11 });
    expect(compareGrids(mixed, apart, { permutations: 49, seed: 11 })).toEqual(one);
    const other = gridFromArrays({ x: [0], y: [0], cellSize: 100, groups: { A: [1], C: [2] } });
    expect(() => compareGrids(mixed, other)).toThrow('both grids need the same groups (A, B vs A, C)');
  });
});
