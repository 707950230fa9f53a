-- The words of the practice library, for correcting misspelt search words by trigram
-- similarity (pg_trgm). Each practice's words (unstemmed, unaccented, lower case) are kept in
-- practice_search.words; a trigger keeps search_words, the word list with the number of
-- practices holding each word, in step with every insert, change and deletion.
ALTER TABLE practice_search ADD COLUMN words tsvector NOT NULL DEFAULT ''::tsvector;

CREATE TABLE search_words (word text PRIMARY KEY, ndoc integer NOT NULL);
CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops);

CREATE FUNCTION search_words_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.words = NEW.words THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE search_words w SET ndoc = w.ndoc - 1
      FROM unnest(tsvector_to_array(OLD.words)) AS o(word) WHERE w.word = o.word;
    DELETE FROM search_words WHERE word = ANY (tsvector_to_array(OLD.words)) AND ndoc <= 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO search_words (word, ndoc)
      SELECT n.word, 1 FROM unnest(tsvector_to_array(NEW.words)) AS n(word) ORDER BY n.word
      ON CONFLICT (word) DO UPDATE SET ndoc = search_words.ndoc + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER practice_search_words AFTER INSERT OR UPDATE OF words OR DELETE ON practice_search
  FOR EACH ROW EXECUTE FUNCTION search_words_track();

-- Practices stored before: their words from every text of the record (new writes take the searched texts).
UPDATE practice_search s SET words = to_tsvector('simple', unaccent(coalesce(
    (SELECT string_agg(v #>> '{}', ' ') FROM jsonb_path_query(p.record, 'strict $.**') AS v WHERE jsonb_typeof(v) = 'string'),
    '')))
  FROM practices p WHERE p.id = s.id;
