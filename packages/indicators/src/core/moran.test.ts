import { describe, expect, it } from 'vitest';
import { gridFromArrays } from './grid-from-arrays.ts';
import { latticeCells, moransI, moransIOfShares } from './moran.ts';
import { moranSweep } from './moran-sweep.ts';

/** Moran's I by its definition with an explicit queen weights matrix (row-standardised, islands 0). */
function bruteMoran(xs: number[], ys: number[], v: number[]): number {
  const n = v.length;
  const mean = v.reduce((s, x) => s + x, 0) / n;
  const z = v.map((x) => x - mean);
  let num = 0;
  let s0 = 0;
  for (let i = 0; i < n; i++) {
    const nb = [];
    for (let j = 0; j < n; j++)
      if (i !== j && Math.abs(xs[i] - xs[j]) <= 100 && Math.abs(ys[i] - ys[j]) <= 100) nb.push(j);
    if (nb.length === 0) continue;
    s0 += 1;
    num += (z[i] * nb.reduce((s, j) => s + z[j], 0)) / nb.length;
  }
  return (n / s0) * (num / z.reduce((s, x) => s + x * x, 0));
}

describe("Moran's I (queen contiguity, row-standardised)", () => {
  // a 4 x 3 block, a detached island cell, and one listed empty cell
  const xs = [0, 100, 200, 300, 0, 100, 200, 300, 0, 100, 200, 300, 900];
  const ys = [0, 0, 0, 0, 100, 100, 100, 100, 200, 200, 200, 200, 900];
  const a = [5, 4, 0, 1, 6, 3, 0, 0, 7, 2, 1, 0, 3];
  const b = [1, 2, 5, 6, 0, 3, 0, 7, 1, 2, 5, 8, 1];
  const grid = gridFromArrays({ x: xs, y: ys, cellSize: 100, groups: { a, b } });

  it('matches the definition with an explicit weights matrix, island included', () => {
    const order = Array.from(latticeCells(grid, grid.scopes[0], 'zero'));
    const share = order.map((i) => (grid.total[i] > 0 ? grid.counts[0][i] / grid.total[i] : 0));
    const cx = order.map((i) => grid.col[i] * 100);
    const cy = order.map((i) => grid.row[i] * 100);
    expect(moransIOfShares(grid, grid.scopes[0])[0]).toBeCloseTo(bruteMoran(cx, cy, share), 12);
  });

  it("counts a listed empty cell as share 0 with 'zero', drops it from the lattice with 'exclude'", () => {
    const zero = moransIOfShares(grid, grid.scopes[0], 'zero')[0];
    const exclude = moransIOfShares(grid, grid.scopes[0], 'exclude')[0];
    expect(latticeCells(grid, grid.scopes[0], 'exclude')).toHaveLength(12);
    expect(zero).not.toBeCloseTo(exclude, 6);
    const kept = Array.from(latticeCells(grid, grid.scopes[0], 'exclude'));
    const share = kept.map((i) => grid.counts[0][i] / grid.total[i]);
    expect(exclude).toBeCloseTo(
      bruteMoran(
        kept.map((i) => grid.col[i] * 100),
        kept.map((i) => grid.row[i] * 100),
        share,
      ),
      12,
    );
  });

  it('works on any variable', () => {
    const lattice = latticeCells(grid, grid.scopes[0], 'zero');
    const counts = Array.from(lattice, (i) => grid.counts[1][i]);
    const want = bruteMoran(
      Array.from(lattice, (i) => grid.col[i] * 100),
      Array.from(lattice, (i) => grid.row[i] * 100),
      counts,
    );
    expect(moransI(grid, lattice, [grid.counts[1]])[0]).toBeCloseTo(want, 12);
  });

  it('gives the same values over every cell without a cell list as with the full list', () => {
    const listed = latticeCells(grid, grid.scopes[0], 'zero');
    expect(listed).toHaveLength(grid.cellCount);
    const shares = grid.counts.map((c) => Float64Array.from(c, (x, i) => (grid.total[i] > 0 ? x / grid.total[i] : 0)));
    const withList = moransI(grid, listed, shares);
    expect(moransIOfShares(grid, grid.scopes[0], 'zero')).toEqual(withList);
    expect(moranSweep(grid, null, shares, null, null)[0]).toEqual(withList);
    expect(Number.isFinite(withList[0])).toBe(true);
  });
});
