import { realpathSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { ASSIGN_USAGE, parseAssignArgs } from './cli-args.ts';
import { AssignmentError } from './errors.ts';

/** Where the command reads and writes; replaceable in tests. */
export interface AssignCliIo {
  /** Reads a file, or standard input for '-'. */
  readText(path: string): Promise<string>;
  /** Writes a file, or standard output for '-'. */
  writeText(path: string, text: string): Promise<void>;
  stderr(text: string): void;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Real files and the process's standard streams. */
export const processAssignIo: AssignCliIo = {
  readText: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  writeText: async (path, text) => {
    if (path === '-') process.stdout.write(text);
    else await writeFile(path, text, 'utf8');
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
};

/**
 * `convivio assign --input instance.json --output result.json [--waiting-list]`.
 * Returns the exit code: 0 done, 1 invalid input (each problem on its own
 * line as `path: message`), 2 bad command line, 3 not enough seats.
 */
export async function runAssignCli(argv: string[], io: AssignCliIo = processAssignIo): Promise<number> {
  const args = parseAssignArgs(argv);
  if ('error' in args) {
    io.stderr(`error: ${args.error} (see convivio assign --help)\n`);
    return 2;
  }
  if (args.help) {
    io.stderr(ASSIGN_USAGE);
    return 0;
  }
  let json: unknown;
  try {
    json = JSON.parse(await io.readText(args.input));
  } catch (err) {
    io.stderr(`error: cannot read ${args.input === '-' ? 'standard input' : args.input}: ${(err as Error).message}\n`);
    return 1;
  }
  // The optimiser is loaded only now, so `--help` and command-line mistakes answer at once.
  const { formatIssues, validateInstance } = await import('./validate.ts');
  const { assign } = await import('./assign.ts');
  const checked = validateInstance(json);
  if (!checked.ok) {
    io.stderr(`error: invalid instance (${checked.errors.length} problem(s)):\n${formatIssues(checked.errors)}\n`);
    return 1;
  }
  try {
    const result = assign(checked.instance, { waitingList: args.waitingList });
    await io.writeText(args.output, `${formatJson(result)}\n`);
    const count = checked.instance.participants.length;
    io.stderr(
      `assigned ${count} participant(s) at ${checked.instance.choicePoints.length} choice point(s): ` +
        `total cost ${result.totalCost}, worst rank ${result.worstRank}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof AssignmentError && err.code === 'INFEASIBLE') {
      io.stderr(`error: not enough seats:\n${err.message}\n`);
      return 3;
    }
    throw err;
  }
}

const PRIMITIVE = String.raw`(?:"(?:[^"\\\n]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)`;
const PRIMITIVE_ARRAY = new RegExp(String.raw`\[\n\s*(${PRIMITIVE}(?:,\n\s*${PRIMITIVE})*)\n\s*\]`, 'g');

/** Indented JSON with arrays of plain values kept on one line (["p3", "p1"], [40, 38]). */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    PRIMITIVE_ARRAY,
    (_, items: string) => `[${items.split(/,\n\s*/).join(', ')}]`,
  );
}

/** True when this file is the script node was started with (not when imported). */
function isMainModule(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return pathToFileURL(realpathSync(entry)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  runAssignCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const debug = process.env.DEBUG !== undefined && process.env.DEBUG !== '' && process.env.DEBUG !== '0';
      process.stderr.write(
        `internal error: ${err instanceof Error ? (debug && err.stack) || err.message : String(err)}\n`,
      );
      process.exitCode = 70;
    },
  );
}
