import { describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../src/bootstrap.ts';
import type { Database } from '../src/db/database.ts';
import { listMigrations, migrate } from '../src/db/migrate.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { emptyPgliteDatabase, emptyPostgresDatabase, freshDatabase, type Engine } from './harness.ts';

/** Servers (or workers) started at the same moment, each with its own connection pool. */
const SERVERS = 4;

/** The number of rows of every table. */
async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = (
    await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    )
  ).rows;
  const counts: Record<string, number> = {};
  for (const { table_name: t } of tables)
    counts[t] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n;
  return counts;
}

/** Starts each server at once: migrations, then the first data load; says what each did. */
async function startTogether(servers: Database[]) {
  const started = await Promise.allSettled(
    servers.map(async (db) => ({ migrations: await migrate(db), seeded: await seedIfEmpty(db) })),
  );
  expect(started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []))).toEqual([]);
  const outcomes = started.map((s) => (s as PromiseFulfilledResult<{ migrations: string[]; seeded: boolean }>).value);
  expect(outcomes.filter((o) => o.seeded)).toHaveLength(1);
  expect(outcomes.map((o) => o.migrations.length).sort((a, b) => b - a)).toEqual([
    listMigrations().length,
    ...Array(servers.length - 1).fill(0),
  ]);
}

/**
 * The row counts of a database migrated and loaded by one server alone: the run's seeded template,
 * which the global setup built with the same `migrate` and `seedIfEmpty` on an empty database.
 */
async function loadedAlone(engine: Engine): Promise<Record<string, number>> {
  const { db, drop } = await freshDatabase(engine, { seeded: true });
  try {
    const once = await rowCounts(db);
    expect(once.cities).toBeGreaterThan(0);
    expect(once.practices).toBeGreaterThan(0);
    return once;
  } finally {
    await drop();
  }
}

describe('starts made at once in one process on PGlite', () => {
  it('queue up: migrated and loaded exactly once', async () => {
    const once = await loadedAlone('pglite');
    const shared = await emptyPgliteDatabase();
    try {
      await startTogether(Array(SERVERS).fill(shared));
      expect(await rowCounts(shared)).toEqual(once);
    } finally {
      await shared.close();
    }
  }, 120_000);
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('servers started together on one empty PostgreSQL database', () => {
  it(`all ${SERVERS} migrate and seed without error, and the data is loaded exactly once`, async () => {
    const once = await loadedAlone('postgres');
    const shared = await emptyPostgresDatabase();
    const pools: Database[] = [];
    try {
      const servers = await Promise.all(Array.from({ length: SERVERS }, () => openPostgres(shared.url, 2)));
      pools.push(...servers);
      await startTogether(servers);
      expect(await rowCounts(servers[0])).toEqual(once);
    } finally {
      await Promise.all(pools.map((db) => db.close()));
      await shared.drop();
    }
  }, 120_000);
});
