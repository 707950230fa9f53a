import pg from 'pg';
import type { Database, Queryable, QueryResult } from './database.ts';

/** Opens a pool on a PostgreSQL server (15 or later). */
export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => undefined); // idle client errors surface on the next query instead
  const client = await pool.connect(); // fail fast when the server is unreachable
  client.release();
  const query = async <T>(q: pg.Pool | pg.PoolClient, sql: string, params: unknown[] = []): Promise<QueryResult<T>> => {
    const r = await q.query(sql, params);
    return { rows: r.rows as T[], affectedRows: r.rowCount ?? 0 };
  };
  return {
    engine: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const result = await fn({ query: (sql, params) => query(c, sql, params) });
        await c.query('COMMIT');
        return result;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        c.release();
      }
    },
    async exec(sql) { await pool.query(sql); },
    async close() { await pool.end(); },
  };
}
