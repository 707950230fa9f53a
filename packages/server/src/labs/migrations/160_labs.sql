-- Policy labs: one record per lab (phases, sessions, experiments, recommendations in
-- jsonb), the persons taking part (links to consented contacts, never exported) and the
-- methodology every lab follows.
CREATE TABLE policy_labs (
  id text PRIMARY KEY,
  city_id text NOT NULL REFERENCES cities (id),
  name text NOT NULL,
  area text NOT NULL,
  current_phase text,
  record jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX policy_labs_city_idx ON policy_labs (city_id);
CREATE TABLE lab_people (
  lab_id text NOT NULL REFERENCES policy_labs (id) ON DELETE CASCADE,
  contact_id text NOT NULL REFERENCES stakeholder_contacts (id) ON DELETE CASCADE,
  joined text,
  PRIMARY KEY (lab_id, contact_id)
);
CREATE TABLE lab_framework (
  id text PRIMARY KEY,
  record jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
