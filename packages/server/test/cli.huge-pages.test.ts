import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, childEnv } from './cli-child.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-huge-pages-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The environment a running process started with (Linux), or null while it cannot be read. */
function environOf(pid: number): string[] | null {
  try {
    return fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
  } catch {
    return null;
  }
}

describe('the convivio command run as an executable', () => {
  it.runIf(process.platform === 'linux')(
    'runs with glibc’s malloc asking for transparent huge pages, V8 compiling on its running threads',
    async () => {
      // A named pipe nobody writes to keeps the command waiting on its input while its environment is read.
      const input = path.join(tmp, 'cells.csv');
      expect(spawnSync('mkfifo', [input]).status).toBe(0);
      const env = childEnv({});
      delete env.GLIBC_TUNABLES;
      const child = spawn(BIN, ['indicators', '--input', input, '--cell-id', 'ID', '--groups', 'A,B', '--quiet'], {
        env,
        stdio: 'ignore',
      });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      try {
        let seen: string[] = [];
        // `env -S` executes node in the same process: wait until the environment is node's.
        for (let i = 0; i < 800 && !seen.some((v) => v.startsWith('GLIBC_TUNABLES=')); i++) {
          await new Promise((r) => setTimeout(r, 25));
          seen = environOf(child.pid!) ?? seen;
        }
        expect(seen).toContain('GLIBC_TUNABLES=glibc.malloc.hugetlb=1');
        // … and Node optimising code on the threads that run it.
        const argv = fs.readFileSync(`/proc/${child.pid!}/cmdline`, 'utf8').split('\0');
        expect(argv).toContain('--no-concurrent-recompilation');
      } finally {
        child.kill('SIGKILL');
        await exited;
      }
    },
    60_000,
  );
});
