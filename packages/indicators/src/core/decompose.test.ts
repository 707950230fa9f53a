import { describe, expect, it } from 'vitest';
import { computeIndicatorsSync } from './compute.ts';
import { decomposeInformation } from './decompose.ts';
import { gridFromArrays } from './grid-from-arrays.ts';
import { type Grid } from './grid.ts';
import { caseGrid, reference } from '../testing/decomposition-cases.ts';

const close = (a: number, b: number, tol = 1e-9): void =>
  expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

function decompose(g: Grid) {
  return decomposeInformation(g.groups, g.counts, g.areaOf!, g.areaCodes, 'area');
}

describe('decomposition of M and H', () => {
  expect(reference.cases.length).toBeGreaterThan(1);
  for (const c of reference.cases) {
    it(`matches the numpy reference: ${c.name}`, () => {
      const d = decompose(caseGrid(c));
      const r = c.decomposition;
      close(d.entropy, r.entropy);
      for (const part of ['total', 'between', 'within'] as const) {
        close(d.m[part], r.m[part]);
        close(d.h[part], r.h[part]);
      }
      expect(d.areas.map((a) => a.area)).toEqual(r.areas.map((a) => a.area));
      d.areas.forEach((a, j) => {
        const ra = r.areas[j];
        close(a.population_share, ra.population_share);
        close(a.entropy, ra.entropy);
        close(a.m, ra.m);
        close(a.h, ra.h);
        close(a.m_within, ra.m_within);
      });
      for (const [g, rg] of Object.entries(r.groups)) {
        close(d.groups[g].share, rg.share);
        close(d.groups[g].m.total, rg.m_total);
        close(d.groups[g].m.between, rg.m_between);
      }
    });

    it(`within + between = total exactly, and the groups add up: ${c.name}`, () => {
      const d = decompose(caseGrid(c));
      expect(Math.abs(d.m.between + d.m.within - d.m.total)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(d.h.between + d.h.within - d.h.total)).toBeLessThanOrEqual(1e-12);
      const sum = (f: (p: (typeof d.groups)[string]) => number): number =>
        Object.values(d.groups).reduce((s, p) => s + f(p), 0);
      expect(Math.abs(sum((p) => p.m.total) - d.m.total)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(sum((p) => p.m.between) - d.m.between)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(sum((p) => p.m.within) - d.m.within)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(d.areas.reduce((s, a) => s + a.h_within, 0) - d.h.within)).toBeLessThanOrEqual(1e-12);
    });
  }

  it('M is the divergence index and H the information theory index of the engine', () => {
    const g = caseGrid(reference.cases[0]);
    const d = decompose(g);
    const multi = computeIndicatorsSync(g, { areas: false }).areas[0].multigroup;
    close(d.m.total, multi.divergence, 1e-12);
    close(d.h.total, multi.information_theory, 1e-12);
  });

  it('one area: nothing between; one cell per area: nothing within', () => {
    const one = gridFromArrays({
      x: [0, 100, 200],
      y: [0, 0, 0],
      cellSize: 100,
      groups: { A: [5, 1, 0], B: [0, 4, 6] },
    });
    const same = decomposeInformation(one.groups, one.counts, new Int32Array(3), ['X'], 'X');
    expect(same.m.between).toBe(0);
    close(same.m.within, same.m.total, 1e-15);
    const each = decomposeInformation(one.groups, one.counts, Int32Array.from([0, 1, 2]), ['a', 'b', 'c'], 'cell');
    expect(Math.abs(each.m.within)).toBeLessThanOrEqual(1e-15);
    close(each.m.between, each.m.total, 1e-15);
  });
});
