import { describe, expect, it } from 'vitest';
import { computeAspatial } from './core/aspatial.ts';
import { computeIndicatorsSync } from './core/compute.ts';
import { computeEnvironmentSync } from './core/environment.ts';
import { buildStencil } from './core/kernels.ts';
import { computeLocalLayersSync } from './core/local-layers.ts';
import { allocFloat64 } from './core/typed.ts';
import { readGrid } from './io/read-grid.ts';
import { closeRel, readReferenceCsv, readReferenceJson, referencePath } from './testing/reference-data.ts';

interface REntry {
  index: string;
  value: number | number[] | number[][];
}

const GROUPS = ['grpA', 'grpB', 'grpC', 'grpD'];
const grid = await readGrid(referencePath('grid_small_40x30.csv'), {
  x: 'x',
  y: 'y',
  cellSize: 100,
  groups: GROUPS,
  total: 'total',
});

describe('small grid against R OasisR and seg (ref_small_R.json)', () => {
  const aspatial = computeIndicatorsSync(grid, {}).areas[0];
  const textbook = computeIndicatorsSync(grid, { bandwidths: [500, 1000], compat: 'textbook' }).areas[0];
  const envWeighted = (bw: number) => {
    const targets = GROUPS.map(() => allocFloat64(grid.cellCount));
    computeEnvironmentSync({
      grid,
      scope: grid.scopes[0],
      stencil: buildStencil('triangular', bw, 100, 'textbook'),
      sources: grid.counts,
      targets,
    });
    const totals = Float64Array.from(targets, (t) => t.reduce((s, v) => s + v, 0));
    const total = allocFloat64(grid.cellCount);
    for (const t of targets) for (let i = 0; i < t.length; i++) total[i] += t[i];
    return computeAspatial(
      {
        groups: GROUPS,
        counts: targets,
        total,
        cells: null,
        n: grid.cellCount,
        groupTotals: totals,
        population: totals.reduce((s, v) => s + v, 0),
        totalIsGroupSum: true,
      },
      0.5,
    ).multigroup;
  };
  const env = { 500: envWeighted(500), 1000: envWeighted(1000) };
  const A = aspatial.groups.grpA;
  const M = aspatial.multigroup;
  const tb = (bw: number) => textbook.spatial.find((s) => s.bandwidth === bw)!;

  const expectations: Record<string, number> = {
    'OasisR ISDuncan (grpA vs rest)': A.dissimilarity,
    'OasisR Gini (grpA vs rest)': A.gini,
    'OasisR Atkinson delta=0.5 (grpA)': A.atkinson,
    'OasisR HTheil (grpA)': A.entropy,
    'OasisR xPx (grpA)': A.isolation,
    'OasisR Eta2 (grpA)': A.correlation_ratio,
    'OasisR DMulti': M.dissimilarity,
    'OasisR GiniMulti': M.gini,
    'OasisR HMulti': M.information_theory,
    'OasisR PMulti': M.normalized_exposure,
    'OasisR RelDivers': M.relative_diversity,
    'OasisR CMulti': M.squared_coefficient_of_variation,
    'OasisR HShannon': M.diversity,
    'OasisR NShannon': M.diversity_normalized,
    'OasisR ISimpson': M.simpson_interaction,
    'seg spatseg aspatial D (multigroup)': M.dissimilarity,
    'seg spatseg aspatial R (relative diversity)': M.relative_diversity,
    'seg spatseg aspatial H (information theory)': M.information_theory,
    'seg spatseg aspatial P[A,A] isolation': A.isolation,
    'seg spatseg D~ bw=500 (point-weighted R&O)': tb(500).multigroup.dissimilarity,
    'seg spatseg R~ bw=500': tb(500).multigroup.relative_diversity as number,
    'seg spatseg H~ bw=500': tb(500).multigroup.information_theory,
    'seg spatseg P~[A,A] bw=500': tb(500).groups.grpA.isolation as number,
    'seg spatseg D env-weighted bw=500 (=PySAL style)': env[500].dissimilarity,
    'seg spatseg H env-weighted bw=500 (=PySAL style)': env[500].information_theory,
    'seg spatseg D~ bw=1000 (point-weighted R&O)': tb(1000).multigroup.dissimilarity,
    'seg spatseg R~ bw=1000': tb(1000).multigroup.relative_diversity as number,
    'seg spatseg H~ bw=1000': tb(1000).multigroup.information_theory,
    'seg spatseg P~[A,A] bw=1000': tb(1000).groups.grpA.isolation as number,
    'seg spatseg D env-weighted bw=1000 (=PySAL style)': env[1000].dissimilarity,
    'seg spatseg H env-weighted bw=1000 (=PySAL style)': env[1000].information_theory,
  };

  for (const e of readReferenceJson<REntry[]>('ref_small_R.json')) {
    const expected = Array.isArray(e.value) ? e.value.flat() : [e.value];
    if (e.index === 'OasisR xPy matrix row grpA') {
      it('OasisR xPy row: A→A is the isolation, A→others add up to the exposure (4 dp)', () => {
        expect(Math.abs(A.isolation - expected[0])).toBeLessThan(5.1e-5);
        expect(Math.abs(A.exposure - (expected[1] + expected[2] + expected[3]))).toBeLessThan(1.6e-4);
      });
      continue;
    }
    const value = expectations[e.index];
    it(`${e.index} = ${expected[0]}`, () => {
      expect(value, 'mapped').toBeTypeOf('number');
      if (e.index.startsWith('OasisR')) expect(Math.abs(value - expected[0])).toBeLessThan(5.1e-5);
      else expect(closeRel(value, expected[0]), `${value}`).toBe(true);
    });
  }
});

describe('kernel environments against grid_small_env.csv', () => {
  const ref = readReferenceCsv('grid_small_env.csv');
  for (const bw of [500, 1000]) {
    it(`triangular ${bw} m environment of every cell and group`, () => {
      const targets = GROUPS.map(() => allocFloat64(grid.cellCount));
      computeEnvironmentSync({
        grid,
        scope: grid.scopes[0],
        stencil: buildStencil('triangular', bw, 100, 'textbook'),
        sources: grid.counts,
        targets,
      });
      const xs = ref.numbers('x');
      const ys = ref.numbers('y');
      let checked = 0;
      GROUPS.forEach((g, k) => {
        const want = ref.numbers(`env${bw}_${g}`);
        for (let r = 0; r < want.length; r++) {
          const i = ((ys[r] - grid.originY) / 100) * grid.width + (xs[r] - grid.originX) / 100;
          expect(Math.abs(targets[k][i] - want[r])).toBeLessThanOrEqual(Math.max(1e-9 * want[r], 6e-11));
          checked++;
        }
      });
      expect(checked).toBe(4800);
    });
  }
});

describe('local layers against ref_small_local.csv', () => {
  const ref = readReferenceCsv('ref_small_local.csv');
  const layers = computeLocalLayersSync(grid, { bandwidths: [500], compat: 'pysal' });
  const map: Record<string, string> = {
    LQ_grpA: 'lq_grpA',
    LQ_grpB: 'lq_grpB',
    LQ_grpC: 'lq_grpC',
    LQ_grpD: 'lq_grpD',
    local_diversity: 'diversity',
    local_entropy_norm: 'entropy_norm',
    local_simpson_conc: 'simpson_concentration',
    local_simpson_inter: 'simpson_interaction',
    LQ500_grpA: 'lq_grpA_500m',
    LQ500_grpB: 'lq_grpB_500m',
    LQ500_grpC: 'lq_grpC_500m',
    LQ500_grpD: 'lq_grpD_500m',
    local_entropy_norm_500: 'entropy_norm_500m',
  };

  it('maps every reference column except local_distortion (tie-order dependent, not reproduced)', () => {
    expect(ref.header.filter((h) => h !== 'id' && map[h] === undefined)).toEqual(['local_distortion']);
  });

  for (const [column, layer] of Object.entries(map)) {
    it(`${column} for all 1200 cells (printed to 12 significant digits)`, () => {
      const want = ref.numbers(column);
      const got = layers.column(layer);
      for (let i = 0; i < want.length; i++) {
        expect(closeRel(got[i], want[i], 1e-9), `cell ${i}: ${got[i]} vs ${want[i]}`).toBe(true);
      }
    });
  }
});
