import { allocateAtRandom, emptyPeople, peopleOf, PeopleResampler, writeCounts, type People } from './draws.ts';
import { requireOption } from './errors.ts';
import { type Grid, type Scope } from './grid.ts';
import {
  LOWER_IS_SEGREGATED,
  TESTED_GROUP_INDICES,
  TESTED_MULTIGROUP_INDICES,
  TestedValues,
  testedCount,
} from './inference-values.ts';
import { latticeCells, type MoranEmptyCells } from './moran.ts';
import { seededStream, type Random } from './random.ts';

/** How many draws and from which seed; 0 draws leaves that part out. */
export interface InferenceOptions {
  /** Random allocations for the p-values (default 0: none; 199 or 999 are usual). */
  permutations?: number;
  /** Bootstrap resamples for the confidence intervals (default 0: none). */
  bootstrap?: number;
  /** Seed of the draws (default 1): the same seed gives the same figures. */
  seed?: number;
  /** Level of the bootstrap intervals (default 0.95). */
  confidence?: number;
  /** Random allocations for the p-values of the kernel (spatial) indices, per bandwidth (default 0). */
  spatialPermutations?: number;
}

export type ResolvedInference = Required<InferenceOptions>;

/** One index's inference: null where not computed or undefined. */
export interface IndexInference {
  /** (1 + draws at least as segregated as observed) / (1 + draws), one-sided. */
  p_value: number | null;
  /** Mean of the index over the random allocations (what chance alone gives). */
  null_mean: number | null;
  /** Percentile bootstrap interval. */
  ci_low: number | null;
  ci_high: number | null;
}

/** The inference of one scope (all cells or an area). */
export interface ScopeInference {
  null_model: 'random_allocation';
  bootstrap_model: 'people_multinomial';
  permutations: number;
  bootstrap: number;
  seed: number;
  confidence: number;
  groups: Record<string, Record<string, IndexInference>>;
  multigroup: Record<string, IndexInference>;
}

/** Checks inference options and fills the defaults; throws INVALID_OPTION naming the option. */
export function resolveInference(o: InferenceOptions): ResolvedInference {
  const permutations = o.permutations ?? 0;
  const bootstrap = o.bootstrap ?? 0;
  const seed = o.seed ?? 1;
  const confidence = o.confidence ?? 0.95;
  const spatialPermutations = o.spatialPermutations ?? 0;
  requireOption(
    Number.isInteger(spatialPermutations) && spatialPermutations >= 0,
    `spatialPermutations must be a whole number ≥ 0, got ${spatialPermutations}`,
  );
  requireOption(
    Number.isInteger(permutations) && permutations >= 0,
    `permutations must be a whole number ≥ 0, got ${permutations}`,
  );
  requireOption(
    Number.isInteger(bootstrap) && bootstrap >= 0,
    `bootstrap must be a whole number ≥ 0, got ${bootstrap}`,
  );
  requireOption(
    Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32,
    `seed must be a whole number from 0 to 2^32 − 1, got ${seed}`,
  );
  requireOption(confidence > 0 && confidence < 1, `confidence must lie strictly between 0 and 1, got ${confidence}`);
  return { permutations, bootstrap, seed, confidence, spatialPermutations };
}

/** The q-quantile of sorted finite values, linearly interpolated (numpy's default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Tallies of the draws of one scope (observed values as a flat vector). */
export class Tally {
  readonly extreme: Float64Array;
  readonly finite: Float64Array;
  readonly sum: Float64Array;
  readonly boot: Float64Array[] = [];
  constructor(
    readonly observed: Float64Array,
    private readonly lowerIsMore: Uint8Array,
  ) {
    this.extreme = new Float64Array(observed.length);
    this.finite = new Float64Array(observed.length);
    this.sum = new Float64Array(observed.length);
  }

  addNull(v: Float64Array): void {
    for (let j = 0; j < v.length; j++) {
      const x = v[j];
      if (!Number.isFinite(x)) continue;
      this.finite[j]++;
      this.sum[j] += x;
      const o = this.observed[j];
      const tol = 1e-12 * Math.max(1, Math.abs(o));
      if (this.lowerIsMore[j] ? x <= o + tol : x >= o - tol) this.extreme[j]++;
    }
  }

  result(j: number, o: ResolvedInference): IndexInference {
    const fin = (x: number): number | null => (Number.isFinite(x) ? x : null);
    const observedOk = Number.isFinite(this.observed[j]);
    const tested = o.permutations > 0 && observedOk && this.finite[j] > 0;
    let low = NaN;
    let high = NaN;
    if (this.boot.length > 0) {
      const xs = this.boot
        .map((b) => b[j])
        .filter(Number.isFinite)
        .sort((a, b) => a - b);
      low = quantileSorted(xs, (1 - o.confidence) / 2);
      high = quantileSorted(xs, (1 + o.confidence) / 2);
    }
    return {
      p_value: tested ? (this.extreme[j] + 1) / (this.finite[j] + 1) : null,
      null_mean: tested ? this.sum[j] / this.finite[j] : null,
      ci_low: fin(low),
      ci_high: fin(high),
    };
  }
}

/**
 * Permutation tests and bootstrap intervals of every tested index (see TESTED_*) for all cells
 * and, when `scopes` holds areas, each area on its own.
 *
 * Null model (random allocation): the people of the scope are dealt to its cells at random,
 * every cell keeping its population and every group its size — a permutation of the person
 * labels. This fixes both margins, like PySAL segregation's `person_permutation` null; its
 * `evenness` null (binomial draws per unit) fixes only the cell totals and its `systematic` null
 * (multinomial draws per group) only the group totals. p = (1 + #draws at least as segregated)
 * / (1 + draws), one-sided (lower exposure, higher everything else counts as more segregated).
 *
 * Bootstrap: people are resampled with replacement (one multinomial draw of the scope's
 * cell × group table with its own number of people), as R's `segregation` package does; the
 * interval is the percentile interval. Sampling noise makes segregation indices of resamples
 * higher on average (small cells look segregated by chance), so the interval sits above the
 * estimate when cells are small; `null_mean` shows the same effect under the null.
 * Decimal counts are rounded to whole people for the draws and the observed value compared.
 */
export function inferIndices(
  grid: Grid,
  scopes: readonly Scope[],
  options: InferenceOptions,
  atkinsonB: number,
  emptyCells: MoranEmptyCells,
  onProgress?: (fraction: number) => void,
): ScopeInference[] {
  const o = resolveInference(options);
  const K = grid.groups.length;
  const values = new TestedValues(grid, latticeCells(grid, grid.scopes[0], emptyCells), atkinsonB);
  const people = peopleOf(grid.counts, grid.total);
  const draw = emptyPeople(people);
  const counts = grid.groups.map(() => new Float64Array(grid.cellCount));
  const total = new Float64Array(grid.cellCount);
  const areas = scopes.slice(1);
  const lowerIsMore = new Uint8Array(testedCount(K));
  const J = TESTED_GROUP_INDICES.length;
  for (let k = 0; k < K; k++)
    TESTED_GROUP_INDICES.forEach((name, j) => (lowerIsMore[k * J + j] = LOWER_IS_SEGREGATED.has(name) ? 1 : 0));

  const evaluate = (p: People, which: 'all' | 'areas'): Float64Array[] => {
    writeCounts(p, counts, total);
    return which === 'all'
      ? values.compute(counts, total, scopes.slice(0, 1), null)
      : values.compute(counts, total, areas, grid.areaOf);
  };
  const tallies = [...evaluate(people, 'all'), ...(areas.length > 0 ? evaluate(people, 'areas') : [])].map(
    (v) => new Tally(v, lowerIsMore),
  );
  const record = (vs: Float64Array[], offset: number, boot: boolean): void =>
    vs.forEach((v, s) => (boot ? tallies[offset + s].boot.push(v) : tallies[offset + s].addNull(v)));

  const passes: { which: 'all' | 'areas'; offset: number; stream: number }[] = [{ which: 'all', offset: 0, stream: 0 }];
  if (areas.length > 0) passes.push({ which: 'areas', offset: 1, stream: 1 });
  const steps = passes.length * (o.permutations + o.bootstrap);
  let step = 0;
  const tick = (): void => {
    step++;
    if (onProgress && step % Math.max(1, Math.floor(steps / 50)) === 0) onProgress(step / steps);
  };
  for (const pass of passes) {
    const own = pass.which === 'all' ? scopes.slice(0, 1) : areas;
    const rng: Random = seededStream(o.seed, pass.stream);
    for (let r = 0; r < o.permutations; r++) {
      for (const scope of own) allocateAtRandom(people, scope.cells, scope.count, rng, draw);
      record(evaluate(draw, pass.which), pass.offset, false);
      tick();
    }
    if (o.bootstrap > 0) {
      const boot = seededStream(o.seed, pass.stream + 2);
      const resamplers = own.map((scope) => new PeopleResampler(people, scope.cells, scope.count));
      for (let r = 0; r < o.bootstrap; r++) {
        for (const rs of resamplers) rs.draw(boot, draw);
        record(evaluate(draw, pass.which), pass.offset, true);
        tick();
      }
    }
  }
  return tallies.map((tally) => {
    const groups: Record<string, Record<string, IndexInference>> = {};
    grid.groups.forEach((g, k) => {
      groups[g] = {};
      TESTED_GROUP_INDICES.forEach((name, j) => (groups[g][name] = tally.result(k * J + j, o)));
    });
    const multigroup: Record<string, IndexInference> = {};
    TESTED_MULTIGROUP_INDICES.forEach((name, j) => (multigroup[name] = tally.result(K * J + j, o)));
    return {
      null_model: 'random_allocation',
      bootstrap_model: 'people_multinomial',
      permutations: o.permutations,
      bootstrap: o.bootstrap,
      seed: o.seed,
      confidence: o.confidence,
      groups,
      multigroup,
    };
  });
}
