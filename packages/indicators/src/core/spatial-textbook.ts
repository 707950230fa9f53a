import { cellAt, type Grid, type Scope } from './grid.ts';
import { type SpatialGroupIndices, type SpatialMultigroupIndices } from './indices.ts';
import { binaryEntropy } from './numeric.ts';

/** Kernel environments of a scope: one array per group, plus the total's when it is not the group sum. */
export interface Environments {
  groups: readonly Float64Array[];
  /** Environment of the total column, or null when total = Σ groups (then Σ of group environments). */
  total: Float64Array | null;
}

type TextbookIndices = { groups: Record<string, SpatialGroupIndices>; multigroup: SpatialMultigroupIndices };

/**
 * Spatial indices in the Reardon & O'Sullivan (2004) convention, as R `seg` computes them:
 * each cell's environment gives its composition p̃; each cell keeps its own population as
 * weight; the overall proportions P come from the raw counts.
 *   D̃ = Σ t_i |p̃_i − P| / (2TP(1−P))        H̃ = 1 − Σ t_i E(p̃_i) / (T E(P))
 *   isolation Σ (x_i/X) p̃_i, exposure Σ (x_i/X)(1 − p̃_i)          (single group vs total)
 *   D̃ = ΣΣ t_i |p̃_ik − P_k| / (2TI)   H̃ = 1 − Σ t_i Ẽ_i / (TE)   R̃ = 1 − Σ t_i Ĩ_i / (TI)
 */
export function textbookSpatial(grid: Grid, scope: Scope, env: Environments): TextbookIndices {
  const terms = new CellTerms(grid.counts.length);
  const sums = new TextbookSums(scope);
  for (let s = 0; s < scope.count; s++) {
    const i = cellAt(scope, s);
    if (terms.compute(grid, env, i)) sums.add(terms);
  }
  return sums.indices(grid.groups);
}

/**
 * textbookSpatial of all cells (`all`, environments `envAll`) and of each area (`areas`, in
 * grid.scopes order, environments `envAreas`; with `border`, only the cells marked 1 there
 * hold the areas' environments, the others having the all-cells ones) in one pass. A cell whose area environments
 * equal its all-cells ones has the same terms in both, so they are computed once; every sum
 * still adds its cells' terms in the same order, so the results are textbookSpatial's, bit for bit.
 */
export function textbookSpatialPaired(
  grid: Grid,
  all: Scope,
  envAll: Environments,
  areas: readonly Scope[],
  envAreas: Environments,
  border: Uint8Array | null = null,
): TextbookIndices[] {
  const areaOf = grid.areaOf;
  const inOrder = areas.length === grid.areaCodes.length && areas.every((a, n) => a === grid.scopes[n + 1]);
  if (all.cells !== null || areaOf === null || !inOrder) {
    if (border !== null) throw new Error('areas with border-only environments must follow all cells in grid order');
    return [all, ...areas].map((scope, n) => textbookSpatial(grid, scope, n === 0 ? envAll : envAreas));
  }
  const K = grid.counts.length;
  const terms = new CellTerms(K);
  const own = new CellTerms(K);
  const sumsAll = new TextbookSums(all);
  const sumsArea = areas.map((scope) => new TextbookSums(scope));
  const ga = envAll.groups;
  const gb = envAreas.groups;
  const ta = envAll.total;
  const tb = envAreas.total;
  for (let i = 0; i < all.count; i++) {
    if (!terms.compute(grid, envAll, i)) continue;
    sumsAll.add(terms);
    let same: boolean;
    if (border !== null) same = border[i] === 0;
    else {
      same = ta === null || tb === null ? ta === tb : ta[i] === tb[i];
      for (let k = 0; k < K && same; k++) same = ga[k][i] === gb[k][i];
    }
    if (same) sumsArea[areaOf[i]].add(terms);
    else if (own.compute(grid, envAreas, i)) sumsArea[areaOf[i]].add(own);
  }
  return [sumsAll.indices(grid.groups), ...sumsArea.map((s) => s.indices(grid.groups))];
}

/** What one cell adds to the sums of textbookSpatial (the same whichever scope it is summed in). */
class CellTerms {
  readonly K: number;
  t = 0;
  tg = 0;
  /** Whether the cell counts in the multigroup sums (it has group members and an environment). */
  multi = false;
  ent = 0;
  inter = 0;
  readonly p: Float64Array;
  readonly h: Float64Array;
  readonly iso: Float64Array;
  readonly q: Float64Array;

  constructor(K: number) {
    this.K = K;
    this.p = new Float64Array(K);
    this.h = new Float64Array(K);
    this.iso = new Float64Array(K);
    this.q = new Float64Array(K);
  }

  /** Computes the terms of cell i; false when the cell has no population (it adds nothing). */
  compute(grid: Grid, env: Environments, i: number): boolean {
    const K = this.K;
    const t = grid.total[i];
    if (!(t > 0)) return false;
    let eg = 0;
    let tg = 0;
    for (let k = 0; k < K; k++) {
      eg += env.groups[k][i];
      tg += grid.counts[k][i];
    }
    const et = env.total === null ? eg : env.total[i];
    const { p, h, iso, q } = this;
    for (let k = 0; k < K; k++) {
      const e = env.groups[k][i];
      const pk = e / et;
      p[k] = pk;
      h[k] = t * binaryEntropy(pk);
      iso[k] = grid.counts[k][i] * pk;
      q[k] = e / eg;
    }
    this.t = t;
    this.tg = tg;
    this.multi = tg > 0 && eg > 0;
    if (this.multi) {
      let ent = 0;
      let inter = 0;
      for (let k = 0; k < K; k++) {
        if (q[k] > 0) ent -= q[k] * Math.log(q[k]);
        inter += q[k] * (1 - q[k]);
      }
      this.ent = ent;
      this.inter = inter;
    }
    return true;
  }
}

/** The sums of textbookSpatial over one scope. */
class TextbookSums {
  private readonly K: number;
  private readonly X: Float64Array;
  private readonly T: number;
  private readonly Tg: number;
  private readonly P: Float64Array;
  private readonly Pg: Float64Array;
  private readonly dAbs: Float64Array;
  private readonly hSum: Float64Array;
  private readonly iso: Float64Array;
  private readonly mAbs: Float64Array;
  private mEnt = 0;
  private mInt = 0;

  constructor(scope: Scope) {
    const K = scope.groupTotals.length;
    this.K = K;
    this.X = scope.groupTotals;
    this.T = scope.population;
    let Tg = 0;
    for (let k = 0; k < K; k++) Tg += this.X[k];
    this.Tg = Tg;
    this.P = this.X.map((x) => x / this.T);
    this.Pg = this.X.map((x) => x / Tg);
    this.dAbs = new Float64Array(K);
    this.hSum = new Float64Array(K);
    this.iso = new Float64Array(K);
    this.mAbs = new Float64Array(K);
  }

  add(c: CellTerms): void {
    const { K, P, Pg, dAbs, hSum, iso, mAbs } = this;
    const t = c.t;
    for (let k = 0; k < K; k++) {
      dAbs[k] += t * Math.abs(c.p[k] - P[k]);
      hSum[k] += c.h[k];
      iso[k] += c.iso[k];
    }
    if (c.multi) {
      const tg = c.tg;
      for (let k = 0; k < K; k++) mAbs[k] += tg * Math.abs(c.q[k] - Pg[k]);
      this.mEnt += tg * c.ent;
      this.mInt += tg * c.inter;
    }
  }

  indices(names: readonly string[]): TextbookIndices {
    const { K, X, T, Tg } = this;
    const groups: Record<string, SpatialGroupIndices> = {};
    names.forEach((name, k) => {
      const P = X[k] / T;
      groups[name] = {
        dissimilarity: this.dAbs[k] / (2 * T * P * (1 - P)),
        entropy: 1 - this.hSum[k] / (T * binaryEntropy(P)),
        isolation: this.iso[k] / X[k],
        exposure: 1 - this.iso[k] / X[k],
      };
    });
    let I = 0;
    let E = 0;
    let d = 0;
    for (let k = 0; k < K; k++) {
      const P = X[k] / Tg;
      I += P * (1 - P);
      if (P > 0) E -= P * Math.log(P);
      d += this.mAbs[k];
    }
    return {
      groups,
      multigroup: {
        information_theory: 1 - this.mEnt / (Tg * E),
        dissimilarity: d / (2 * Tg * I),
        relative_diversity: 1 - this.mInt / (Tg * I),
      },
    };
  }
}
