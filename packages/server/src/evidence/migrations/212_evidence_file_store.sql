-- Uploaded grid files move out of the database into the file store (FILE_STORE_DIR): a dataset
-- names its file by file_key (relative to the store; null for the bundled sample, read from the
-- repository). A file may be larger than 2 GiB, so its size is a bigint. Files still in
-- evidence_files (from before this change) are written to the store and their rows deleted at
-- start-up (moveLegacyFiles): a migration cannot write files, so the table stays, empty, and
-- nothing writes to it any more.
ALTER TABLE evidence_datasets ADD COLUMN file_key text;
ALTER TABLE evidence_datasets ALTER COLUMN size_bytes TYPE bigint;
