// The `convivio` command and the server as the real processes (the compiled dist/, as
// `npm start` and `npx convivio` run them) on temporary databases.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, childEnv, ROOT } from './cli-child.ts';
import { ENGINES, emptyPostgresDatabase } from './harness.ts';

const PASSWORD = 'a-long-enough-password\n';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-cli-process-'));
// One PGlite directory for every test here: creating one costs seconds.
const pgliteDir = path.join(tmp, 'db');

/** Runs `convivio ARGS` to its end. */
function convivio(
  args: string[],
  env: Record<string, string> = {},
  input = '',
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: childEnv(env) });
    let stdout = '',
      stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the compiled server on dataDir; resolves once it listens. */
async function startServer(dataDir: string): Promise<{ child: ChildProcess; base: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'packages/server/dist/main.js')], {
    cwd: ROOT,
    env: childEnv({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('Convivio is running')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const running: { stop(): Promise<void> }[] = [];

beforeAll(() => {
  // The command builds dist/ itself when it is stale; doing it here keeps that out of the tests' time.
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
});

afterAll(async () => {
  for (const s of running) await s.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the convivio command as a process', () => {
  it('shows its usage, and names a wrong command or option in one line', async () => {
    const help = await convivio(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('convivio user create --role admin|editor|reader --email EMAIL');
    const cases: [string[], string][] = [
      [['frobnicate'], 'convivio: unknown command "frobnicate" (see convivio --help)\n'],
      [['export', '--format', 'xml'], 'convivio: --format must be json or csv, got "xml" (see convivio --help)\n'],
      [['export', '--sections', 'cities'], 'convivio: unknown option --sections (see convivio --help)\n'],
      [['user', 'create', '--role', 'admin', '--email'], 'convivio: --email needs a value (see convivio --help)\n'],
      [
        ['user', 'create', '--email', 'a@example.org'],
        'convivio: user create needs --role admin|editor|reader (see convivio --help)\n',
      ],
      [['import'], 'convivio: import needs a FILE.json (see convivio --help)\n'],
      [
        ['indicators', '--input', 'grid.csv', '--frobnicate'],
        'error: unknown option --frobnicate (see convivio indicators --help)\n',
      ],
      [['assign', '--input'], 'error: --input needs a value (see convivio assign --help)\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = await convivio(args);
      expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: 2, stderr });
    }
  });

  for (const engine of ENGINES) {
    it(`creates an account, and says in one line that the e-mail is taken the second time (${engine})`, async () => {
      const pgDb = engine === 'postgres' ? await emptyPostgresDatabase() : null;
      const env: Record<string, string> = pgDb ? { DATABASE_URL: pgDb.url } : { DATA_DIR: pgliteDir };
      try {
        const created = await convivio(
          ['user', 'create', '--role', 'admin', '--email', 'first@example.org'],
          env,
          PASSWORD,
        );
        expect(created.stderr).toBe('');
        expect(created.stdout).toMatch(/^Created admin first@example\.org \(user-[0-9a-f-]+\)\n$/);
        expect(created.status).toBe(0);
        const again = await convivio(
          ['user', 'create', '--role', 'reader', '--email', 'First@Example.org'],
          env,
          PASSWORD,
        );
        expect(again.stderr).toBe('An account for first@example.org already exists\n');
        expect(again.status).toBe(1);
      } finally {
        await pgDb?.drop();
      }
      // Two real starts of the command, the first on an empty database: minutes when the machine is shared.
    }, 300_000);
  }

  it('takes over a lock whose owner died, the server then sees the account, and a command is refused the directory the server holds', async () => {
    const dataDir = pgliteDir;
    const lock = path.join(dataDir, 'convivio.lock');
    // A server killed without cleaning up leaves its lock behind; its pid no longer runs.
    const gone = spawnSync(process.execPath, ['-e', '0']);
    fs.writeFileSync(lock, JSON.stringify({ pid: gone.pid, holder: 'the running server' }));
    const created = await convivio(
      ['user', 'create', '--role', 'admin', '--email', 'admin@example.org'],
      { DATA_DIR: dataDir },
      PASSWORD,
    );
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(fs.existsSync(lock)).toBe(false);

    // One server start serves both checks: it sees the account, and it holds the directory.
    const server = await startServer(dataDir);
    running.push(server);
    const signIn = await fetch(`${server.base}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: PASSWORD.trim() }),
    });
    expect(signIn.status).toBe(200);
    expect(((await signIn.json()) as { user: { email: string; role: string } }).user).toMatchObject({
      email: 'admin@example.org',
      role: 'admin',
    });

    const refused = await convivio(
      ['user', 'create', '--role', 'admin', '--email', 'second@example.org'],
      { DATA_DIR: dataDir },
      PASSWORD,
    );
    expect(refused.stderr).toBe(
      `The database in ${dataDir} is in use by the running server (pid ${server.child.pid}). Stop it first, or set DATABASE_URL to a PostgreSQL server to run both.\n`,
    );
    expect(refused.status).toBe(1);
    await server.stop();
    running.pop();
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('reports any other failure in one line, with the details only under --debug', async () => {
    const notADirectory = path.join(tmp, 'a-file');
    fs.writeFileSync(notADirectory, '');
    const plain = await convivio(['export', '--format', 'json'], { DATA_DIR: notADirectory });
    expect(plain.status).toBe(1);
    expect(plain.stderr).toMatch(/^convivio: EEXIST: [^\n]+ \(run again with --debug for details\)\n$/);
    const debug = await convivio(['export', '--format', 'json', '--debug'], { DATA_DIR: notADirectory });
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/^convivio: EEXIST: [^\n]+\n[^]*\n {4}at /);
  });
});
