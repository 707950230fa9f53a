-- The Integrating Cities Charter (one row), its commitments, the cities known to have
-- signed it, and where each city stands with each commitment.
CREATE TABLE charter (
  id text PRIMARY KEY,
  name text NOT NULL,
  description text,
  signatory_count integer CHECK (signatory_count >= 0),
  source jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE charter_commitments (
  id text PRIMARY KEY,
  charter_id text NOT NULL REFERENCES charter (id) ON DELETE CASCADE,
  position integer NOT NULL,
  role text NOT NULL CHECK (role IN ('policy-maker', 'service-provider', 'employer', 'buyer')),
  text text NOT NULL
);
CREATE TABLE charter_signatories (
  city_id text PRIMARY KEY REFERENCES cities (id) ON DELETE CASCADE,
  signed_on date,
  updated_by_id text REFERENCES users (id) ON DELETE SET NULL,
  updated_by_name text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE city_commitments (
  city_id text NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
  commitment_id text NOT NULL REFERENCES charter_commitments (id),
  status text NOT NULL CHECK (status IN ('planned', 'in-progress', 'achieved', 'dropped')),
  note text,
  evidence_links text[] NOT NULL DEFAULT '{}',
  practice_ids text[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  updated_by_id text REFERENCES users (id) ON DELETE SET NULL,
  updated_by_name text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (city_id, commitment_id)
);
CREATE INDEX city_commitments_commitment_idx ON city_commitments (commitment_id);
