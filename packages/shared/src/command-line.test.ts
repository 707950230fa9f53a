import { describe, expect, it } from 'vitest';
import { CommandLineError, parseCommandLine } from './command-line.ts';

const OPTIONS = {
  input: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function mistake(args: string[], positionals = false): string {
  try {
    parseCommandLine(args, OPTIONS, { positionals });
  } catch (err) {
    expect(err).toBeInstanceOf(CommandLineError);
    return (err as Error).message;
  }
  throw new Error(`no error for ${args.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('returns typed values and positionals, with --name=value, short flags and - as a value', () => {
    const r = parseCommandLine(['--input=-', '-h', 'file.json'], OPTIONS, { positionals: true });
    expect(r.values).toEqual({ input: '-', help: true });
    expect(r.positionals).toEqual(['file.json']);
    expect(parseCommandLine(['--input', 'a.csv', '--quiet'], OPTIONS).values).toEqual({ input: 'a.csv', quiet: true });
  });

  it('says in one line which argument is wrong', () => {
    expect(mistake(['--frobnicate'])).toBe('unknown option --frobnicate');
    expect(mistake(['-z'])).toBe('unknown option -z');
    expect(mistake(['--input'])).toBe('--input needs a value');
    expect(mistake(['--input', '--quiet'])).toBe('--input needs a value');
    expect(mistake(['--quiet=yes'])).toBe('--quiet takes no value');
    expect(mistake(['--input', 'a', '--input=b'])).toBe('--input is given twice');
    expect(mistake(['stray'])).toBe("unexpected argument 'stray'");
    expect(mistake(['--toString'])).toBe('unknown option --toString');
  });
});
