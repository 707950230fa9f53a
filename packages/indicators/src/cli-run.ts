import { promises as fs } from 'node:fs';
import type { CliIo } from './cli.ts';
import type { CliConfig } from './cli-args.ts';
import { IndicatorError } from './core/errors.ts';
import { type Grid } from './core/grid.ts';
import { type DecompositionUnits, type IndicatorOptions } from './core/options.ts';
import { type AreaComparison } from './core/result.ts';
import { type LocalLayers } from './core/local-layers.ts';
import { computeIndicators, computeLocalLayers } from './engine.ts';
import { defaultThreads } from './parallel/parallel-environment.ts';
import { ensureWorkers, shutdownWorkers } from './parallel/pool.ts';
import { ProgressReporter } from './io/progress.ts';
import { readGrid } from './io/read-grid.ts';
import { writeResult } from './io/write-results.ts';

/** Inputs at least this large get a progress display (unless --quiet). */
const LARGE_INPUT = 32 * 1024 * 1024;
/** Inputs at least this large will use a worker thread, which starts while the input is read. */
const WORKER_INPUT = 4 * 1024 * 1024;

/**
 * What `convivio indicators` does once its command line is understood: read, compute, write.
 * On failure the worker threads are stopped, so the command exits with its error even when a
 * worker started early has had no job yet.
 */
export async function run(config: CliConfig, io: CliIo): Promise<void> {
  try {
    await readComputeWrite(config, io);
  } catch (e) {
    await shutdownWorkers();
    throw e;
  }
}

async function readComputeWrite(config: CliConfig, io: CliIo): Promise<void> {
  const size = await fs.stat(config.input).then(
    (s) => s.size,
    () => {
      throw new IndicatorError('USAGE', `cannot read input file '${config.input}'`);
    },
  );
  if (size >= WORKER_INPUT && (config.options.threads ?? defaultThreads()) > 1) ensureWorkers(1);
  const progress = new ProgressReporter(
    io.stderr,
    config.progress === 'on' || (config.progress === 'auto' && size >= LARGE_INPUT),
  );
  const grid = await readGrid(config.input, config.mapping, {
    onProgress: (f) => progress.update('reading', f),
    threads: config.options.threads,
  });
  progress.update('reading', 1);
  const options = { ...config.options };
  if (config.decomposeBy !== undefined) options.decomposition = await decompositionUnits(config);
  const result = await computeIndicators(grid, options, (f) => progress.update('computing', f));
  if (config.compare !== undefined) {
    const { compareUnits } = await import('./core/compare.ts');
    result.comparison = compareAreas(grid, config.compare, config.options, compareUnits);
  }
  await writeResult(config.output, result, config.format);
  let local = '';
  if (config.localOutput !== undefined) {
    progress.update('local layers', 0);
    const layers = await computeLocalLayers(grid, config.options);
    await writeLocal(config.localOutput, layers, config.epsg);
    progress.update('local layers', 1);
    local = `, ${layers.names.length} local layers to ${config.localOutput}`;
  }
  progress.done();
  io.stdout.write(
    `wrote ${config.output}: ${result.areas.length} area result(s) over ${grid.cellCount} cells and ${grid.groups.length} groups${local}\n`,
  );
}

/** The grouping of the decomposition: the area column itself, or another column read for it. */
async function decompositionUnits(config: CliConfig): Promise<DecompositionUnits> {
  const by = config.decomposeBy as string;
  if (by === config.mapping.area) return 'areas';
  const other = await readGrid(config.input, { ...config.mapping, area: by }, { threads: config.options.threads });
  return { by, unitOf: other.areaOf as Int32Array, labels: other.areaCodes };
}

/** The comparison of two areas of the grid (their cells as units). */
function compareAreas(
  grid: Grid,
  [a, b]: [string, string],
  options: IndicatorOptions,
  compareUnits: typeof import('./core/compare.ts').compareUnits,
): AreaComparison {
  const side = (code: string) => {
    const scope = grid.scopes.find((s, n) => n > 0 && s.label === code);
    if (!scope)
      throw new IndicatorError('USAGE', `--compare: there is no area '${code}' (areas: ${grid.areaCodes.join(', ')})`);
    const cells = scope.cells as Int32Array;
    return {
      groups: Object.fromEntries(grid.groups.map((g, k) => [g, Array.from(cells, (i) => grid.counts[k][i])])),
      total: Array.from(cells, (i) => grid.total[i]),
    };
  };
  const inference = options.inference ?? {};
  const comparison = compareUnits(side(a), side(b), {
    permutations: (inference.permutations ?? 0) > 0 ? inference.permutations : 999,
    seed: inference.seed,
    atkinsonB: options.atkinsonB,
  });
  return { a, b, ...comparison };
}

/** Writes the local layers; each format's writer is loaded only when asked for. */
async function writeLocal(path: string, layers: LocalLayers, epsg: number): Promise<void> {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) await (await import('./io/write-local-csv.ts')).writeLocalCsv(path, layers);
  else if (lower.endsWith('.parquet'))
    await (await import('./io/write-local-parquet.ts')).writeLocalParquet(path, layers, epsg);
  else await (await import('./io/write-geotiff.ts')).writeLocalGeoTiff(path, layers, epsg);
}
