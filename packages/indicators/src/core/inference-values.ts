import { computeAspatialScopes, GiniWorkspace, type ScopeTotals } from './aspatial.ts';
import { type Grid, type Scope } from './grid.ts';
import { moranSweep } from './moran-sweep.ts';
import { TermMemo } from './term-memo.ts';

/** Single-group indices tested (all but the share, which margins fix). */
export const TESTED_GROUP_INDICES = [
  'dissimilarity',
  'gini',
  'entropy',
  'isolation',
  'exposure',
  'atkinson',
  'correlation_ratio',
  'delta',
  'morans_i',
] as const;

/** Multigroup indices tested (diversity and Simpson indices depend on the margins alone). */
export const TESTED_MULTIGROUP_INDICES = [
  'dissimilarity',
  'gini',
  'information_theory',
  'normalized_exposure',
  'relative_diversity',
  'squared_coefficient_of_variation',
  'divergence',
] as const;

/** Indices where a lower value means more segregation (the others: higher). */
export const LOWER_IS_SEGREGATED: ReadonlySet<string> = new Set(['exposure']);

/** Number of tested values per scope: K × single-group indices, then the multigroup ones. */
export function testedCount(K: number): number {
  return K * TESTED_GROUP_INDICES.length + TESTED_MULTIGROUP_INDICES.length;
}

/**
 * The tested indices of one set of counts, per scope, as flat vectors (group k's index j at
 * k · J + j, then the multigroup indices). `scopes` are all cells (areaOf null) or the areas
 * (areaOf given, scope a holding the cells of area a).
 */
export class TestedValues {
  private readonly gini = new GiniWorkspace();
  private readonly memo: TermMemo;
  constructor(
    private readonly grid: Grid,
    private readonly lattice: Int32Array,
    private readonly atkinsonB: number,
  ) {
    this.memo = new TermMemo(atkinsonB);
  }

  compute(
    counts: Float64Array[],
    total: Float64Array,
    scopes: readonly Scope[],
    areaOf: Int32Array | null,
  ): Float64Array[] {
    const grid = this.grid;
    const K = counts.length;
    const totals: ScopeTotals[] = scopes.map((s) => ({
      groupTotals: new Float64Array(K),
      population: 0,
      count: s.count,
      cells: s.cells,
    }));
    for (let i = 0; i < grid.cellCount; i++) {
      const at = areaOf === null ? 0 : areaOf[i];
      const st = totals[at];
      for (let k = 0; k < K; k++) st.groupTotals[k] += counts[k][i];
      st.population += total[i];
    }
    let sumIsTotal = true;
    for (let i = 0; i < grid.cellCount && sumIsTotal; i++) {
      let sum = 0;
      for (let k = 0; k < K; k++) sum += counts[k][i];
      sumIsTotal = sum === total[i];
    }
    const aspatial = computeAspatialScopes(
      {
        groups: grid.groups,
        counts,
        total,
        cells: null,
        n: grid.cellCount,
        includeAll: areaOf === null,
        areaOf,
        scopes: totals,
        unitAreas: null,
        totalIsGroupSum: sumIsTotal,
      },
      this.atkinsonB,
      this.gini,
      this.memo,
    );
    const moran = moranSweep(grid, this.lattice, counts, total, areaOf);
    const J = TESTED_GROUP_INDICES.length;
    return aspatial.map((res, s) => {
      const out = new Float64Array(testedCount(K));
      grid.groups.forEach((g, k) => {
        const values = res.groups[g] as unknown as Record<string, number>;
        TESTED_GROUP_INDICES.forEach((name, j) => {
          out[k * J + j] = name === 'morans_i' ? moran[areaOf === null ? 0 : 1 + s][k] : values[name];
        });
      });
      const multi = res.multigroup as unknown as Record<string, number>;
      TESTED_MULTIGROUP_INDICES.forEach((name, j) => (out[K * J + j] = multi[name]));
      return out;
    });
  }
}
