import { promises as fs } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { UsageError, USAGE, parseCliArgs, type CliConfig } from './cli-args.ts';
import { IndicatorError } from './core/errors.ts';
import { type LocalLayers } from './core/local-layers.ts';
import { computeIndicators, computeLocalLayers } from './engine.ts';
import { ProgressReporter, type ProgressStream } from './io/progress.ts';
import { readGrid } from './io/read-grid.ts';
import { writeLocalCsv } from './io/write-local-csv.ts';
import { writeLocalGeoTiff } from './io/write-geotiff.ts';
import { writeLocalParquet } from './io/write-local-parquet.ts';
import { writeResult } from './io/write-results.ts';

/** Where the command writes: anything with write(), e.g. process.stdout / process.stderr. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
}

/** Inputs at least this large get a progress display (unless --quiet). */
const LARGE_INPUT = 32 * 1024 * 1024;

/**
 * `convivio indicators …`: reads a grid, computes the indices and writes them (see USAGE).
 * Returns the exit status: 0 success, 1 bad input or failure, 2 usage error.
 */
export async function runIndicatorsCli(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const args = argv[0] === 'indicators' ? argv.slice(1) : argv;
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  let config: CliConfig;
  try {
    config = parseCliArgs(args);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`error: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  try {
    await run(config, io);
    return 0;
  } catch (e) {
    if (e instanceof IndicatorError) {
      io.stderr.write(`error: ${e.message}\n`);
      return 1;
    }
    io.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

async function run(config: CliConfig, io: CliIo): Promise<void> {
  const size = await fs.stat(config.input).then((s) => s.size, () => {
    throw new IndicatorError('USAGE', `cannot read input file '${config.input}'`);
  });
  const progress = new ProgressReporter(io.stderr, config.progress === 'on' || (config.progress === 'auto' && size >= LARGE_INPUT));
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
  else if (lower.endsWith('.parquet')) await writeLocalParquet(path, layers);
  else await writeLocalGeoTiff(path, layers, epsg);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runIndicatorsCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
