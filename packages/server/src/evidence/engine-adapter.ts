import type { ColumnMapping, RunOptionsInput } from '@convivio/shared';
import {
  computeIndicators,
  computeLocalLayers,
  IndicatorError,
  readGrid,
  type DecompositionUnits,
  type Grid,
  type GridMapping,
  type IndicatorOptions,
} from '@convivio/indicators';
import type { ComputeInput } from './compute.ts';
import type { LayerData, RunOutput } from './result-queries.ts';

/** The engine's own entry points (tests compare runs with them). */
export { computeIndicators, computeLocalLayers, readGrid };

/**
 * The only place that speaks to @convivio/indicators: a mapping in its terms. With a year
 * column and a run's year, only that year's rows are read.
 */
export function engineMapping(m: ColumnMapping, year: string | null = null): GridMapping {
  const defined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
  return {
    cellId: defined(m.cellId),
    x: defined(m.x),
    y: defined(m.y),
    cellSize: m.cellId ? undefined : defined(m.cellSize),
    area: defined(m.area),
    groups: m.groups,
    total: defined(m.total),
    select: m.year && year !== null ? { column: m.year, value: year } : undefined,
  };
}

/** Cells × draws a run may ask of the permutation tests, the bootstrap or the hot spots (each). */
export const INFERENCE_BUDGET = 200_000_000;

/** Hot-spot permutations when the run asks for hot spots without global permutations. */
const HOTSPOT_PERMUTATIONS = 199;

/** The engine's options for a run (the decomposition is added once the grid is read). */
export function engineOptions(o: RunOptionsInput): IndicatorOptions {
  const { permutations = 0, bootstrap = 0, spatialPermutations = 0, seed = 1 } = o;
  return {
    bandwidths: o.bandwidths,
    kernel: o.kernel,
    compat: o.compat,
    profile: o.profile ?? [],
    inference:
      permutations > 0 || bootstrap > 0 || spatialPermutations > 0
        ? { permutations, bootstrap, spatialPermutations, seed }
        : null,
    hotspots: o.hotspots ? { permutations: permutations > 0 ? permutations : HOTSPOT_PERMUTATIONS, seed } : null,
  };
}

/**
 * Refuses, before any draw, a run whose draws would pass INFERENCE_BUDGET on this grid. The
 * spatial permutations draw once per bandwidth, so they count times the bandwidths.
 */
function checkInferenceBudget(grid: Grid, options: IndicatorOptions): void {
  const bandwidths = Math.max(1, (options.bandwidths ?? []).length);
  const draws: [string, number, number][] = [
    ['permutations', options.inference?.permutations ?? 0, 1],
    ['bootstrap', options.inference?.bootstrap ?? 0, 1],
    ['hot-spot permutations', options.hotspots?.permutations ?? 0, 1],
    ['spatial permutations', options.inference?.spatialPermutations ?? 0, bandwidths],
  ];
  for (const [what, n, times] of draws)
    if (n * times * grid.cellCount > INFERENCE_BUDGET)
      throw new IndicatorError(
        'TOO_LARGE',
        `${n} ${what}${times > 1 ? ` × ${times} bandwidths` : ''} on ${grid.cellCount} cells exceed the limit of ${INFERENCE_BUDGET.toLocaleString('en')} cell draws; ask for at most ${Math.floor(INFERENCE_BUDGET / (times * grid.cellCount))}`,
      );
}

/** The decomposition's units: the area column itself, or another column read for it. */
async function decompositionOf(input: ComputeInput): Promise<DecompositionUnits | null> {
  const by = input.options.decomposeBy ?? null;
  if (by === null) return null;
  if (by === input.mapping.area) return 'areas';
  const other = await readGrid(
    input.path,
    { ...engineMapping(input.mapping, input.options.year ?? null), area: by },
    {
      name: input.fileName,
      limits: input.limits,
    },
  );
  return { by, unitOf: other.areaOf as Int32Array, labels: other.areaCodes };
}

/**
 * English labels of the engine's local layers (`share_<g>`, `lq_<g>`, `diversity`,
 * `entropy_norm`, `simpson_*`, each optionally suffixed `_<bandwidth>m`); pages translate them.
 */
export function layerLabel(name: string): string {
  const m = /^(.*?)(?:_(\d+(?:\.\d+)?)m)?$/.exec(name)!;
  const [, base = name, bandwidth] = m;
  const where = bandwidth ? `, ${bandwidth} m kernel` : '';
  const group = /^(share|lq)_(.+)$/.exec(base);
  if (group) return `${group[1] === 'share' ? 'Share of' : 'Location quotient of'} ${group[2]}${where}`;
  const hot = /^(lisa|lisa_p|lisa_cluster|gistar|gistar_p|gistar_hotspot)_(.+)$/.exec(base);
  const hotNames: Record<string, string> = {
    lisa: "Local Moran's I",
    lisa_p: "Local Moran's I p-value",
    lisa_cluster: "Local Moran's I clusters (1 high-high, 2 low-high, 3 low-low, 4 high-low)",
    gistar: 'Gi* z-score',
    gistar_p: 'Gi* p-value',
    gistar_hotspot: 'Gi* hot (+1) and cold (−1) spots',
  };
  if (hot) return `${hotNames[hot[1]!]} of the location quotient of ${hot[2]}`;
  const names: Record<string, string> = {
    population: 'Population',
    diversity: 'Diversity (entropy)',
    entropy_norm: 'Normalised entropy',
    simpson_concentration: 'Simpson concentration',
    simpson_interaction: 'Simpson interaction',
  };
  return `${names[base] ?? base}${where}`;
}

function engineLayers(grid: Grid, local: Awaited<ReturnType<typeof computeLocalLayers>>): LayerData[] {
  const layers: LayerData[] = [
    { name: 'population', label: layerLabel('population'), values: Float64Array.from(grid.total) },
  ];
  for (const name of local.names)
    layers.push({ name, label: layerLabel(name), values: Float64Array.from(local.column(name)) });
  return layers;
}

/** Reads the grid, computes the indices and the local layers, reporting progress from 0 to 1. */
export async function runEngine(
  input: ComputeInput,
  onProgress: (fraction: number, phase: string) => void,
): Promise<RunOutput> {
  const grid = await readGrid(input.path, engineMapping(input.mapping, input.options.year ?? null), {
    name: input.fileName,
    limits: input.limits,
    onProgress: (f) => onProgress(f * 0.3, 'reading the grid'),
  });
  const options = engineOptions(input.options);
  checkInferenceBudget(grid, options);
  options.decomposition = await decompositionOf(input);
  const results = await computeIndicators(grid, options, (f, phase) => onProgress(0.3 + f * 0.55, phase));
  onProgress(0.85, 'local layers');
  const local = await computeLocalLayers(grid, options);
  return {
    grid: {
      cells: grid.cellCount,
      width: grid.width,
      height: grid.height,
      cellSize: grid.cellSize,
      originX: grid.originX,
      originY: grid.originY,
      groups: [...grid.groups],
      areas: [...grid.areaCodes],
    },
    // NaN and infinities become null, as in the engine's JSON output (resultToJson).
    results: JSON.parse(JSON.stringify(results)) as RunOutput['results'],
    cols: Int32Array.from(grid.col),
    rows: Int32Array.from(grid.row),
    layers: engineLayers(grid, local),
  };
}
