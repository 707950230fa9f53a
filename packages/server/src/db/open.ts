import type { Config } from '../config.ts';
import type { Database } from './database.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

/**
 * Opens the database the configuration names: PostgreSQL when DATABASE_URL is set, else embedded
 * PGlite (for one command, `oneCommand`, with a small buffer pool: db/pglite.ts).
 */
export function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  { oneCommand = false }: { oneCommand?: boolean } = {},
): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir, undefined, { oneCommand });
}
