import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The options a command accepts, in node:util parseArgs form. */
export type CommandLineOptions = NonNullable<ParseArgsConfig['options']>;

/** What parseCommandLine returns: parseArgs' typed `values` and `positionals`. */
export type ParsedCommandLine<O extends CommandLineOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: boolean; strict: true }>
>;

/** A mistake on the command line, said in one line (e.g. "unknown option --frobnicate"). */
export class CommandLineError extends Error {
  override name = 'CommandLineError';
}

/**
 * Parses `args` with node:util parseArgs against `options`. Unknown options, a missing value,
 * a value given to a flag, an option given twice and (unless `positionals`) any positional
 * argument are CommandLineErrors naming the argument at fault.
 */
export function parseCommandLine<const O extends CommandLineOptions>(
  args: string[],
  options: O,
  { positionals = false } = {},
): ParsedCommandLine<O> {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'positional' && !positionals) throw new CommandLineError(`unexpected argument '${t.value}'`);
    if (t.kind !== 'option') continue;
    const spec = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
    if (!spec) throw new CommandLineError(`unknown option ${t.rawName}`);
    const value = t.value;
    if (
      spec.type === 'string' &&
      (value === undefined || (!t.inlineValue && value.length > 1 && value.startsWith('-')))
    ) {
      throw new CommandLineError(`${t.rawName} needs a value`);
    }
    if (spec.type === 'boolean' && t.inlineValue) throw new CommandLineError(`${t.rawName} takes no value`);
    if (seen.has(t.name) && !spec.multiple) throw new CommandLineError(`${t.rawName} is given twice`);
    seen.add(t.name);
  }
  return parseArgs({ args, options, allowPositionals: positionals, strict: true });
}
