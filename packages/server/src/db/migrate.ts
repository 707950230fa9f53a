import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

// The .sql files stay in the package's src/ (the build compiles only TypeScript), so this finds
// them from src/db and from the compiled dist/db alike.
const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/** Every migration file: `src/<domain>/migrations/NNN_name.sql`, ordered by NNN across domains. */
export function listMigrations(): { id: string; file: string }[] {
  const found: { id: string; file: string }[] = [];
  for (const domain of fs.readdirSync(srcDir)) {
    const dir = path.join(srcDir, domain, 'migrations');
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir))
      if (f.endsWith('.sql')) found.push({ id: `${domain}/${f}`, file: path.join(dir, f) });
  }
  return found.sort((a, b) => path.basename(a.file).localeCompare(path.basename(b.file)) || a.id.localeCompare(b.id));
}

/** The PostgreSQL advisory lock key held while the schema is migrated or the first data is loaded. */
export const SETUP_LOCK_KEY = 4_127_031_825;

const inProcess = new WeakMap<Database, Promise<unknown>>();

/**
 * Runs fn holding the setup lock: a session-level `pg_advisory_lock` on a connection kept
 * for the whole run, so servers and workers started together on one database migrate and
 * seed one after the other (calls in one process also queue, as PGlite's single
 * connection would let a second call take the same lock again).
 */
export function withSetupLock<T>(db: Database, fn: (session: Database) => Promise<T>): Promise<T> {
  const run = (inProcess.get(db) ?? Promise.resolve()).then(() =>
    db.session(async (session) => {
      await session.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK_KEY]);
      try {
        return await fn(session);
      } finally {
        await session.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK_KEY]);
      }
    }),
  );
  inProcess.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * Applies the migrations not yet applied, each in its own transaction, under the setup lock. Returns the ids applied.
 * A migration goes to the database as one multi-statement query (its own BEGIN and COMMIT around
 * its statements and its schema_migrations row): one round trip each instead of one per statement.
 */
export function migrate(db: Database): Promise<string[]> {
  return withSetupLock(db, async (session) => {
    await session.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await session.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id),
    );
    const applied: string[] = [];
    for (const m of listMigrations()) {
      if (done.has(m.id)) continue;
      const sql = fs.readFileSync(m.file, 'utf8');
      try {
        await session.exec(
          `BEGIN;\n${sql}\n;\nINSERT INTO schema_migrations (id) VALUES (${quoteLiteral(m.id)});\nCOMMIT;`,
        );
      } catch (err) {
        // A failed statement leaves the transaction aborted: nothing of this migration stays.
        await session.exec('ROLLBACK').catch(() => undefined);
        if (err instanceof Error) err.message = `migration ${m.id}: ${err.message}`;
        throw err;
      }
      applied.push(m.id);
    }
    return applied;
  });
}

/** A string as an SQL literal (a migration id is a file name: no quote to double in practice, but doubled all the same). */
const quoteLiteral = (s: string) => `'${s.replaceAll("'", "''")}'`;
