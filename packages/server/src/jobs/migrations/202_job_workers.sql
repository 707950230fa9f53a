-- Workers announce themselves (one row per running worker, in-process or `convivio worker`,
-- refreshed while it runs, removed when it stops), so a running job shows which worker holds it.
CREATE TABLE job_workers (
  id text PRIMARY KEY,
  host text NOT NULL,
  pid integer NOT NULL,
  kinds text[] NOT NULL DEFAULT '{}',
  started_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
-- When the current attempt was claimed (locked_at is refreshed by every heartbeat).
ALTER TABLE jobs ADD COLUMN claimed_at timestamptz;
-- The read view gains the worker holding a running job: its id, host, pid and since when.
CREATE OR REPLACE VIEW job_states AS
  SELECT j.id, j.kind, j.status, j.progress, j.message, j.error, j.attempts, j.finished_at,
    CASE WHEN j.status = 'running' THEN j.locked_by END AS worker_id,
    CASE WHEN j.status = 'running' THEN j.claimed_at END AS worker_since,
    w.host AS worker_host, w.pid AS worker_pid
  FROM jobs j LEFT JOIN job_workers w ON w.id = j.locked_by AND j.status = 'running';
