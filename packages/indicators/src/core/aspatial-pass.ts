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
  if (u.includeAll && areaOf !== null && areas === null && cells === null) {
    accumulateAllAndAreas(u, areaOf, memo, areaPools, { P, Pm, invX, unitShare }, sums);
    return sums;
  }
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
      if (areaPools !== null && second > 0) poolShares(areaPools, (second - 1) * areaPools.J + k, K, x, t, tg, key);
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

/**
 * The pass of the common case, with the same sums in the same order: every cell (scope 0) and
 * its area (scope 1 + area), equal cell areas, no cell list. Each unit's terms are computed once
 * and added to both scopes without the general loop's per-scope tests.
 */
function accumulateAllAndAreas(
  u: ScopedUnits,
  areaOf: Int32Array,
  memo: TermMemo,
  areaPools: AreaPools | null,
  c: { P: Float64Array; Pm: Float64Array; invX: Float64Array; unitShare: Float64Array },
  sums: PassSums,
): void {
  const { P, Pm, invX, unitShare } = c;
  const { dAbs, hSum, iso, expo, atk, delta, mAbs, mSq, xLogQ } = sums;
  const { counts, total } = u;
  const K = counts.length;
  const share0 = unitShare[0];
  for (let i = 0; i < u.n; i++) {
    const t = total[i];
    let tg = 0;
    for (let k = 0; k < K; k++) tg += counts[k][i];
    const second = 1 + areaOf[i];
    const shareS = unitShare[second];
    const base = second * K;
    let lq = 0;
    for (let k = 0; k < K; k++) {
      const x = counts[k][i];
      const ak = base + k;
      delta[k] += Math.abs(x * invX[k] - share0);
      delta[ak] += Math.abs(x * invX[ak] - shareS);
      let key = -1;
      if (t > 0) {
        const p = x / t;
        key = TermMemo.key(x, t);
        const e = memo.entropyTerm(x, t, key);
        const a = memo.atkinsonTerm(x, t, key);
        const xp = x * p;
        const xq = x * (1 - p);
        dAbs[k] += t * Math.abs(p - P[k]);
        hSum[k] += e;
        iso[k] += xp;
        expo[k] += xq;
        atk[k] += a;
        dAbs[ak] += t * Math.abs(p - P[ak]);
        hSum[ak] += e;
        iso[ak] += xp;
        expo[ak] += xq;
        atk[ak] += a;
      }
      if (tg > 0) {
        const q = x / tg;
        const d0 = q - Pm[k];
        mAbs[k] += tg * Math.abs(d0);
        mSq[k] += tg * d0 * d0;
        const d1 = q - Pm[ak];
        mAbs[ak] += tg * Math.abs(d1);
        mSq[ak] += tg * d1 * d1;
      }
      if (x > 0) lq += memo.xLogTerm(x, tg, tg === t ? key : TermMemo.key(x, tg));
      if (areaPools !== null) poolShares(areaPools, (second - 1) * areaPools.J + k, K, x, t, tg, key);
    }
    xLogQ[0] += lq;
    xLogQ[second] += lq;
  }
}

/** Adds a unit's share of group k to its area's Gini pools (pool g against the total, g + K against the group sum). */
function poolShares(areaPools: AreaPools, g: number, K: number, x: number, t: number, tg: number, key: number): void {
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
