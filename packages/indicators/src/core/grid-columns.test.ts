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

describe('CellLines.appendRuns', () => {
  it('gives the lines of cells recorded in two parts as one record of them all gives', () => {
    let seed = 11;
    const next = (): number => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    for (const gapChance of [0, 0.02, 0.6]) {
      for (const cut of [1, 700, 2999]) {
        const all: number[] = [];
        let line = 2;
        for (let cell = 0; cell < 3000; cell++) {
          line += next() < gapChance ? 2 + Math.floor(next() * 4) : 1;
          all.push(line);
        }
        const first = new CellLines();
        all.slice(0, cut).forEach((l, cell) => first.set(cell, l));
        // The second part counts its lines from 2, as a reader of it alone does.
        const offset = all[cut] - 2;
        const second = new CellLines();
        all.slice(cut).forEach((l, cell) => second.set(cell, l - offset));
        first.appendRuns(second.runsData(), cut, offset);
        expect(all.map((_, cell) => first.get(cell))).toEqual(all);
      }
    }
  });
});
