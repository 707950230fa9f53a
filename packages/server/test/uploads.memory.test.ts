import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDLESS_LINE, HOSTILE_MAPPING, REPEATED_ROW, writeGzipRepeated } from './hostile-files.ts';
import { readMemory, resetPeak, sampleMemory, startServerProcess, type ServerProcess } from './server-process.ts';

const GiB = 2 ** 30;
/** Generous bounds: before the fix a 1 GiB bomb took the server ~2 GB above idle, and the memory stayed taken. */
const PEAK_ABOVE_IDLE_MB = 400;
const AFTER_ABOVE_IDLE_MB = 200;

/**
 * The real server as `npm start` runs it (the compiled `dist/main.js`, default limits, embedded
 * database) as a child process, its resident memory read from /proc while it handles hostile uploads.
 */
describe.runIf(process.platform === 'linux')('memory of the real server on hostile uploads', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-test-'));
  const email = 'memory@example.org';
  const password = 'correct horse battery';
  let server: ServerProcess;
  let headers: Record<string, string>;
  let idleMb: number;

  const send = async (file: string, name: string) => {
    const form = new FormData();
    form.append('mapping', JSON.stringify(HOSTILE_MAPPING));
    form.append('file', new Blob([fs.readFileSync(file)]), name);
    const res = await fetch(`${server.base}/api/v1/evidence/datasets`, { method: 'POST', headers, body: form });
    return { status: res.status, body: (await res.json()) as { id?: string; error?: { message: string } } };
  };

  /** Runs `work`, returning its result with the peak resident size seen meanwhile. */
  const measured = async <T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> => {
    resetPeak(server.pid);
    const sampler = sampleMemory(server.pid, 25);
    const result = await work();
    return { result, peakMb: sampler.stop().peakMb };
  };

  beforeAll(async () => {
    server = await startServerProcess({ compiled: true, seed: false, users: [{ email, role: 'reader', password }] });
    const session = await server.signIn(email, password);
    headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    await new Promise((r) => setTimeout(r, 2000));
    idleMb = readMemory(server.pid).rssMb;
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a gzip bomb expanding to more than 1 GiB at the decompressed limit, and memory comes back', async () => {
    const file = path.join(dir, 'bomb.csv.gz');
    expect(await writeGzipRepeated(file, REPEATED_ROW, GiB + 2 ** 20)).toBeLessThan(8 * 2 ** 20);
    const { result, peakMb } = await measured(() => send(file, 'bomb.csv.gz'));
    expect(result.status).toBe(413);
    expect(result.body.error!.message).toBe(
      'bomb.csv.gz: the text is larger than the limit of 256 MiB once decompressed (UPLOAD_MAX_DECOMPRESSED_BYTES)',
    );
    expect(peakMb - idleMb).toBeLessThan(PEAK_ABOVE_IDLE_MB);
    expect(readMemory(server.pid).rssMb - idleMb).toBeLessThan(AFTER_ABOVE_IDLE_MB);
  });

  it('refuses a gzip file whose second line never ends at the line limit', async () => {
    const file = path.join(dir, 'endless.csv.gz');
    await writeGzipRepeated(file, ENDLESS_LINE, GiB);
    const { result, peakMb } = await measured(() => send(file, 'endless.csv.gz'));
    expect(result.status).toBe(413);
    expect(result.body.error!.message).toBe(
      'endless.csv.gz, line 2: the row is longer than the limit of 1 MiB (a line break may be missing) (UPLOAD_MAX_LINE_BYTES)',
    );
    expect(peakMb - idleMb).toBeLessThan(PEAK_ABOVE_IDLE_MB);
  });

  it('fails a run on a repeated cell within the limits at its second line, without storing every row first', async () => {
    const file = path.join(dir, 'repeated.csv.gz');
    await writeGzipRepeated(file, REPEATED_ROW, 200 * 2 ** 20);
    const { result, peakMb } = await measured(async () => {
      const uploaded = await send(file, 'repeated.csv.gz');
      expect(uploaded.status).toBe(201);
      const started = await fetch(`${server.base}/api/v1/evidence/runs`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ datasetId: uploaded.body.id }),
      });
      const { id } = (await started.json()) as { id: string };
      for (let i = 0; i < 1200; i++) {
        const run = (await (await fetch(`${server.base}/api/v1/evidence/runs/${id}`, { headers })).json()) as {
          status: string;
          error: { code: string; line: number } | null;
        };
        if (run.status === 'failed' || run.status === 'succeeded') return run;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the run did not end');
    });
    expect(result).toMatchObject({ status: 'failed', error: { code: 'DUPLICATE_CELL', line: 3 } });
    expect(peakMb - idleMb).toBeLessThan(PEAK_ABOVE_IDLE_MB);
  });
});
