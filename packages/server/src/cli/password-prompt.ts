import readline from 'node:readline';
import type { CliIo } from './io.ts';

/** Reads a password: typed without echo on a terminal, else the first line of stdin. */
export async function readPassword(io: CliIo, prompt: string): Promise<string> {
  if (!io.isTty) return (await io.readStdin()).split(/\r?\n/)[0] ?? '';
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  out._writeToOutput = (s: string) => {
    if (s.includes(prompt)) out.output.write(s);
  };
  const answer = await new Promise<string>((resolve) => rl.question(prompt, resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}
