import { gridFromArrays } from '../core/grid-from-arrays.ts';
import { type Grid } from '../core/grid.ts';

/** A side × side grid of 100 m cells whose cells hold a and b people from functions of (col, row). */
export function twoGroupGrid(
  side: number,
  a: (c: number, r: number) => number,
  b: (c: number, r: number) => number,
  area?: (c: number, r: number) => string,
): Grid {
  const x: number[] = [];
  const y: number[] = [];
  const A: number[] = [];
  const B: number[] = [];
  const areas: string[] = [];
  for (let r = 0; r < side; r++)
    for (let c = 0; c < side; c++) {
      x.push(c * 100);
      y.push(r * 100);
      A.push(a(c, r));
      B.push(b(c, r));
      if (area) areas.push(area(c, r));
    }
  return gridFromArrays({ x, y, cellSize: 100, groups: { A, B }, ...(area ? { area: areas } : {}) });
}
