import { parentPort } from 'node:worker_threads';
import { compareGrids, IndicatorError, type ReadLimits } from '@convivio/indicators';
import { threadError, type ThreadMessage } from './compute.ts';
import { INFERENCE_BUDGET } from './engine-adapter.ts';
import { readSeriesGrids, type SeriesGridInput } from './series-grids.ts';
import type { SeriesOptions, YearChange } from './series-queries.ts';
import { serveThreadJobs } from './thread-pool.ts';

/** What the series thread computes from: the files, the years in order and the pairs to compare. */
export interface SeriesThreadInput {
  grids: SeriesGridInput[];
  pairs: [number, number][];
  options: SeriesOptions;
  limits?: ReadLimits;
}

const port = parentPort!;
const post = (m: ThreadMessage<YearChange[]>) => port.postMessage(m);

/**
 * The series thread (kept warm between series, thread-pool.ts): for each series posted to it,
 * reads each year's grid (the years of one file with a year column in one read of the file) and
 * tests the change of the aspatial indices for each pair of years, per area.
 */
serveThreadJobs(async (posted) => {
  const input = posted as SeriesThreadInput;
  try {
    const grids = await readSeriesGrids(input.grids, input.limits, (years, done) =>
      post({ type: 'progress', fraction: (done / input.grids.length) * 0.4, phase: `reading ${years.join(', ')}` }),
    );
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
});
