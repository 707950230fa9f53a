/** A row-returning query result. */
export interface QueryResult<T> {
  rows: T[];
  affectedRows: number;
}

/** What every query site needs: one SQL dialect (PostgreSQL 15) on either engine. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
}

/** A database handle: PGlite (embedded) or a PostgreSQL server. */
export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs fn on one connection held until it settles, for session state such as advisory
   * locks (PGlite has a single connection: fn gets the same database).
   */
  session<T>(fn: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * PostgreSQL only: calls `onNotify` for each NOTIFY on `channel` (from any process), on a
   * connection of its own outside the pool; `onLost` when that connection ends unasked. Resolves
   * with a function that stops listening.
   */
  listen?(channel: string, onNotify: () => void, onLost: () => void): Promise<() => Promise<void>>;
}
