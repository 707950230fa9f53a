CREATE TABLE practices (
  id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL,
  city_id text REFERENCES cities (id),
  country text,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  language text NOT NULL,
  typology text,
  themes text[] NOT NULL DEFAULT '{}',
  target_groups text[] NOT NULL DEFAULT '{}',
  action_plan_areas text[] NOT NULL DEFAULT '{}',
  systematized boolean,
  ongoing boolean,
  record jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX practices_city_idx ON practices (city_id);
CREATE INDEX practices_status_idx ON practices (status);
CREATE INDEX practices_name_trgm_idx ON practices USING gin (name gin_trgm_ops);
CREATE INDEX practices_themes_idx ON practices USING gin (themes);
CREATE INDEX practices_target_groups_idx ON practices USING gin (target_groups);
