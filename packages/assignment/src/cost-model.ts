/**
 * Arc costs of one flow run, as small integer levels so that cost changes
 * can be bucketed. A level maps to an exact numeric value; a level of -1
 * forbids the arc.
 */
export interface CostModel {
  /** level[q * k + s] for local participant q and session s; -1 = not allowed. */
  level: Int32Array;
  /** Largest level used; levels lie in 0 … maxLevel. */
  maxLevel: number;
  /** Numeric cost of each level. */
  levelValue: Float64Array;
  /** Numeric cost change of a level change d, at index d + maxLevel. */
  deltaValue: Float64Array;
}

/** Cost model where every allowed arc is free: a pure feasibility (max-flow) run. */
export function feasibilityModel(allowed: Uint8Array): CostModel {
  const level = new Int32Array(allowed.length);
  for (let i = 0; i < allowed.length; i++) level[i] = allowed[i] === 1 ? 0 : -1;
  return { level, maxLevel: 0, levelValue: new Float64Array([0]), deltaValue: new Float64Array([0]) };
}

/**
 * Lexicographic (rank, change) costs: an arc costs rank·M + change, with
 * change ∈ {0, 1} and M larger than any possible total of changes, so the
 * total rank is minimised first and the number of changes second.
 * Level = (rank − 1)·3 + change; a level difference d decodes exactly as
 * Δrank = round(d / 3), Δchange = d − 3·Δrank, because |Δchange| ≤ 1.
 */
export function lexicographicModel(
  rank: Int32Array,
  change: Uint8Array,
  allowed: Uint8Array,
  worstRank: number,
  bigM: number,
): CostModel {
  const level = new Int32Array(rank.length);
  for (let i = 0; i < rank.length; i++) {
    level[i] = allowed[i] === 1 ? (rank[i] - 1) * 3 + change[i] : -1;
  }
  const maxLevel = (worstRank - 1) * 3 + 1;
  const levelValue = new Float64Array(maxLevel + 1);
  for (let l = 0; l <= maxLevel; l++) levelValue[l] = (Math.floor(l / 3) + 1) * bigM + (l % 3);
  const deltaValue = new Float64Array(2 * maxLevel + 1);
  for (let d = -maxLevel; d <= maxLevel; d++) {
    const dRank = Math.round(d / 3);
    deltaValue[d + maxLevel] = dRank * bigM + (d - 3 * dRank);
  }
  return { level, maxLevel, levelValue, deltaValue };
}
