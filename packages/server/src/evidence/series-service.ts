import crypto from 'node:crypto';
import { z } from 'zod';
import type { User } from '../accounts/schema.ts';
import type { Limits } from '../config-limits.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow, unauthenticated, validationError, type FieldIssue } from '../errors.ts';
import { deleteJobs, enqueueJob, notifyJobsDeleted, notifyJobsQueued } from '../jobs/queue.ts';
import { assertCanChange, canSee, viewerOf } from './access.ts';
import type { RunRow } from './run-queries.ts';
import {
  deleteSeriesRow,
  findSeries,
  insertSeries,
  listVisibleSeries,
  type SeriesListRow,
  type SeriesRow,
} from './series-queries.ts';
import { getRun } from './service.ts';

export const SERIES_JOB_KIND = 'evidence.series';

/** The most years one series compares. */
export const SERIES_MAX_RUNS = 12;

/** What a new series is made of: finished runs of the same place, each with its year. */
export const zSeriesInput = z
  .object({
    name: z.string().trim().min(1, { message: 'give the series a name' }).max(200),
    runs: z
      .array(z.string().min(1))
      .min(2, { message: 'choose at least two runs (two years)' })
      .max(SERIES_MAX_RUNS, { message: `choose at most ${SERIES_MAX_RUNS} runs` }),
    permutations: z
      .number()
      .int({ message: 'must be a whole number' })
      .min(19, { message: 'must be at least 19' })
      .max(9999, { message: 'may be at most 9,999' })
      .default(199)
      .describe('Random-label permutations for the p-value of each change (19–9,999)'),
    seed: z
      .number()
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'may not be negative' })
      .max(2 ** 32 - 1, { message: 'may be at most 4,294,967,295' })
      .default(1)
      .describe('Seed of the permutations: the same seed gives the same p-values'),
    public: z.boolean().default(false),
  })
  .meta({ id: 'EvidenceSeriesCreate' });

/** Years sort as numbers when they all are, else as text. */
export function compareYears(a: string, b: string): number {
  const [x, y] = [Number(a), Number(b)];
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a.localeCompare(b);
}

/** Checks the runs of a new series; every problem names its `runs.N`. */
async function checkedRuns(db: Queryable, user: User, ids: string[]): Promise<{ run: RunRow; year: string }[]> {
  const issues: FieldIssue[] = [];
  const found: { run: RunRow; year: string; at: number }[] = [];
  for (const [at, id] of ids.entries()) {
    const field = `runs.${at}`;
    const run = await getRun(db, user, id, false).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'not_found') return null;
      throw err;
    });
    if (!run) {
      issues.push({ field, message: `there is no run "${id}" that you may see` });
      continue;
    }
    if (run.status !== 'succeeded' || !run.grid) {
      issues.push({ field, message: `run "${id}" has not finished (status: ${run.status})` });
      continue;
    }
    const year = run.options.year ?? null;
    if (year === null) {
      issues.push({ field, message: `run "${id}" has no year: start the run with the year its grid describes` });
      continue;
    }
    const twin = found.find((f) => f.year === year);
    if (twin) {
      issues.push({ field, message: `year ${year} is already run "${twin.run.id}" (runs.${twin.at})` });
      continue;
    }
    const first = found[0];
    if (first) {
      const groups = (r: RunRow) => (r.grid?.groups ?? []).join(', ');
      if (groups(first.run) !== groups(run))
        issues.push({
          field,
          message: `run "${id}" has the groups ${groups(run)}, but run "${first.run.id}" has ${groups(first.run)}: a series compares the same groups`,
        });
      else if (first.run.grid?.cellSize !== run.grid.cellSize)
        issues.push({
          field,
          message: `run "${id}" has ${run.grid.cellSize} m cells, but run "${first.run.id}" has ${first.run.grid?.cellSize} m cells`,
        });
    }
    found.push({ run, year, at });
  }
  if (issues.length) throw validationError(issues);
  return found.sort((a, b) => compareYears(a.year, b.year)).map(({ run, year }) => ({ run, year }));
}

/**
 * Starts a series: runs of the same place in different years (each run's `options.year`),
 * compared year to year (and first to last) by a job on a worker thread. Answers the series.
 */
export async function createSeries(
  db: Database,
  user: User | null,
  input: unknown,
  limits: Limits,
): Promise<SeriesRow> {
  if (!user) throw unauthenticated();
  const s = parseOrThrow(zSeriesInput, input);
  if (new Set(s.runs).size !== s.runs.length) {
    const at = s.runs.findIndex((r, i) => s.runs.indexOf(r) !== i);
    throw new AppError('validation_failed', `runs.${at}: run "${s.runs[at]}" is chosen twice`, `runs.${at}`);
  }
  const runs = await checkedRuns(db, user, s.runs);
  const hidden = runs.findIndex((r) => !r.run.public);
  if (s.public && hidden >= 0)
    throw new AppError(
      'validation_failed',
      `public: run "${runs[hidden]!.run.id}" (${runs[hidden]!.year}) is not public; a public series shows public runs only`,
      'public',
    );
  const id = `series-${crypto.randomUUID()}`;
  await db.transaction(async (tx) => {
    const readLimits = { maxTextBytes: limits.uploadMaxDecompressedBytes, maxRowBytes: limits.uploadMaxLineBytes };
    const jobId = await enqueueJob(
      tx,
      SERIES_JOB_KIND,
      { seriesId: id, limits: readLimits },
      { maxAttempts: limits.jobMaxAttempts },
    );
    await insertSeries(tx, {
      id,
      ownerId: user.id,
      name: s.name,
      public: s.public,
      options: { permutations: s.permutations, seed: s.seed },
      jobId,
      runs: runs.map((r) => ({ runId: r.run.id, year: r.year })),
    });
  });
  notifyJobsQueued();
  return (await findSeries(db, id))!;
}

/** A series its viewer may see (anonymous viewers: public series only). */
export async function getSeries(db: Queryable, user: User | null, id: string): Promise<SeriesRow> {
  const row = await findSeries(db, id);
  if (!row || !canSee(user, row)) throw notFound('Series', id);
  return row;
}

/** The series a viewer may see, in their list form. */
export function listSeries(db: Queryable, user: User | null): Promise<SeriesListRow[]> {
  return listVisibleSeries(db, viewerOf(user));
}

/** Deletes a series (its owner, administrators); its runs stay. */
export async function deleteSeries(db: Database, user: User | null, id: string): Promise<void> {
  if (!user) throw unauthenticated();
  assertCanChange(user, await getSeries(db, user, id), 'this series');
  const job = await db.transaction(async (tx) => {
    const jobId = await deleteSeriesRow(tx, id);
    if (jobId) await deleteJobs(tx, [jobId]);
    return jobId;
  });
  if (job) notifyJobsDeleted([job]);
}
