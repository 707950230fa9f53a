-- Two-year monitoring cycles of the charter and, in each, every signatory city's assessment
-- of each commitment.
CREATE TABLE charter_cycles (
  id text PRIMARY KEY,
  name text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL CHECK (ends_on > starts_on),
  status text NOT NULL CHECK (status IN ('open', 'closed')),
  source jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE charter_assessments (
  cycle_id text NOT NULL REFERENCES charter_cycles (id) ON DELETE CASCADE,
  city_id text NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
  commitment_id text NOT NULL REFERENCES charter_commitments (id),
  status text NOT NULL CHECK (status IN ('not-started', 'in-progress', 'achieved', 'not-applicable')),
  evidence text,
  evidence_links text[] NOT NULL DEFAULT '{}',
  practice_ids text[] NOT NULL DEFAULT '{}',
  source jsonb,
  version integer NOT NULL DEFAULT 1,
  assessed_by_id text REFERENCES users (id) ON DELETE SET NULL,
  assessed_by_name text,
  assessed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (cycle_id, city_id, commitment_id)
);
CREATE INDEX charter_assessments_city_idx ON charter_assessments (city_id);
CREATE INDEX charter_assessments_commitment_idx ON charter_assessments (commitment_id);
