import type { Config } from './config.ts';
import type { Database } from './db/database.ts';

/** What every domain's routes and services receive from the app. */
export interface AppContext {
  db: Database;
  config: Config;
}
