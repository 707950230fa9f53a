import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Database, Queryable, QueryResult } from './database.ts';
import { lockDataDir } from './lock.ts';

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
 * Opens (or creates) an embedded database in dataDir, or in memory when dataDir is null.
 * A directory is locked for this process until close() (DatabaseInUseError when another holds it).
 */
export async function openPglite(dataDir: string | null): Promise<Database> {
  let unlock = () => {};
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(path.resolve(dataDir));
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir ? `file://${dataDir}` : undefined, { extensions });
  } catch (err) {
    unlock();
    throw err;
  }
  // PGlite runs one statement at a time; serialise transactions so they never interleave.
  let chain: Promise<unknown> = Promise.resolve();
  const base = wrap(pg);
  return {
    engine: 'pglite',
    query: (sql, params) => base.query(sql, params),
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const run = chain.then(() => pg.transaction((tx) => fn(wrap(tx))));
      chain = run.catch(() => undefined);
      return run;
    },
    async exec(sql) { await pg.exec(sql); },
    async close() {
      try { await pg.close(); } finally { unlock(); }
    },
  };
}
