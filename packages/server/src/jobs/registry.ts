import type { Queryable } from '../db/database.ts';

/** A worker as it announces itself in `job_workers` (migration 202). */
export interface WorkerAnnouncement {
  id: string;
  host: string;
  pid: number;
  kinds: string[];
}

/** A worker's row: who it is, which kinds it runs, since when, and when it was last heard of. */
export interface WorkerRecord extends WorkerAnnouncement {
  startedAt: Date;
  lastSeenAt: Date;
}

/** Records a worker, or refreshes its last_seen_at (its heartbeat; a pruned row comes back). */
export async function announceWorker(db: Queryable, w: WorkerAnnouncement): Promise<void> {
  await db.query(
    `INSERT INTO job_workers (id, host, pid, kinds) VALUES ($1, $2, $3, $4::text[])
     ON CONFLICT (id) DO UPDATE SET last_seen_at = now(), kinds = EXCLUDED.kinds`,
    [w.id, w.host, w.pid, w.kinds],
  );
}

/** Removes a worker that stopped. */
export async function retireWorker(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM job_workers WHERE id = $1', [id]);
}

/** Removes workers not heard of for `unseenSeconds` that hold no running job (they died without retiring). */
export async function pruneWorkers(db: Queryable, unseenSeconds: number): Promise<number> {
  const r = await db.query(
    `DELETE FROM job_workers w WHERE w.last_seen_at < now() - make_interval(secs => $1::double precision)
       AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.locked_by = w.id AND j.status = 'running')`,
    [unseenSeconds],
  );
  return r.affectedRows;
}

/** The workers announced, longest running first. */
export async function listWorkers(db: Queryable): Promise<WorkerRecord[]> {
  const r = await db.query<{
    id: string;
    host: string;
    pid: number;
    kinds: string[];
    started_at: Date | string;
    last_seen_at: Date | string;
  }>('SELECT * FROM job_workers ORDER BY started_at, id');
  return r.rows.map((w) => ({
    id: w.id,
    host: w.host,
    pid: w.pid,
    kinds: w.kinds,
    startedAt: new Date(w.started_at),
    lastSeenAt: new Date(w.last_seen_at),
  }));
}
