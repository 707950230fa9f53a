import { type SharePool } from './gini.ts';
import { TermMemo } from './term-memo.ts';

/** Sums over a scope's units. */
export interface ScopeTotals {
  /** Σ of each group over the scope. */
  groupTotals: Float64Array;
  /** Σ of the total over the scope. */
  population: number;
  /** Number of units in the scope. */
  count: number;
  /** The scope's units (null: every visited unit). */
  cells: Int32Array | null;
}

/**
 * Units visited once for several scopes at a time: scope 0 holds every visited unit (when
 * includeAll), and each unit also belongs to scope offset + areaOf[i] (when areaOf is given).
 */
export interface ScopedUnits {
  groups: readonly string[];
  counts: readonly Float64Array[];
  total: Float64Array;
  /** The units to visit, or null for 0..n-1. */
  cells: Int32Array | null;
  n: number;
  includeAll: boolean;
  areaOf: Int32Array | null;
  scopes: readonly ScopeTotals[];
  /** Unit areas for delta; null means equal areas (grid cells). */
  unitAreas?: Float64Array | null;
  /** True when total equals the sum of the groups in every unit (lets Gini sorts be shared). */
  totalIsGroupSum: boolean;
}

/** Sums of one pass, flat arrays indexed scope * K + group. */
export interface PassSums {
  dAbs: Float64Array;
  hSum: Float64Array;
  iso: Float64Array;
  expo: Float64Array;
  atk: Float64Array;
  delta: Float64Array;
  mAbs: Float64Array;
  mSq: Float64Array;
  /** Σ x ln(x / t_groups) per scope (information theory = this − Σ_k X_k ln P_k). */
  xLogQ: Float64Array;
}

/**
 * The Gini pools of the areas (scopes 1…), filled by the pass: area scope s, pair g (group k
 * against the total for g = k < K, against the group sum for g = K + k) at pools[(s − 1)·J + g];
 * overflow counts the units the pools could not take, likewise.
 */
export interface AreaPools {
  /** K, or 2K when the total is not the group sum. */
  J: number;
  pools: readonly SharePool[];
  overflow: Float64Array;
}

/**
 * One pass over the counts for every aspatial index of every scope. What does not depend on
 * the scope (logarithms, powers) is computed once per unit and added to each scope the unit
 * belongs to; only the distances to the scope's proportions are computed per scope. With
 * `areaPools` (scope 0 holding every unit), each unit's shares are also pooled for its area's Ginis.
 */
export function accumulate(
  u: ScopedUnits,
  b: number,
  memo = new TermMemo(b),
  areaPools: AreaPools | null = null,
): PassSums {
  const K = u.counts.length;
  const S = u.scopes.length;
  const P = new Float64Array(S * K);
  const Pm = new Float64Array(S * K);
  const invX = new Float64Array(S * K);
  const unitShare = scopeAreaShares(u);
  u.scopes.forEach((sc, s) => {
    let groupSum = 0;
    for (let k = 0; k < K; k++) groupSum += sc.groupTotals[k];
    for (let k = 0; k < K; k++) {
      P[s * K + k] = sc.groupTotals[k] / sc.population;
      Pm[s * K + k] = sc.groupTotals[k] / groupSum;
      invX[s * K + k] = 1 / sc.groupTotals[k];
    }
  });
  const z = (): Float64Array => new Float64Array(S * K);
  const sums: PassSums = {
    dAbs: z(),
    hSum: z(),
    iso: z(),
    expo: z(),
    atk: z(),
    delta: z(),
    mAbs: z(),
    mSq: z(),
    xLogQ: new Float64Array(S),
  };
  const { dAbs, hSum, iso, expo, atk, delta, mAbs, mSq, xLogQ } = sums;
  const { counts, total, cells, areaOf } = u;
  const offset = u.includeAll ? 1 : 0;
  const areas = u.unitAreas ?? null;
  for (let j = 0; j < u.n; j++) {
    const i = cells === null ? j : cells[j];
    const t = total[i];
    let tg = 0;
    for (let k = 0; k < K; k++) tg += counts[k][i];
    const first = u.includeAll ? 0 : areaOf === null ? -1 : offset + areaOf[i];
    const second = u.includeAll && areaOf !== null ? offset + areaOf[i] : -1;
    const w = areas === null ? 1 : areas[i];
    let lq = 0;
    for (let k = 0; k < K; k++) {
      const x = counts[k][i];
      const p = t > 0 ? x / t : 0;
      const key = t > 0 ? TermMemo.key(x, t) : -1;
      const e = t > 0 ? memo.entropyTerm(x, t, key) : 0;
      const a = t > 0 ? memo.atkinsonTerm(x, t, key) : 0;
      const q = tg > 0 ? x / tg : 0;
      if (x > 0) lq += memo.xLogTerm(x, tg, tg === t ? key : TermMemo.key(x, tg));
      if (areaPools !== null && second > 0) {
        const g = (second - 1) * areaPools.J + k;
        if (t > 0) {
          if (key >= 0) areaPools.pools[g].addAt(key, t);
          else areaPools.overflow[g]++;
        }
        if (areaPools.J > K && tg > 0) {
          const keyOfGroups = tg === t ? key : TermMemo.key(x, tg);
          if (keyOfGroups >= 0) areaPools.pools[g + K].addAt(keyOfGroups, tg);
          else areaPools.overflow[g + K]++;
        }
      }
      for (let r = 0; r < 2; r++) {
        const s = r === 0 ? first : second;
        if (s < 0) continue;
        const sk = s * K + k;
        delta[sk] += Math.abs(x * invX[sk] - w * unitShare[s]);
        if (t > 0) {
          dAbs[sk] += t * Math.abs(p - P[sk]);
          hSum[sk] += e;
          iso[sk] += x * p;
          expo[sk] += x * (1 - p);
          atk[sk] += a;
        }
        if (tg > 0) {
          const d = q - Pm[sk];
          mAbs[sk] += tg * Math.abs(d);
          mSq[sk] += tg * d * d;
        }
      }
    }
    if (first >= 0) xLogQ[first] += lq;
    if (second >= 0) xLogQ[second] += lq;
  }
  return sums;
}

/** 1 / (area of each scope): unit count for equal areas, else the sum of unit areas. */
function scopeAreaShares(u: ScopedUnits): Float64Array {
  const out = new Float64Array(u.scopes.length);
  if (u.unitAreas === undefined || u.unitAreas === null) {
    u.scopes.forEach((sc, s) => (out[s] = 1 / sc.count));
    return out;
  }
  const areas = u.unitAreas;
  u.scopes.forEach((sc, s) => {
    let sum = 0;
    for (let j = 0; j < sc.count; j++) sum += areas[sc.cells === null ? j : sc.cells[j]];
    out[s] = 1 / sum;
  });
  return out;
}
