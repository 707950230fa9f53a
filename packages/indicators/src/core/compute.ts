import { computeAspatialScopes, GiniWorkspace, type ScopedUnits } from './aspatial.ts';
import { computeEnvironmentSync, type EnvironmentRequest } from './environment.ts';
import { type Grid, type Scope } from './grid.ts';
import { type AspatialResult, type GroupIndices } from './indices.ts';
import { buildStencil } from './kernels.ts';
import { moransIOfShares, moransIOfSharesByArea } from './moran.ts';
import { resolveOptions, type IndicatorOptions, type ResolvedOptions } from './options.ts';
import { spatialIndices, type SpatialIndices, type SpatialJob } from './spatial-indices.ts';
import { type Environments } from './spatial-textbook.ts';
import { type AreaResult, type IndicatorResult, type ProgressCallback } from './result.ts';
import { decompose, spatialProfile } from './structure.ts';
import { inferIndices } from './inference.ts';
import { inferSpatial, type SpatialInference } from './spatial-inference.ts';
import { allocFloat64, allocUint8 } from './typed.ts';

export type { AreaResult, IndicatorResult, ProgressCallback, SpatialProfile, SpatialResult } from './result.ts';

/** One kernel computation: environments to fill, then indices to derive from them. */
export interface SpatialStep {
  label: string;
  requests: EnvironmentRequest[];
  /**
   * Derives the indices (and, with spatialPermutations, tests them: onProgress from 0 to 1);
   * `observed`: the indices of `job`, computed elsewhere.
   */
  finish(onProgress?: (fraction: number) => void, observed?: SpatialIndices[]): void;
  /** The observed indices as a job another thread can compute (null when finish also runs tests). */
  job: SpatialJob | null;
  /** For an area step: true when its environments start from the previous step's (all cells). */
  fromPrevious: boolean;
  /**
   * For an area step computed with the step before it (two environment sets, no tests): its
   * environments hold only the cells marked 1 here, near area borders, the others being the
   * previous step's; its indices then come from pairedSpatialIndices.
   */
  border: Uint8Array | null;
}

/**
 * The indicator computation in steps, so the same sequence runs on one thread
 * (computeIndicatorsSync) or with worker threads for the environments (computeIndicators).
 */
export class IndicatorComputation {
  readonly grid: Grid;
  readonly options: ResolvedOptions;
  readonly scopes: readonly Scope[];
  private readonly results: AreaResult[] = [];
  private readonly resultOf = new Map<Scope, AreaResult>();
  private readonly gini = new GiniWorkspace();
  private readonly env: Environments[] = [];

  constructor(grid: Grid, options: IndicatorOptions, defaultThreads = 1) {
    this.grid = grid;
    this.options = resolveOptions(options, defaultThreads);
    this.scopes = this.options.areas ? grid.scopes : grid.scopes.slice(0, 1);
  }

  /** Aspatial indices and Moran's I for every scope. */
  computeAspatial(onProgress?: ProgressCallback): void {
    const aspatial = this.aspatialIndices();
    onProgress?.(0.6, 'aspatial indices');
    this.assemble(aspatial, this.moransI());
    onProgress?.(1, 'aspatial indices');
  }

  /** Every aspatial and multigroup index of every scope, in one pass over the counts. */
  aspatialIndices(): AspatialResult[] {
    const grid = this.grid;
    const units: ScopedUnits = {
      groups: grid.groups,
      counts: grid.counts,
      total: grid.total,
      cells: null,
      n: grid.cellCount,
      includeAll: true,
      areaOf: this.scopes.length > 1 ? grid.areaOf : null,
      scopes: this.scopes.map((s) => ({
        groupTotals: s.groupTotals,
        population: s.population,
        count: s.count,
        cells: s.cells,
      })),
      unitAreas: null,
      totalIsGroupSum: grid.totalIsGroupSum,
    };
    return computeAspatialScopes(units, this.options.atkinsonB, this.gini);
  }

  /** Records Moran's I of every scope after assemble(aspatial, null). */
  recordMoran(moran: Float64Array[]): void {
    this.results.forEach((r, n) => this.grid.groups.forEach((g, k) => (r.groups[g].morans_i = moran[n][k])));
  }

  /** Moran's I of the group shares, per scope (all cells first). */
  moransI(): Float64Array[] {
    return this.scopes.length > 1
      ? moransIOfSharesByArea(this.grid, this.options.moranEmptyCells)
      : [moransIOfShares(this.grid, this.scopes[0], this.options.moranEmptyCells)];
  }

  /**
   * Records the aspatial results of every scope (aspatialIndices and moransI outputs; Moran's I
   * may come later, by recordMoran).
   */
  assemble(aspatial: AspatialResult[], moran: Float64Array[] | null): void {
    this.scopes.forEach((scope, n) => {
      const groups: Record<string, GroupIndices> = {};
      this.grid.groups.forEach((g, k) => {
        groups[g] = { ...aspatial[n].groups[g], morans_i: moran === null ? NaN : moran[n][k] };
      });
      const result: AreaResult = {
        area: scope.label,
        cells: scope.count,
        population: scope.population,
        groups,
        multigroup: aspatial[n].multigroup,
        spatial: [],
      };
      this.results.push(result);
      this.resultOf.set(scope, result);
    });
  }

  /**
   * The kernel steps, in reporting order (per bandwidth: all cells, then the areas). With
   * `environmentSets` 2, consecutive steps write their environments to different arrays, so
   * one step's environments can be computed while the previous step's indices are derived.
   */
  spatialSteps(environmentSets = 1): SpatialStep[] {
    const steps: SpatialStep[] = [];
    const perArea = this.options.environmentScope === 'area' && this.scopes.length > 1;
    const o = this.options;
    const all = [...o.bandwidths, ...o.profile.filter((b) => !o.bandwidths.includes(b))];
    for (const bandwidth of all) {
      const stencil = buildStencil(this.options.kernel, bandwidth, this.grid.cellSize, this.options.compat);
      const first = perArea ? this.scopes.slice(0, 1) : this.scopes;
      const set = steps.length % environmentSets;
      const allCells = this.step(`${bandwidth} m, all cells`, bandwidth, first, [this.scopes[0]], stencil, set);
      steps.push(allCells);
      if (perArea) {
        // An area's environments start from the all-cells ones (the step before, same kernel),
        // which the textbook indices leave as they are (the pysal ones round them in place).
        const base = o.compat === 'textbook' ? allCells.requests[0].targets : null;
        const areas = this.scopes.slice(1);
        const next = steps.length % environmentSets;
        const border = base !== null && environmentSets === 2 && !this.tested ? allocUint8(this.grid.cellCount) : null;
        steps.push(this.step(`${bandwidth} m, per area`, bandwidth, areas, areas, stencil, next, base, border));
      }
    }
    return steps;
  }

  /** True when the spatial indices are tested by permutations. */
  private get tested(): boolean {
    const i = this.options.inference;
    return i !== null && i.spatialPermutations > 0;
  }

  /** True when inference or a decomposition was asked for (computeInference has work to do). */
  get hasInference(): boolean {
    return this.aspatialDraws || this.options.decomposition !== null;
  }

  private get aspatialDraws(): boolean {
    const i = this.options.inference;
    return i !== null && (i.permutations > 0 || i.bootstrap > 0);
  }

  /** Permutation tests, bootstrap intervals and the decomposition (after computeAspatial). */
  computeInference(onProgress?: ProgressCallback): void {
    const o = this.options;
    if (o.inference !== null && this.aspatialDraws) {
      const inference = inferIndices(this.grid, this.scopes, o.inference, o.atkinsonB, o.moranEmptyCells, (f) =>
        onProgress?.(f, 'permutations and bootstrap'),
      );
      this.results.forEach((r, n) => (r.inference = inference[n]));
    }
    if (o.decomposition !== null) this.results[0].decomposition = decompose(this.grid, o.decomposition);
  }

  /** The finished result (after computeAspatial, computeInference and every spatial step). */
  result(): IndicatorResult {
    const o = this.options;
    if (o.profile.length > 0) {
      for (const r of this.results) {
        r.profile = spatialProfile(r.spatial, o.profile, o.kernel, o.compat);
        r.spatial = r.spatial.filter((s) => o.bandwidths.includes(s.bandwidth));
      }
    }
    return { areas: this.results };
  }

  private step(
    label: string,
    bandwidth: number,
    scopes: readonly Scope[],
    envScopes: readonly Scope[],
    stencil: ReturnType<typeof buildStencil>,
    set: number,
    base: readonly Float64Array[] | null = null,
    border: Uint8Array | null = null,
  ): SpatialStep {
    const env = this.environments(set);
    const sources = env.total === null ? this.grid.counts : [...this.grid.counts, this.grid.total];
    const targets = env.total === null ? env.groups : [...env.groups, env.total];
    const areaOf = this.grid.areaOf;
    const requests = envScopes.map((scope) => ({
      grid: this.grid,
      scope,
      stencil,
      sources,
      targets,
      from:
        base === null || areaOf === null || scope.cells === null || scope.count === 0
          ? null
          : { base, area: areaOf[scope.cells[0]], border },
    }));
    const o = this.options;
    const job: SpatialJob = {
      grid: this.grid,
      scopes: scopes.map((scope) => this.grid.scopes.indexOf(scope)),
      env,
      compat: o.compat,
      atkinsonB: o.atkinsonB,
    };
    const finish = (onProgress?: (fraction: number) => void, observed?: SpatialIndices[]): void => {
      const tests = this.spatialTests(envScopes, stencil, onProgress);
      if (border !== null && observed === undefined) throw new Error(`${label}: indices come from the paired pass`);
      const indices = observed ?? spatialIndices(job, this.gini);
      scopes.forEach((scope, j) => {
        const r = this.resultOf.get(scope) as AreaResult;
        r.spatial.push({
          kernel: o.kernel,
          bandwidth,
          compat: o.compat,
          groups: indices[j].groups,
          multigroup: indices[j].multigroup,
          ...(tests.has(scope) ? { inference: tests.get(scope) } : {}),
        });
      });
    };
    return { label, requests, finish, job: this.tested ? null : job, fromPrevious: base !== null, border };
  }

  /**
   * Permutation tests of the spatial indices of the scopes whose environments this step
   * computes (all cells; the areas when environments stay within areas), before the observed
   * indices are derived (the draws use their own arrays). Empty without spatialPermutations.
   */
  private spatialTests(
    scopes: readonly Scope[],
    stencil: ReturnType<typeof buildStencil>,
    onProgress?: (fraction: number) => void,
  ): Map<Scope, SpatialInference> {
    const o = this.options;
    const tests = new Map<Scope, SpatialInference>();
    if (o.inference === null || o.inference.spatialPermutations === 0) return tests;
    const setup = {
      grid: this.grid,
      scopes,
      stencil,
      compat: o.compat,
      atkinsonB: o.atkinsonB,
      needTotal: this.environments().total !== null,
      gini: this.gini,
      stream: scopes[0] === this.scopes[0] ? 30 : 31,
    };
    inferSpatial(setup, o.inference, onProgress).forEach((t, n) => tests.set(scopes[n], t));
    return tests;
  }

  private environments(set = 0): Environments {
    if (this.env[set] === undefined) {
      const n = this.grid.cellCount;
      const needTotal = this.options.compat === 'pysal' || !this.grid.totalIsGroupSum;
      this.env[set] = {
        groups: this.grid.groups.map(() => allocFloat64(n)),
        total: needTotal ? allocFloat64(n) : null,
      };
    }
    return this.env[set];
  }
}

/**
 * Computes every index on the calling thread (no workers). See computeIndicators.
 */
export function computeIndicatorsSync(
  grid: Grid,
  options: IndicatorOptions = {},
  onProgress?: ProgressCallback,
): IndicatorResult {
  const c = new IndicatorComputation(grid, options);
  const steps = c.spatialSteps();
  const parts = 1 + steps.length + (c.hasInference ? 1 : 0);
  const share = 1 / parts;
  c.computeAspatial((f, phase) => onProgress?.(f * share, phase));
  if (c.hasInference) c.computeInference((f, phase) => onProgress?.((1 + f) * share, phase));
  const done = c.hasInference ? 2 : 1;
  steps.forEach((step, n) => {
    for (const req of step.requests) computeEnvironmentSync(req);
    step.finish((f) => onProgress?.((n + done + f) * share, `permutations, kernel ${step.label}`));
    onProgress?.((n + 1 + done) * share, `kernel ${step.label}`);
  });
  return c.result();
}
