import crypto from 'node:crypto';
import fs from 'node:fs';
import { zRunOptions, type ColumnMapping, type RunOptions } from '@convivio/shared';
import type { User } from '../accounts/schema.ts';
import type { Limits } from '../config-limits.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow, unauthenticated } from '../errors.ts';
import { cancelJob, deleteJobs, enqueueJob, notifyJobsDeleted, notifyJobsQueued } from '../jobs/queue.ts';
import { inspectGrid } from './inspect.ts';
import { parseMapping } from './mapping.ts';
import { assertCanChange, canSee, viewerOf } from './access.ts';
import {
  deleteDatasetRows,
  findDataset,
  findPlatformSample,
  insertDataset,
  listVisibleDatasets,
  updateDatasetMapping,
  type DatasetRow,
} from './queries.ts';
import { assertWithinQuota } from './quota.ts';
import { deleteRunRow, findRun, insertRun, listVisibleRuns, type RunRow } from './run-queries.ts';
import { fileKeyOf, removeStoredFile, type PendingFile } from './file-store.ts';
import { bundledSample, requireBundledSample } from './sample.ts';
import { checkGridFile, type CheckedGridFile } from './upload-check.ts';
import type { ScanOutcome } from './upload-scan.ts';

export const RUN_JOB_KIND = 'evidence.run';

/** Public runs finished after a moment with results for these area codes (the follows digest; public only, so anyone may read them). */
export { publicRunsFinishedSince } from './run-queries.ts';

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/** What a new dataset is made from: an uploaded file or the bundled sample. */
export type DatasetInput =
  | {
      source: 'upload';
      name?: string;
      fileName: string;
      file: PendingFile;
      /** The scan of its text made while it streamed in, when it did (else the check reads the file). */
      scanned?: Promise<ScanOutcome>;
      mapping?: unknown;
      public?: boolean;
    }
  | { source: 'sample'; name?: string; mapping?: unknown; public?: boolean };

/**
 * Stores a grid file (or registers the bundled sample) for the signed-in user. An upload, already
 * streamed to a temporary file in the file store, is checked to its end within
 * the limits first (`checkGridFile`) and must fit the user's quota; the mapping, when given, is
 * checked against the header, naming any unknown column. All or nothing: the file is moved into
 * place only once the dataset's row has committed, and removed on any failure.
 */
export async function createDataset(
  db: Database,
  user: User | null,
  input: DatasetInput,
  limits: Limits,
): Promise<DatasetRow> {
  if (input.source === 'sample') return createSampleDataset(db, user, input);
  const pending = input.file;
  try {
    if (!user) throw unauthenticated();
    const sha256 = await pending.finish();
    const checked = await checkGridFile(pending.tempPath, input.fileName, limits, input.scanned);
    const fields = datasetFields(input, checked, input.fileName);
    const id = newId('dataset');
    const row = await db.transaction(async (tx) => {
      await assertWithinQuota(tx, user, pending.size, limits);
      return insertDataset(tx, {
        id,
        owner_id: user.id,
        source: 'upload',
        ...fields,
        ...fileColumns(input.fileName, checked, pending.size, sha256),
        file_key: fileKeyOf(id),
      });
    });
    try {
      await pending.commit(fileKeyOf(id));
    } catch (err) {
      // The file could not be put in place: take the row back, so no dataset is left without its file.
      await db.transaction((tx) => deleteDatasetRows(tx, id));
      throw err;
    }
    return row;
  } catch (err) {
    await pending.discard();
    throw err;
  }
}

/** Registers the bundled sample (read from the repository, not copied) as the user's dataset. */
async function createSampleDataset(
  db: Database,
  user: User | null,
  input: Extract<DatasetInput, { source: 'sample' }>,
): Promise<DatasetRow> {
  if (!user) throw unauthenticated();
  if (!bundledSample())
    throw new AppError(
      'not_found',
      'The bundled sample grid is not installed (data/evidence/sample-grid.csv)',
      'sample',
    );
  const sample = requireBundledSample();
  const checked: CheckedGridFile = { format: 'csv', ...(await inspectGrid(sample.path, 'csv', sample.fileName)) };
  return db.transaction((tx) =>
    insertDataset(tx, {
      id: newId('dataset'),
      owner_id: user.id,
      source: 'sample',
      ...datasetFields(input, checked, 'Synthetic sample grid'),
      ...fileColumns(sample.fileName, checked, fs.statSync(sample.path).size, sha256Of(sample.path)),
      file_key: null,
    }),
  );
}

/** The name, mapping (checked against the header) and visibility asked for. */
function datasetFields(
  input: { name?: string; mapping?: unknown; public?: boolean },
  checked: CheckedGridFile,
  fallbackName: string,
) {
  const mapping =
    input.mapping === undefined || input.mapping === null ? null : parseMapping(input.mapping, checked.header);
  const name = input.name?.trim() || fallbackName;
  if (name.length > 200) throw new AppError('validation_failed', 'The name may have at most 200 characters', 'name');
  return { name, mapping, public: input.public === true };
}

/** A dataset's columns that describe its file: name, format, size, digest, header and first rows. */
function fileColumns(fileName: string, checked: CheckedGridFile, size: number, sha256: string) {
  return {
    file_name: fileName,
    format: checked.format,
    size_bytes: size,
    sha256,
    header: checked.header,
    preview: checked.preview,
  };
}

const sha256Of = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A dataset its viewer may see (else 404, so private ones are not revealed). */
export async function getDataset(db: Queryable, user: User | null, id: string): Promise<DatasetRow> {
  const row = await findDataset(db, id);
  if (!row || !canSee(user, row)) throw notFound('Dataset', id);
  return row;
}

/** Datasets the viewer may see. */
export function listDatasets(db: Queryable, user: User | null): Promise<DatasetRow[]> {
  return listVisibleDatasets(db, viewerOf(user));
}

/** Sets a dataset's column mapping (its owner and administrators), checked against its header. */
export async function setDatasetMapping(
  db: Database,
  user: User | null,
  id: string,
  input: unknown,
): Promise<DatasetRow> {
  const row = await getDataset(db, user, id);
  assertCanChange(user, row, 'this dataset');
  const updated = await updateDatasetMapping(db, id, parseMapping(input, row.header));
  if (!updated) throw notFound('Dataset', id);
  return updated;
}

/**
 * Queues an indicators run on a dataset the user may see and that has a mapping. The job
 * carries the read limits (UPLOAD_MAX_DECOMPRESSED_BYTES, UPLOAD_MAX_LINE_BYTES) and may be
 * tried JOB_MAX_ATTEMPTS times. Returns the run.
 */
export async function createRun(
  db: Database,
  user: User | null,
  input: { datasetId: string; options?: unknown; mapping?: unknown; public?: boolean },
  limits: Limits,
): Promise<RunRow> {
  if (!user) throw unauthenticated();
  const dataset = await getDataset(db, user, input.datasetId);
  const options = parseOrThrow(zRunOptions, input.options ?? {}, 'options');
  const mapping: ColumnMapping | null =
    input.mapping !== undefined && input.mapping !== null
      ? parseMapping(input.mapping, dataset.header)
      : dataset.mapping;
  if (!mapping)
    throw new AppError(
      'validation_failed',
      "Map the dataset's columns (cell id or x/y, groups, total) before running it",
      'mapping',
    );
  if (options.decomposeBy !== null && !dataset.header.includes(options.decomposeBy))
    throw new AppError(
      'validation_failed',
      `options.decomposeBy: column "${options.decomposeBy}" is not in the file's header (${dataset.header.join(', ')})`,
      'options.decomposeBy',
    );
  if (mapping.year !== null && options.year === null) {
    const at = dataset.header.indexOf(mapping.year);
    const seen = [...new Set(dataset.preview.map((row) => row[at]?.trim() ?? '').filter((v) => v !== ''))];
    throw new AppError(
      'validation_failed',
      `options.year: the file has a row per cell and year (column "${mapping.year}"); choose the year to read${seen.length ? `, e.g. ${seen.slice(0, 4).join(', ')}` : ''}`,
      'options.year',
    );
  }
  return queueRun(
    db,
    { datasetId: dataset.id, ownerId: user.id, options, mapping, public: input.public === true },
    limits,
  );
}

/** Inserts a run and queues its job in one transaction; the job carries the read limits. */
async function queueRun(
  db: Database,
  run: { datasetId: string; ownerId: string | null; options: RunOptions; mapping: ColumnMapping; public: boolean },
  limits: Limits,
): Promise<RunRow> {
  const id = newId('run');
  await db.transaction(async (tx) => {
    const readLimits = { maxTextBytes: limits.uploadMaxDecompressedBytes, maxRowBytes: limits.uploadMaxLineBytes };
    const jobId = await enqueueJob(
      tx,
      RUN_JOB_KIND,
      { runId: id, limits: readLimits },
      { maxAttempts: limits.jobMaxAttempts },
    );
    await insertRun(tx, { id, jobId, ...run });
  });
  notifyJobsQueued();
  return (await findRun(db, id))!;
}

/** The columns of the bundled synthetic sample (data/evidence/README.md). */
const SAMPLE_MAPPING = {
  cellId: 'GRD_ID',
  area: 'LAU_CODE',
  total: 'TOT',
  groups: ['NAT', 'EU', 'AFR', 'ASI', 'AME', 'OCE'],
};

/**
 * On a first start, the platform's own public copy of the bundled synthetic sample and a run
 * of it (default options, one 500 m kernel), queued so that /evidence shows finished results within
 * seconds of the first start. Nothing is done when the platform already has its sample, or
 * when the repository has no sample grid. Returns the queued run, or null.
 */
export async function queueSampleRun(db: Database, limits: Limits): Promise<RunRow | null> {
  if (!bundledSample()) return null;
  if (await findPlatformSample(db)) return null;
  const sample = requireBundledSample();
  const checked: CheckedGridFile = { format: 'csv', ...(await inspectGrid(sample.path, 'csv', sample.fileName)) };
  const mapping = parseMapping(SAMPLE_MAPPING, checked.header);
  const dataset = await insertDataset(db, {
    id: newId('dataset'),
    owner_id: null,
    name: 'Synthetic sample grid (bundled)',
    source: 'sample',
    ...fileColumns(sample.fileName, checked, fs.statSync(sample.path).size, sha256Of(sample.path)),
    file_key: null,
    mapping,
    public: true,
  });
  // One kernel (500 m) keeps the first start quick; anyone may run the sample with other options.
  const options = parseOrThrow(zRunOptions, { bandwidths: [500] }, 'options');
  return queueRun(db, { datasetId: dataset.id, ownerId: null, options, mapping, public: true }, limits);
}

/** A run its viewer may see (anonymous viewers: public runs only). */
export async function getRun(db: Queryable, user: User | null, id: string, withResults = true): Promise<RunRow> {
  const row = await findRun(db, id, withResults);
  if (!row || !canSee(user, row)) throw notFound('Run', id);
  return row;
}

/** Runs the viewer may see, optionally of one dataset. */
export function listRuns(db: Queryable, user: User | null, datasetId: string | null = null): Promise<RunRow[]> {
  return listVisibleRuns(db, viewerOf(user), datasetId);
}

/**
 * Deletes a dataset (its owner, administrators): its runs and their results, then (once that has
 * committed) its stored file; running runs are stopped.
 */
export async function deleteDataset(db: Database, user: User | null, id: string, fileStoreDir: string): Promise<void> {
  if (!user) throw unauthenticated();
  const dataset = await getDataset(db, user, id);
  assertCanChange(user, dataset, 'this dataset');
  const jobs = await db.transaction(async (tx) => {
    const ids = await deleteDatasetRows(tx, id);
    await deleteJobs(tx, ids);
    return ids;
  });
  notifyJobsDeleted(jobs);
  if (dataset.file_key) await removeStoredFile(fileStoreDir, dataset.file_key);
}

/** Deletes a run (its owner, administrators) with its results; a running one is stopped. */
export async function deleteRun(db: Database, user: User | null, id: string): Promise<void> {
  if (!user) throw unauthenticated();
  assertCanChange(user, await getRun(db, user, id, false), 'this run');
  const job = await db.transaction(async (tx) => {
    const jobId = await deleteRunRow(tx, id);
    if (jobId) await deleteJobs(tx, [jobId]);
    return jobId;
  });
  if (job) notifyJobsDeleted([job]);
}

/** Cancels a queued or running run (its owner, administrators): it fails with the code CANCELLED. */
export async function cancelRun(db: Database, user: User | null, id: string): Promise<RunRow> {
  if (!user) throw unauthenticated();
  const run = await getRun(db, user, id, false);
  assertCanChange(user, run, 'this run');
  const status = await cancelJob(db, run.job_id, { code: 'CANCELLED', message: `Cancelled by ${user.name}` });
  if (status === null) throw new AppError('conflict', `Run "${id}" has already finished (status: ${run.status})`, 'id');
  return (await findRun(db, id))!;
}
