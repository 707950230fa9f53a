import { describe, expect, it } from 'vitest';
import { CellLines } from './grid-columns.ts';

describe('CellLines', () => {
  it('gives back the line of every cell, in runs or not', () => {
    let seed = 3;
    const next = (): number => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    for (const gapChance of [0, 0.01, 0.5, 1]) {
      const lines = new CellLines();
      const plain: number[] = [];
      let line = 2;
      for (let cell = 0; cell < 5000; cell++) {
        line += next() < gapChance ? 1 + Math.floor(next() * 5) : 1;
        lines.set(cell, line);
        plain.push(line);
      }
      const got = plain.map((_, cell) => lines.get(cell));
      expect(got).toEqual(plain);
    }
  });
});
