-- The search_words trigger's statements look words up by equality. On PostgreSQL the planner
-- takes the trigram index (gin_trgm_ops, which also answers `=`) for the deletion of words no
-- practice holds any more, and scans it once per word: seconds for every change of a practice's
-- words. Bitmap scans (the only way a GIN index is read) are off inside the trigger, so its
-- statements use the primary key or a scan of the table; the spelling search keeps its index.
ALTER FUNCTION search_words_track() SET enable_bitmapscan = off;
