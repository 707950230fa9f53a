import { cellAt, type Grid, type Scope } from './grid.ts';
import { type SpatialGroupIndices, type SpatialMultigroupIndices } from './indices.ts';
import { binaryEntropy } from './numeric.ts';

/** Kernel environments of a scope: one array per group, plus the total's when it is not the group sum. */
export interface Environments {
  groups: readonly Float64Array[];
  /** Environment of the total column, or null when total = Σ groups (then Σ of group environments). */
  total: Float64Array | null;
}

/**
 * Spatial indices in the Reardon & O'Sullivan (2004) convention, as R `seg` computes them:
 * each cell's environment gives its composition p̃; each cell keeps its own population as
 * weight; the overall proportions P come from the raw counts.
 *   D̃ = Σ t_i |p̃_i − P| / (2TP(1−P))        H̃ = 1 − Σ t_i E(p̃_i) / (T E(P))
 *   isolation Σ (x_i/X) p̃_i, exposure Σ (x_i/X)(1 − p̃_i)          (single group vs total)
 *   D̃ = ΣΣ t_i |p̃_ik − P_k| / (2TI)   H̃ = 1 − Σ t_i Ẽ_i / (TE)   R̃ = 1 − Σ t_i Ĩ_i / (TI)
 */
export function textbookSpatial(
  grid: Grid,
  scope: Scope,
  env: Environments,
): { groups: Record<string, SpatialGroupIndices>; multigroup: SpatialMultigroupIndices } {
  const K = grid.counts.length;
  const T = scope.population;
  const X = scope.groupTotals;
  let Tg = 0;
  for (let k = 0; k < K; k++) Tg += X[k];
  const dAbs = new Float64Array(K);
  const hSum = new Float64Array(K);
  const iso = new Float64Array(K);
  const mAbs = new Float64Array(K);
  let mEnt = 0;
  let mInt = 0;
  const q = new Float64Array(K);
  for (let s = 0; s < scope.count; s++) {
    const i = cellAt(scope, s);
    const t = grid.total[i];
    if (!(t > 0)) continue;
    let eg = 0;
    let tg = 0;
    for (let k = 0; k < K; k++) {
      eg += env.groups[k][i];
      tg += grid.counts[k][i];
    }
    const et = env.total === null ? eg : env.total[i];
    for (let k = 0; k < K; k++) {
      const e = env.groups[k][i];
      const p = e / et;
      dAbs[k] += t * Math.abs(p - X[k] / T);
      hSum[k] += t * binaryEntropy(p);
      iso[k] += grid.counts[k][i] * p;
      q[k] = e / eg;
    }
    if (tg > 0 && eg > 0) {
      let ent = 0;
      let inter = 0;
      for (let k = 0; k < K; k++) {
        mAbs[k] += tg * Math.abs(q[k] - X[k] / Tg);
        if (q[k] > 0) ent -= q[k] * Math.log(q[k]);
        inter += q[k] * (1 - q[k]);
      }
      mEnt += tg * ent;
      mInt += tg * inter;
    }
  }
  const groups: Record<string, SpatialGroupIndices> = {};
  grid.groups.forEach((name, k) => {
    const P = X[k] / T;
    groups[name] = {
      dissimilarity: dAbs[k] / (2 * T * P * (1 - P)),
      entropy: 1 - hSum[k] / (T * binaryEntropy(P)),
      isolation: iso[k] / X[k],
      exposure: 1 - iso[k] / X[k],
    };
  });
  let I = 0;
  let E = 0;
  let d = 0;
  for (let k = 0; k < K; k++) {
    const P = X[k] / Tg;
    I += P * (1 - P);
    if (P > 0) E -= P * Math.log(P);
    d += mAbs[k];
  }
  return {
    groups,
    multigroup: {
      information_theory: 1 - mEnt / (Tg * E),
      dissimilarity: d / (2 * Tg * I),
      relative_diversity: 1 - mInt / (Tg * I),
    },
  };
}
