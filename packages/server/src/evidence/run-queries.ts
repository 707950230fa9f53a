import type { AreaResult, ColumnMapping, RunOptions } from '@convivio/shared';
import type { Queryable } from '../db/database.ts';
import { USER_DIRECTORY } from '../accounts/service.ts';
import { JOB_STATES } from '../jobs/queue.ts';
import type { JobErrorDetail, JobStatus } from '../jobs/types.ts';
import type { Viewer } from './queries.ts';

/** What a run's map needs to place cells. */
export interface GridSummary {
  cells: number;
  width: number;
  height: number;
  cellSize: number;
  originX: number;
  originY: number;
  groups: string[];
  areas: string[];
}

/** The worker holding a running job, from the job_states view (all null unless it runs). */
export interface HolderColumns {
  worker_id: string | null;
  worker_since: Date | string | null;
  worker_host: string | null;
  worker_pid: number | null;
}

/** A run joined with its job (status, progress) and dataset. */
export interface RunRow extends HolderColumns {
  id: string;
  dataset_id: string;
  dataset_name: string;
  owner_id: string | null;
  owner_name: string | null;
  job_id: string;
  options: RunOptions;
  mapping: ColumnMapping;
  public: boolean;
  grid: GridSummary | null;
  results: { areas: AreaResult[] } | null;
  created_at: Date | string;
  finished_at: Date | string | null;
  status: JobStatus;
  progress: number;
  message: string | null;
  error: JobErrorDetail | null;
  attempts: number;
  layers: { name: string; label: string }[] | null;
}

/** The run columns with its job's status; the results (possibly large) only when asked for. */
const runSelect = (
  withResults: boolean,
) => `SELECT r.id, r.dataset_id, d.name AS dataset_name, r.owner_id, u.name AS owner_name, r.job_id, r.options, r.mapping,
    r.public, r.grid, ${withResults ? 'r.results' : 'NULL::jsonb AS results'}, r.created_at, r.finished_at, j.status, j.progress, j.message, j.error, j.attempts,
    j.worker_id, j.worker_since, j.worker_host, j.worker_pid,
    (SELECT jsonb_agg(jsonb_build_object('name', l.name, 'label', l.label) ORDER BY l.position) FROM evidence_layers l WHERE l.run_id = r.id) AS layers
  FROM evidence_runs r JOIN ${JOB_STATES} j ON j.id = r.job_id JOIN evidence_datasets d ON d.id = r.dataset_id LEFT JOIN ${USER_DIRECTORY} u ON u.id = r.owner_id`;

/** Inserts a run (its job is queued by the caller in the same transaction). */
export async function insertRun(
  tx: Queryable,
  run: {
    id: string;
    datasetId: string;
    /** null: the platform's own run (the bundled sample's), changed by administrators only. */
    ownerId: string | null;
    jobId: string;
    options: RunOptions;
    mapping: ColumnMapping;
    public: boolean;
  },
): Promise<void> {
  await tx.query(
    'INSERT INTO evidence_runs (id, dataset_id, owner_id, job_id, options, mapping, public) VALUES ($1,$2,$3,$4,$5,$6,$7)',
    [
      run.id,
      run.datasetId,
      run.ownerId,
      run.jobId,
      JSON.stringify(run.options),
      JSON.stringify(run.mapping),
      run.public,
    ],
  );
}

/** One run with its status; `withResults` also loads the (possibly large) results. */
export async function findRun(db: Queryable, id: string, withResults = true): Promise<RunRow | null> {
  const r = await db.query<RunRow>(`${runSelect(withResults)} WHERE r.id = $1`, [id]);
  return r.rows[0] ?? null;
}

/** Runs the viewer may see, newest first, optionally of one dataset (without their results). */
export async function listVisibleRuns(
  db: Queryable,
  viewer: Viewer,
  datasetId: string | null,
  limit = 100,
): Promise<RunRow[]> {
  const r = await db.query<RunRow>(
    `${runSelect(false)}
     WHERE (r.public OR r.owner_id = $1 OR $2) AND ($3::text IS NULL OR r.dataset_id = $3)
     ORDER BY r.created_at DESC, r.id LIMIT $4`,
    [viewer.userId, viewer.admin, datasetId, limit],
  );
  return r.rows;
}

/** The latest finished run the viewer may see with results for an area code, and that area's results. */
export async function latestAreaResult(
  db: Queryable,
  viewer: Viewer,
  areaCode: string,
): Promise<{
  run_id: string;
  finished_at: Date | string;
  options: RunOptions;
  dataset_name: string;
  result: AreaResult;
} | null> {
  const r = await db.query<{
    run_id: string;
    finished_at: Date | string;
    options: RunOptions;
    dataset_name: string;
    result: AreaResult;
  }>(
    `SELECT r.id AS run_id, r.finished_at, r.options, d.name AS dataset_name, a.result
     FROM evidence_run_areas a JOIN evidence_runs r ON r.id = a.run_id JOIN ${JOB_STATES} j ON j.id = r.job_id
     JOIN evidence_datasets d ON d.id = r.dataset_id
     WHERE a.area = $1 AND j.status = 'succeeded' AND (r.public OR r.owner_id = $2 OR $3)
     ORDER BY r.finished_at DESC, r.id LIMIT 1`,
    [areaCode, viewer.userId, viewer.admin],
  );
  return r.rows[0] ?? null;
}

/** Public runs that finished after `since` with results for one of these area codes: one row per run and area. */
export async function publicRunsFinishedSince(
  db: Queryable,
  areaCodes: string[],
  since: Date,
): Promise<{ run_id: string; area: string; dataset_name: string; finished_at: Date | string }[]> {
  if (!areaCodes.length) return [];
  const r = await db.query<{ run_id: string; area: string; dataset_name: string; finished_at: Date | string }>(
    `SELECT r.id AS run_id, a.area, d.name AS dataset_name, r.finished_at
     FROM evidence_run_areas a JOIN evidence_runs r ON r.id = a.run_id JOIN ${JOB_STATES} j ON j.id = r.job_id
     JOIN evidence_datasets d ON d.id = r.dataset_id
     WHERE a.area = ANY($1::text[]) AND r.public AND j.status = 'succeeded' AND r.finished_at > $2
     ORDER BY r.finished_at DESC, r.id, a.area`,
    [areaCodes, since],
  );
  return r.rows;
}

/** Deletes a run (its areas, cells and layers go with it); returns its job id, or null when it did not exist. */
export async function deleteRunRow(tx: Queryable, id: string): Promise<string | null> {
  const r = await tx.query<{ job_id: string }>('DELETE FROM evidence_runs WHERE id = $1 RETURNING job_id', [id]);
  return r.rows[0]?.job_id ?? null;
}
