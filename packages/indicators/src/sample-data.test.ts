import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeIndicatorsSync } from './core/compute.ts';
import { readGrid } from './io/read-grid.ts';
import { syntheticGridText } from './synthetic.ts';

const SAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/evidence/sample-grid.csv');

describe('the bundled synthetic sample grid', () => {
  it('is exactly what the documented generator command writes', () => {
    const text = [...syntheticGridText({ cells: 24000, areas: 6, seed: 20181107 })].join('');
    expect(readFileSync(SAMPLE, 'utf8') === text).toBe(true);
  });

  it('reads cleanly and yields indices for all cells and six areas', async () => {
    const grid = await readGrid(SAMPLE, {
      cellId: 'GRD_ID',
      area: 'LAU_CODE',
      total: 'TOT',
      groups: ['NAT', 'EU', 'AFR', 'ASI', 'AME', 'OCE'],
    });
    const r = computeIndicatorsSync(grid, { bandwidths: [500] });
    expect(r.areas.map((a) => a.area)).toEqual(['ALL', 'SYN-01', 'SYN-02', 'SYN-03', 'SYN-04', 'SYN-05', 'SYN-06']);
    for (const a of r.areas) {
      expect(a.groups.AFR.dissimilarity).toBeGreaterThan(0.1);
      expect(a.spatial[0].multigroup.information_theory).toBeGreaterThan(0);
      expect(a.spatial[0].multigroup.information_theory).toBeLessThan(a.multigroup.information_theory);
    }
  });
});
