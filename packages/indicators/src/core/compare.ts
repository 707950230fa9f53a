import { computeAspatialScopes, GiniWorkspace, type ScopeTotals } from './aspatial.ts';
import { requireOption } from './errors.ts';
import { TESTED_GROUP_INDICES, TESTED_MULTIGROUP_INDICES } from './inference-values.ts';
import { seededStream } from './random.ts';
import { TermMemo } from './term-memo.ts';
import { unitView, type UnitArrays } from './units.ts';

/** One index compared between two sets of units. */
export interface IndexComparison {
  a: number | null;
  b: number | null;
  /** a − b. */
  difference: number | null;
  /** Two-sided: (1 + #draws with |difference| at least as large) / (1 + draws). */
  p_value: number | null;
}

export interface Comparison {
  null_model: 'random_label';
  permutations: number;
  seed: number;
  groups: Record<string, Record<string, IndexComparison>>;
  multigroup: Record<string, IndexComparison>;
}

const GROUP_INDICES = TESTED_GROUP_INDICES.filter((n) => n !== 'morans_i');

/**
 * Tests whether an aspatial index differs between two sets of units (two areas, or the same
 * area in two runs), as PySAL's TwoValueTest does with its `random_label` approach: the units of
 * both are pooled and dealt back at random, each side keeping its number of units, and the
 * difference is recomputed for each draw. Moran's I needs the geometry and is left out.
 */
export function compareUnits(
  a: UnitArrays,
  b: UnitArrays,
  options: { permutations?: number; seed?: number; atkinsonB?: number } = {},
): Comparison {
  const permutations = options.permutations ?? 999;
  const seed = options.seed ?? 1;
  const atkinsonB = options.atkinsonB ?? 0.5;
  requireOption(
    Number.isInteger(permutations) && permutations >= 1,
    `permutations must be a whole number ≥ 1, got ${permutations}`,
  );
  const va = unitView(a);
  const vb = unitView(b);
  requireOption(
    va.groups.join('\u0000') === vb.groups.join('\u0000'),
    `both sides need the same groups (${va.groups.join(', ')} vs ${vb.groups.join(', ')})`,
  );
  const nA = va.n;
  const n = nA + vb.n;
  const K = va.groups.length;
  const counts = va.counts.map((c, k) => {
    const out = new Float64Array(n);
    out.set(c);
    out.set(vb.counts[k], nA);
    return out;
  });
  const total = new Float64Array(n);
  total.set(va.total);
  total.set(vb.total, nA);
  const label = new Int32Array(n);
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  const gini = new GiniWorkspace();
  const memo = new TermMemo(atkinsonB);
  const values = (): [Float64Array, Float64Array] => {
    const scopes: ScopeTotals[] = [0, 1].map((side) => {
      const cells = side === 0 ? perm.subarray(0, nA) : perm.subarray(nA);
      const groupTotals = new Float64Array(K);
      let population = 0;
      for (const i of cells) {
        label[i] = side;
        for (let k = 0; k < K; k++) groupTotals[k] += counts[k][i];
        population += total[i];
      }
      return { groupTotals, population, count: cells.length, cells };
    });
    const res = computeAspatialScopes(
      {
        groups: va.groups,
        counts,
        total,
        cells: null,
        n,
        includeAll: false,
        areaOf: label,
        scopes,
        unitAreas: null,
        totalIsGroupSum: va.totalIsGroupSum && vb.totalIsGroupSum,
      },
      atkinsonB,
      gini,
      memo,
    );
    return [0, 1].map((side) => {
      const out: number[] = [];
      for (const g of va.groups) {
        const v = res[side].groups[g] as unknown as Record<string, number>;
        for (const name of GROUP_INDICES) out.push(v[name]);
      }
      const m = res[side].multigroup as unknown as Record<string, number>;
      for (const name of TESTED_MULTIGROUP_INDICES) out.push(m[name]);
      return Float64Array.from(out);
    }) as [Float64Array, Float64Array];
  };
  const [obsA, obsB] = values();
  const V = obsA.length;
  const extreme = new Float64Array(V);
  const finite = new Float64Array(V);
  const rng = seededStream(seed, 20);
  for (let r = 0; r < permutations; r++) {
    for (let j = n - 1; j > 0; j--) {
      const t = Math.floor(rng.next() * (j + 1));
      const x = perm[j];
      perm[j] = perm[t];
      perm[t] = x;
    }
    const [sa, sb] = values();
    for (let j = 0; j < V; j++) {
      const d = sa[j] - sb[j];
      if (!Number.isFinite(d)) continue;
      finite[j]++;
      const o = Math.abs(obsA[j] - obsB[j]);
      if (Math.abs(d) >= o - 1e-12 * Math.max(1, o)) extreme[j]++;
    }
  }
  const fin = (x: number): number | null => (Number.isFinite(x) ? x : null);
  const result = (j: number): IndexComparison => {
    const d = obsA[j] - obsB[j];
    return {
      a: fin(obsA[j]),
      b: fin(obsB[j]),
      difference: fin(d),
      p_value: Number.isFinite(d) && finite[j] > 0 ? (extreme[j] + 1) / (finite[j] + 1) : null,
    };
  };
  const groups: Record<string, Record<string, IndexComparison>> = {};
  const J = GROUP_INDICES.length;
  va.groups.forEach((g, k) => {
    groups[g] = {};
    GROUP_INDICES.forEach((name, j) => (groups[g][name] = result(k * J + j)));
  });
  const multigroup: Record<string, IndexComparison> = {};
  TESTED_MULTIGROUP_INDICES.forEach((name, j) => (multigroup[name] = result(K * J + j)));
  return { null_model: 'random_label', permutations, seed, groups, multigroup };
}
