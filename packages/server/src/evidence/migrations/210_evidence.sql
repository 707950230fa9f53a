-- Evidence: uploaded grid files (kept in the database as bytea, so every worker process on any
-- machine can read them and backups hold them), runs of the indicators engine (status and
-- progress live in the run's job), per-area results and per-cell local layers (float32 per cell:
-- a run stores cells × layers × 4 bytes).
CREATE TABLE evidence_datasets (
  id text PRIMARY KEY,
  owner_id text REFERENCES users (id) ON DELETE SET NULL,
  name text NOT NULL,
  source text NOT NULL CHECK (source IN ('upload', 'sample')),
  file_name text NOT NULL,
  format text NOT NULL CHECK (format IN ('csv', 'csv.gz', 'parquet')),
  size_bytes integer NOT NULL,
  sha256 text NOT NULL,
  header jsonb NOT NULL,
  preview jsonb NOT NULL,
  mapping jsonb,
  public boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evidence_datasets_owner_idx ON evidence_datasets (owner_id);
CREATE TABLE evidence_files (
  dataset_id text PRIMARY KEY REFERENCES evidence_datasets (id) ON DELETE CASCADE,
  bytes bytea NOT NULL
);
CREATE TABLE evidence_runs (
  id text PRIMARY KEY,
  dataset_id text NOT NULL REFERENCES evidence_datasets (id) ON DELETE CASCADE,
  owner_id text REFERENCES users (id) ON DELETE SET NULL,
  job_id text NOT NULL REFERENCES jobs (id),
  options jsonb NOT NULL,
  mapping jsonb NOT NULL,
  public boolean NOT NULL DEFAULT false,
  grid jsonb,
  results jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX evidence_runs_dataset_idx ON evidence_runs (dataset_id);
CREATE INDEX evidence_runs_owner_idx ON evidence_runs (owner_id);
CREATE TABLE evidence_run_areas (
  run_id text NOT NULL REFERENCES evidence_runs (id) ON DELETE CASCADE,
  area text NOT NULL,
  position integer NOT NULL,
  result jsonb NOT NULL,
  PRIMARY KEY (run_id, area)
);
CREATE INDEX evidence_run_areas_area_idx ON evidence_run_areas (area);
CREATE TABLE evidence_run_cells (
  run_id text PRIMARY KEY REFERENCES evidence_runs (id) ON DELETE CASCADE,
  col_index bytea NOT NULL,
  row_index bytea NOT NULL
);
CREATE TABLE evidence_layers (
  run_id text NOT NULL REFERENCES evidence_runs (id) ON DELETE CASCADE,
  name text NOT NULL,
  label text NOT NULL,
  position integer NOT NULL,
  min double precision,
  max double precision,
  values_f32 bytea NOT NULL,
  PRIMARY KEY (run_id, name)
);
