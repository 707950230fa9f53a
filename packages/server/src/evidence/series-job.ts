import { registerJobHandler } from '../jobs/handlers.ts';
import { isTransientError } from '../jobs/retry.ts';
import { EngineInputError, inThread } from './compute.ts';
import { datasetFilePath } from './dataset-file.ts';
import { findDataset } from './queries.ts';
import { findRun } from './run-queries.ts';
import type { SeriesGridInput } from './series-grids.ts';
import { findSeries, saveSeriesChanges, type YearChange } from './series-queries.ts';
import { SERIES_JOB_KIND } from './series-service.ts';
import type { SeriesThreadInput } from './series-thread.ts';

/** The pairs of years a series tests: each year against the next, and the first against the last. */
export function yearPairs(years: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < years; i++) pairs.push([i, i + 1]);
  if (years > 2) pairs.push([0, years - 1]);
  return pairs;
}

/**
 * Computes a series: loads each year's run file and mapping, tests the changes on a worker
 * thread and stores them. Years from the same dataset share one copy of its file, loaded once
 * (progress "loading file <name>" once per dataset). Bad input fails at once with the engine's
 * message; a run deleted since the series was made is named.
 */
registerJobHandler({
  kind: SERIES_JOB_KIND,
  async run({ db, fileStoreDir, job, progress, signal }) {
    const seriesId = String(job.payload.seriesId);
    const series = await findSeries(db, seriesId);
    if (!series) throw new Error(`Series "${seriesId}" no longer exists`);
    progress(0.01, 'loading the grid files');
    // Years read from one dataset share its file; it is named once.
    const named = new Set<string>();
    const grids: SeriesGridInput[] = [];
    for (const { run_id, year } of series.runs) {
      const run = await findRun(db, run_id, false);
      const dataset = run ? await findDataset(db, run.dataset_id) : null;
      if (!run || !dataset) throw new EngineInputError('MISSING_RUN', `The run of ${year} no longer exists`);
      if (!named.has(dataset.id)) {
        named.add(dataset.id);
        progress(0.01, `loading file ${dataset.file_name}`);
      }
      grids.push({
        path: datasetFilePath(fileStoreDir, dataset),
        fileName: dataset.file_name,
        mapping: run.mapping,
        year,
      });
    }
    const input: SeriesThreadInput = {
      grids,
      pairs: yearPairs(grids.length),
      options: series.options,
      limits: job.payload.limits as SeriesThreadInput['limits'],
    };
    const changes = await inThread<YearChange[]>(
      'series-thread',
      input,
      [],
      (fraction, phase) => progress(0.02 + fraction * 0.95, phase),
      signal,
    );
    await db.transaction((tx) => saveSeriesChanges(tx, seriesId, changes));
    return seriesId;
  },
  isTransient: (err) => !(err instanceof EngineInputError) && isTransientError(err),
});
