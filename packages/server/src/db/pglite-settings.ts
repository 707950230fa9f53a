import { PGlite } from '@electric-sql/pglite';

/** The small buffer pool: 8 MB instead of PostgreSQL's 128 MB, which every start fills with zeros. */
const SMALL_BUFFER_POOL = ['-c', 'shared_buffers=8MB'];

/** WAL segments a checkpoint removes rather than keeps for reuse. */
const NO_WAL_RECYCLING = ['-c', 'wal_recycle=off'];

/** PostgreSQL settings of a database opened for one command (db/pglite.ts, `oneCommand`): PGlite's own and the small buffer pool. */
export const ONE_COMMAND_START_PARAMS: readonly string[] = [...PGlite.defaultStartParams, ...SMALL_BUFFER_POOL];

/** PostgreSQL settings of a small embedded database (db/pglite.ts, `small`): those of one command, and no WAL recycling. */
export const SMALL_START_PARAMS: readonly string[] = [...ONE_COMMAND_START_PARAMS, ...NO_WAL_RECYCLING];

/** initdb's options for a new small cluster: 1 MB WAL segments, and none kept for reuse from initdb's own checkpoints either. */
export const SMALL_INITDB_PARAMS: readonly string[] = ['--wal-segsize=1', ...NO_WAL_RECYCLING];
