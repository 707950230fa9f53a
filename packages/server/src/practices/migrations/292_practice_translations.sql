-- A practice's text fields in another language, with where the translation comes from.
-- `fields` holds the translated texts by field name (records/translations.ts lists them);
-- `kind` says whether a person or a machine translated; `translator_id` is the member who
-- wrote it (null for imported ones), `source` a free-text origin, `note` e.g. "not from the source".
CREATE TABLE practice_translations (
  practice_id text NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  language text NOT NULL,
  fields jsonb NOT NULL,
  kind text NOT NULL CHECK (kind IN ('human', 'machine')),
  translator_id text REFERENCES users (id) ON DELETE SET NULL,
  source text,
  note text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (practice_id, language)
);
