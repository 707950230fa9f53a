import { requireOption } from './errors.ts';
import { benjaminiHochberg } from './fdr.ts';
import { type Grid } from './grid.ts';
import { neighbourLists, type Neighbourhood, type NeighbourLists } from './neighbours.ts';
import { seededStream } from './random.ts';

/** Options of the local hot-spot statistics. */
export interface HotspotOptions {
  /** Conditional permutations per cell (default 999). */
  permutations?: number;
  /** Seed of the draws (default 1). */
  seed?: number;
  /** 'queen' (default) or { distance: metres } between cell centres. */
  neighbours?: Neighbourhood;
  /** False-discovery rate for the cluster layers (default 0.05). */
  alpha?: number;
}

/** Statistics of one variable, by grid cell (NaN off the lattice). */
export interface VariableHotspots {
  /** Local Moran's I_i = (n − 1) z_i Σ_j w_ij z_j / Σ z², w row-standardised (as esda). */
  localI: Float64Array;
  /** Its folded conditional-permutation pseudo p-value (as esda's p_sim). */
  localP: Float64Array;
  /** Quadrant where significant after Benjamini–Hochberg at alpha: 1 HH, 2 LH, 3 LL, 4 HL; 0 not significant. */
  localCluster: Float64Array;
  /** Getis–Ord Gi* as a z-score (binary weights, the cell itself included). */
  giZ: Float64Array;
  /** Its folded conditional-permutation pseudo p-value. */
  giP: Float64Array;
  /** +1 hot spot, −1 cold spot where significant after Benjamini–Hochberg at alpha; 0 otherwise. */
  giClass: Float64Array;
}

/**
 * Local Moran's I and Getis–Ord Gi* of each variable over the lattice of cells where `member`
 * is set, with conditional permutation p-values: each cell keeps its value and its neighbours'
 * are drawn at random (without replacement) from the other lattice cells, the same draws for
 * every variable; p = (1 + min(#≥, #<)) / (1 + permutations), folded as esda does. The cluster
 * layers keep the cells whose Benjamini–Hochberg q-value (over the lattice) is at most alpha.
 *
 * Gi*_i = (Σ_{j∈N(i)∪i} y_j − ȳ W_i) / (s √((n W_i − W_i²)/(n − 1))), W_i = |N(i)| + 1,
 * ȳ and s the mean and (population) standard deviation over the lattice (Getis & Ord 1995).
 * A cell without neighbours, and every cell of a constant variable, gets NaN.
 */
export function localHotspots(
  grid: Grid,
  variables: readonly Float64Array[],
  member: Uint8Array,
  options: HotspotOptions = {},
): { lattice: NeighbourLists; variables: VariableHotspots[] } {
  const permutations = options.permutations ?? 999;
  const alpha = options.alpha ?? 0.05;
  const seed = options.seed ?? 1;
  requireOption(
    Number.isInteger(permutations) && permutations >= 1,
    `permutations must be a whole number ≥ 1, got ${permutations}`,
  );
  requireOption(alpha > 0 && alpha < 1, `alpha must lie strictly between 0 and 1, got ${alpha}`);
  const lattice = neighbourLists(grid, member, options.neighbours ?? 'queen');
  const { cells, start, list } = lattice;
  const n = cells.length;
  const K = variables.length;
  const y = variables.map((v) => Float64Array.from(cells, (i) => v[i]));
  const mean = y.map((v) => v.reduce((s, x) => s + x, 0) / n);
  const sumZ2 = y.map((v, k) => v.reduce((s, x) => s + (x - mean[k]) ** 2, 0));
  const sd = sumZ2.map((s) => Math.sqrt(s / n));
  const nan = (): Float64Array => new Float64Array(grid.cellCount).fill(NaN);
  const out: VariableHotspots[] = variables.map(() => ({
    localI: nan(),
    localP: nan(),
    localCluster: nan(),
    giZ: nan(),
    giP: nan(),
    giClass: nan(),
  }));
  const perm = Int32Array.from({ length: n }, (_, s) => s);
  const where = Int32Array.from({ length: n }, (_, s) => s);
  const swap = (a: number, b: number): void => {
    const pa = perm[a];
    const pb = perm[b];
    perm[a] = pb;
    perm[b] = pa;
    where[pb] = a;
    where[pa] = b;
  };
  const rng = seededStream(seed, 10);
  const lagSum = new Float64Array(K);
  const drawn = new Float64Array(K);
  const geI = new Int32Array(K);
  const geG = new Int32Array(K);
  const obsI = new Float64Array(K);
  const pI = variables.map(() => new Float64Array(n).fill(NaN));
  const pG = variables.map(() => new Float64Array(n).fill(NaN));
  const lagDev = variables.map(() => new Float64Array(n));
  for (let s = 0; s < n; s++) {
    const deg = start[s + 1] - start[s];
    if (deg === 0 || n < 2) continue;
    lagSum.fill(0);
    for (let e = start[s]; e < start[s + 1]; e++) for (let k = 0; k < K; k++) lagSum[k] += y[k][list[e]];
    const i = cells[s];
    const W = deg + 1;
    for (let k = 0; k < K; k++) {
      const z = y[k][s] - mean[k];
      obsI[k] = ((n - 1) * z * (lagSum[k] / deg - mean[k])) / sumZ2[k];
      lagDev[k][s] = lagSum[k] / deg - mean[k];
      out[k].localI[i] = obsI[k];
      out[k].giZ[i] = (y[k][s] + lagSum[k] - mean[k] * W) / (sd[k] * Math.sqrt((n * W - W * W) / (n - 1)));
    }
    geI.fill(0);
    geG.fill(0);
    const take = Math.min(deg, n - 1);
    for (let r = 0; r < permutations; r++) {
      swap(where[s], n - 1);
      drawn.fill(0);
      for (let j = 0; j < take; j++) {
        swap(j, j + Math.floor(rng.next() * (n - 1 - j)));
        const at = perm[j];
        for (let k = 0; k < K; k++) drawn[k] += y[k][at];
      }
      for (let k = 0; k < K; k++) {
        const z = y[k][s] - mean[k];
        const sim = ((n - 1) * z * (drawn[k] / take - mean[k])) / sumZ2[k];
        if (sim >= obsI[k]) geI[k]++;
        if (drawn[k] >= lagSum[k]) geG[k]++;
      }
    }
    for (let k = 0; k < K; k++) {
      const fold = (c: number): number => (Math.min(c, permutations - c) + 1) / (permutations + 1);
      pI[k][s] = fold(geI[k]);
      pG[k][s] = fold(geG[k]);
      out[k].localP[i] = pI[k][s];
      out[k].giP[i] = pG[k][s];
    }
  }
  for (let k = 0; k < K; k++) {
    if (!(sumZ2[k] > 0)) {
      // A constant variable: no statistic is defined.
      for (const layer of Object.values(out[k]) as Float64Array[]) layer.fill(NaN);
      continue;
    }
    const qI = benjaminiHochberg(pI[k]);
    const qG = benjaminiHochberg(pG[k]);
    for (let s = 0; s < n; s++) {
      const i = cells[s];
      if (Number.isNaN(qI[s])) continue;
      // esda's quadrants: high = above the mean, for the cell and for its neighbours' mean.
      const high = y[k][s] - mean[k] > 0;
      const highLag = lagDev[k][s] > 0;
      out[k].localCluster[i] = qI[s] <= alpha ? (high ? (highLag ? 1 : 4) : highLag ? 2 : 3) : 0;
      out[k].giClass[i] = qG[s] <= alpha ? Math.sign(out[k].giZ[i]) : 0;
    }
  }
  return { lattice, variables: out };
}
