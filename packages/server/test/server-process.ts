import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(SERVER_DIR, 'bin/convivio.mjs');
const MAIN = path.join(SERVER_DIR, 'src/main.ts');
const COMPILED_MAIN = path.join(SERVER_DIR, 'dist/main.js');

/** A process's memory from /proc/PID/status, in MiB: resident now (VmRSS) and its peak (VmHWM). */
export interface Memory {
  rssMb: number;
  peakMb: number;
}

/** Reads VmRSS and VmHWM of a process (Linux). */
export function readMemory(pid: number): Memory {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Resets a process's peak resident size (VmHWM) to its current size; false where the kernel refuses. */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples a process's resident size every `everyMs` until stopped; the peak seen and the last sample. */
export function sampleMemory(
  pid: number,
  everyMs = 50,
): { stop(): { peakMb: number; lastMb: number; samples: number } } {
  let peakMb = 0;
  let lastMb = 0;
  let samples = 0;
  const take = () => {
    try {
      const m = readMemory(pid);
      lastMb = m.rssMb;
      peakMb = Math.max(peakMb, m.rssMb, m.peakMb);
      samples++;
    } catch {
      /* the process ended */
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return { peakMb, lastMb, samples };
    },
  };
}

/** Runs `node args` to its end without blocking this process; its exit status and error output. */
function runChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  input = '',
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stderr }));
    child.stdin.end(input);
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** The real server (`src/main.ts`) running as a child process on a fresh embedded database. */
export interface ServerProcess {
  base: string;
  /** Where the server keeps uploaded files (FILE_STORE_DIR). */
  fileStoreDir: string;
  pid: number;
  child: ChildProcess;
  /** What the server printed (stdout and stderr), for diagnosing a failure. */
  output(): string;
  /** Signs in through the API; the cookie and CSRF token for later requests. */
  signIn(email: string, password: string): Promise<{ cookie: string; csrf: string }>;
  stop(): Promise<void>;
}

/**
 * Starts the server on a free port with a fresh PGlite directory (or `env.DATABASE_URL`),
 * after creating the given accounts with the `convivio user create` command. Resolves once
 * the server answers; `stop` ends it and removes the directory.
 */
export async function startServerProcess(
  opts: {
    env?: Record<string, string>;
    users?: { email: string; role: string; password: string; city?: string }[];
    seed?: boolean;
    /** Runs the compiled server (dist/main.js, what `npm start` runs; built first when stale) instead of the sources through tsx. */
    compiled?: boolean;
  } = {},
): Promise<ServerProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-server-'));
  const fileStoreDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-server-files-'));
  const port = await freePort();
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    FILE_STORE_DIR: fileStoreDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_ON_EMPTY: opts.seed === false ? 'false' : 'true',
    LOG_LEVEL: 'warn',
    ...opts.env,
  };
  // Child processes run without blocking this one (a test worker must keep answering its runner).
  if (opts.compiled) {
    const build = pathToFileURL(path.resolve(SERVER_DIR, '../../scripts/build.mjs')).href;
    const r = await runChild(
      ['--input-type=module', '-e', `(await import(${JSON.stringify(build)})).ensureBuilt({ quiet: true })`],
      env,
    );
    if (r.status !== 0) throw new Error(`the build failed: ${r.stderr}`);
  }
  for (const u of opts.users ?? []) {
    const r = await runChild(
      [CLI, 'user', 'create', '--role', u.role, '--email', u.email, ...(u.city ? ['--city', u.city] : [])],
      env,
      `${u.password}\n`,
    );
    if (r.status !== 0) throw new Error(`user create failed: ${r.stderr}`);
  }
  const child = spawn(process.execPath, opts.compiled ? [COMPILED_MAIN] : ['--import', 'tsx', MAIN], {
    env,
    cwd: path.resolve(SERVER_DIR, '../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b: Buffer) => {
    output = (output + b.toString()).slice(-20_000);
  });
  child.stderr.on('data', (b: Buffer) => {
    output = (output + b.toString()).slice(-20_000);
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server stopped at start:\n${output}`);
    try {
      if ((await fetch(`${base}/api/v1/auth/session`)).status < 500) break;
    } catch {
      /* not listening yet */
    }
    if (i > 1200) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    fileStoreDir,
    pid: child.pid!,
    child,
    output: () => output,
    async signIn(email, password) {
      const res = await fetch(`${base}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(fileStoreDir, { recursive: true, force: true });
    },
  };
}
