import { describe, expect, it } from 'vitest';
import { computeEnvironmentSync } from './environment.ts';
import { gridFromArrays } from './grid-from-arrays.ts';
import { type Grid } from './grid.ts';
import { buildStencil, KERNELS } from './kernels.ts';
import { textbookSpatial, textbookSpatialPaired, type Environments } from './spatial-textbook.ts';
import { allocFloat64 } from './typed.ts';
import { Random } from '../synthetic-random.ts';

/** Cells missing at random, fractional and integer counts, four areas with ragged borders and enclaves. */
function raggedGrid(seed: number, w: number, h: number): Grid {
  const rng = new Random(seed);
  const x: number[] = [];
  const y: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const area: string[] = [];
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      if (rng.next() < 0.2) continue;
      x.push(c * 100);
      y.push(r * 100);
      a.push(rng.poisson(4));
      b.push(rng.next() * 30);
      const enclave = (c - 30) ** 2 + (r - 20) ** 2 < 16;
      const code = enclave ? 'L4' : c + (rng.next() < 0.1 ? 3 : 0) < w / 2 ? (r < h / 2 ? 'L1' : 'L2') : 'L3';
      area.push(code);
    }
  }
  return gridFromArrays({ x, y, cellSize: 100, groups: { a, b }, area });
}

describe("an area's environments taken from the all-cells ones where they agree", () => {
  const grid = raggedGrid(11, 61, 47);
  for (const kernel of KERNELS) {
    for (const compat of ['textbook', 'pysal'] as const) {
      for (const bandwidth of [300, 700, 1000]) {
        it(`are bit for bit the area's own convolution: ${kernel}, ${compat}, ${bandwidth} m`, () => {
          const stencil = buildStencil(kernel, bandwidth, 100, compat);
          const sources = [...grid.counts, grid.total];
          const all = sources.map(() => allocFloat64(grid.cellCount));
          computeEnvironmentSync({ grid, scope: grid.scopes[0], stencil, sources, targets: all });
          const own = sources.map(() => allocFloat64(grid.cellCount));
          const copied = sources.map(() => allocFloat64(grid.cellCount));
          let differ = 0;
          let compared = 0;
          /** Cells whose copied environment is not bit for bit the area's own, as `channel c, cell i`. */
          const unequal: string[] = [];
          expect(grid.scopes.length).toBe(5);
          for (const scope of grid.scopes.slice(1)) {
            const cells = scope.cells as Int32Array;
            expect(cells.length).toBeGreaterThan(0);
            computeEnvironmentSync({ grid, scope, stencil, sources, targets: own });
            const from = { base: all, area: (grid.areaOf as Int32Array)[cells[0]] };
            computeEnvironmentSync({ grid, scope, stencil, sources, targets: copied, from });
            for (let c = 0; c < sources.length; c++) {
              for (const i of cells) {
                compared++;
                if (!Object.is(copied[c][i], own[c][i])) unequal.push(`channel ${c}, cell ${i}`);
                if (own[c][i] !== all[c][i]) differ++;
              }
            }
          }
          expect(unequal).toEqual([]);
          // The areas cover every cell once: each cell of each channel was compared.
          expect(compared).toBe(sources.length * grid.cellCount);
          // The borders matter: some cells' area environments are not the all-cells ones.
          expect(differ).toBeGreaterThan(0);
        });
      }
    }
  }
});

describe('the textbook spatial indices of all cells and the areas in one pass', () => {
  it('equal those of each scope on its own, bit for bit, with borders and enclaves', () => {
    const grid = raggedGrid(5, 53, 41);
    for (const total of [false, true]) {
      const stencil = buildStencil('triangular', 500, 100, 'textbook');
      const sources = total ? [...grid.counts, grid.total] : grid.counts;
      const envOf = (): Environments => {
        const groups = grid.counts.map(() => allocFloat64(grid.cellCount));
        return { groups, total: total ? allocFloat64(grid.cellCount) : null };
      };
      const all = envOf();
      const areas = envOf();
      const targets = (e: Environments): readonly Float64Array[] =>
        e.total === null ? e.groups : [...e.groups, e.total];
      computeEnvironmentSync({ grid, scope: grid.scopes[0], stencil, sources, targets: targets(all) });
      for (const scope of grid.scopes.slice(1)) {
        const from = { base: targets(all), area: (grid.areaOf as Int32Array)[(scope.cells as Int32Array)[0]] };
        computeEnvironmentSync({ grid, scope, stencil, sources, targets: targets(areas), from });
      }
      const paired = textbookSpatialPaired(grid, grid.scopes[0], all, grid.scopes.slice(1), areas);
      const alone = grid.scopes.map((scope, n) => textbookSpatial(grid, scope, n === 0 ? all : areas));
      expect(paired.length).toBe(5);
      expect(paired).toEqual(alone);
      expect(paired[1]).not.toEqual(paired[2]);
      // Only the border cells written, and marked: the same indices again.
      const sparse = envOf();
      const border = new Uint8Array(grid.cellCount);
      for (const scope of grid.scopes.slice(1)) {
        const from = { base: targets(all), area: (grid.areaOf as Int32Array)[(scope.cells as Int32Array)[0]], border };
        computeEnvironmentSync({ grid, scope, stencil, sources, targets: targets(sparse), from });
      }
      const marked = border.reduce((n, b) => n + b, 0);
      expect(marked).toBeGreaterThan(0);
      expect(marked).toBeLessThan(grid.cellCount / 2);
      expect(textbookSpatialPaired(grid, grid.scopes[0], all, grid.scopes.slice(1), sparse, border)).toEqual(alone);
    }
  });
});
