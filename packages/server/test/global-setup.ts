import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { seedIfEmpty } from '../src/bootstrap.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { emptyClusterFile } from '../src/db/pglite-empty-cluster.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { dropTemplateDatabases } from './template-dumps.ts';
import { databaseUrl, onTestServer, uniqueDatabaseName, type TestTemplates } from './templates.ts';

/**
 * Builds, once per test run, the databases every database test starts from: a migrated one and
 * one with the bundled data set, on PGlite (dumped data directories) and on the PostgreSQL test
 * server (template databases). Copying them is several times faster than initdb, migrations and
 * loading the data set again for every suite.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The browser map is bundled (when stale) so that page and static-file tests can load it.
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../../../scripts/bundle.mjs')], {
    stdio: 'inherit',
  });
  // The PostgreSQL templates are made while the PGlite dumps are: the server does most of their work.
  const adminUrl = process.env.TEST_DATABASE_URL;
  const postgresMade = adminUrl ? postgresTemplates(adminUrl) : Promise.resolve(null);
  // Awaited below; this only keeps a failure there from being reported as unhandled before then.
  postgresMade.catch(() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-test-templates-'));
  const pglite = {
    migrated: path.join(dir, 'migrated.tar'),
    seeded: path.join(dir, 'seeded.tar'),
    empty: path.join(dir, 'empty.tar'),
  };
  // Small databases (db/pglite.ts) start in about a third of the time; every test database is one.
  const db = await openPglite(null, undefined, { small: true });
  await dropTemplateDatabases(db);
  fs.writeFileSync(pglite.empty, Buffer.from(await (await db.dumpDataDir()).arrayBuffer()));
  await migrate(db);
  fs.writeFileSync(pglite.migrated, Buffer.from(await (await db.dumpDataDir()).arrayBuffer()));
  await seedIfEmpty(db);
  fs.writeFileSync(pglite.seeded, Buffer.from(await (await db.dumpDataDir()).arrayBuffer()));
  await db.close();
  // The command and server processes some tests start make their new data directories from the
  // kept copy of a usual (not small) empty cluster (db/pglite-empty-cluster.ts): made once here.
  const usual = emptyClusterFile();
  if (usual && !fs.existsSync(usual)) await (await openPglite(null)).close();
  const postgres = await postgresMade;
  project.provide('testTemplates', { pglite, postgres });

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (adminUrl && postgres) {
      for (const name of [postgres.migrated, postgres.seeded])
        await onTestServer(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  };
}

/** The migrated and the seeded template databases on the PostgreSQL test server. */
async function postgresTemplates(adminUrl: string): Promise<NonNullable<TestTemplates['postgres']>> {
  const postgres = {
    migrated: uniqueDatabaseName('convivio_template_migrated'),
    seeded: uniqueDatabaseName('convivio_template_seeded'),
  };
  for (const [name, seed] of [
    [postgres.migrated, false],
    [postgres.seeded, true],
  ] as const) {
    await onTestServer(adminUrl, `CREATE DATABASE ${name}`);
    const pgdb = await openPostgres(databaseUrl(adminUrl, name), 2);
    await migrate(pgdb);
    if (seed) await seedIfEmpty(pgdb);
    await pgdb.close();
  }
  return postgres;
}
