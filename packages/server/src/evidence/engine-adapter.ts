import type { ColumnMapping, RunOptions } from '@convivio/shared';
import {
  computeIndicators,
  computeLocalLayers,
  readGrid,
  type Grid,
  type GridMapping,
  type IndicatorOptions,
} from '@convivio/indicators';
import type { ComputeInput } from './compute.ts';
import type { LayerData, RunOutput } from './result-queries.ts';

/** The engine's own entry points (tests compare runs with them). */
export { computeIndicators, computeLocalLayers, readGrid };

/** The only place that speaks to @convivio/indicators: a mapping in its terms. */
export function engineMapping(m: ColumnMapping): GridMapping {
  const defined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
  return {
    cellId: defined(m.cellId),
    x: defined(m.x),
    y: defined(m.y),
    cellSize: m.cellId ? undefined : defined(m.cellSize),
    area: defined(m.area),
    groups: m.groups,
    total: defined(m.total),
  };
}

/** The engine's options for a run. */
export function engineOptions(o: RunOptions): IndicatorOptions {
  return { bandwidths: o.bandwidths, kernel: o.kernel, compat: o.compat };
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
  const grid = await readGrid(input.bytes, engineMapping(input.mapping), {
    name: input.fileName,
    limits: input.limits,
    onProgress: (f) => onProgress(f * 0.3, 'reading the grid'),
  });
  const options = engineOptions(input.options);
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
