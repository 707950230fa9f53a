import { afterAll, describe, expect, it } from 'vitest';
import { computeIndicatorsSync } from '../core/compute.ts';
import { computeIndicators } from '../engine.ts';
import { readGrid } from '../io/read-grid.ts';
import { syntheticGridText } from '../synthetic.ts';
import { canPipeline } from './pipelined-indicators.ts';
import { shutdownWorkers } from './pool.ts';

const GROUPS = ['NAT', 'EU', 'AFR'];
const text = [...syntheticGridText({ cells: 320_000, areas: 3, seed: 9, groups: GROUPS })].join('');
const grid = await readGrid(Buffer.from(text), { cellId: 'GRD_ID', area: 'LAU_CODE', total: 'TOT', groups: GROUPS });

afterAll(() => shutdownWorkers());

describe('the computation on two threads kept busy together', () => {
  it('runs for a large grid on two threads only', async () => {
    expect(grid.cellCount).toBe(320_000);
    expect(await canPipeline(grid, 2)).toBe(true);
    expect(await canPipeline(grid, 1)).toBe(false);
  });

  for (const compat of ['textbook', 'pysal'] as const) {
    it(`gives the one-thread results over several kernel steps (${compat})`, async () => {
      // Two bandwidths, each over all cells and per area: four steps over two sets of environments.
      const options = { bandwidths: [300, 500], kernel: 'triangular' as const, compat };
      const one = computeIndicatorsSync(grid, options);
      const two = await computeIndicators(grid, { ...options, threads: 2 });
      expect(one.areas).toHaveLength(4);
      expect(one.areas[1].spatial).toHaveLength(2);
      expect(two).toEqual(one);
    });
  }
});
