import type { AreaChange } from '@convivio/indicators';
import type { Queryable } from '../db/database.ts';
import { USER_DIRECTORY } from '../accounts/service.ts';
import { JOB_STATES } from '../jobs/queue.ts';
import type { JobErrorDetail, JobStatus } from '../jobs/types.ts';
import type { Viewer } from './queries.ts';
import type { HolderColumns } from './run-queries.ts';

/** The change between two years of a series (runs by position in the series). */
export interface YearChange {
  from: number;
  to: number;
  areas: AreaChange[];
}

/** How the change is tested: random-label permutations and their seed. */
export interface SeriesOptions {
  permutations: number;
  seed: number;
}

/** A series with its job's status and its runs in year order. */
export interface SeriesRow extends HolderColumns {
  id: string;
  owner_id: string | null;
  owner_name: string | null;
  name: string;
  public: boolean;
  options: SeriesOptions;
  job_id: string;
  changes: YearChange[] | null;
  created_at: Date | string;
  finished_at: Date | string | null;
  status: JobStatus;
  progress: number;
  message: string | null;
  error: JobErrorDetail | null;
  runs: { run_id: string; year: string }[];
}

/** A series as lists show it: no changes, but the keys of the indices they test. */
export type SeriesListRow = Omit<SeriesRow, 'changes'> & { index_keys: string[] };

const SERIES_COLUMNS = `s.id, s.owner_id, u.name AS owner_name, s.name, s.public, s.options, s.job_id,
    s.created_at, s.finished_at, j.status, j.progress, j.message, j.error,
    j.worker_id, j.worker_since, j.worker_host, j.worker_pid,
    COALESCE((SELECT jsonb_agg(jsonb_build_object('run_id', m.run_id, 'year', m.year) ORDER BY m.position)
      FROM evidence_series_runs m WHERE m.series_id = s.id), '[]'::jsonb) AS runs`;
const SERIES_FROM = `FROM evidence_series s JOIN ${JOB_STATES} j ON j.id = s.job_id LEFT JOIN ${USER_DIRECTORY} u ON u.id = s.owner_id`;
const SERIES_SELECT = `SELECT ${SERIES_COLUMNS}, s.changes ${SERIES_FROM}`;

/**
 * The tested indices' keys, read from the first change's first area (every change tests the
 * same indices): `group.<g>.<index>` and `multigroup.<index>`, sorted; none before the job ends.
 */
const INDEX_KEYS = `COALESCE((SELECT jsonb_agg(k ORDER BY k COLLATE "C") FROM (
      SELECT 'group.' || g.key || '.' || i AS k
        FROM jsonb_each(s.changes->0->'areas'->0->'groups') g, jsonb_object_keys(g.value) i
      UNION ALL
      SELECT 'multigroup.' || m FROM jsonb_object_keys(s.changes->0->'areas'->0->'multigroup') m
    ) keys), '[]'::jsonb) AS index_keys`;
const SERIES_LIST_SELECT = `SELECT ${SERIES_COLUMNS}, ${INDEX_KEYS} ${SERIES_FROM}`;

/** Inserts a series and its runs in year order (its job is queued by the caller in the same transaction). */
export async function insertSeries(
  tx: Queryable,
  s: {
    id: string;
    ownerId: string;
    name: string;
    public: boolean;
    options: SeriesOptions;
    jobId: string;
    runs: { runId: string; year: string }[];
  },
): Promise<void> {
  await tx.query(
    'INSERT INTO evidence_series (id, owner_id, name, public, options, job_id) VALUES ($1,$2,$3,$4,$5,$6)',
    [s.id, s.ownerId, s.name, s.public, JSON.stringify(s.options), s.jobId],
  );
  for (const [position, r] of s.runs.entries())
    await tx.query('INSERT INTO evidence_series_runs (series_id, run_id, year, position) VALUES ($1,$2,$3,$4)', [
      s.id,
      r.runId,
      r.year,
      position,
    ]);
}

export async function findSeries(db: Queryable, id: string): Promise<SeriesRow | null> {
  const r = await db.query<SeriesRow>(`${SERIES_SELECT} WHERE s.id = $1`, [id]);
  return r.rows[0] ?? null;
}

/** Series the viewer may see, newest first, in their list form (no run results, no changes). */
export async function listVisibleSeries(db: Queryable, viewer: Viewer, limit = 100): Promise<SeriesListRow[]> {
  const r = await db.query<SeriesListRow>(
    `${SERIES_LIST_SELECT} WHERE s.public OR s.owner_id = $1 OR $2 ORDER BY s.created_at DESC, s.id LIMIT $3`,
    [viewer.userId, viewer.admin, limit],
  );
  return r.rows;
}

/** Stores the computed changes and the time they were finished. */
export async function saveSeriesChanges(tx: Queryable, id: string, changes: YearChange[]): Promise<void> {
  await tx.query('UPDATE evidence_series SET changes = $2, finished_at = now() WHERE id = $1', [
    id,
    JSON.stringify(changes),
  ]);
}

/** Deletes a series; returns its job id, or null when it did not exist. */
export async function deleteSeriesRow(tx: Queryable, id: string): Promise<string | null> {
  const r = await tx.query<{ job_id: string }>('DELETE FROM evidence_series WHERE id = $1 RETURNING job_id', [id]);
  return r.rows[0]?.job_id ?? null;
}
