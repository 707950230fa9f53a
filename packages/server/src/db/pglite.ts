import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Database, Queryable, QueryResult } from './database.ts';
import { lockDataDir } from './lock.ts';
import { BYTEA_PARSERS, BYTEA_SERIALIZERS } from './pglite-bytea.ts';
import { forgetEmptyCluster, keepEmptyCluster, keptEmptyCluster } from './pglite-empty-cluster.ts';
import { ONE_COMMAND_START_PARAMS, SMALL_INITDB_PARAMS, SMALL_START_PARAMS } from './pglite-settings.ts';

/** The extensions every PGlite directory is opened with (the same ones each time). */
const extensions = { pg_trgm, unaccent };

function wrap(q: { query: PGlite['query'] }): Queryable {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      const r = await q.query<T>(sql, params);
      return { rows: r.rows, affectedRows: r.affectedRows ?? 0 };
    },
  };
}

/**
 * An embedded database that can also be written out whole, as a tarball of its data directory.
 * The dump is taken right after a checkpoint: a database started from it then has no WAL to
 * replay (without one, every start of a copy redoes all that was written since the last checkpoint,
 * a seventh of a seeded test database's start, bench/results/test-suite.md).
 */
export type PgliteDatabase = Database & { dumpDataDir(): Promise<Blob> };

export interface PgliteOptions {
  /**
   * A small database for short-lived use (the tests' thousands): an 8 MB buffer pool instead of
   * PostgreSQL's 128 MB, which every start fills with zeros, and, for a new cluster, 1 MB WAL
   * segments instead of 16 MB, which makes its dumps a quarter smaller. A checkpoint removes the
   * WAL segments it no longer needs instead of keeping them for reuse (`wal_recycle=off`), so a
   * dump carries one segment, not the eight the seeded test database had kept (23 MB → 16 MB).
   * Such a database starts in about a third of the time (bench/results/test-suite.md); what it
   * stores and answers is the same.
   */
  small?: boolean;
  /**
   * Opened by a command that does one thing and exits (`convivio user create`, `import`, `export`):
   * the small buffer pool, 8 MB instead of 128 MB. Filling the usual one took 0.4 s of a 2.5 s
   * command (bench/results/cli-start.md), and a command reads most pages once, so a large pool
   * would serve it little. Only this start's settings change: a cluster it creates is the usual
   * one, which the server opens next with its usual pool.
   */
  oneCommand?: boolean;
}

/**
 * Opens (or creates) an embedded database in dataDir, or in memory when dataDir is null;
 * `from` starts it from a data directory dumped earlier (much faster than a fresh initdb).
 * A directory is locked for this process until close() (DatabaseInUseError when another holds it).
 */
export async function openPglite(
  dataDir: string | null,
  from?: Blob,
  { small = false, oneCommand = false }: PgliteOptions = {},
): Promise<PgliteDatabase> {
  let unlock = () => {};
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(path.resolve(dataDir));
  }
  // A new database starts from the kept copy of an empty cluster when there is one (pglite-empty-cluster.ts).
  const isNew = !from && !(dataDir && fs.existsSync(path.join(dataDir, 'PG_VERSION')));
  const kept = isNew ? await keptEmptyCluster(small) : null;
  const create = (loadDataDir?: Blob) =>
    PGlite.create(dataDir ? `file://${dataDir}` : undefined, {
      extensions,
      parsers: BYTEA_PARSERS,
      serializers: BYTEA_SERIALIZERS,
      ...(loadDataDir ? { loadDataDir } : {}),
      ...(small
        ? { startParams: [...SMALL_START_PARAMS], initDbStartParams: [...SMALL_INITDB_PARAMS] }
        : oneCommand
          ? { startParams: [...ONE_COMMAND_START_PARAMS] }
          : {}),
    });
  let pg: PGlite;
  try {
    try {
      pg = await create(from ?? kept ?? undefined);
    } catch (err) {
      if (!kept) throw err;
      forgetEmptyCluster(small);
      if (dataDir && fs.existsSync(path.join(dataDir, 'PG_VERSION'))) throw err;
      pg = await create();
    }
  } catch (err) {
    unlock();
    throw err;
  }
  const dump = async () => {
    await pg.query('CHECKPOINT');
    return pg.dumpDataDir('none');
  };
  // Only a database in memory is copied: a directory's dump would carry its lock file (lock.ts) too.
  if (isNew && !kept && !dataDir) await keepEmptyCluster(dump, small);
  // PGlite runs one statement at a time; serialise transactions so they never interleave.
  let chain: Promise<unknown> = Promise.resolve();
  const base = wrap(pg);
  const db: PgliteDatabase = {
    engine: 'pglite',
    query: (sql, params) => base.query(sql, params),
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const run = chain.then(() => pg.transaction((tx) => fn(wrap(tx))));
      chain = run.catch(() => undefined);
      return run;
    },
    async exec(sql) {
      await pg.exec(sql);
    },
    session: (fn) => fn(db),
    async close() {
      try {
        await pg.close();
      } finally {
        unlock();
      }
    },
    dumpDataDir: dump,
  };
  return db;
}
