import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.ts';
import { listCities } from './cities/service.ts';
import type { AppContext } from './context.ts';
import { migrate, withSetupLock } from './db/migrate.ts';
import { openDatabase } from './db/open.ts';
import { moveLegacyFiles } from './evidence/legacy-files.ts';
import { sweepFileStore } from './evidence/store-sweep.ts';
import type { Database } from './db/database.ts';

/** The bundled data set, loaded on first start. */
export const BUNDLED_DATASET = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/convivio-dataset.json',
);

/**
 * Loads the bundled data set when the database holds no city yet. Returns whether it did.
 * Emptiness is checked under the setup lock, so of servers started together only one loads it.
 */
export function seedIfEmpty(db: Database, file = BUNDLED_DATASET): Promise<boolean> {
  return withSetupLock(db, async (session) => {
    if ((await listCities(session, { includeDrafts: true })).length > 0) return false;
    // Every domain's part of the data set: imported only for a first start, so that a command on a
    // database in use (`convivio user create`) does not load them all (bench/results/cli-start.md).
    const { importDataset } = await import('./dataset-sections.ts');
    await importDataset(session, JSON.parse(fs.readFileSync(file, 'utf8')));
    await session.exec('ANALYZE');
    return true;
  });
}

/**
 * Opens the database, applies migrations and (on first start) loads the bundled data and queues
 * the sample's run. `oneCommand`: for a command that does one thing and exits (db/pglite.ts).
 */
export async function bootstrap(
  config: Config,
  options: { oneCommand?: boolean } = {},
): Promise<AppContext & { seeded: boolean; migrations: string[] }> {
  const db = await openDatabase(config, options);
  try {
    const migrations = await migrate(db);
    // Uploaded files once kept in the database go to the file store (FILE_STORE_DIR).
    await moveLegacyFiles(db, config.fileStoreDir);
    // What a crash left in the store: old temporary uploads, and files no dataset names any more.
    await sweepFileStore(db, config.fileStoreDir);
    const seeded = config.seedOnEmpty ? await seedIfEmpty(db) : false;
    // The bundled synthetic sample's run is queued with the data, so /evidence has results at once.
    if (seeded) {
      const { queueSampleRun } = await import('./evidence/service.ts');
      await queueSampleRun(db, config.limits);
    }
    return { db, config, seeded, migrations };
  } catch (err) {
    // A failed start closes what it opened (an open PGlite database keeps the process alive) and says why.
    await db.close().catch(() => undefined);
    throw err;
  }
}
