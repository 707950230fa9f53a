/**
 * Decomposition of the mutual information index M and of Theil's information theory index H
 * (H = M / E, E the entropy of the group composition) into a part between units of a coarser
 * grouping (areas) and a part within them, and into the contributions of each group:
 *
 *   M = M_between + Σ_a p_a M_a,                     (p_a: area a's share of the people)
 *   M = Σ_k p_k L_k,  L_k = Σ_i p_{i|k} ln(p_{i|k} / p_i)   (L_k: group k's local segregation)
 *
 * H's parts are M's divided by E (so the within part of area a is p_a (E_a / E) H_a). Cells are
 * the units; each cell's population is the sum of its groups, as for the multigroup indices.
 * M equals the multigroup `divergence` and H the multigroup `information_theory` index.
 */

/** The parts of M (or H). */
export interface Parts {
  total: number;
  between: number;
  within: number;
}

/** One area's share of the within part. */
export interface AreaPart {
  area: string;
  /** p_a: the area's share of all people. */
  population_share: number;
  /** E_a: entropy of the area's group composition. */
  entropy: number;
  /** M_a and H_a computed over the area's cells alone. */
  m: number;
  h: number;
  /** p_a M_a and p_a M_a / E: what the area adds to the within parts. */
  m_within: number;
  h_within: number;
}

/** One group's contributions: p_k times its local segregation, over cells, between and within areas. */
export interface GroupPart {
  share: number;
  m: Parts;
  h: Parts;
}

export interface Decomposition {
  by: string;
  entropy: number;
  m: Parts;
  h: Parts;
  areas: AreaPart[];
  groups: Record<string, GroupPart>;
}

const xlog = (x: number, ratio: number): number => (x > 0 ? x * Math.log(ratio) : 0);

function entropyOf(counts: Float64Array, total: number): number {
  let e = 0;
  for (const c of counts) if (c > 0) e -= (c / total) * Math.log(c / total);
  return e;
}

/**
 * Decomposes M and H of `counts` (one array per group, indexed by cell) over the cells whose
 * `unitOf` (index into `labels`) says which area they belong to. `cells`: the cells to use
 * (null: all). Areas without people are listed with zero shares.
 */
export function decomposeInformation(
  groups: readonly string[],
  counts: readonly Float64Array[],
  unitOf: Int32Array,
  labels: readonly string[],
  by: string,
  cells: Int32Array | null = null,
): Decomposition {
  const K = groups.length;
  const A = labels.length;
  const n = cells === null ? unitOf.length : cells.length;
  const areaGroup = new Float64Array(A * K);
  const areaTotal = new Float64Array(A);
  const groupTotal = new Float64Array(K);
  let N = 0;
  for (let s = 0; s < n; s++) {
    const i = cells === null ? s : cells[s];
    const a = unitOf[i];
    for (let k = 0; k < K; k++) {
      const x = counts[k][i];
      areaGroup[a * K + k] += x;
      areaTotal[a] += x;
      groupTotal[k] += x;
      N += x;
    }
  }
  // Σ_i Σ_k n_ik ln(n_ik n_a / (n_i n_ak)) per area (within), and per group over cells (total).
  const withinSum = new Float64Array(A);
  const groupCells = new Float64Array(K);
  for (let s = 0; s < n; s++) {
    const i = cells === null ? s : cells[s];
    const a = unitOf[i];
    let t = 0;
    for (let k = 0; k < K; k++) t += counts[k][i];
    if (!(t > 0)) continue;
    for (let k = 0; k < K; k++) {
      const x = counts[k][i];
      if (!(x > 0)) continue;
      withinSum[a] += xlog(x, (x * areaTotal[a]) / (t * areaGroup[a * K + k]));
      groupCells[k] += xlog(x, (x * N) / (t * groupTotal[k]));
    }
  }
  const E = entropyOf(groupTotal, N);
  const groupBetween = new Float64Array(K);
  for (let a = 0; a < A; a++)
    for (let k = 0; k < K; k++) {
      const x = areaGroup[a * K + k];
      groupBetween[k] += xlog(x, (x * N) / (areaTotal[a] * groupTotal[k]));
    }
  let between = 0;
  let total = 0;
  for (let k = 0; k < K; k++) {
    between += groupBetween[k] / N;
    total += groupCells[k] / N;
  }
  const areas: AreaPart[] = labels.map((area, a) => {
    const na = areaTotal[a];
    const Ea = na > 0 ? entropyOf(areaGroup.subarray(a * K, (a + 1) * K), na) : 0;
    const m = na > 0 ? withinSum[a] / na : 0;
    return {
      area,
      population_share: na / N,
      entropy: Ea,
      m,
      h: Ea > 0 ? m / Ea : 0,
      m_within: withinSum[a] / N,
      h_within: withinSum[a] / N / E,
    };
  });
  let within = 0;
  for (const p of areas) within += p.m_within;
  const partsOf = (t: number, b: number, w: number, scale: number): Parts => ({
    total: t / scale,
    between: b / scale,
    within: w / scale,
  });
  const out: Record<string, GroupPart> = {};
  groups.forEach((g, k) => {
    const t = groupCells[k] / N;
    const b = groupBetween[k] / N;
    out[g] = { share: groupTotal[k] / N, m: partsOf(t, b, t - b, 1), h: partsOf(t, b, t - b, E) };
  });
  return {
    by,
    entropy: E,
    m: partsOf(total, between, within, 1),
    h: partsOf(total, between, within, E),
    areas,
    groups: out,
  };
}
