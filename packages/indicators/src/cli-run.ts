import { promises as fs } from 'node:fs';
import type { CliIo } from './cli.ts';
import type { CliConfig } from './cli-args.ts';
import { IndicatorError } from './core/errors.ts';
import { type LocalLayers } from './core/local-layers.ts';
import { computeIndicators, computeLocalLayers } from './engine.ts';
import { ProgressReporter } from './io/progress.ts';
import { readGrid } from './io/read-grid.ts';
import { writeLocalCsv } from './io/write-local-csv.ts';
import { writeLocalGeoTiff } from './io/write-geotiff.ts';
import { writeLocalParquet } from './io/write-local-parquet.ts';
import { writeResult } from './io/write-results.ts';

/** Inputs at least this large get a progress display (unless --quiet). */
const LARGE_INPUT = 32 * 1024 * 1024;

/** What `convivio indicators` does once its command line is understood: read, compute, write. */
export async function run(config: CliConfig, io: CliIo): Promise<void> {
  const size = await fs.stat(config.input).then(
    (s) => s.size,
    () => {
      throw new IndicatorError('USAGE', `cannot read input file '${config.input}'`);
    },
  );
  const progress = new ProgressReporter(
    io.stderr,
    config.progress === 'on' || (config.progress === 'auto' && size >= LARGE_INPUT),
  );
  const grid = await readGrid(config.input, config.mapping, { onProgress: (f) => progress.update('reading', f) });
  progress.update('reading', 1);
  const result = await computeIndicators(grid, config.options, (f) => progress.update('computing', f));
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

async function writeLocal(path: string, layers: LocalLayers, epsg: number): Promise<void> {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) await writeLocalCsv(path, layers);
  else if (lower.endsWith('.parquet')) await writeLocalParquet(path, layers, epsg);
  else await writeLocalGeoTiff(path, layers, epsg);
}
