import { CommandLineError, parseCommandLine } from '@convivio/shared/command-line';
import { processIo, type CliIo } from './io.ts';

// Only what every command needs is imported here (the command-line parser); each command's modules
// (configuration, database, domains, the indicators and assignment engines) are imported when that
// command runs, and the error classes only when something failed: `--help` and `indicators` load
// neither zod nor the server.

const USAGE = `convivio — command line of the Convivio platform

  convivio user create --role admin|editor|reader --email EMAIL [--name NAME] [--city CITY_ID]
  convivio import FILE.json
  convivio export --format json|csv [--section practices|cities|…] [--output FILE] [--drafts]
  convivio indicators --input FILE … (see: convivio indicators --help)
  convivio assign --input instance.json --output result.json
  convivio remind [--hours 24]     e-mail participants of events starting within that many hours (once each)
  convivio digest                  e-mail the weekly digest of what people follow (those who chose weekly; once a week)
  convivio worker [--concurrency N] [--kinds a,b]
                                   run background jobs (evidence runs, series) until stopped; PostgreSQL only,
                                   as many as you like on any machines (see README, "More job workers")

The database is the one the platform uses: DATABASE_URL, or PGlite under DATA_DIR (default ./data/db).
PGlite serves one process at a time: stop the server before running user create, import or export on it.
Errors are one line; --debug (or DEBUG=1) adds the details.
`;

const COMMON = { help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } } as const;

/** Dispatches a command line; returns the exit code. Every failure is reported on stderr, never thrown. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const debug = argv.includes('--debug') || isSet(process.env.DEBUG);
  try {
    return await dispatch(argv[0] === '--debug' ? argv.slice(1) : argv, io);
  } catch (err) {
    return await report(err, io, debug);
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(USAGE);
      return 0;
    case 'user': {
      const [sub, ...args] = rest;
      if (sub !== 'create')
        throw new CommandLineError(`unknown command "user${sub ? ` ${sub}` : ''}" (the user command is: user create)`);
      const { values } = parseCommandLine(args, {
        ...COMMON,
        role: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
        city: { type: 'string' },
      });
      if (values.help) return usage(io);
      if (values.role === undefined) throw new CommandLineError('user create needs --role admin|editor|reader');
      if (values.email === undefined) throw new CommandLineError('user create needs --email EMAIL');
      const { userCreate } = await databaseCommands('user create');
      return await userCreate({ role: values.role, email: values.email, name: values.name, city: values.city }, io);
    }
    case 'import': {
      const { values, positionals } = parseCommandLine(rest, COMMON, { positionals: true });
      if (values.help) return usage(io);
      const [file] = positionals;
      if (file === undefined || positionals.length !== 1)
        throw new CommandLineError(
          positionals.length ? `import takes one file, got ${positionals.length}` : 'import needs a FILE.json',
        );
      const { importCommand } = await databaseCommands('import');
      return await importCommand(file, io);
    }
    case 'export': {
      const { values } = parseCommandLine(rest, {
        ...COMMON,
        format: { type: 'string' },
        section: { type: 'string' },
        output: { type: 'string' },
        drafts: { type: 'boolean' },
      });
      if (values.help) return usage(io);
      const format = values.format ?? 'json';
      if (format !== 'json' && format !== 'csv')
        throw new CommandLineError(`--format must be json or csv, got "${format}"`);
      const { exportCommand } = await databaseCommands('export');
      return await exportCommand(
        { format, section: values.section, output: values.output, drafts: values.drafts === true },
        io,
      );
    }
    case 'remind': {
      const { values } = parseCommandLine(rest, { ...COMMON, hours: { type: 'string' } });
      if (values.help) return usage(io);
      const hours = Number(values.hours ?? 24);
      if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 31)
        throw new CommandLineError(`--hours must be a whole number of hours from 1 to 744, got "${values.hours}"`);
      const { remindCommand } = await databaseCommands('remind');
      return await remindCommand(hours, io);
    }
    case 'digest': {
      const { values } = parseCommandLine(rest, COMMON);
      if (values.help) return usage(io);
      const { digestCommand } = await databaseCommands('digest');
      return await digestCommand(io);
    }
    case 'worker': {
      const { values } = parseCommandLine(rest, {
        ...COMMON,
        concurrency: { type: 'string' },
        kinds: { type: 'string' },
      });
      if (values.help) return usage(io);
      const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
      if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64))
        throw new CommandLineError(`--concurrency must be a whole number from 1 to 64, got "${values.concurrency}"`);
      const kinds = values.kinds
        ?.split(',')
        .map((k) => k.trim())
        .filter((k) => k !== '');
      if (kinds !== undefined && kinds.length === 0) throw new CommandLineError('--kinds needs at least one job kind');
      const { workerCommand } = await import('./worker.ts');
      return await workerCommand({ concurrency, kinds }, io);
    }
    case 'indicators': {
      const { runIndicatorsCli } = await import('@convivio/indicators/cli');
      return await runIndicatorsCli(rest);
    }
    case 'assign': {
      const { runAssignCli } = await import('@convivio/assignment/cli');
      return await runAssignCli(rest);
    }
  }
  throw new CommandLineError(`unknown command "${command}"`);
}

/** The commands that open the database, once the lock knows which command holds it. */
async function databaseCommands(command: string): Promise<typeof import('./commands.ts')> {
  const { describeLockHolder } = await import('../db/lock.ts');
  describeLockHolder(`the command "convivio ${command}"`);
  return import('./commands.ts');
}

function usage(io: CliIo): number {
  io.stdout(USAGE);
  return 0;
}

/** Reports a failure: one line (an import's invalid records each on their own line); the stack only when debugging. */
async function report(err: unknown, io: CliIo, debug: boolean): Promise<number> {
  if (err instanceof CommandLineError) {
    io.stderr(`convivio: ${err.message} (see convivio --help)\n`);
    return 2;
  }
  // Loaded already by the command that threw one of these; only their classes are needed here.
  const [{ ConfigError }, { DatabaseInUseError }, { AppError }] = await Promise.all([
    import('../config.ts'),
    import('../db/lock.ts'),
    import('../errors.ts'),
  ]);
  if (err instanceof ConfigError) {
    io.stderr(`${err.message}\n`);
    return 2;
  }
  if (err instanceof AppError) {
    io.stderr(`${err.message}\n`);
    // A single problem is already the message; several are listed one a line.
    if (err.issues.length > 1) for (const i of err.issues) io.stderr(`  ${i.field}: ${i.message}\n`);
  } else if (err instanceof DatabaseInUseError) {
    io.stderr(`${err.message}\n`);
  } else {
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    io.stderr(`convivio: ${message}${debug ? '' : ' (run again with --debug for details)'}\n`);
  }
  if (debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
  return 1;
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}
