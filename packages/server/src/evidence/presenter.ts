import { zRunOptions, type EvidenceDataset, type EvidenceRun, type JobHolder } from '@convivio/shared';
import type { User } from '../accounts/schema.ts';
import { canChange } from './access.ts';
import { suggestMapping } from './mapping.ts';
import type { DatasetRow } from './queries.ts';
import type { HolderColumns, RunRow } from './run-queries.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

/** A dataset as the API and pages show it (with a suggested mapping to start the form from). */
export function presentDataset(row: DatasetRow, user: User | null): EvidenceDataset {
  return {
    id: row.id,
    name: row.name,
    source: row.source,
    fileName: row.file_name,
    format: row.format,
    sizeBytes: Number(row.size_bytes),
    header: row.header,
    preview: row.preview,
    mapping: row.mapping,
    suggestedMapping: row.mapping ?? suggestMapping(row.header, row.preview),
    public: row.public,
    ownerName: row.owner_name,
    mine: user !== null && row.owner_id === user.id,
    createdAt: iso(row.created_at),
  };
}

/** The worker running a run or series, for its owner and administrators only (hosts say how the platform is deployed). */
export function presentHolder(
  row: HolderColumns & { owner_id: string | null; status: string },
  user: User | null,
): JobHolder | null {
  if (row.status !== 'running' || row.worker_id === null || !canChange(user, row)) return null;
  return {
    id: row.worker_id,
    host: row.worker_host,
    pid: row.worker_pid,
    since: iso(row.worker_since ?? new Date()),
  };
}

/** A run with its status and progress, and its results once it succeeded. */
export function presentRun(row: RunRow, user: User | null): EvidenceRun {
  const done = row.status === 'succeeded';
  return {
    id: row.id,
    datasetId: row.dataset_id,
    datasetName: row.dataset_name,
    status: row.status,
    progress: Number(row.progress),
    message: row.message,
    attempts: row.attempts,
    worker: presentHolder(row, user),
    error: row.status === 'failed' ? row.error : null,
    // Runs stored before an option existed take its default.
    options: zRunOptions.parse(row.options),
    mapping: row.mapping,
    public: row.public,
    ownerName: row.owner_name,
    mine: user !== null && row.owner_id === user.id,
    createdAt: iso(row.created_at),
    finishedAt: done && row.finished_at ? iso(row.finished_at) : null,
    grid: done ? row.grid : null,
    layers: done ? (row.layers ?? []) : [],
    results: done ? row.results : null,
  };
}
