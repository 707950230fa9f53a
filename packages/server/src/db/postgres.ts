import pg from 'pg';
import type { Database, Queryable, QueryResult } from './database.ts';

const query = async <T>(q: pg.Pool | pg.PoolClient, sql: string, params: unknown[] = []): Promise<QueryResult<T>> => {
  const r = await q.query(sql, params);
  return { rows: r.rows as T[], affectedRows: r.rowCount ?? 0 };
};

/** Runs fn in one transaction on a connection: committed when it resolves, rolled back when it throws. */
async function inTransaction<T>(c: pg.PoolClient, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  try {
    await c.query('BEGIN');
    const result = await fn({ query: (sql, params) => query(c, sql, params) });
    await c.query('COMMIT');
    return result;
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** A database bound to one connection of the pool (a session); the caller releases it. */
function onConnection(c: pg.PoolClient): Database {
  const db: Database = {
    engine: 'postgres',
    query: (sql, params) => query(c, sql, params),
    transaction: (fn) => inTransaction(c, fn),
    async exec(sql) {
      await c.query(sql);
    },
    session: (fn) => fn(db),
    async close() {
      /* the session's owner releases the connection */
    },
  };
  return db;
}

/** Opens a pool on a PostgreSQL server (15 or later). */
export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => undefined); // idle client errors surface on the next query instead
  const client = await pool.connect(); // fail fast when the server is unreachable
  client.release();
  return {
    engine: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const c = await pool.connect();
      try {
        return await inTransaction(c, fn);
      } finally {
        c.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async session<T>(fn: (db: Database) => Promise<T>): Promise<T> {
      const c = await pool.connect();
      let failed: Error | undefined;
      try {
        return await fn(onConnection(c));
      } catch (err) {
        failed = err as Error;
        throw err;
      } finally {
        c.release(failed); // a failed session's connection is closed, so no session state outlives it
      }
    },
    async close() {
      await pool.end();
    },
    async listen(channel, onNotify, onLost) {
      const client = new pg.Client({ connectionString: url });
      let closing = false;
      client.on('error', () => undefined); // the connection ends: 'end' follows
      client.on('end', () => closing || onLost());
      client.on('notification', (n) => n.channel === channel && onNotify());
      try {
        await client.connect();
        await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
      } catch (err) {
        closing = true;
        await client.end().catch(() => undefined);
        throw err;
      }
      return async () => {
        closing = true;
        await client.end().catch(() => undefined);
      };
    },
  };
}
