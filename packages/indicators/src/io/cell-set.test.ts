import { describe, expect, it } from 'vitest';
import { CellSet } from './cell-set.ts';

describe('the set of cells read so far', () => {
  it('keeps every distinct cell through growth and finds each repeat with the line first seen', () => {
    const set = new CellSet(4);
    let line = 1;
    for (let x = 0; x < 300; x++)
      for (let y = 0; y < 100; y++) expect(set.add(4_000_000 + x * 100, 2_000_000 + y * 100, ++line)).toBe(0);
    expect(set.count).toBe(30_000);
    expect(set.add(4_000_000 + 7 * 100, 2_000_000 + 3 * 100, 99_999)).toBe(2 + 7 * 100 + 3);
    expect(set.add(4_000_000 + 300 * 100, 2_000_000, 100_000)).toBe(0);
  });

  it('tells apart coordinates that are not whole numbers, negative ones and swapped pairs', () => {
    const set = new CellSet();
    expect(set.add(0.5, 1.25, 1)).toBe(0);
    expect(set.add(1.25, 0.5, 2)).toBe(0);
    expect(set.add(-100, 200, 3)).toBe(0);
    expect(set.add(100, 200, 4)).toBe(0);
    expect(set.add(0.5, 1.25, 5)).toBe(1);
    expect(set.add(-100, 200, 6)).toBe(3);
    expect(set.add(2 ** 40, 7, 7)).toBe(0);
    expect(set.add(2 ** 40, 7, 8)).toBe(7);
  });
});
