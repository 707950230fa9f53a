import { describe, expect, it } from 'vitest';
import { accumulate, type AreaPools, type PassSums, type ScopedUnits, type ScopeTotals } from './aspatial-pass.ts';
import { PairSorter, SharePool } from './gini.ts';
import { randomBelow, seededStream } from './random.ts';

/** Random units in `areas` areas: integer counts mostly, some fractional, some empty cells, totals above the group sum in some. */
function randomUnits(seed: number, n: number, K: number, areas: number): ScopedUnits {
  const rng = seededStream(seed, 0);
  const counts = Array.from({ length: K }, () => new Float64Array(n));
  const total = new Float64Array(n);
  const areaOf = new Int32Array(n);
  let totalIsGroupSum = true;
  for (let i = 0; i < n; i++) {
    areaOf[i] = randomBelow(rng, areas);
    let sum = 0;
    const empty = randomBelow(rng, 20) === 0;
    for (let k = 0; k < K; k++) {
      const big = randomBelow(rng, 50) === 0;
      let x = empty ? 0 : randomBelow(rng, big ? 2000 : 40);
      if (randomBelow(rng, 30) === 0) x += 0.25;
      counts[k][i] = x;
      sum += x;
    }
    const extra = randomBelow(rng, 4) === 0 ? randomBelow(rng, 5) : 0;
    if (extra > 0) totalIsGroupSum = false;
    total[i] = sum + extra;
  }
  const scope = (member: (i: number) => boolean): ScopeTotals => {
    const groupTotals = new Float64Array(K);
    let population = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (!member(i)) continue;
      for (let k = 0; k < K; k++) groupTotals[k] += counts[k][i];
      population += total[i];
      count++;
    }
    return { groupTotals, population, count, cells: null };
  };
  const scopes = [scope(() => true), ...Array.from({ length: areas }, (_, a) => scope((i) => areaOf[i] === a))];
  const groups = Array.from({ length: K }, (_, k) => `G${k}`);
  return { groups, counts, total, cells: null, n, includeAll: true, areaOf, scopes, totalIsGroupSum };
}

function pools(u: ScopedUnits): AreaPools {
  const K = u.counts.length;
  const J = u.totalIsGroupSum ? K : 2 * K;
  const n = (u.scopes.length - 1) * J;
  return { J, pools: Array.from({ length: n }, () => new SharePool()), overflow: new Float64Array(n) };
}

/** Every sum of a pass, and each area pool's Gini sum, as plain numbers. */
function flatten(sums: PassSums, p: AreaPools): Record<string, number[]> {
  const out: Record<string, number[]> = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, Array.from(v)]));
  out.poolGaps = p.pools.map((pool) => {
    const sorter = new PairSorter();
    pool.drainInto(sorter);
    return sorter.pairGapSum();
  });
  out.overflow = Array.from(p.overflow);
  return out;
}

describe('the aspatial pass', () => {
  it('gives every cell and area sum of its common case (all cells and their areas) exactly as the general loop does', () => {
    for (const [seed, K, areas] of [
      [1, 3, 5],
      [2, 5, 1],
      [3, 2, 12],
    ]) {
      const u = randomUnits(seed, 3000, K, areas);
      // An explicit list of every cell takes the general loop, which visits the cells in the same order.
      const listed: ScopedUnits = { ...u, cells: Int32Array.from({ length: u.n }, (_, i) => i) };
      const pf = pools(u);
      const pg = pools(listed);
      const fast = flatten(accumulate(u, 0.5, undefined, pf), pf);
      const general = flatten(accumulate(listed, 0.5, undefined, pg), pg);
      expect(fast).toEqual(general);
      // The pass visited every cell: each group's dissimilarity sum over all cells is positive.
      expect(fast.dAbs.slice(0, K).every((v) => v > 0)).toBe(true);
      expect(fast.dAbs.length).toBe((areas + 1) * K);
      expect(fast.overflow.some((v) => v > 0)).toBe(true);
    }
  });
});
