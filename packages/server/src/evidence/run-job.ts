import { registerJobHandler } from '../jobs/handlers.ts';
import { isTransientError } from '../jobs/retry.ts';
import { computeInThread, EngineInputError, type ComputeInput } from './compute.ts';
import { datasetFilePath } from './dataset-file.ts';
import { findDataset } from './queries.ts';
import { saveRunOutput } from './result-queries.ts';
import { findRun } from './run-queries.ts';
import { RUN_JOB_KIND } from './service.ts';

/** Share of the progress bar the computation takes; the rest is loading and storing. */
const COMPUTE_SHARE = 0.9;

/**
 * Runs one indicators run: reads the dataset's file from the store, computes on a worker thread with
 * progress, stores results, layers and per-area rows. Bad input (a repeated cell, a value that
 * is not a count, text past the read limits the job carries) fails the run at once with the
 * engine's file/line/column message; database hiccups are retried. Past its time limit or when
 * cancelled, the thread is ended.
 */
registerJobHandler({
  kind: RUN_JOB_KIND,
  async run({ db, fileStoreDir, job, progress, signal }) {
    const runId = String(job.payload.runId);
    const run = await findRun(db, runId, false);
    if (!run) throw new Error(`Run "${runId}" no longer exists`);
    const dataset = await findDataset(db, run.dataset_id);
    if (!dataset) throw new Error(`The dataset of run "${runId}" no longer exists`);
    progress(0.01, 'loading the grid file');
    const path = datasetFilePath(fileStoreDir, dataset);
    const limits = job.payload.limits as ComputeInput['limits'];
    const output = await computeInThread(
      { path, fileName: dataset.file_name, mapping: run.mapping, options: run.options, limits },
      (fraction, phase) => progress(0.02 + fraction * COMPUTE_SHARE, phase),
      signal,
    );
    progress(0.95, 'storing the results');
    await db.transaction((tx) => saveRunOutput(tx, runId, output));
    return runId;
  },
  isTransient: (err) => !(err instanceof EngineInputError) && isTransientError(err),
});
