-- Stakeholder maps: organisations per city, their contact persons (personal data,
-- recorded only with consent), reference groups and participatory methods.
CREATE TABLE stakeholders (
  id text PRIMARY KEY,
  city_id text NOT NULL REFERENCES cities (id),
  name text NOT NULL,
  area text NOT NULL,
  influence smallint CHECK (influence BETWEEN 1 AND 5),
  interest smallint CHECK (interest BETWEEN 1 AND 5),
  engagement_status text,
  practice_ids text[] NOT NULL DEFAULT '{}',
  record jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stakeholders_city_idx ON stakeholders (city_id);
CREATE INDEX stakeholders_practices_idx ON stakeholders USING gin (practice_ids);
CREATE TABLE stakeholder_contacts (
  id text PRIMARY KEY,
  city_id text NOT NULL REFERENCES cities (id),
  stakeholder_id text REFERENCES stakeholders (id) ON DELETE CASCADE,
  name text NOT NULL,
  email text,
  phone text,
  position text,
  profile text NOT NULL DEFAULT 'staff',
  consent boolean NOT NULL CHECK (consent),
  consent_date text NOT NULL CHECK (consent_date ~ '^\d{4}-\d{2}-\d{2}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stakeholder_contacts_city_idx ON stakeholder_contacts (city_id);
CREATE TABLE reference_groups (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('local', 'international')),
  city_id text REFERENCES cities (id),
  name text NOT NULL,
  record jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reference_groups_city_idx ON reference_groups (city_id);
CREATE TABLE participatory_methods (
  id text PRIMARY KEY,
  city_id text REFERENCES cities (id),
  name text NOT NULL,
  record jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX participatory_methods_city_idx ON participatory_methods (city_id);
