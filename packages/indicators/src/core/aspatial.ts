import { accumulate, type AreaPools, type PassSums, type ScopedUnits, type ScopeTotals } from './aspatial-pass.ts';
import { PairSorter, SharePool } from './gini.ts';
import { type AspatialGroupIndices, type AspatialResult, type MultigroupIndices } from './indices.ts';
import { binaryEntropy } from './numeric.ts';
import { type TermMemo } from './term-memo.ts';

export type { ScopedUnits, ScopeTotals };

/** Counts of one set of units (grid cells or any areal units), read through an optional index list. */
export interface UnitView {
  groups: readonly string[];
  counts: readonly Float64Array[];
  total: Float64Array;
  /** Indices of the units to use, or null for units 0..n-1. */
  cells: Int32Array | null;
  n: number;
  /** Σ of each group over the view. */
  groupTotals: Float64Array;
  /** Σ of total over the view. */
  population: number;
  /** Unit areas for delta; null means equal areas (grid cells). */
  unitAreas?: Float64Array | null;
  /** True when total equals the sum of the groups in every unit (lets Gini sorts be shared). */
  totalIsGroupSum: boolean;
}

/**
 * Reusable Gini state: one pool per group against the total and one per group against the
 * group sum, and one sorter shared by all, so memory stays at one list of units.
 */
export class GiniWorkspace {
  private readonly pools: SharePool[] = [];
  readonly sorter = new PairSorter();

  /** The j-th pool, created on first use. */
  pool(j: number): SharePool {
    let p = this.pools[j];
    if (p === undefined) {
      p = new SharePool();
      this.pools[j] = p;
    }
    return p;
  }
}

/** Every aspatial single-group and multigroup index of one set of units. Definitions: see README. */
export function computeAspatial(view: UnitView, atkinsonB = 0.5, workspace?: GiniWorkspace): AspatialResult {
  const scope: ScopeTotals = {
    groupTotals: view.groupTotals,
    population: view.population,
    count: view.n,
    cells: view.cells,
  };
  return computeAspatialScopes({ ...view, includeAll: true, areaOf: null, scopes: [scope] }, atkinsonB, workspace)[0];
}

/**
 * Every aspatial index for several scopes (e.g. all cells and each area) in one pass over the
 * counts, plus one pass per scope collecting the shares of every group for the Ginis.
 */
export function computeAspatialScopes(
  units: ScopedUnits,
  atkinsonB = 0.5,
  workspace = new GiniWorkspace(),
  memo?: TermMemo,
): AspatialResult[] {
  const areaPools = splitsAll(units) ? poolsOfAreas(units, workspace) : null;
  const sums = accumulate(units, atkinsonB, memo, areaPools);
  const K = units.counts.length;
  const gapsOf = scopeGaps(units, workspace, areaPools);
  return units.scopes.map((scope, s) => {
    const gaps = gapsOf[s];
    const groups: Record<string, AspatialGroupIndices> = {};
    units.groups.forEach((name, k) => {
      groups[name] = finishGroup(scope, sums, s * K + k, k, gaps.single[k], atkinsonB);
    });
    return { groups, multigroup: finishMultigroup(scope, sums, s, K, gaps.multi) };
  });
}

type Gaps = { single: Float64Array; multi: Float64Array };

/** Whether scope 0 holds every unit and the areas (scopes 1…) split them. */
function splitsAll(units: ScopedUnits): boolean {
  const S = units.scopes.length;
  const all = units.scopes[0];
  if (!(units.includeAll && units.areaOf !== null && S > 1 && all.cells === null && all.count === units.n))
    return false;
  return units.scopes.slice(1).reduce((sum, sc) => sum + sc.count, 0) === all.count;
}

/** The workspace's pools for the areas' Ginis, filled by the aspatial pass (see AreaPools). */
function poolsOfAreas(units: ScopedUnits, ws: GiniWorkspace): AreaPools {
  const K = units.counts.length;
  const J = units.totalIsGroupSum ? K : 2 * K;
  const n = (units.scopes.length - 1) * J;
  return { J, pools: Array.from({ length: n }, (_, g) => ws.pool(2 * J + g)), overflow: new Float64Array(n) };
}

/**
 * The Gini gap sums of every scope. When scope 0 holds every unit and the areas split them,
 * the areas' units were pooled by the aspatial pass (`areaPools`); their pools are carried into
 * scope 0's, so no scope needs a pass of its own over the units (unless some units could not
 * be pooled).
 */
function scopeGaps(units: ScopedUnits, ws: GiniWorkspace, areaPools: AreaPools | null): Gaps[] {
  if (areaPools === null) return units.scopes.map((scope) => giniGaps(units, scope, ws));
  const S = units.scopes.length;
  const J = areaPools.J;
  const carried = Array.from({ length: J }, (_, g) => ws.pool(J + g));
  let pooledAll = true;
  const out: Gaps[] = [];
  for (let s = 1; s < S; s++) {
    const from = (s - 1) * J;
    const pooled = {
      pools: areaPools.pools.slice(from, from + J),
      overflow: areaPools.overflow.subarray(from, from + J),
    };
    const gaps = giniGaps(units, units.scopes[s], ws, carried, pooled);
    pooledAll &&= gaps.pooled;
    out[s] = gaps;
  }
  if (pooledAll) out[0] = giniGaps(units, units.scopes[0], ws, null, { pools: carried, overflow: new Float64Array(J) });
  else {
    for (const pool of carried) pool.drainInto(ws.sorter);
    out[0] = giniGaps(units, units.scopes[0], ws);
  }
  return out;
}

/**
 * Σ_{i<j} t_i t_j |p_i − p_j| of every group over a scope, against the total (single) and
 * against the sum of the groups (multi; the same when total = Σ groups). One pass pools every
 * group's integer cells, unless `pooled` holds them already (with the count of units not
 * taken); only a group with cells that cannot be pooled takes a second pass to list them for
 * the sorter. With `carry`, the pooled pairs are also added to those pools.
 */
function giniGaps(
  units: ScopedUnits,
  scope: ScopeTotals,
  ws: GiniWorkspace,
  carry: readonly SharePool[] | null = null,
  pooled: { pools: readonly SharePool[]; overflow: Float64Array } | null = null,
): Gaps & { pooled: boolean } {
  const { counts, total } = units;
  const cells = scope.cells;
  const K = counts.length;
  const J = units.totalIsGroupSum ? K : 2 * K;
  const overflow = pooled === null ? new Float64Array(J) : pooled.overflow;
  for (let j = 0; pooled === null && j < scope.count; j++) {
    const i = cells === null ? j : cells[j];
    const t = total[i];
    let tg = 0;
    for (let k = 0; k < K; k++) {
      const x = counts[k][i];
      tg += x;
      if (t > 0 && !ws.pool(k).add(x, t)) overflow[k]++;
    }
    if (J > K && tg > 0) for (let k = 0; k < K; k++) if (!ws.pool(K + k).add(counts[k][i], tg)) overflow[K + k]++;
  }
  const gaps = new Float64Array(J);
  let all = true;
  for (let g = 0; g < J; g++) {
    const sorter = ws.sorter;
    sorter.reset();
    (pooled === null ? ws.pool(g) : pooled.pools[g]).drainInto(sorter, carry === null ? null : carry[g]);
    if (overflow[g] > 0) listUnpooled(units, scope, g % K, g >= K, sorter);
    gaps[g] = sorter.pairGapSum();
    if (overflow[g] > 0) all = false;
  }
  return { single: gaps.subarray(0, K), multi: J > K ? gaps.subarray(K) : gaps.subarray(0, K), pooled: all };
}

/** Pushes the units of a scope whose (x, t) the pools did not take. */
function listUnpooled(
  units: ScopedUnits,
  scope: ScopeTotals,
  k: number,
  overGroups: boolean,
  sorter: PairSorter,
): void {
  const { counts, total } = units;
  const cells = scope.cells;
  const K = counts.length;
  const x = counts[k];
  for (let j = 0; j < scope.count; j++) {
    const i = cells === null ? j : cells[j];
    let t = total[i];
    if (overGroups) {
      t = 0;
      for (let g = 0; g < K; g++) t += counts[g][i];
    }
    if (t > 0 && !SharePool.accepts(x[i], t)) sorter.pushShare(x[i], t, t);
  }
}

function finishGroup(
  scope: ScopeTotals,
  s: PassSums,
  sk: number,
  k: number,
  gap: number,
  b: number,
): AspatialGroupIndices {
  const T = scope.population;
  const X = scope.groupTotals[k];
  const P = X / T;
  const E = binaryEntropy(P);
  const isolation = s.iso[sk] / X;
  const atkSum = s.atk[sk] / (P * T);
  return {
    share: P,
    dissimilarity: s.dAbs[sk] / (2 * T * P * (1 - P)),
    gini: gap / (T * T * P * (1 - P)),
    entropy: (T * E - s.hSum[sk]) / (E * T),
    isolation,
    exposure: s.expo[sk] / X,
    atkinson: 1 - (P / (1 - P)) * Math.pow(Math.abs(atkSum), 1 / (1 - b)),
    correlation_ratio: (isolation - P) / (1 - P),
    delta: 0.5 * s.delta[sk],
  };
}

function finishMultigroup(
  scope: ScopeTotals,
  s: PassSums,
  at: number,
  K: number,
  gaps: Float64Array,
): MultigroupIndices {
  let T = 0;
  for (let k = 0; k < K; k++) T += scope.groupTotals[k];
  let I = 0;
  let E = 0;
  let conc = 0;
  let dAbs = 0;
  let sq = 0;
  let normExp = 0;
  let coefVar = 0;
  let gap = 0;
  let xLogP = 0;
  for (let k = 0; k < K; k++) {
    const X = scope.groupTotals[k];
    const P = X / T;
    const sk = at * K + k;
    I += P * (1 - P);
    if (P > 0) {
      E -= P * Math.log(P);
      xLogP += X * Math.log(P);
    }
    conc += P * P;
    dAbs += s.mAbs[sk];
    sq += s.mSq[sk];
    normExp += s.mSq[sk] / (1 - P);
    coefVar += s.mSq[sk] / P;
    gap += gaps[k];
  }
  const info = s.xLogQ[at] - xLogP;
  return {
    dissimilarity: dAbs / (2 * T * I),
    gini: gap / (T * T * I),
    information_theory: info / (T * E),
    normalized_exposure: normExp / T,
    relative_diversity: sq / (T * I),
    squared_coefficient_of_variation: coefVar / (T * (K - 1)),
    divergence: info / T,
    diversity: E,
    diversity_normalized: E / Math.log(K),
    simpson_concentration: conc,
    simpson_interaction: I,
  };
}
