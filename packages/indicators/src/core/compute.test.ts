import { describe, expect, it } from 'vitest';
import { readGrid } from '../io/read-grid.ts';
import { syntheticGridText } from '../synthetic.ts';
import { computeIndicatorsSync } from './compute.ts';
import { gridFromArrays } from './grid-from-arrays.ts';
import { type Grid } from './grid.ts';
import { computeIndicators } from '../engine.ts';

const GROUPS = ['NAT', 'EU', 'AFR', 'ASI'];
const text = [...syntheticGridText({ cells: 2500, areas: 3, seed: 5, groups: GROUPS })].join('');
const grid = await readGrid(Buffer.from(text), { cellId: 'GRD_ID', area: 'LAU_CODE', total: 'TOT', groups: GROUPS });

/** The cells of one area as a grid of its own. */
function areaGrid(g: Grid, a: number): Grid {
  const cells = g.scopes[a + 1].cells as Int32Array;
  const pick = (arr: Float64Array): number[] => Array.from(cells, (i) => arr[i]);
  return gridFromArrays({
    x: Array.from(cells, (i) => g.originX + g.col[i] * g.cellSize),
    y: Array.from(cells, (i) => g.originY + g.row[i] * g.cellSize),
    cellSize: g.cellSize,
    groups: Object.fromEntries(g.groups.map((name, k) => [name, pick(g.counts[k])])),
    total: pick(g.total),
  });
}

function expectClose(a: unknown, b: unknown, path = ''): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(b)) expect(a, path).toBeNaN();
    else expect(Math.abs(a - b), `${path}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(b)));
    return;
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    expect(Object.keys(a), path).toEqual(Object.keys(b));
    for (const k of Object.keys(b))
      expectClose((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    return;
  }
  expect(a, path).toEqual(b);
}

describe('per-area results', () => {
  for (const compat of ['textbook', 'pysal'] as const) {
    it(`equal the results of each area run on its own (${compat}, environments within the area)`, () => {
      const full = computeIndicatorsSync(grid, { bandwidths: [300, 700], compat });
      expect(full.areas.map((a) => a.area)).toEqual(['ALL', 'SYN-01', 'SYN-02', 'SYN-03']);
      grid.areaCodes.forEach((code, a) => {
        const own = computeIndicatorsSync(areaGrid(grid, a), { bandwidths: [300, 700], compat }).areas[0];
        const { area, ...mine } = full.areas[a + 1];
        const { area: _all, ...theirs } = own;
        expect(area).toBe(code);
        expectClose(mine, theirs);
      });
    });
  }

  it("let environments cross area borders with environmentScope 'all'", () => {
    const inside = computeIndicatorsSync(grid, { bandwidths: [700] });
    const across = computeIndicatorsSync(grid, { bandwidths: [700], environmentScope: 'all' });
    expect(across.areas[0]).toEqual(inside.areas[0]);
    expect(across.areas[1].spatial[0].multigroup.information_theory).not.toBe(
      inside.areas[1].spatial[0].multigroup.information_theory,
    );
    expect(across.areas[1].groups).toEqual(inside.areas[1].groups);
  });

  it('gives the same results on worker threads as on one thread', async () => {
    const one = await computeIndicators(grid, { bandwidths: [700], threads: 1 });
    const many = await computeIndicators(grid, { bandwidths: [700], threads: 2 });
    expect(many).toEqual(one);
  });

  it('reports undefined indices as NaN (a group absent from an area)', () => {
    const g = gridFromArrays({ x: [0, 100, 200], y: [0, 0, 0], cellSize: 100, groups: { A: [1, 2, 0], B: [0, 0, 0] } });
    const r = computeIndicatorsSync(g).areas[0];
    expect(r.groups.B.dissimilarity).toBeNaN();
    expect(r.groups.B.share).toBe(0);
    expect(r.multigroup.diversity).toBe(0);
  });
});
