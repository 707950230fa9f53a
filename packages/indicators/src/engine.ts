import { IndicatorComputation, type IndicatorResult, type ProgressCallback } from './core/compute.ts';
import { type Grid } from './core/grid.ts';
import { LocalLayerPlan, type LocalLayers } from './core/local-layers.ts';
import { type IndicatorOptions } from './core/options.ts';
import { computeEnvironments, defaultThreads } from './parallel/parallel-environment.ts';
import { startMoranOnWorker } from './parallel/parallel-moran.ts';
import { canPipeline, computePipelined } from './parallel/pipelined-indicators.ts';

/**
 * Computes all indices for the whole grid ('ALL') and for each area: aspatial single-group
 * and multigroup indices, Moran's I of the group shares, and, per bandwidth, spatial indices
 * from kernel environments. Kernel environments run on worker threads (every core by
 * default) when the grid is large; results do not depend on the number of threads.
 *
 * @param grid from readGrid() or gridFromArrays()
 * @param options bandwidths (metres), kernel, compat ('textbook' | 'pysal'), atkinsonB, …
 * @param onProgress called with the fraction done (0..1) and the current phase
 * @returns `{ areas: [...] }`, ALL first, then areas sorted by code
 */
export async function computeIndicators(
  grid: Grid,
  options: IndicatorOptions = {},
  onProgress?: ProgressCallback,
): Promise<IndicatorResult> {
  const c = new IndicatorComputation(grid, options, defaultThreads());
  const kernels = c.options.bandwidths.length + c.options.profile.length > 0;
  if (kernels && (await canPipeline(grid, c.options.threads))) return computePipelined(c, onProgress);
  const steps = c.spatialSteps();
  const share = 1 / (1 + steps.length + (c.hasInference ? 1 : 0));
  const moranElsewhere = await startMoranOnWorker(
    grid,
    c.options.moranEmptyCells,
    c.scopes.length > 1,
    c.options.threads,
  );
  if (moranElsewhere === null) {
    c.computeAspatial((f, phase) => onProgress?.(f * share, phase));
  } else {
    const aspatial = c.aspatialIndices();
    onProgress?.(0.6 * share, 'aspatial indices');
    c.assemble(aspatial, (await moranElsewhere.moran) ?? c.moransI());
    onProgress?.(share, 'aspatial indices');
  }
  if (c.hasInference) c.computeInference((f, phase) => onProgress?.((1 + f) * share, phase));
  const done = c.hasInference ? 2 : 1;
  for (let n = 0; n < steps.length; n++) {
    await computeEnvironments(steps[n].requests, c.options.threads);
    steps[n].finish((f) => onProgress?.((n + done + f) * share, `permutations, kernel ${steps[n].label}`));
    onProgress?.((n + 1 + done) * share, `kernel ${steps[n].label}`);
  }
  return c.result();
}

/**
 * Computes per-cell layers (shares, location quotients, diversity, normalised entropy,
 * Simpson indices; the same on kernel-smoothed counts for each bandwidth). Layers are
 * derived on demand by `fill(i, out)` or `column(name)`, so memory stays at the counts plus
 * one environment per bandwidth. Kernel environments use worker threads on large grids.
 */
export async function computeLocalLayers(grid: Grid, options: IndicatorOptions = {}): Promise<LocalLayers> {
  const plan = new LocalLayerPlan(grid, options, defaultThreads());
  await computeEnvironments(plan.requests, plan.options.threads);
  plan.finish();
  return plan;
}
