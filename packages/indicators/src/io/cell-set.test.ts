import { describe, expect, it } from 'vitest';
import { CellSet } from './cell-set.ts';

describe('the set of cells read so far', () => {
  it('keeps every distinct cell across many tiles and finds each repeat', () => {
    const set = new CellSet();
    for (let x = 0; x < 300; x++) for (let y = 0; y < 100; y++) expect(set.add(40_000 + x, 20_000 + y)).toBe(true);
    expect(set.count).toBe(30_000);
    expect(set.add(40_000 + 7, 20_000 + 3)).toBe(false);
    expect(set.add(40_000 + 300, 20_000)).toBe(true);
    expect(set.count).toBe(30_001);
  });

  it('finds repeats in any order, and tells apart negative positions, swapped pairs and the extremes', () => {
    const set = new CellSet();
    const cells: [number, number][] = [
      [1, 2],
      [2, 1],
      [-100, 200],
      [100, 200],
      [-1, -1],
      [-17, 15],
      [2 ** 31 - 1, -(2 ** 31) + 1],
      [-(2 ** 31) + 1, 2 ** 31 - 1],
    ];
    for (const [c, r] of cells) expect(set.add(c, r)).toBe(true);
    for (const [c, r] of [...cells].reverse()) expect(set.add(c, r)).toBe(false);
    expect(set.count).toBe(cells.length);
  });
});
