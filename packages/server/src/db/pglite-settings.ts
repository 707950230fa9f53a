import { PGlite } from '@electric-sql/pglite';

/**
 * PostgreSQL settings of a small embedded database (db/pglite.ts, `small`), after PGlite's own:
 * an 8 MB buffer pool, and WAL segments a checkpoint removes rather than keeps for reuse.
 */
export const SMALL_START_PARAMS: readonly string[] = [
  ...PGlite.defaultStartParams,
  '-c',
  'shared_buffers=8MB',
  '-c',
  'wal_recycle=off',
];

/** initdb's options for a new small cluster: 1 MB WAL segments, and none kept for reuse from initdb's own checkpoints either. */
export const SMALL_INITDB_PARAMS: readonly string[] = ['--wal-segsize=1', '-c', 'wal_recycle=off'];
