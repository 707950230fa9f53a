/** Where a command writes: injectable so tests can capture output. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  isTty: boolean;
}

/** The process's own streams. */
export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  isTty: Boolean(process.stdin.isTTY),
};

/** Parses `--name value` and `--flag` options after the positional arguments. */
export function parseOptions(argv: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2);
      if (inline !== undefined) options[key] = inline;
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options[key] = argv[++i];
      else options[key] = true;
    } else positional.push(a);
  }
  return { positional, options };
}
