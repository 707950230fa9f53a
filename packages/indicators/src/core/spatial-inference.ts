import { type GiniWorkspace } from './aspatial.ts';
import { allocateAtRandom, emptyPeople, peopleOf, writeCounts, type People } from './draws.ts';
import { computeEnvironmentSync } from './environment.ts';
import { type Grid, type Scope } from './grid.ts';
import { type IndexInference, type ResolvedInference, Tally } from './inference.ts';
import { LOWER_IS_SEGREGATED } from './inference-values.ts';
import { type Compat, type Stencil } from './kernels.ts';
import { seededStream } from './random.ts';
import { pysalSpatial } from './spatial-pysal.ts';
import { textbookSpatial, type Environments } from './spatial-textbook.ts';
import { allocFloat64 } from './typed.ts';

/** The permutation tests of the spatial indices of one bandwidth and scope. */
export interface SpatialInference {
  null_model: 'random_allocation';
  permutations: number;
  seed: number;
  groups: Record<string, Record<string, IndexInference>>;
  multigroup: Record<string, IndexInference>;
}

/** What a kernel step needs to recompute its spatial indices on other counts. */
export interface SpatialTestSetup {
  grid: Grid;
  /** The scopes tested: each one's environments stay within it, and its people are dealt within it. */
  scopes: readonly Scope[];
  stencil: Stencil;
  compat: Compat;
  atkinsonB: number;
  /** The environment of the total is needed (pysal, or a total that is not the group sum). */
  needTotal: boolean;
  gini: GiniWorkspace;
  /** Random stream of these draws (all cells or the areas): every bandwidth draws the same allocations. */
  stream: number;
}

type Spatial = ReturnType<typeof textbookSpatial>;

/**
 * Permutation tests of the kernel-based spatial indices of one bandwidth.
 *
 * Null model: random allocation of people, as for the aspatial indices (inferIndices), i.e.
 * PySAL segregation's `simulate_person_permutation` (segregation/inference/randomization.py,
 * the `person_permutation` null of `SingleValueTest`): the people of each tested scope are dealt
 * to its cells at random, every cell keeping its population and every group its size. Each
 * draw's environments are recomputed with the same kernel and bandwidth (on the calling thread),
 * then the spatial indices of the same convention. p = (1 + #draws at least as segregated) /
 * (1 + draws), one-sided (lower exposure, higher everything else is more segregated); the
 * smallest possible p is 1 / (draws + 1). Decimal counts are rounded to whole people, for the
 * draws and the observed value compared alike. The draws come from stream `setup.stream` of the
 * seed, so the same seed gives the same figures. Returns one SpatialInference per tested scope.
 */
export function inferSpatial(
  setup: SpatialTestSetup,
  o: ResolvedInference,
  onProgress?: (fraction: number) => void,
): SpatialInference[] {
  const { grid, scopes } = setup;
  const K = grid.groups.length;
  const n = grid.cellCount;
  const counts = grid.groups.map(() => new Float64Array(n));
  const total = new Float64Array(n);
  const drawn: Grid = { ...grid, counts, total };
  const env: Environments = {
    groups: grid.groups.map(() => allocFloat64(n)),
    total: setup.needTotal ? allocFloat64(n) : null,
  };
  const sources = env.total === null ? counts : [...counts, total];
  const targets = env.total === null ? env.groups : [...env.groups, env.total];

  const indicesOf = (p: People): Spatial[] => {
    writeCounts(p, counts, total);
    for (const scope of scopes)
      computeEnvironmentSync({ grid: drawn, scope, stencil: setup.stencil, sources, targets });
    return setup.compat === 'pysal'
      ? pysalSpatial(drawn, scopes, env, setup.atkinsonB, setup.gini)
      : scopes.map((scope) => textbookSpatial(drawn, scope, env));
  };

  const people = peopleOf(grid.counts, grid.total);
  const observed = indicesOf(people);
  const groupKeys = Object.keys(observed[0].groups[grid.groups[0]]);
  const multiKeys = Object.keys(observed[0].multigroup);
  const flat = (s: Spatial): Float64Array => {
    const v = new Float64Array(K * groupKeys.length + multiKeys.length);
    let j = 0;
    for (const g of grid.groups) for (const key of groupKeys) v[j++] = (s.groups[g] as Record<string, number>)[key];
    for (const key of multiKeys) v[j++] = (s.multigroup as Record<string, number>)[key];
    return v;
  };
  const lowerIsMore = new Uint8Array(K * groupKeys.length + multiKeys.length);
  grid.groups.forEach((_, k) =>
    groupKeys.forEach((key, j) => (lowerIsMore[k * groupKeys.length + j] = LOWER_IS_SEGREGATED.has(key) ? 1 : 0)),
  );
  const tallies = observed.map((s) => new Tally(flat(s), lowerIsMore));

  const draws = o.spatialPermutations;
  const rng = seededStream(o.seed, setup.stream);
  const draw = emptyPeople(people);
  const every = Math.max(1, Math.floor(draws / 20));
  for (let r = 0; r < draws; r++) {
    for (const scope of scopes) allocateAtRandom(people, scope.cells, scope.count, rng, draw);
    indicesOf(draw).forEach((s, t) => tallies[t].addNull(flat(s)));
    if (onProgress && (r + 1) % every === 0) onProgress((r + 1) / draws);
  }

  const tested: ResolvedInference = { ...o, permutations: draws, bootstrap: 0 };
  return tallies.map((tally) => {
    const groups: Record<string, Record<string, IndexInference>> = {};
    grid.groups.forEach((g, k) => {
      groups[g] = {};
      groupKeys.forEach((key, j) => (groups[g][key] = tally.result(k * groupKeys.length + j, tested)));
    });
    const multigroup: Record<string, IndexInference> = {};
    multiKeys.forEach((key, j) => (multigroup[key] = tally.result(K * groupKeys.length + j, tested)));
    return { null_model: 'random_allocation', permutations: draws, seed: o.seed, groups, multigroup };
  });
}
