-- Evidence over time: a series of runs of the same place, one per year, and the change of the
-- indices between years (computed by a job: per pair of years, per area, a permutation test).
CREATE TABLE evidence_series (
  id text PRIMARY KEY,
  owner_id text REFERENCES users (id) ON DELETE SET NULL,
  name text NOT NULL,
  public boolean NOT NULL DEFAULT false,
  options jsonb NOT NULL,
  job_id text NOT NULL REFERENCES jobs (id),
  changes jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX evidence_series_owner_idx ON evidence_series (owner_id);
CREATE TABLE evidence_series_runs (
  series_id text NOT NULL REFERENCES evidence_series (id) ON DELETE CASCADE,
  run_id text NOT NULL REFERENCES evidence_runs (id) ON DELETE CASCADE,
  year text NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (series_id, run_id)
);
CREATE INDEX evidence_series_runs_run_idx ON evidence_series_runs (run_id);
