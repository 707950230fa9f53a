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

/** Parses argv; returns an error message instead of throwing. */
export function parseAssignArgs(argv: string[]): AssignArgs | { error: string } {
  const args: AssignArgs = { input: '', output: '-', waitingList: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    switch (name) {
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--waiting-list':
        args.waitingList = true;
        break;
      case '--input':
      case '--output': {
        const value = inline ?? argv[++i];
        if (value === undefined || value === '') return { error: `${name} needs a file name (or -)` };
        if (name === '--input') args.input = value;
        else args.output = value;
        break;
      }
      default:
        return { error: `unknown argument '${arg}'` };
    }
  }
  if (!args.help && args.input === '') return { error: '--input is required (use - for standard input)' };
  return args;
}
