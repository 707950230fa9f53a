CREATE TABLE revisions (
  id bigserial PRIMARY KEY,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  version integer NOT NULL,
  action text NOT NULL,
  status text NOT NULL,
  record jsonb NOT NULL,
  author_id text REFERENCES users (id) ON DELETE SET NULL,
  author_name text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (entity_type, entity_id, version)
);
CREATE INDEX revisions_entity_idx ON revisions (entity_type, entity_id);
