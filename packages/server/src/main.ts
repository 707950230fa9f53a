import { buildApp } from './app.ts';
import { bootstrap } from './bootstrap.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DatabaseInUseError } from './db/lock.ts';
import { startWorkers } from './jobs/index.ts';

/** Starts the platform: database, migrations, first-start data, HTTP server. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const ctx = await bootstrap(config);
  const app = await buildApp(ctx, { logger: true });
  // JOB_WORKERS=0: the jobs are run by separate `convivio worker` processes only.
  if (config.jobWorkers !== 0) {
    const workers = startWorkers(ctx, { log: app.log });
    app.addHook('onClose', () => workers.stop());
  } else app.log.info('no in-process job worker (JOB_WORKERS=0): run `convivio worker` to run jobs');
  const where = ctx.db.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
  app.log.info(`database: ${where}; migrations applied: ${ctx.migrations.length}; bundled data loaded: ${ctx.seeded}`);
  const close = async () => {
    await app.close();
    await ctx.db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close());
  process.on('SIGTERM', () => void close());
  await app.listen({ port: config.port, host: config.host });
  console.log(`Convivio is running at http://localhost:${config.port}`);
}

main().catch((err) => {
  // Another process holding the embedded database is a situation to explain, not a crash.
  console.error(err instanceof DatabaseInUseError ? err.message : err);
  process.exit(1);
});
