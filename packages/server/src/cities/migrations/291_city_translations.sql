-- A city profile's text fields in another language, with where the translation comes from
-- (the same shape as practice_translations; records/translations.ts reads and writes both).
CREATE TABLE city_translations (
  city_id text NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
  language text NOT NULL,
  fields jsonb NOT NULL,
  kind text NOT NULL CHECK (kind IN ('human', 'machine')),
  translator_id text REFERENCES users (id) ON DELETE SET NULL,
  source text,
  note text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (city_id, language)
);
