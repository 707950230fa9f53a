import { AppError } from '../errors.ts';
import { ConfigError } from '../config.ts';
import { exportCommand, importCommand, userCreate } from './commands.ts';
import { parseOptions, processIo, type CliIo } from './io.ts';

const USAGE = `convivio — command line of the Convivio platform

  convivio user create --role admin|editor|reader --email EMAIL [--name NAME] [--city CITY_ID]
  convivio import FILE.json
  convivio export --format json|csv [--section practices|cities|…] [--output FILE] [--drafts]
  convivio indicators --input FILE … (see: convivio indicators --help)
  convivio assign --input instance.json --output result.json

The database is the one the platform uses: DATABASE_URL, or PGlite under DATA_DIR (default ./data/db).
`;

/** Dispatches a command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'user': {
        const { positional, options } = parseOptions(rest);
        if (positional[0] !== 'create') break;
        return await userCreate(options, io);
      }
      case 'import': return await importCommand(parseOptions(rest).positional[0], io);
      case 'export': return await exportCommand(parseOptions(rest).options, io);
      case 'indicators': {
        const { runIndicatorsCli } = await import('@convivio/indicators/cli');
        return await runIndicatorsCli(rest);
      }
      case 'assign': {
        const { runAssignCli } = await import('@convivio/assignment/cli');
        return await runAssignCli(rest);
      }
      case undefined: case 'help': case '--help': io.stdout(USAGE); return 0;
    }
    io.stderr(`Unknown command "${argv.join(' ')}"\n\n${USAGE}`);
    return 2;
  } catch (err) {
    if (err instanceof AppError) { io.stderr(`${err.message}\n`); for (const i of err.issues) io.stderr(`  ${i.field}: ${i.message}\n`); return 1; }
    if (err instanceof ConfigError) { io.stderr(`${err.message}\n`); return 2; }
    throw err;
  }
}
