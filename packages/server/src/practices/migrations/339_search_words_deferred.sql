-- A data set import writes every practice's search row, one after another: instead of the
-- search_words trigger counting each row's words as it is written, the import sets
-- convivio.search_words_deferred for its transaction and counts every practice's words once at
-- its end (practices/search-words.ts): the same word list, in one statement instead of one per row.
-- (CREATE OR REPLACE replaces the function's settings too: bitmap scans stay off, as 338 set.)
CREATE OR REPLACE FUNCTION search_words_track() RETURNS trigger LANGUAGE plpgsql SET enable_bitmapscan = off AS $$
BEGIN
  IF current_setting('convivio.search_words_deferred', true) = 'on' THEN
    RETURN NULL;
  END IF;
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
