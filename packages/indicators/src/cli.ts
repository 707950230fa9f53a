import { pathToFileURL } from 'node:url';
import { UsageError, USAGE, parseCliArgs, type CliConfig } from './cli-args.ts';
import { IndicatorError } from './core/errors.ts';
import type { ProgressStream } from './io/progress.ts';

// The engine, readers and writers are imported when a computation runs (cli-run.ts), so
// `--help` and command-line mistakes answer at once.

/** Where the command writes: anything with write(), e.g. process.stdout / process.stderr. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
}

/**
 * `convivio indicators …`: reads a grid, computes the indices and writes them (see USAGE).
 * Returns the exit status: 0 success, 1 bad input or failure, 2 usage error.
 */
export async function runIndicatorsCli(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const args = argv[0] === 'indicators' ? argv.slice(1) : argv;
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  let config: CliConfig;
  try {
    config = parseCliArgs(args);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`error: ${e.message} (see convivio indicators --help)\n`);
      return 2;
    }
    throw e;
  }
  try {
    const { run } = await import('./cli-run.ts');
    await run(config, io);
    return 0;
  } catch (e) {
    if (e instanceof IndicatorError) {
      io.stderr.write(`error: ${e.message}\n`);
      return 1;
    }
    io.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runIndicatorsCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
