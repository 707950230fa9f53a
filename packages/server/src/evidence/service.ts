import crypto from 'node:crypto';
import { zRunOptions, type ColumnMapping, type EvidenceFormat } from '@convivio/shared';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow, unauthenticated } from '../errors.ts';
import { enqueueJob, notifyJobsQueued } from '../jobs/queue.ts';
import { detectFormat, inspectGrid } from './inspect.ts';
import { parseMapping } from './mapping.ts';
import { assertCanChange, canSee, viewerOf } from './access.ts';
import { findDataset, insertDataset, listVisibleDatasets, updateDatasetMapping, type DatasetRow } from './queries.ts';
import { findRun, insertRun, listVisibleRuns, type RunRow } from './run-queries.ts';
import { bundledSample, readBundledSample } from './sample.ts';

/** Largest grid file accepted (bytes); the upload routes enforce it while reading the body. */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
export const RUN_JOB_KIND = 'evidence.run';

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/** What a new dataset is made from: an uploaded file or the bundled sample. */
export type DatasetInput =
  | { source: 'upload'; name?: string; fileName: string; bytes: Uint8Array; mapping?: unknown; public?: boolean }
  | { source: 'sample'; name?: string; mapping?: unknown; public?: boolean };

/**
 * Stores a grid file (or registers the bundled sample) for the signed-in user after reading its
 * header; the mapping, when given, is checked against that header, naming any unknown column.
 */
export async function createDataset(db: Database, user: User | null, input: DatasetInput): Promise<DatasetRow> {
  if (!user) throw unauthenticated();
  if (input.source === 'sample' && !bundledSample()) throw new AppError('not_found', 'The bundled sample grid is not installed (data/evidence/sample-grid.csv)', 'sample');
  const file = input.source === 'sample' ? readBundledSample() : { bytes: input.bytes, fileName: input.fileName };
  if (input.source === 'upload' && file.bytes.length === 0) throw new AppError('validation_failed', 'The file is empty', 'file');
  if (file.bytes.length > MAX_UPLOAD_BYTES) throw new AppError('payload_too_large', `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, 'file');
  const format: EvidenceFormat = detectFormat(file.bytes, file.fileName);
  const { header, preview } = await inspectGrid(file.bytes, format, file.fileName);
  const mapping = input.mapping === undefined || input.mapping === null ? null : parseMapping(input.mapping, header);
  const name = input.name?.trim() || (input.source === 'sample' ? 'Synthetic sample grid' : file.fileName);
  if (name.length > 200) throw new AppError('validation_failed', 'The name may have at most 200 characters', 'name');
  const id = newId('dataset');
  return db.transaction((tx) => insertDataset(tx, {
    id, owner_id: user.id, name, source: input.source, file_name: file.fileName, format, size_bytes: file.bytes.length,
    sha256: crypto.createHash('sha256').update(file.bytes).digest('hex'), header, preview, mapping, public: input.public === true,
  }, input.source === 'upload' ? file.bytes : null));
}

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
export async function setDatasetMapping(db: Database, user: User | null, id: string, input: unknown): Promise<DatasetRow> {
  const row = await getDataset(db, user, id);
  assertCanChange(user, row, 'this dataset');
  const updated = await updateDatasetMapping(db, id, parseMapping(input, row.header));
  if (!updated) throw notFound('Dataset', id);
  return updated;
}

/** Queues an indicators run on a dataset the user may see and that has a mapping. Returns the run. */
export async function createRun(db: Database, user: User | null, input: { datasetId: string; options?: unknown; mapping?: unknown; public?: boolean }): Promise<RunRow> {
  if (!user) throw unauthenticated();
  const dataset = await getDataset(db, user, input.datasetId);
  const options = parseOrThrow(zRunOptions, input.options ?? {}, 'options');
  const mapping: ColumnMapping | null = input.mapping !== undefined && input.mapping !== null ? parseMapping(input.mapping, dataset.header) : dataset.mapping;
  if (!mapping) throw new AppError('validation_failed', 'Map the dataset\'s columns (cell id or x/y, groups, total) before running it', 'mapping');
  const id = newId('run');
  await db.transaction(async (tx) => {
    const jobId = await enqueueJob(tx, RUN_JOB_KIND, { runId: id }, { maxAttempts: 3 });
    await insertRun(tx, { id, datasetId: dataset.id, ownerId: user.id, jobId, options, mapping, public: input.public === true });
  });
  notifyJobsQueued();
  return (await findRun(db, id))!;
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
