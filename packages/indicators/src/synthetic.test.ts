import { describe, expect, it } from 'vitest';
import { readGrid } from './io/read-grid.ts';
import { syntheticGridText } from './synthetic.ts';

describe('synthetic grid generator', () => {
  const options = { cells: 3000, areas: 4, seed: 11 };
  const text = [...syntheticGridText(options)].join('');

  it('is deterministic for a seed and changes with it', () => {
    expect([...syntheticGridText(options)].join('')).toBe(text);
    expect([...syntheticGridText({ ...options, seed: 12 })].join('')).not.toBe(text);
  });

  it('writes the D4I shape: EU grid ids, synthetic LAU codes, a total and group counts', async () => {
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('GRD_ID,LAU_CODE,TOT,NAT,EU,AFR,ASI,AME,OCE');
    expect(lines).toHaveLength(3001);
    const grid = await readGrid(Buffer.from(text), {
      cellId: 'GRD_ID',
      area: 'LAU_CODE',
      total: 'TOT',
      groups: ['NAT', 'EU', 'AFR', 'ASI', 'AME', 'OCE'],
    });
    expect(grid.cellCount).toBe(3000);
    expect(grid.cellSize).toBe(100);
    expect(grid.areaCodes).toEqual(['SYN-01', 'SYN-02', 'SYN-03', 'SYN-04']);
    const all = grid.scopes[0];
    expect(all.groupTotals[0] / all.population).toBeGreaterThan(0.6);
  });
});
