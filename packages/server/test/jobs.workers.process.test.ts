// `convivio worker` as real processes (the compiled command) sharing one PostgreSQL queue with
// the web app, which runs no worker of its own here: evidence runs on the bundled sample grid.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { listWorkers } from '../src/jobs/registry.ts';
import { BIN, childEnv, ROOT } from './cli-child.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** The jobs it logged as claimed, with the attempt. */
  claims(): { job: string; attempt: number }[];
}

function startWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, [BIN, 'worker', '--concurrency', '1'], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    claims: () =>
      [...out.matchAll(/job worker: claimed a job job=(\S+) kind=\S+ attempt=(\d+)/g)].map((m) => ({
        job: m[1]!,
        attempt: Number(m[2]),
      })),
  };
}

async function until<T>(what: string, read: () => Promise<T>, check: (v: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (check(v)) return v;
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(() => {
  // The command builds dist/ itself when it is stale; doing it here keeps that out of the tests' time.
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
});

describe('convivio worker', () => {
  it('refuses the embedded PGlite database, naming DATABASE_URL, without opening it', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-worker-'));
    onTestFinished(() => fs.rmSync(parent, { recursive: true, force: true }));
    const dataDir = path.join(parent, 'db');
    const r = spawnSync(process.execPath, [BIN, 'worker'], {
      cwd: ROOT,
      env: childEnv({ DATA_DIR: dataDir }),
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('convivio worker needs PostgreSQL: set DATABASE_URL to the database the server uses.');
    expect(r.stderr).toContain('can be opened by one process only, the server');
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});

// Two processes on one queue need a database server; PGlite serves one process (refused above).
describe.runIf(ENGINES.includes('postgres'))('convivio worker processes sharing a PostgreSQL queue', () => {
  let t: TestApp;
  let owner: Client;
  let reader: Client;
  let datasetId: string;
  let mapping: unknown;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp('postgres', { seed: false });
    owner = await t.signIn('admin');
    reader = await t.signIn('reader');
    const created = await owner.request({
      method: 'POST',
      url: '/api/v1/evidence/datasets',
      payload: { sample: true },
    });
    expect(created.statusCode, created.body).toBe(201);
    datasetId = created.json().id;
    mapping = created.json().suggestedMapping;
    for (let i = 0; i < 2; i++)
      workers.push(startWorker({ DATABASE_URL: t.databaseUrl!, FILE_STORE_DIR: t.config.fileStoreDir }));
    await until(
      'both workers announcing themselves',
      () => listWorkers(t.db),
      (ws) => ws.length === 2,
    );
  });

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    await t?.close();
  });

  const queueRun = async (options: Record<string, unknown>, isPublic = false) => {
    const res = await owner.request({
      method: 'POST',
      url: '/api/v1/evidence/runs',
      payload: { datasetId, mapping, options, public: isPublic },
    });
    expect(res.statusCode, res.body).toBe(202);
    return res.json().id as string;
  };
  const getRun = async (who: Client, id: string) => (await who.request({ url: `/api/v1/evidence/runs/${id}` })).json();
  const jobOf = async (runId: string) =>
    (await t.db.query<{ job_id: string }>('SELECT job_id FROM evidence_runs WHERE id = $1', [runId])).rows[0]!.job_id;

  it('share the jobs: each worker takes some, every job runs exactly once', async () => {
    const ids: string[] = [];
    // Four runs of seconds each: each worker holds one at a time, so both take some (claims come
    // within a fraction of a second of the queueing).
    for (let i = 0; i < 4; i++) ids.push(await queueRun({ bandwidths: [500], seed: i + 1 }));
    const runs = await until(
      'every run finishing',
      () => Promise.all(ids.map((id) => getRun(owner, id))),
      (rs) => rs.every((r) => r.status === 'succeeded' || r.status === 'failed'),
      90_000,
    );
    expect(runs.map((r) => [r.status, r.attempts, r.worker])).toEqual(ids.map(() => ['succeeded', 1, null]));
    const jobs = await Promise.all(ids.map(jobOf));
    const claimed = workers.map((w) => w.claims().filter((c) => jobs.includes(c.job)));
    expect(
      claimed
        .flat()
        .map((c) => c.job)
        .sort(),
    ).toEqual([...jobs].sort());
    expect(claimed.map((c) => c.length > 0)).toEqual([true, true]);
  });

  it('names the worker holding a running run to its owner, not to a reader of the public run; SIGTERM gives the run back and the other worker finishes it', async () => {
    const id = await queueRun({ bandwidths: [500, 1000], bootstrap: 5 }, true);
    const running = await until(
      'the run running',
      () => getRun(owner, id),
      (r) => r.status === 'running' && r.worker !== null,
    );
    const holder = workers.findIndex((w) => w.child.pid === running.worker.pid);
    expect(holder).toBeGreaterThanOrEqual(0);
    const announced = await listWorkers(t.db);
    expect(announced.map((w) => w.id)).toContain(running.worker.id);
    expect(running.worker).toMatchObject({ host: os.hostname(), pid: workers[holder]!.child.pid });
    expect(running.worker.id).toMatch(new RegExp(`^${os.hostname()}:${workers[holder]!.child.pid}:[0-9a-f]{6}$`));
    // Public: a reader sees the run, but not where it runs.
    const seen = await getRun(reader, id);
    expect([seen.status, seen.worker]).toEqual(['running', null]);
    const page = await owner.request({ url: `/evidence/runs/${id}` });
    expect(page.body).toContain(`Running on worker ${os.hostname()}:${workers[holder]!.child.pid} since`);
    expect((await reader.request({ url: `/evidence/runs/${id}` })).body).not.toContain('Running on worker');

    workers[holder]!.child.kill('SIGTERM');
    expect(await workers[holder]!.exited).toBe(0);
    expect(workers[holder]!.output()).toMatch(
      /job worker: gave a running job back as it stopped job=\S+ status=queued/,
    );
    const done = await until(
      'the other worker finishing the run',
      () => getRun(owner, id),
      (r) => r.status === 'succeeded' || r.status === 'failed',
      90_000,
    );
    expect([done.status, done.attempts]).toEqual(['succeeded', 2]);
    const other = workers[1 - holder]!;
    const job = await jobOf(id);
    expect(other.claims().filter((c) => c.job === job)).toEqual([{ job, attempt: 2 }]);
    expect((await listWorkers(t.db)).map((w) => w.id)).not.toContain(running.worker.id);

    other.child.kill('SIGTERM');
    expect(await other.exited).toBe(0);
    expect(await listWorkers(t.db)).toEqual([]);
  });
});
