import { parentPort, workerData } from 'node:worker_threads';
import { compareGrids, IndicatorError, readGrid, type Grid, type ReadLimits } from '@convivio/indicators';
import type { ColumnMapping } from '@convivio/shared';
import { threadError, type ThreadMessage } from './compute.ts';
import { engineMapping, INFERENCE_BUDGET } from './engine-adapter.ts';
import type { SeriesOptions, YearChange } from './series-queries.ts';

/** One year of a series: its run's file, mapping and year. */
export interface SeriesGridInput {
  /** The grid file's path (in the file store, or the bundled sample). */
  path: string;
  fileName: string;
  mapping: ColumnMapping;
  year: string;
}

/** What the series thread computes from: the files, the years in order and the pairs to compare. */
export interface SeriesThreadInput {
  grids: SeriesGridInput[];
  pairs: [number, number][];
  options: SeriesOptions;
  limits?: ReadLimits;
}

const port = parentPort!;
const post = (m: ThreadMessage<YearChange[]>) => port.postMessage(m);
const input = (workerData as { input: SeriesThreadInput }).input;

/**
 * The series thread: reads each year's grid (only that year's rows when the file has a year
 * column) and tests the change of the aspatial indices for each pair of years, per area.
 */
try {
  const grids: Grid[] = [];
  for (const [at, g] of input.grids.entries()) {
    post({ type: 'progress', fraction: (at / input.grids.length) * 0.4, phase: `reading ${g.year}` });
    grids.push(await readGrid(g.path, engineMapping(g.mapping, g.year), { name: g.fileName, limits: input.limits }));
  }
  const changes: YearChange[] = [];
  for (const [at, [from, to]] of input.pairs.entries()) {
    const [a, b] = [grids[from]!, grids[to]!];
    const draws = input.options.permutations * (a.cellCount + b.cellCount);
    if (draws > INFERENCE_BUDGET)
      throw new IndicatorError(
        'TOO_LARGE',
        `${input.options.permutations} permutations on ${a.cellCount + b.cellCount} cells exceed the limit of ${INFERENCE_BUDGET.toLocaleString('en')} cell draws; ask for at most ${Math.floor(INFERENCE_BUDGET / (a.cellCount + b.cellCount))}`,
      );
    post({
      type: 'progress',
      fraction: 0.4 + (at / input.pairs.length) * 0.6,
      phase: `testing ${input.grids[from]!.year} → ${input.grids[to]!.year}`,
    });
    changes.push({
      from,
      to,
      areas: JSON.parse(JSON.stringify(compareGrids(a, b, input.options))) as YearChange['areas'],
    });
  }
  post({ type: 'done', output: changes });
} catch (err) {
  post(threadError(err));
}
