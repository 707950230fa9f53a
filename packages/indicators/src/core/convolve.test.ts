import { afterAll, describe, expect, it } from 'vitest';
import { computeEnvironmentSync } from './environment.ts';
import { gridFromArrays } from './grid-from-arrays.ts';
import { type Grid, type Scope } from './grid.ts';
import { buildStencil, KERNELS, kernelWeight, type Compat, type KernelName } from './kernels.ts';
import { allocFloat64 } from './typed.ts';
import { Random } from '../synthetic-random.ts';
import { computeEnvironments } from '../parallel/parallel-environment.ts';
import { shutdownWorkers, workerCount } from '../parallel/pool.ts';

afterAll(shutdownWorkers);

/** A random grid: cells missing at random, rows shuffled, two areas split by a diagonal. */
function randomGrid(seed: number, w: number, h: number): Grid {
  const rng = new Random(seed);
  const cells: Array<{ x: number; y: number; a: number; b: number; area: string }> = [];
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      if (rng.next() < 0.15) continue;
      cells.push({
        x: 1000 + c * 100,
        y: 5000 + r * 100,
        a: rng.poisson(5),
        b: rng.poisson(15),
        area: c + r < (w + h) / 2 ? 'L1' : 'L2',
      });
    }
  }
  for (let i = cells.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [cells[i], cells[j]] = [cells[j], cells[i]];
  }
  return gridFromArrays({
    x: cells.map((c) => c.x),
    y: cells.map((c) => c.y),
    cellSize: 100,
    groups: { a: cells.map((c) => c.a), b: cells.map((c) => c.b) },
    area: cells.map((c) => c.area),
  });
}

/** Σ_j w(d_ij) v_j over every pair of cells of the scope (the definition, O(n²)). */
function brute(
  grid: Grid,
  scope: Scope,
  values: Float64Array,
  kernel: KernelName,
  b: number,
  compat: Compat,
): Map<number, number> {
  const cells = scope.cells ?? Int32Array.from({ length: grid.cellCount }, (_, i) => i);
  const out = new Map<number, number>();
  for (const i of cells) {
    let s = 0;
    for (const j of cells) {
      const d = Math.hypot((grid.col[i] - grid.col[j]) * 100, (grid.row[i] - grid.row[j]) * 100);
      if (d > b) continue;
      s += (i === j && compat === 'pysal' ? 1 : kernelWeight(kernel, d / b, compat)) * values[j];
    }
    out.set(i, s);
  }
  return out;
}

describe('kernel environments by stencil convolution equal the brute-force pair sums', () => {
  const grid = randomGrid(42, 23, 17);
  for (const kernel of KERNELS) {
    for (const compat of ['textbook', 'pysal'] as const) {
      for (const b of [250, 640]) {
        it(`${kernel}, ${compat}, bandwidth ${b} m, whole grid and each area`, () => {
          const stencil = buildStencil(kernel, b, 100, compat);
          for (const scope of grid.scopes) {
            const targets = grid.counts.map(() => allocFloat64(grid.cellCount));
            computeEnvironmentSync({ grid, scope, stencil, sources: grid.counts, targets });
            grid.counts.forEach((values, k) => {
              for (const [i, want] of brute(grid, scope, values, kernel, b, compat)) {
                expect(Math.abs(targets[k][i] - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, want));
              }
            });
          }
        });
      }
    }
  }

  it('gives bit-identical results on worker threads and on one thread', async () => {
    const big = randomGrid(7, 120, 90);
    const stencil = buildStencil('triangular', 1000, 100, 'pysal');
    const run = async (threads: number): Promise<Float64Array[]> => {
      const targets = big.counts.map(() => allocFloat64(big.cellCount));
      const reqs = big.scopes.map((scope) => ({ grid: big, scope, stencil, sources: big.counts, targets }));
      await computeEnvironments(reqs.slice(0, 1), threads, 0);
      return targets;
    };
    // Workers another file started in this process (test files share modules) would be counted too.
    await shutdownWorkers();
    const one = await run(1);
    const two = await run(2);
    expect(workerCount()).toBe(1);
    for (let k = 0; k < one.length; k++) expect(Array.from(two[k])).toEqual(Array.from(one[k]));
  });

  it('leaves out zero weights and keeps the cell itself at weight 1 in the pysal convention', () => {
    const tri = buildStencil('triangular', 500, 100, 'textbook');
    expect(tri.radius).toBe(5);
    expect(tri.half[0]).toBe(-1);
    expect(tri.size).toBe(69);
    const uni = buildStencil('uniform', 150, 100, 'pysal');
    expect(Array.from(uni.weights)).toEqual([0.5, 0.5, 0.5, 0.5, 1, 0.5, 0.5, 0.5, 0.5]);
  });
});
