import { describe, expect, it } from 'vitest';
import { caseGrid, reference } from '../testing/decomposition-cases.ts';
import { benjaminiHochberg } from './fdr.ts';
import { gridFromArrays } from './grid-from-arrays.ts';
import { localHotspots } from './hotspots.ts';
import { neighbourLists } from './neighbours.ts';

const close = (a: number, b: number | null, tol = 1e-9): void => {
  if (b === null) expect(a).toBeNaN();
  else expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
};

describe('local Moran and Gi*', () => {
  for (const c of reference.cases)
    for (const [label, neighbours] of [
      ['queen', 'queen'],
      ['distance_250', { distance: 250 }],
    ] as const) {
      it(`match the numpy reference: ${c.name}, ${label}`, () => {
        const g = caseGrid(c);
        const member = new Uint8Array(g.cellCount).fill(1);
        const { variables } = localHotspots(g, g.counts, member, { neighbours, permutations: 9 });
        g.groups.forEach((name, k) => {
          const r = c.local[label][name];
          expect(r.local_i.length).toBe(g.cellCount);
          for (let i = 0; i < g.cellCount; i++) {
            close(variables[k].localI[i], r.local_i[i]);
            close(variables[k].giZ[i], r.gi_star_z[i]);
          }
        });
      });
    }

  it('finds every neighbour a brute-force search finds', () => {
    const c = reference.cases[1];
    const g = caseGrid(c);
    const member = new Uint8Array(g.cellCount).fill(1);
    member[3] = 0;
    const lists = neighbourLists(g, member, { distance: 250 });
    for (let s = 0; s < lists.cells.length; s++) {
      const i = lists.cells[s];
      const expected: number[] = [];
      for (let t = 0; t < lists.cells.length; t++) {
        const j = lists.cells[t];
        const d = Math.hypot(g.col[i] - g.col[j], g.row[i] - g.row[j]) * g.cellSize;
        if (t !== s && d <= 250) expected.push(t);
      }
      expect([...lists.list.subarray(lists.start[s], lists.start[s + 1])].sort((a, b) => a - b)).toEqual(expected);
    }
  });

  it('a block of high values is a significant high-high cluster and a hot spot; a flat grid has none', () => {
    const x: number[] = [];
    const y: number[] = [];
    const v: number[] = [];
    const flat: number[] = [];
    for (let r = 0; r < 12; r++)
      for (let c = 0; c < 12; c++) {
        x.push(c * 100);
        y.push(r * 100);
        v.push(c < 4 && r < 4 ? 50 + ((c * 7 + r * 3) % 5) : (c * 7 + r * 3) % 5);
        flat.push(10);
      }
    const g = gridFromArrays({ x, y, cellSize: 100, groups: { V: v, F: flat } });
    const member = new Uint8Array(g.cellCount).fill(1);
    const h = localHotspots(g, g.counts, member, { permutations: 499, seed: 3 });
    const inner = g.cellCount === 144 ? 1 * 12 + 1 : -1; // cell (1, 1), inside the block
    expect(h.variables[0].localCluster[inner]).toBe(1);
    expect(h.variables[0].giClass[inner]).toBe(1);
    expect(h.variables[0].localP[inner]).toBeLessThan(0.01);
    const far = 10 * 12 + 10;
    expect(h.variables[0].localCluster[far]).toBe(0);
    const again = localHotspots(g, g.counts, member, { permutations: 499, seed: 3 });
    expect(Array.from(again.variables[0].localP)).toEqual(Array.from(h.variables[0].localP));
    expect(h.variables[1].localCluster.every((q) => Number.isNaN(q))).toBe(true);
  });
});

describe('Benjamini–Hochberg', () => {
  it('matches the numpy reference', () => {
    const q = benjaminiHochberg(reference.bh.p);
    expect(q.length).toBe(reference.bh.q.length);
    reference.bh.q.forEach((v, i) => close(q[i], v, 1e-12));
  });

  it('leaves NaN out of the count', () => {
    const q = benjaminiHochberg([0.01, NaN, 0.02]);
    expect(q[1]).toBeNaN();
    expect(q[0]).toBeCloseTo(0.02, 15);
    expect(q[2]).toBeCloseTo(0.02, 15);
  });
});
