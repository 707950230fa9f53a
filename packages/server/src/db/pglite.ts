import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Database, Queryable, QueryResult } from './database.ts';
import { lockDataDir } from './lock.ts';
import { forgetEmptyCluster, keepEmptyCluster, keptEmptyCluster } from './pglite-empty-cluster.ts';

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

/** An embedded database that can also be written out whole, as a tarball of its data directory. */
export type PgliteDatabase = Database & { dumpDataDir(): Promise<Blob> };

/**
 * Opens (or creates) an embedded database in dataDir, or in memory when dataDir is null;
 * `from` starts it from a data directory dumped earlier (much faster than a fresh initdb).
 * A directory is locked for this process until close() (DatabaseInUseError when another holds it).
 */
export async function openPglite(dataDir: string | null, from?: Blob): Promise<PgliteDatabase> {
  let unlock = () => {};
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(path.resolve(dataDir));
  }
  // A new database starts from the kept copy of an empty cluster when there is one (pglite-empty-cluster.ts).
  const isNew = !from && !(dataDir && fs.existsSync(path.join(dataDir, 'PG_VERSION')));
  const kept = isNew ? await keptEmptyCluster() : null;
  const create = (loadDataDir?: Blob) =>
    PGlite.create(dataDir ? `file://${dataDir}` : undefined, { extensions, ...(loadDataDir ? { loadDataDir } : {}) });
  let pg: PGlite;
  try {
    try {
      pg = await create(from ?? kept ?? undefined);
    } catch (err) {
      if (!kept) throw err;
      forgetEmptyCluster();
      if (dataDir && fs.existsSync(path.join(dataDir, 'PG_VERSION'))) throw err;
      pg = await create();
    }
  } catch (err) {
    unlock();
    throw err;
  }
  // Only a database in memory is copied: a directory's dump would carry its lock file (lock.ts) too.
  if (isNew && !kept && !dataDir) await keepEmptyCluster(() => pg.dumpDataDir('none'));
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
    async dumpDataDir() {
      return pg.dumpDataDir('none');
    },
  };
  return db;
}
