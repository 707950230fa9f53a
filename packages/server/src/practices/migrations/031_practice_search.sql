CREATE TABLE practice_search (
  id text PRIMARY KEY REFERENCES practices (id) ON DELETE CASCADE,
  config regconfig NOT NULL,
  vector tsvector NOT NULL
);
CREATE INDEX practice_search_vector_idx ON practice_search USING gin (vector);
CREATE TABLE practice_index_version (id integer PRIMARY KEY CHECK (id = 1), version bigint NOT NULL);
INSERT INTO practice_index_version (id, version) VALUES (1, 1);
