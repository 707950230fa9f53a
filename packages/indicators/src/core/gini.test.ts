import { describe, expect, it } from 'vitest';
import { computeAspatial, computeAspatialScopes } from './aspatial.ts';
import { computeAspatialForUnits } from './units.ts';
import { PairSortScratch, WeightedShares } from './gini.ts';
import { radixSortPairs } from './radix-sort.ts';
import { Random } from '../synthetic-random.ts';

/** The textbook O(n²) definition: Σ_i Σ_j t_i t_j |p_i − p_j| / (2 T² P (1 − P)). */
function bruteGini(x: number[], t: number[]): number {
  const T = t.reduce((s, v) => s + v, 0);
  const P = x.reduce((s, v) => s + v, 0) / T;
  const p = x.map((v, i) => (t[i] > 0 ? v / t[i] : 0));
  let sum = 0;
  for (let i = 0; i < x.length; i++) for (let j = 0; j < x.length; j++) sum += t[i] * t[j] * Math.abs(p[i] - p[j]);
  return sum / (2 * T * T * P * (1 - P));
}

/** Multigroup: Σ_k Σ_i Σ_j t_i t_j |p_ik − p_jk| / (2 T² I), t = sum of the groups. */
function bruteMultiGini(groups: number[][]): number {
  const n = groups[0].length;
  const t = Array.from({ length: n }, (_, i) => groups.reduce((s, g) => s + g[i], 0));
  const T = t.reduce((s, v) => s + v, 0);
  let I = 0;
  let sum = 0;
  for (const g of groups) {
    const P = g.reduce((s, v) => s + v, 0) / T;
    I += P * (1 - P);
    const p = g.map((v, i) => (t[i] > 0 ? v / t[i] : 0));
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum += t[i] * t[j] * Math.abs(p[i] - p[j]);
  }
  return sum / (2 * T * T * I);
}

function randomUnits(rng: Random, n: number, k: number, fractional: boolean): number[][] {
  return Array.from({ length: k }, (_, g) =>
    Array.from({ length: n }, () => {
      const v = rng.next() < 0.2 ? 0 : rng.poisson(g === 0 ? 30 : 4);
      return fractional ? v * (0.5 + rng.next()) : v;
    }),
  );
}

describe('Gini in O(n log n) matches the O(n²) definition', () => {
  for (const [label, fractional, n] of [
    ['integer counts', false, 400],
    ['fractional counts', true, 400],
    ['large totals', false, 60],
  ] as const) {
    it(`single group and multigroup, ${label}`, () => {
      const rng = new Random(label.length * 7919);
      for (let trial = 0; trial < 5; trial++) {
        const groups = randomUnits(rng, n, 4, fractional);
        if (label === 'large totals') groups[0] = groups[0].map((v) => v * 997);
        const total = groups[0].map((_, i) => groups.reduce((s, g) => s + g[i], 0) + (i % 3));
        const r = computeAspatialForUnits({
          groups: { A: groups[0], B: groups[1], C: groups[2], D: groups[3] },
          total,
        });
        for (const [name, g] of [
          ['A', groups[0]],
          ['C', groups[2]],
        ] as const) {
          const want = bruteGini(g, total);
          expect(Math.abs(r.groups[name].gini - want)).toBeLessThanOrEqual(1e-12 * want);
        }
        const wantMulti = bruteMultiGini(groups);
        expect(Math.abs(r.multigroup.gini - wantMulti)).toBeLessThanOrEqual(1e-12 * wantMulti);
      }
    });
  }

  it('handles ties, zero weights and a single unit', () => {
    const shares = new WeightedShares(4);
    shares.reset();
    for (const [x, t] of [
      [1, 2],
      [2, 4],
      [0, 0],
      [3, 6],
      [0, 5],
    ])
      shares.add(x, t);
    // p = .5 (weight 2+4+6 = 12) and p = 0 (weight 5): pairs across the gap: 12 * 5 * 0.5
    expect(shares.pairGapSum()).toBe(30);
    shares.reset();
    shares.add(1, 3);
    expect(shares.pairGapSum()).toBe(0);
  });

  it('orders nearly equal fractions with large denominators exactly (coarse radix path)', () => {
    const shares = new WeightedShares(16);
    shares.reset();
    const x: number[] = [];
    const t: number[] = [];
    for (let i = 0; i < 120; i++) {
      const den = 65536 - (i % 7);
      x.push(Math.floor(den / 2) + (i % 5) - 2);
      t.push(den);
      shares.add(x[i], t[i]);
    }
    const p = x.map((v, i) => v / t[i]);
    let brute = 0;
    for (let i = 0; i < 120; i++) for (let j = i + 1; j < 120; j++) brute += t[i] * t[j] * Math.abs(p[i] - p[j]);
    expect(Math.abs(shares.pairGapSum() - brute)).toBeLessThanOrEqual(1e-9 * brute);
  });

  it('radix-sorts fractions of integers up to 65536 into exact order on 48 bits', () => {
    const rng = new Random(99);
    const n = 20000;
    const scratch = new PairSortScratch(n);
    for (let i = 0; i < n; i++) {
      const t = 60000 + Math.floor(rng.next() * 5537);
      scratch.keysA[i] = Math.floor(t / 3 + rng.next() * 40) / t;
      scratch.valsA[i] = i;
    }
    const { keys, vals } = radixSortPairs(scratch, n, true);
    let inOrder = true;
    for (let i = 1; i < n; i++) if (keys[i] < keys[i - 1]) inOrder = false;
    expect(inOrder).toBe(true);
    expect(new Set(vals).size).toBe(n);
  });

  it('grows past its initial capacity for units that cannot be pooled', () => {
    const shares = new WeightedShares(16);
    shares.reset();
    const x: number[] = [];
    const t: number[] = [];
    for (let i = 0; i < 200; i++) {
      x.push(i * 0.37);
      t.push(100 + i * 1.5);
      shares.add(x[i], t[i]);
    }
    const p = x.map((v, i) => v / t[i]);
    let brute = 0;
    for (let i = 0; i < 200; i++) for (let j = i + 1; j < 200; j++) brute += t[i] * t[j] * Math.abs(p[i] - p[j]);
    expect(Math.abs(shares.pairGapSum() - brute)).toBeLessThanOrEqual(1e-12 * brute);
  });
});

describe('area Ginis pooled during the pass over every unit', () => {
  for (const totalIsGroupSum of [true, false]) {
    it(`equal each area computed on its own (total ${totalIsGroupSum ? 'is' : 'is not'} the group sum)`, () => {
      const rng = new Random(totalIsGroupSum ? 11 : 12);
      const n = 3000;
      const A = 3;
      const areaOf = Int32Array.from({ length: n }, () => Math.floor(rng.next() * A));
      // Totals from a few people to beyond the pools' 1023, and some fractional counts.
      const counts = [0, 1, 2].map((g) =>
        Float64Array.from({ length: n }, (_, i) => {
          const scale = i % 50 === 0 ? 400 : i % 7 === 0 ? 40 : 1;
          const v = rng.next() < 0.2 ? 0 : rng.poisson(g === 0 ? 6 : 2) * scale;
          return i % 97 === 0 ? v * 0.5 : v;
        }),
      );
      const total = Float64Array.from({ length: n }, (_, i) =>
        counts.reduce((s, c) => s + c[i], totalIsGroupSum ? 0 : i % 4),
      );
      expect(total.some((t) => t > 1023)).toBe(true);
      expect(total.some((t) => t > 63 && t <= 1023 && Number.isInteger(t))).toBe(true);
      const totals = (cells: Int32Array | null) => {
        const groupTotals = new Float64Array(3);
        let population = 0;
        const count = cells === null ? n : cells.length;
        for (let j = 0; j < count; j++) {
          const i = cells === null ? j : cells[j];
          for (let k = 0; k < 3; k++) groupTotals[k] += counts[k][i];
          population += total[i];
        }
        return { groupTotals, population, count, cells };
      };
      const areaCells = Array.from({ length: A }, (_, a) =>
        Int32Array.from(Array.from({ length: n }, (_, i) => i).filter((i) => areaOf[i] === a)),
      );
      const base = { groups: ['A', 'B', 'C'], counts, total, cells: null, n, unitAreas: null, totalIsGroupSum };
      const together = computeAspatialScopes(
        { ...base, includeAll: true, areaOf, scopes: [totals(null), ...areaCells.map(totals)] },
        0.5,
      );
      const apart = [null, ...areaCells].map((cells) => {
        const t = totals(cells);
        return computeAspatial({ ...base, cells, n: t.count, groupTotals: t.groupTotals, population: t.population });
      });
      expect(together).toHaveLength(A + 1);
      expect(together).toEqual(apart);
    });
  }
});
