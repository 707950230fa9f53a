import { CommandLineError, parseCommandLine } from '@convivio/shared/command-line';

/** Parsed command line of `convivio assign`. */
export interface AssignArgs {
  input: string;
  output: string;
  waitingList: boolean;
  help: boolean;
}

export const ASSIGN_USAGE = `convivio assign — fair, optimal assignment of participants to sessions

  convivio assign --input instance.json [--output result.json] [--waiting-list]

  --input FILE     the instance (JSON); - reads standard input
  --output FILE    where to write the result (JSON); - or omitted writes standard output
  --waiting-list   leave participants unassigned when a choice point is full
                   (otherwise a full choice point is an error)

Exit codes: 0 done, 1 invalid input, 2 bad command line, 3 not enough seats, 70 internal error.
`;

/** Parses argv with node:util parseArgs; returns a one-line error message instead of throwing. */
export function parseAssignArgs(argv: string[]): AssignArgs | { error: string } {
  let values;
  try {
    ({ values } = parseCommandLine(argv, {
      input: { type: 'string' },
      output: { type: 'string' },
      'waiting-list': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    }));
  } catch (err) {
    if (err instanceof CommandLineError) return { error: err.message };
    throw err;
  }
  const args: AssignArgs = {
    input: values.input ?? '',
    output: values.output ?? '-',
    waitingList: values['waiting-list'] === true,
    help: values.help === true,
  };
  if (!args.help && args.input === '') return { error: '--input is required (use - for standard input)' };
  if (args.output === '') return { error: '--output needs a file name (or -)' };
  return args;
}
