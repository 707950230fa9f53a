import { describe, expect, it } from 'vitest';
import { readGrid } from '../io/read-grid.ts';
import { syntheticGridText } from '../synthetic.ts';
import { computeIndicatorsSync } from './compute.ts';
import { computeLocalLayersSync } from './local-layers.ts';

const GROUPS = ['NAT', 'EU', 'AFR'];
const text = [...syntheticGridText({ cells: 900, areas: 3, seed: 8, groups: GROUPS })].join('');
const grid = await readGrid(Buffer.from(text), { cellId: 'GRD_ID', area: 'LAU_CODE', total: 'TOT', groups: GROUPS });

describe('structure and inference in a run', () => {
  it('the profile at each bandwidth equals a run at that bandwidth alone', () => {
    const profile = [100, 300, 500];
    const r = computeIndicatorsSync(grid, { bandwidths: [500], profile });
    expect(r.areas.length).toBe(4);
    for (const area of r.areas) {
      expect(area.spatial.map((s) => s.bandwidth)).toEqual([500]);
      expect(area.profile?.bandwidths).toEqual(profile);
    }
    profile.forEach((b, j) => {
      const single = computeIndicatorsSync(grid, { bandwidths: [b] });
      single.areas.forEach((a, n) => {
        const p = r.areas[n].profile!;
        expect(p.multigroup.information_theory[j]).toBe(a.spatial[0].multigroup.information_theory);
        for (const g of GROUPS) expect(p.groups[g].dissimilarity[j]).toBe(a.spatial[0].groups[g].dissimilarity);
      });
    });
  });

  it('without the new options nothing is added and the indices are unchanged', () => {
    const plain = computeIndicatorsSync(grid, { bandwidths: [300] });
    const rich = computeIndicatorsSync(grid, {
      bandwidths: [300],
      inference: { permutations: 19, bootstrap: 19, seed: 2 },
      decomposition: 'areas',
    });
    for (const a of plain.areas) {
      expect(a.inference).toBeUndefined();
      expect(a.profile).toBeUndefined();
      expect(a.decomposition).toBeUndefined();
    }
    rich.areas.forEach((a, n) => {
      expect(a.groups).toEqual(plain.areas[n].groups);
      expect(a.spatial).toEqual(plain.areas[n].spatial);
      expect(a.inference?.permutations).toBe(19);
      expect(a.inference?.groups.AFR.dissimilarity.p_value).toBeGreaterThan(0);
    });
    const d = rich.areas[0].decomposition!;
    expect(d.areas.map((x) => x.area)).toEqual(grid.areaCodes);
    expect(Math.abs(d.m.total - rich.areas[0].multigroup.divergence)).toBeLessThan(1e-12);
    expect(rich.areas.slice(1).every((a) => a.decomposition === undefined)).toBe(true);
  });

  it('local layers gain the hot-spot layers of each group', () => {
    const layers = computeLocalLayersSync(grid, { hotspots: { permutations: 49, seed: 1 } });
    for (const g of GROUPS)
      for (const name of ['lisa', 'lisa_p', 'lisa_cluster', 'gistar', 'gistar_p', 'gistar_hotspot'])
        expect(layers.names).toContain(`${name}_${g}`);
    const p = layers.column('lisa_p_AFR');
    const finite = Array.from(p).filter(Number.isFinite);
    expect(finite.length).toBeGreaterThan(100);
    expect(Math.min(...finite)).toBeGreaterThanOrEqual(1 / 50);
    expect(Math.max(...finite)).toBeLessThanOrEqual(0.5 + 1 / 50);
    const plain = computeLocalLayersSync(grid, {});
    expect(layers.column('lq_AFR')).toEqual(plain.column('lq_AFR'));
  });
});
