import { CommandLineError } from '@convivio/shared/command-line';
import { bootstrap } from '../bootstrap.ts';
import { ConfigError, loadConfig } from '../config.ts';
import type { JobLogger } from '../jobs/types.ts';
import type { CliIo } from './io.ts';

/** Claims failing this many times in a row (about as many seconds) mean the database is gone: the worker exits 1. */
const FATAL_AFTER_FAILURES = 30;

/** One line per event: time, what happened, then its facts as key=value (warnings and errors on stderr). */
export function lineLogger(io: CliIo): JobLogger {
  const line = (obj: object, msg = '') => {
    const facts = Object.entries(obj).map(([k, v]) => `${k}=${v instanceof Error ? JSON.stringify(v.message) : v}`);
    return `${new Date().toISOString()} ${[msg, ...facts].join(' ')}\n`;
  };
  return {
    info: (obj, msg) => io.stdout(line(obj, msg)),
    warn: (obj, msg) => io.stderr(line(obj, msg)),
    error: (obj, msg) => io.stderr(line(obj, msg)),
  };
}

/**
 * `convivio worker [--concurrency N] [--kinds a,b]`: runs background jobs against the
 * platform's PostgreSQL database until SIGINT or SIGTERM, then gives its running jobs back to
 * the queue and exits 0; exits 1 when the database stays unreachable. Any number of these, on
 * any number of machines, share the queue with the server's in-process worker.
 */
export async function workerCommand(options: { concurrency?: number; kinds?: string[] }, io: CliIo): Promise<number> {
  const config = loadConfig();
  if (config.databaseUrl === null)
    throw new ConfigError([
      'convivio worker needs PostgreSQL: set DATABASE_URL to the database the server uses. ' +
        'The embedded PGlite database (DATA_DIR) can be opened by one process only, the server, whose in-process worker runs the jobs.',
    ]);
  await import('../domain-links.ts');
  const { JobWorker, jobHandlers } = await import('../jobs/index.ts');
  const known = jobHandlers().map((h) => h.kind);
  const kinds = options.kinds ?? known;
  const unknown = kinds.find((k) => !known.includes(k));
  if (unknown !== undefined)
    throw new CommandLineError(`--kinds: there is no job kind "${unknown}" (the kinds are: ${known.join(', ')})`);
  const ctx = await bootstrap({ ...config, seedOnEmpty: false });
  const log = lineLogger(io);
  let fatal: unknown = null;
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  const onSignal = (signal: NodeJS.Signals) => {
    log.info({ signal }, 'convivio worker: stopping; running jobs go back to the queue');
    end();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const worker = new JobWorker(ctx.db, {
      handlers: jobHandlers().filter((h) => kinds.includes(h.kind)),
      concurrency: options.concurrency,
      timeoutSeconds: config.limits.jobTimeoutSeconds,
      fileStoreDir: config.fileStoreDir,
      fatalAfterFailures: FATAL_AFTER_FAILURES,
      onFatal: (err) => {
        fatal = err;
        end();
      },
      log,
    }).start();
    log.info(
      { worker: worker.id, kinds: kinds.join(','), concurrency: options.concurrency ?? 2 },
      'convivio worker: started',
    );
    await ended;
    await worker.stop();
    log.info({ worker: worker.id }, 'convivio worker: stopped');
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await ctx.db.close();
  }
  if (fatal !== null) {
    io.stderr(
      `convivio worker: the database stayed unreachable (${fatal instanceof Error ? fatal.message : 'unknown error'}); stopped\n`,
    );
    return 1;
  }
  return 0;
}
